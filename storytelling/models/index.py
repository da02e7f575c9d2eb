"""The verhalen index: filters, the visual participatieladder and the printable verhalenboek."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from portal.core.models import PortalPage


class StoryIndexPage(RoutablePageMixin, PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=600,
        blank=True,
        help_text=_("Waarom deze verhalen? Twee of drie zinnen voor werkgevers."),
    )
    book_intro = models.TextField(
        _("introductie verhalenboek"),
        max_length=600,
        blank=True,
        help_text=_("Tekst bovenaan het printbare verhalenboek."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("book_intro")]
    subpage_types = ["storytelling.CandidateStoryPage", "storytelling.EmployerStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("verhalen")

    @path("")
    def index_route(self, request):
        from portal.core.forms import applied_filters
        from storytelling.forms import StoryFilterForm
        from storytelling.services import filter_stories, ladder_overview

        form = StoryFilterForm(request.GET or None)
        filters = applied_filters(form)
        candidates, employers = filter_stories(self, filters)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "candidates": candidates,
                "employers": employers,
                "ladder": ladder_overview(
                    self,
                    selected=filters.get("trede"),
                    # Without filters the list holds every candidate: count there.
                    all_candidates=None if any(filters.values()) else candidates,
                ),
                "filtered": any(filters.values()),
            },
        )

    @path("boek/")
    def book_route(self, request):
        from storytelling.services import BOOK_ORDERS, book_by_step, book_groups

        order = request.GET.get("indeling")
        order = order if order in BOOK_ORDERS else "trede"
        steps, employers = book_by_step(self)
        groups, _employers = book_groups(self, order)
        return self.render(
            request,
            template="storytelling/book.html",
            context_overrides={
                "steps": steps,
                "groups": groups,
                "order": order,
                "employers": employers,
                "route_title": _("Het verhalenboek"),
                "route_description": self.book_intro,
                "today": timezone.localdate(),
            },
        )
