from django import template
from wagtail.models import Page, Site

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """Top navigation: the home page's children marked 'show in menus' (one query)."""
    root = _site_root(context)
    current = context.get("page")
    items = list(root.get_children().live().public().in_menu()) if root else []
    current_path = getattr(current, "url_path", "") or ""
    return {
        "items": items,
        "current_path": current_path,
        "request": context.get("request"),
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Breadcrumbs from the site root down to the current page (one query)."""
    page = context.get("page")
    root = _site_root(context)
    if not isinstance(page, Page) or root is None or page.depth <= root.depth:
        return {"ancestors": [], "page": page}
    ancestors = list(Page.objects.ancestor_of(page).filter(depth__gte=root.depth).order_by("depth"))
    return {
        "ancestors": ancestors,
        "page": page,
        "route_title": context.get("route_title"),  # a sub-page served by a routable page
        "request": context.get("request"),
    }
