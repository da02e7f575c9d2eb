from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem


class FullAxeContentChecker(ContentCheckerItem):
    """Wagtail's accessibility checker with every axe rule on, not only Wagtail's short list."""

    axe_run_only = None


@hooks.register("construct_wagtail_userbar")
def use_full_axe_checker(request, items, page):
    for position, item in enumerate(items):
        if type(item) is ContentCheckerItem:
            items[position] = FullAxeContentChecker(getattr(item, "in_editor", False))
