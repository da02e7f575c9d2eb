"""Admin: sectors and aspects as snippets; employers' interest for the accountmanagers."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.core.exports import SafeExportViewSetMixin
from storytelling.models import Aspect, Sector, StoryInterest


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectoren")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AspectViewSet(SnippetViewSet):
    model = Aspect
    icon = "list-ul"
    menu_label = _("Aandachtspunten")
    list_display = ["name", "kind", "sort_order"]
    list_filter = ["kind"]


class StoryInterestViewSet(SafeExportViewSetMixin, SnippetViewSet):
    """What employers asked about which story; deleted automatically after 180 days."""

    model = StoryInterest
    icon = "mail"
    menu_label = _("Interesse van werkgevers")
    list_display = ["organisation", "name", "story", "created_at"]
    list_filter = ["story", "created_at"]
    list_export = ["created_at", "story", "organisation", "name", "email", "phone", "message"]
    export_filename = "interesse-werkgevers"
    search_fields = ["organisation", "name", "email"]
    inspect_view_enabled = True
    ordering = ["-created_at"]


class VerhalenSnippets(SnippetViewSetGroup):
    items = (StoryInterestViewSet, SectorViewSet, AspectViewSet)
    menu_icon = "openquote"
    menu_label = _("Verhalen")
    menu_name = "verhalen"


register_snippet(VerhalenSnippets)
