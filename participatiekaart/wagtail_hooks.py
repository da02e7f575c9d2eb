"""Admin: places with moderation (drafts, revisions, workflows), organisations, kernen,
'klopt niet meer' reports and anonymous match counts; a dashboard panel for upkeep."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from participatiekaart.models import (
    STALE_AFTER,
    GeocodeStatus,
    Kern,
    MatchCount,
    Organisation,
    Place,
    PlaceReport,
    PlaceType,
)
from portal.core.exports import SafeExportViewSetMixin


class PlaceFilterSet(WagtailFilterSet):
    place_type = django_filters.ChoiceFilter(label=_("Soort"), choices=PlaceType.choices)
    kern = django_filters.ModelChoiceFilter(
        label=_("Kern"), queryset=Kern.objects.select_related("municipality")
    )
    geocode_status = django_filters.ChoiceFilter(label=_("Locatie"), choices=GeocodeStatus.choices)
    upkeep = django_filters.ChoiceFilter(
        label=_("Onderhoud"),
        method="filter_upkeep",
        empty_label=_("Alle"),
        choices=[
            ("offline", _("Automatisch offline gehaald")),
            ("bijna", _("Langer dan zes maanden niet bevestigd")),
            ("voorstel", _("Voorstel van een organisatie (nog niet gepubliceerd)")),
            ("ongecontroleerd", _("Organisatie nog niet gecontroleerd")),
        ],
    )

    class Meta:
        model = Place
        fields = ["live"]

    def filter_upkeep(self, queryset, name, value):
        if value == "offline":
            return queryset.filter(auto_unpublished_on__isnull=False, live=False)
        if value == "bijna":
            return queryset.unconfirmed_since(timezone.localdate() - STALE_AFTER)
        if value == "voorstel":
            return queryset.waiting_proposals()
        if value == "ongecontroleerd":
            return queryset.filter(organisation__is_proposed=True)
        return queryset


class PlaceViewSet(SafeExportViewSetMixin, SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Plekken")
    list_display = [
        "title",
        "organisation",
        "kern",
        "place_type",
        "last_confirmed_on",
        "geocode_status",
    ]
    filterset_class = PlaceFilterSet
    search_fields = ["title", "description"]
    list_export = [
        "title",
        "organisation",
        "kern",
        "place_type",
        "street",
        "postcode",
        "latitude",
        "longitude",
        "last_confirmed_on",
        "live",
    ]
    export_filename = "participatiekaart-plekken"


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    list_display = ["name", "kind", "email", "city", "is_proposed", "proposed_at"]
    list_filter = ["kind", "is_proposed"]
    search_fields = ["name"]


class KernViewSet(SnippetViewSet):
    model = Kern
    icon = "pick"
    menu_label = _("Kernen")
    list_display = ["name", "municipality", "latitude", "longitude"]
    list_filter = ["municipality"]


class PlaceReportViewSet(SnippetViewSet):
    model = PlaceReport
    icon = "warning"
    menu_label = _("Meldingen 'klopt niet meer'")
    list_display = ["place", "reason", "created_at", "handled"]
    list_filter = ["handled", "reason"]


class MatchCountViewSet(SafeExportViewSetMixin, SnippetViewSet):
    model = MatchCount
    icon = "table"
    menu_label = _("Tellingen aanmeldingen")
    list_display = ["place", "month", "interests", "started", "not_started"]
    list_export = ["place", "month", "interests", "started", "not_started"]
    export_filename = "participatiekaart-tellingen"


class ParticipatiekaartSnippets(SnippetViewSetGroup):
    items = (PlaceViewSet, PlaceReportViewSet, OrganisationViewSet, KernViewSet, MatchCountViewSet)
    menu_icon = "site"
    menu_label = _("Participatiekaart")
    menu_name = "participatiekaart"


register_snippet(ParticipatiekaartSnippets)


class UpkeepPanel(Component):
    name = "participatiekaart_upkeep"
    order = 95
    template_name = "participatiekaart/admin/upkeep_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            {
                "offline": list(
                    Place.objects.filter(auto_unpublished_on__isnull=False, live=False).order_by(
                        "-auto_unpublished_on"
                    )[:10]
                ),
                "open_reports": PlaceReport.objects.filter(handled=False).count(),
                "proposals": Place.objects.waiting_proposals().count(),
                "unchecked_organisations": Organisation.objects.proposed().count(),
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_upkeep_panel(request, panels):
    panels.append(UpkeepPanel())
