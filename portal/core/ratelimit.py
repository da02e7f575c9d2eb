"""A small fixed-window rate limiter on the cache (Redis in production, shared by workers).

Used by public forms; counts only submissions that would really be processed.
"""

from django.core.cache import cache


def client_ip(request):
    # Behind a proxy, configure it to set REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips).
    return request.META.get("REMOTE_ADDR", "unknown")


def is_limited(scope, request, limit, window_seconds):
    """True when ``limit`` hits in this window were already used for this client and scope."""
    key = f"ratelimit:{scope}:{client_ip(request)}"
    return (cache.get(key) or 0) >= limit


def register_hit(scope, request, window_seconds):
    key = f"ratelimit:{scope}:{client_ip(request)}"
    if cache.add(key, 1, window_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window_seconds)
        return 1
