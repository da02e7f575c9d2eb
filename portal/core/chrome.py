"""What every public page shows around its content: the main menu and the site settings
(header and footer). They are read once per site and then come from the cache, so a page
request needs no query for them.

The key names the kind and the site. Everything here is forgotten, for every site, when an
editor changes something it shows: a page published, unpublished, moved or deleted (menu
items, their titles and URLs, the footer's pages), a view restriction added, changed or removed
(the menu leaves private pages out), a site or the site settings saved or deleted. It is
forgotten at once and again after the transaction commits, so a request that read the old state
while the change was being saved cannot keep it. ``TTL`` bounds what a missed signal could leave.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.core import restrictions

TTL = 5 * 60  # seconds
KINDS = ("menu", "settings")


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    url_path: str


def key(kind, site):
    return f"portal:chrome:{kind}:{site.pk}"


def remembered(kind, site, compute):
    """The cached value of ``kind`` for ``site``, computed (and cached) when missing."""
    value = cache.get(key(kind, site))
    if value is None:
        value = compute()
        cache.set(key(kind, site), value, TTL)
    return value


def menu(request):
    """The main menu: the live, public children of the site's root that are 'in menus'."""
    site = Site.find_for_request(request)
    if site is None:
        return []

    def read():
        pages = restrictions.public(site.root_page.get_children().live().in_menu())
        return [MenuItem(page.title, page.get_url(request), page.url_path) for page in pages]

    return remembered("menu", site, read)


def forget(**kwargs):
    """Drop the cached menu and settings of every site (a signal receiver)."""
    _forget_now()
    transaction.on_commit(_forget_now)


def _forget_now():
    cache.delete_many([key(kind, site) for site in Site.objects.all() for kind in KINDS])


def _forget_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        forget()


def connect():
    """Wire the signals that make the cache forget (from ``CoreConfig.ready``)."""
    from portal.core.models import SiteSettings

    page_published.connect(forget, dispatch_uid="portal.chrome.published")
    page_unpublished.connect(forget, dispatch_uid="portal.chrome.unpublished")
    post_page_move.connect(forget, dispatch_uid="portal.chrome.moved")
    post_delete.connect(_forget_deleted_page, dispatch_uid="portal.chrome.page_deleted")
    for model in (PageViewRestriction, Site, SiteSettings):
        name = model._meta.label_lower
        post_save.connect(forget, sender=model, dispatch_uid=f"portal.chrome.saved.{name}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"portal.chrome.deleted.{name}")
