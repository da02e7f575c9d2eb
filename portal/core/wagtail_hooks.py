from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.core.models import Begrip, Municipality, WorkIncomeArrangement
from portal.core.readability import warning_for


class FullAxeContentChecker(ContentCheckerItem):
    """Wagtail's accessibility checker with every axe rule on, not only Wagtail's short list."""

    axe_run_only = None


@hooks.register("construct_wagtail_userbar")
def use_full_axe_checker(request, items, page):
    for position, item in enumerate(items):
        if type(item) is ContentCheckerItem:
            items[position] = FullAxeContentChecker(getattr(item, "in_editor", False))


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Gemeenten")
    add_to_admin_menu = True
    menu_order = 290
    list_display = ["name", "region", "cbs_code"]
    search_fields = ["name"]


register_snippet(MunicipalityViewSet)


class BegripViewSet(SnippetViewSet):
    model = Begrip
    icon = "help"
    menu_label = _("Begrippen")
    add_to_admin_menu = True
    menu_order = 295
    list_display = ["term", "full_name"]
    search_fields = ["term", "explanation"]


register_snippet(BegripViewSet)


class WorkIncomeViewSet(SnippetViewSet):
    model = WorkIncomeArrangement
    icon = "tag"
    menu_label = _("Geld bij werk")
    add_to_admin_menu = True
    menu_order = 296
    list_display = ["name", "kind", "municipality", "amount", "valid_from", "valid_until"]
    list_filter = ["kind", "municipality"]


register_snippet(WorkIncomeViewSet)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_about_hard_text(request, page):
    """A readability signal on save: a warning in Dutch, never a block."""
    message = warning_for(page.specific)
    if message:
        messages.warning(request, message)
