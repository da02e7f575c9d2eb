"""The instrumentenboek's index page, with the instrumentenwijzer and the printable book."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from portal.core.models import PortalPage, SiteSettings

# Twenty cards a page, as the participatiekaart lists twenty places: a municipality's 20 to 30
# current instruments fit on one or two pages, a region's book on a few, and a listing costs the
# same however big the book grows. The printable book and the wizard show them all.
PAGE_SIZE = 20


class InstrumentIndexPage(RoutablePageMixin, PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Wat vindt de werkgever in het instrumentenboek? Twee of drie zinnen."),
    )
    wizard_intro = models.TextField(
        _("introductie instrumentenwijzer"),
        max_length=600,
        blank=True,
        help_text=_("Korte uitleg boven de vragen van de instrumentenwijzer."),
    )
    book_intro = models.TextField(
        _("introductie boek"),
        max_length=600,
        blank=True,
        help_text=_("Tekst op de eerste pagina van het printbare instrumentenboek."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("wizard_intro"),
        FieldPanel("book_intro"),
    ]
    subpage_types = ["instrumentenboek.InstrumentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("instrumentenboek")

    @path("")
    def index_route(self, request):
        from instrumentenboek.forms import FilterForm
        from instrumentenboek.services import filter_instruments
        from portal.core.forms import applied_filters

        service = SiteSettings.for_request(request).employer_service_name
        form = FilterForm(request.GET or None, employer_service_name=service)
        filters = applied_filters(form)
        page_obj = Paginator(filter_instruments(self, filters), PAGE_SIZE).get_page(
            request.GET.get("pagina")
        )
        return self.render(
            request,
            context_overrides={
                "form": form,
                "page_obj": page_obj,
                "instruments": page_obj.object_list,
                "filtered": any(filters.values()),
                "today": timezone.localdate(),
            },
        )

    def wizard_url(self, route, request):
        """The URL of one of the wizard's routes with the answers of this request."""
        query = request.GET.urlencode()
        return self.url + self.reverse_subpage(route) + (f"?{query}" if query else "")

    @path("wijzer/")
    def wizard_route(self, request, mail_form=None, status=200):
        from instrumentenboek.forms import AdviceMailForm, WizardForm
        from instrumentenboek.services import run_wizard
        from instrumentenboek.wizard import Answers

        form = WizardForm(request.GET or None)
        valid = form.is_valid()
        results = run_wizard(self, Answers.from_form(form.cleaned_data)) if valid else None
        response = self.render(
            request,
            template="instrumentenboek/wizard.html",
            context_overrides={
                "form": form,
                "results": results,
                "mail_form": mail_form or (AdviceMailForm() if results else None),
                "route_title": _("Instrumentenwijzer"),
                "route_description": self.wizard_intro,
            },
        )
        response.status_code = status
        return response

    @path("wijzer/advies/")
    def advice_route(self, request):
        """'Uw regelingen': the wizard's results for the same GET parameters, printable, to
        take to the accountmanager. Incomplete answers go back to the wizard."""
        from django.shortcuts import redirect

        from instrumentenboek.forms import WizardForm
        from instrumentenboek.services import run_wizard
        from instrumentenboek.wizard import Answers

        form = WizardForm(request.GET or None)
        if not form.is_valid():
            return redirect(self.wizard_url("wizard_route", request))
        return self.render(
            request,
            template="instrumentenboek/advice.html",
            context_overrides={
                "form": form,
                "answers": form.answer_summary(),
                "results": run_wizard(self, Answers.from_form(form.cleaned_data)),
                "route_title": _("Uw regelingen"),
                "today": timezone.localdate(),
            },
        )

    @path("wijzer/advies/mailen/")
    def mail_advice_route(self, request):
        from instrumentenboek.views import mail_advice_view

        return mail_advice_view(self, request)

    @path("wijzer/advies/gemaild/")
    def advice_mailed_route(self, request):
        return self.render(
            request,
            template="instrumentenboek/advice_mailed.html",
            context_overrides={
                "query": request.GET.urlencode(),
                "route_title": _("Advies gemaild"),
            },
        )

    @path("voorbeelden/")
    def cases_route(self, request):
        from instrumentenboek.services import check_cases

        return self.render(
            request,
            template="instrumentenboek/cases.html",
            context_overrides={
                "checks": check_cases(self),
                "route_title": _("Voorbeelden: klopt de instrumentenwijzer?"),
            },
        )

    @path("boek/")
    def book_route(self, request):
        from instrumentenboek.services import book_sections

        sections, expired = book_sections(self)
        return self.render(
            request,
            template="instrumentenboek/book.html",
            context_overrides={
                "sections": sections,
                "expired": expired,
                "route_title": _("Het instrumentenboek"),
                "route_description": self.book_intro,
                "today": timezone.localdate(),
            },
        )
