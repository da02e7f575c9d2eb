"""Admin building blocks for the instrumentenboek: filters, columns and the dashboard panel."""

import django_filters
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.pages.listing import PageFilterSet

from instrumentenboek.models import Aanbieder, InstrumentCheckFlag, InstrumentPage, Soort


class InstrumentFilterSet(PageFilterSet):
    soort = django_filters.ChoiceFilter(label=_("Soort"), choices=Soort.choices)
    aanbieder = django_filters.ChoiceFilter(label=_("Aanbieder"), choices=Aanbieder.choices)
    controle = django_filters.ChoiceFilter(
        label=_("Controle"),
        method="filter_controle",
        empty_label=_("Alle"),
        choices=[("nodig", _("Controle nodig")), ("vervallen", _("Vervallen"))],
    )

    class Meta:
        model = InstrumentPage
        fields = []

    def filter_controle(self, queryset, name, value):
        if value == "nodig":
            return queryset.filter(check_flags__isnull=False).distinct()
        if value == "vervallen":
            return queryset.filter(valid_until__lt=timezone.localdate())
        return queryset


class LastCheckedColumn(DateColumn):
    """'Laatst gecontroleerd' (derived from the facts) with a warning when a check is due."""

    cell_template_name = "instrumentenboek/admin/last_checked_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["needs_check"] = instance.needs_check()
        return context


def instrument_columns(base_columns):
    return [
        *[c for c in base_columns if c.name in ("bulk_actions", "title")],
        Column("soort", label=_("Soort"), accessor="get_soort_display", sort_key="soort"),
        Column(
            "aanbieder",
            label=_("Aanbieder"),
            accessor="get_aanbieder_display",
            sort_key="aanbieder",
        ),
        LastCheckedColumn("last_checked", label=_("Laatst gecontroleerd")),
        DateColumn("valid_until", label=_("Geldig tot"), sort_key="valid_until"),
        *[c for c in base_columns if c.name == "status"],
    ]


class InstrumentsToCheckPanel(Component):
    """Dashboard panel: the instruments the daily check flagged, with the reasons."""

    name = "instruments_to_check"
    order = 90
    template_name = "instrumentenboek/admin/instruments_to_check_panel.html"

    def __init__(self, listing_url_name):
        self.listing_url_name = listing_url_name

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        reasons = {}
        for flag in InstrumentCheckFlag.objects.select_related("instrument"):
            reasons.setdefault(flag.instrument, []).append(flag.reason)
        instruments = [
            {"page": page, "reasons": found} for page, found in list(reasons.items())[:10]
        ]
        context.update(
            {
                "instruments": instruments,
                "total": len(reasons),
                "listing_url": reverse(self.listing_url_name) + "?controle=nodig",
            }
        )
        return context
