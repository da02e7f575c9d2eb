"""Admin registration: taxonomy and contacts as snippets, a flat listing of all instruments."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from instrumentenboek.admin import InstrumentFilterSet, InstrumentsToCheckPanel, instrument_columns
from instrumentenboek.models import Contact, Doelgroep, InstrumentPage, LawParameter


class DoelgroepViewSet(SnippetViewSet):
    model = Doelgroep
    icon = "group"
    menu_label = _("Doelgroepen")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "mail"
    menu_label = _("Contactpersonen")
    list_display = ["name", "organisation", "phone", "email"]
    search_fields = ["name", "organisation"]


class LawParameterViewSet(SnippetViewSet):
    model = LawParameter
    icon = "date"
    menu_label = _("Wettelijke parameters")
    list_display = ["key", "value", "valid_from", "valid_until", "checked_on"]
    list_filter = ["key"]
    ordering = ["key", "valid_from"]


class InstrumentenboekSnippets(SnippetViewSetGroup):
    items = (DoelgroepViewSet, ContactViewSet, LawParameterViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Instrumentenboek")
    menu_name = "instrumentenboek"


class InstrumentListingViewSet(PageListingViewSet):
    model = InstrumentPage
    icon = "doc-full"
    menu_label = _("Alle regelingen")
    add_to_admin_menu = True
    menu_order = 210
    name = "instrumenten"
    filterset_class = InstrumentFilterSet
    columns = instrument_columns(PageListingViewSet.index_view_class.base_columns)


register_snippet(InstrumentenboekSnippets)
instrument_listing = InstrumentListingViewSet("instrumenten")


@hooks.register("register_admin_viewset")
def register_instrument_listing():
    return instrument_listing


@hooks.register("construct_homepage_panels")
def add_instruments_to_check_panel(request, panels):
    panels.append(InstrumentsToCheckPanel(instrument_listing.get_url_name("index")))
