"""Whole-page cache for anonymous visitors, purged on every change to what pages show.

What is cached: a ``GET`` without a session or messages cookie whose response is a plain 200
HTML/JSON page that set no cookie but the CSRF cookie, varies on nothing but ``Cookie`` and
``Accept-Language`` (one language here) and is not marked private or no-store. Logged-in users
and staff (they carry a session cookie), the admin, accounts and the health check are never
served from or written to the cache.

Pages with a form are cached too, without what belongs to one visitor: the CSRF tokens and the
forms' one-time submission tokens (``PublicSubmissionForm.token``, a double submit does nothing
twice) are stored as placeholders, and each hit gets its own — a CSRF token for the visitor's
own CSRF cookie (set when they have none, exactly as Django's middleware does) and a new UUID
per form.

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
import re
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import cc_delim_re, patch_cache_control

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
NONCE_PLACEHOLDER = b"__PAGE_CACHE_CSP_NONCE__"
CSRF_PLACEHOLDER = b"__PAGE_CACHE_CSRF_TOKEN__"
FORM_TOKEN_PLACEHOLDER = b"__PAGE_CACHE_FORM_TOKEN__"
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]+(")')
FORM_TOKEN_INPUT = re.compile(rb'(type="hidden" name="token" value=")[0-9a-f-]{36}(")')
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


def generation():
    """The current generation (None while the cache is down); other caches that must be
    forgotten with the pages can put it in their keys."""
    value = _guarded(cache.get, GENERATION_KEY)
    if value is None:
        # Start from the clock, so a flushed cache never reuses an old generation's keys.
        _guarded(cache.add, GENERATION_KEY, time.time_ns(), timeout=None)
        value = _guarded(cache.get, GENERATION_KEY)
    return value


_UNSET = object()


def request_generation(request):
    """:func:`generation`, read once per request (the page cache and the route cache share it)."""
    value = getattr(request, "_page_cache_generation", _UNSET)
    if value is _UNSET:
        value = request._page_cache_generation = generation()
    return value


def purge_all(**_signal_kwargs):
    """Make every cached page stale (the next visit renders it): now, and again when the
    transaction that changed something commits — a request served in between read the old rows
    and may have stored them under the new generation (found in review: an unpublished page
    could otherwise be routed, or a newly private one stay public, for ROUTE_CACHE_SECONDS)."""
    _bump()
    transaction.on_commit(_bump)


def _bump():
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
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site

    from portal.core.models import Begrip, SiteSettings, WorkIncomeArrangement

    page_models = [model for model in apps.get_models() if issubclass(model, Page)]
    purge_on_change(
        *page_models,
        PageViewRestriction,
        Site,
        SiteSettings,
        Begrip,
        WorkIncomeArrangement,
        get_image_model(),  # pages (and the route cache) hold their images
        get_document_model(),
    )


def _key(request, current):
    # Hashed: wizard URLs with all their answers pass memcached's 250-character key limit.
    url = hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()
    return f"page-cache:{current}:{url}"


def _request_is_cacheable(request):
    if request.method != "GET" or not _seconds():
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    return not request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES))


def _response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return False
    if not response.get("Content-Type", "").startswith(CACHEABLE_TYPES):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    return vary <= HARMLESS_VARY


def _fill(content, placeholder, make):
    """Every ``placeholder`` in ``content`` replaced by its own new value."""
    parts = content.split(placeholder)
    filled = [parts[0]]
    for part in parts[1:]:
        filled += [make().encode(), part]
    return b"".join(filled)


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

        current = request_generation(request)
        key = _key(request, current)
        entry = _guarded(cache.get, key) if current is not None else None
        if entry is not None:
            return self._replay(request, entry)

        response = self.get_response(request)
        if current is not None and _response_is_cacheable(request, response):
            entry = self._entry(request, response)
            _guarded(cache.set, key, entry, _seconds())
            response[HEADER] = "miss"
            self._public_headers(response, entry[2])
        else:
            response[HEADER] = "bypass"
        return response

    @staticmethod
    def _entry(request, response):
        content = response.content
        nonce = getattr(request, "_csp_nonce", None)
        if isinstance(nonce, str):
            content = content.replace(nonce.encode(), NONCE_PLACEHOLDER)
        content = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", content)
        content = FORM_TOKEN_INPUT.sub(rb"\1" + FORM_TOKEN_PLACEHOLDER + rb"\2", content)
        headers = [(k, v) for k, v in response.items() if k.lower() != HEADER.lower()]
        return response.status_code, headers, content

    def _replay(self, request, entry):
        status, headers, content = entry
        if NONCE_PLACEHOLDER in content:
            content = content.replace(NONCE_PLACEHOLDER, str(request.csp_nonce).encode())
        csrf = CsrfViewMiddleware(lambda _request: None) if CSRF_PLACEHOLDER in content else None
        if csrf:
            csrf.process_request(request)  # reads the visitor's CSRF cookie, if any
            content = _fill(content, CSRF_PLACEHOLDER, lambda: get_token(request))
        content = _fill(content, FORM_TOKEN_PLACEHOLDER, lambda: str(uuid.uuid4()))
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        if csrf:
            csrf.process_response(request, response)  # sets the cookie for a new visitor
        response[HEADER] = "hit"
        self._public_headers(response, entry[2])
        return response

    @staticmethod
    def _public_headers(response, stored_content):
        """With a reverse proxy or CDN configured, let it keep anonymous pages briefly
        (Wagtail's frontend cache purges a page's own URLs on publish) — never a page with a
        visitor's own tokens or cookie in it."""
        proxy_seconds = getattr(settings, "FRONTEND_CACHE_SECONDS", 0)
        personal = CSRF_PLACEHOLDER in stored_content or FORM_TOKEN_PLACEHOLDER in stored_content
        if personal:
            patch_cache_control(response, private=True)
        elif proxy_seconds and "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=0, s_maxage=proxy_seconds)
