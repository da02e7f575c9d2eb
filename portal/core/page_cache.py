"""Whole-page cache for anonymous visitors, purged on every change to what pages show.

What is cached: a ``GET`` without a session or messages cookie whose response is a plain 200
HTML/JSON page that set no cookie, used no CSRF token, varies on nothing but ``Cookie`` and
``Accept-Language`` (one language here) and is not marked private or no-store. Forms (they use
a CSRF token), logged-in users and staff (they carry a session cookie), the admin, accounts and
the health check are therefore never served from or written to the cache.

Purging: one generation number lives in the cache and is part of every key. Publishing,
unpublishing, moving or deleting a page, a view restriction, the site settings, and any model
a feature app registers with :func:`purge_on_change` (places, vacancies, …) bump it, so all
pages are rebuilt on their next visit. Navigation, teasers and listings appear on many pages;
one counter is what makes "published is visible at once" true everywhere without tracking
which page shows what. ``PAGE_CACHE_SECONDS`` bounds how stale time-dependent text (closing
dates) can get.

CSP: a cached body must not hand every visitor the same nonce. The nonce of the request that
filled the cache is swapped for a placeholder before storing, and each hit gets a fresh nonce
(django-csp's middleware, which sits outside this one, then writes it into the header).

Redis being down makes every lookup a miss (``ResilientRedisCache``): pages are rendered.
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
NONCE_PLACEHOLDER = b"__PAGE_CACHE_CSP_NONCE__"
CACHEABLE_TYPES = ("text/html", "application/json", "application/geo+json")
HARMLESS_VARY = {"cookie", "accept-language"}
MAX_QUERY_LENGTH = 300  # longer query strings are rendered, not cached (no cache flooding)
HEADER = "X-Page-Cache"


def _seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _guarded(operation, *args, **kwargs):
    """A cache call that cannot fail a request (any backend, not only our resilient Redis)."""
    try:
        return operation(*args, **kwargs)
    except Exception:  # noqa: BLE001 - a broken cache is a miss, never an error page
        logger.warning("Page cache unavailable", exc_info=True)
        return None


def _generation():
    generation = _guarded(cache.get, GENERATION_KEY)
    if generation is None:
        # Start from the clock, so a flushed cache never reuses an old generation's keys.
        _guarded(cache.add, GENERATION_KEY, time.time_ns(), timeout=None)
        generation = _guarded(cache.get, GENERATION_KEY)
    return generation


def purge_all(**_signal_kwargs):
    """Make every cached page stale (the next visit renders it)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet: start a new one
        _guarded(cache.set, GENERATION_KEY, time.time_ns(), timeout=None)
    except Exception:  # noqa: BLE001 - the cache is down: nothing cached can be served either
        logger.warning("Page cache unavailable for purging", exc_info=True)


def purge_on_change(*models):
    """Purge the page cache whenever one of ``models`` is saved or deleted (feature apps call
    this from ``AppConfig.ready`` for what their public pages show)."""
    for model in models:
        post_save.connect(
            purge_all, sender=model, dispatch_uid=f"page-cache-save-{model._meta.label}"
        )
        post_delete.connect(
            purge_all, sender=model, dispatch_uid=f"page-cache-delete-{model._meta.label}"
        )


def connect_core_signals():
    """Pages (every type, any save: publish, unpublish, move, draft), view restrictions,
    sites and the site settings."""
    from django.apps import apps
    from wagtail.models import Page, PageViewRestriction, Site

    from portal.core.models import SiteSettings

    page_models = [model for model in apps.get_models() if issubclass(model, Page)]
    purge_on_change(*page_models, PageViewRestriction, Site, SiteSettings)


def _key(request, generation):
    # Hashed: wizard URLs with all their answers pass memcached's 250-character key limit.
    url = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"page-cache:{generation}:{url}"


def _request_is_cacheable(request):
    if request.method != "GET" or not _seconds():
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    return not request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES))


def _response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form rendered a CSRF token
        return False
    if not response.get("Content-Type", "").startswith(CACHEABLE_TYPES):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    return vary <= HARMLESS_VARY


class PageCacheMiddleware:
    """Sits after WhiteNoise and django-csp's middleware, before sessions (see settings)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _request_is_cacheable(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                patch_cache_control(response, private=True)  # a proxy must not keep it
            return response

        generation = _generation()
        key = _key(request, generation)
        entry = _guarded(cache.get, key) if generation is not None else None
        if entry is not None:
            return self._replay(request, entry)

        response = self.get_response(request)
        if generation is not None and _response_is_cacheable(request, response):
            _guarded(cache.set, key, self._entry(request, response), _seconds())
            response[HEADER] = "miss"
            self._public_headers(response)
        else:
            response[HEADER] = "bypass"
        return response

    @staticmethod
    def _entry(request, response):
        content = response.content
        nonce = getattr(request, "_csp_nonce", None)
        if isinstance(nonce, str):
            content = content.replace(nonce.encode(), NONCE_PLACEHOLDER)
        headers = [(k, v) for k, v in response.items() if k.lower() != HEADER.lower()]
        return response.status_code, headers, content

    def _replay(self, request, entry):
        status, headers, content = entry
        if NONCE_PLACEHOLDER in content:
            content = content.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HEADER] = "hit"
        self._public_headers(response)
        return response

    @staticmethod
    def _public_headers(response):
        """With a reverse proxy or CDN configured, let it keep anonymous pages briefly
        (Wagtail's frontend cache purges a page's own URLs on publish)."""
        proxy_seconds = getattr(settings, "FRONTEND_CACHE_SECONDS", 0)
        if proxy_seconds and "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=0, s_maxage=proxy_seconds)
