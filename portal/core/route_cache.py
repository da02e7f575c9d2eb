"""What routing learns about a URL, remembered between requests and forgotten with the pages.

Before a page renders, Wagtail and our router (``portal.core.routing``) spend four or five
queries, about a third of a simple page's time, on facts that only change when pages do: which
site answers this host, its home page, the pages along the path (the breadcrumbs), the specific
page with the relations its template needs, and whether a view restriction applies. These are
kept in the cache under the page cache's generation (``page_cache.request_generation``), so
every save, publish, unpublish, move or delete of a page, a view restriction or a site forgets
them all at once, exactly when cached pages are forgotten.

Unlike the page cache this serves everyone — logged-in employers and staff, POSTs, pages with
query strings (filters, the wizard's answers) — because nothing personal is kept: only pages as
the database has them. A view restriction is still checked on every request (``accept_request``
with the visitor's session); only "no restriction applies" is remembered. Each request unpickles
its own copies, so nothing a request sets on a page leaks into the next.

The same cache keeps a listing's GET filter form as rendered HTML (``{% filter_form %}`` in
``portal_tags``): the kaart's lists of kernen, soorten and treden cost more to render than the
places themselves, and are the same for every visitor who asked the same.

``ROUTE_CACHE_SECONDS`` (0 = off, as in the unit tests, which count the queries of a cold
route) bounds how long an entry lives; the cache being down means every lookup is a miss.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from wagtail.models import Site

from portal.core import page_cache

logger = logging.getLogger(__name__)

NOTHING = "route-cache:nothing"  # stands for a remembered None (an unknown host, no teaser)


def _seconds():
    return getattr(settings, "ROUTE_CACHE_SECONDS", 0)


def _key(request, kind, *parts):
    current = page_cache.request_generation(request)
    if current is None:  # the cache is down: nothing can be remembered
        return None
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return f"route:{kind}:{current}:{digest}"


def is_on():
    return bool(_seconds())


def recall(request, kind, *parts):
    """The remembered value (None when there is none, or when the cache is off or down)."""
    if not _seconds():
        return None
    key = _key(request, kind, *parts)
    if key is None:
        return None
    return page_cache._guarded(cache.get, key)


def recall_longest(request, kind, prefix, components):
    """The value remembered for the longest start of ``components`` (one cache round trip):
    ``(length, value)``, or ``(0, None)``."""
    if not _seconds() or not components:
        return 0, None
    keys = {}
    for length in range(len(components), 0, -1):
        key = _key(request, kind, *prefix, *components[:length])
        if key is None:
            return 0, None
        keys[key] = length
    found = page_cache._guarded(cache.get_many, list(keys)) or {}
    if not found:
        return 0, None
    best = max(found, key=keys.__getitem__)
    return keys[best], found[best]


def remember(request, kind, value, *parts):
    if not _seconds():
        return
    key = _key(request, kind, *parts)
    if key is not None:
        page_cache._guarded(cache.set, key, value, _seconds())


def remembered(request, kind, compute, *parts):
    """The value kept under ``kind`` and ``parts``, else ``compute()``, kept (None included)."""
    value = recall(request, kind, *parts)
    if value is None:
        value = compute()
        remember(request, kind, NOTHING if value is None else value, *parts)
    return None if isinstance(value, str) and value == NOTHING else value


def _site_with_home_page(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page.specific  # noqa: B018 - fetched once, kept with the site
    return site


class SiteMiddleware:
    """Finds the Wagtail site of the request from the cache (Wagtail's ``Site.find_for_request``
    reads ``request._wagtail_site`` before it queries), with its home page, specific, at hand."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _seconds() and self._allowed_host(request):
            hostname = split_domain_port(request._get_raw_host())[0]
            request._wagtail_site = remembered(
                request, "site", lambda: _site_with_home_page(request), hostname, request.get_port()
            )
        return self.get_response(request)

    @staticmethod
    def _allowed_host(request):
        """Only hosts in ALLOWED_HOSTS are remembered (a made-up Host header must not fill the
        cache; Django answers it with a 400 later on)."""
        try:
            request.get_host()
        except DisallowedHost:
            return False
        return True
