"""Site-wide search over published pages.

A search backend that is down (Elasticsearch in production) must never break the page: we log,
fall back to a simple title match in the database and tell the visitor.
"""

import logging
from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from wagtail.models import Page

from portal.core.text import strip_control_characters

logger = logging.getLogger(__name__)

PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


def normalise_query(raw):
    """What a visitor typed, safe for every backend: no NUL or other control characters
    (PostgreSQL refuses NUL in text), single spaces, at most MAX_QUERY_LENGTH characters."""
    return " ".join(strip_control_characters(raw or "", keep="").split())[:MAX_QUERY_LENGTH]


@dataclass
class SearchResults:
    query: str
    page: object = None  # django.core.paginator.Page of wagtail Pages
    total: int = 0
    degraded: bool = False
    pages: list = field(default_factory=list)


def _paginate(results, page_number):
    paginator = Paginator(results, PAGE_SIZE)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def search_pages(query, page_number=None, site=None):
    """Return paginated live, public pages matching ``query`` (empty query: no results)."""
    query = normalise_query(query)
    if not query:
        return SearchResults(query="")
    base = Page.objects.live().public()
    if site is not None:
        base = base.in_site(site)
    try:
        page = _paginate(base.search(query), page_number)
        pages, total, degraded = list(page.object_list), page.paginator.count, False
    except Exception:  # any backend outage (connection, timeout, index missing)
        logger.exception("Search backend failed for query %r; falling back to title match", query)
        page = _paginate(base.filter(title__icontains=query).order_by("title"), page_number)
        pages, total, degraded = list(page.object_list), page.paginator.count, True
    return SearchResults(query=query, page=page, total=total, degraded=degraded, pages=pages)
