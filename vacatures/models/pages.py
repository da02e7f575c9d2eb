"""Public vacancy pages (only published vacancies, until their closing date) and the page
where an employer asks the accountmanager a question."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from portal.core.models import PortalPage


class VacancyIndexPage(RoutablePageMixin, PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Voor wie zijn deze vacatures en hoe reageert u?"),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("vacatures")

    @path("")
    def index_route(self, request):
        from vacatures import public_views

        return public_views.index(self, request)

    @path("<int:pk>/<slug:slug>/")
    def detail(self, request, pk, slug):
        from vacatures import public_views

        return public_views.detail(self, request, pk)

    @path("<int:pk>/<slug:slug>/bedankt/")
    def thanks(self, request, pk, slug):
        from vacatures import public_views

        return public_views.thanks(self, request, pk)


class QuestionPage(RoutablePageMixin, PortalPage):
    """'Stel uw vraag aan de accountmanager': the form, for anyone (no account needed)."""

    intro = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Wat kan een werkgever hier vragen en wanneer krijgt hij antwoord?"),
    )
    thanks_text = models.TextField(
        _("tekst op de bedankpagina"),
        max_length=600,
        blank=True,
        help_text=_("Bijvoorbeeld hoe snel de accountmanager antwoordt."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("thanks_text")]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("vraag aan de accountmanager")

    @path("")
    def form_route(self, request):
        from vacatures import public_views

        return public_views.question(self, request)

    @path("bedankt/")
    def thanks(self, request):
        return self.render(
            request,
            template="vacatures/question_thanks.html",
            context_overrides={"route_title": _("Bedankt")},
        )
