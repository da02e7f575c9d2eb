"""A small fixed-window rate limiter on the cache (Redis in production, shared by workers).

Used by public forms; counts only submissions that would really be processed. The client is
the address the last trusted proxy saw (``TRUSTED_PROXY_COUNT``), so residents behind one
reverse proxy do not share one limit. A cache outage lets submissions through (fail open):
losing a resident's form is worse than a few extra spam messages.
"""

import ipaddress
import logging

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)


def _valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip().strip("[]")))
    except ValueError:
        return None


def client_ip(request):
    """The client's address. With N trusted proxies in front of the app, the N-th address from
    the right of X-Forwarded-For (what our outermost proxy saw); anything left of it is set by
    the client and ignored. Without trusted proxies, REMOTE_ADDR."""
    count = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part]
    if count > 0 and len(forwarded) >= count:
        ip = _valid_ip(forwarded[-count])
        if ip:
            return ip
    return _valid_ip(request.META.get("REMOTE_ADDR", "")) or "unknown"


def _key(scope, request):
    return f"ratelimit:{scope}:{client_ip(request)}"


def is_limited(scope, request, limit, window_seconds):
    """True when ``limit`` hits in this window were already used for this client and scope."""
    try:
        return (cache.get(_key(scope, request)) or 0) >= limit
    except Exception as error:  # cache outage: fail open
        logger.warning("Rate limit cache unavailable (%s)", type(error).__name__)
        return False


def register_hit(scope, request, window_seconds):
    key = _key(scope, request)
    try:
        if cache.add(key, 1, window_seconds):
            return 1
        try:
            return cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window_seconds)
            return 1
    except Exception as error:  # cache outage: fail open
        logger.warning("Rate limit cache unavailable (%s)", type(error).__name__)
        return 0
