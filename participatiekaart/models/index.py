"""The participatiekaart page: search (list first, map as enhancement), detail pages, open data,
proposals and the organisations' confirmation and outcome links. Views live in views.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from portal.core.models import PortalPage


class ParticipatiekaartPage(RoutablePageMixin, PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Wat vinden inwoners op de kaart? Twee of drie zinnen, eenvoudige taal."),
    )
    proposal_intro = models.TextField(
        _("introductie voorstelformulier"),
        max_length=600,
        blank=True,
        help_text=_("Uitleg voor organisaties die een plek willen aanmelden."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("proposal_intro")]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("participatiekaart")

    @path("")
    def index_route(self, request):
        from participatiekaart import views

        return views.search(self, request)

    @path("voorstellen/")
    def proposal(self, request):
        from participatiekaart import views

        return views.proposal(self, request)

    @path("voorstellen/bedankt/")
    def proposal_thanks(self, request):
        return self.render(
            request,
            template="participatiekaart/proposal_thanks.html",
            context_overrides={"route_title": _("Bedankt")},
        )

    @path("bevestigen/<uuid:token>/")
    def confirm(self, request, token):
        from participatiekaart import views

        return views.confirm(self, request, token)

    @path("uitkomst/<uuid:token>/")
    def outcome(self, request, token):
        from participatiekaart import views

        return views.outcome(self, request, token)

    @path("<slug:slug>/")
    def place(self, request, slug):
        from participatiekaart import views

        return views.place_detail(self, request, slug)

    @path("<slug:slug>/aangemeld/")
    def interest_thanks(self, request, slug):
        from participatiekaart import views

        return views.interest_thanks(self, request, slug)

    @path("<slug:slug>/klopt-niet/")
    def report(self, request, slug):
        from participatiekaart import views

        return views.report(self, request, slug)

    @path("<slug:slug>/klopt-niet/bedankt/")
    def report_thanks(self, request, slug):
        from participatiekaart import views

        return views.report_thanks(self, request, slug)
