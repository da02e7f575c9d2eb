"""A cache backend that is down, like Redis without a connection.

By default every call raises. With ``OPTIONS={"BROKEN_PREFIXES": [...]}`` only calls for keys
with those prefixes raise and the rest works as a local-memory cache: for page tests, because
Wagtail itself reads its site root paths from the cache on every page.
"""

from django.core.cache.backends.locmem import LocMemCache

BROKEN_CACHES = {"default": {"BACKEND": "tests.portal.core.cache_backends.BrokenCache"}}


def broken_caches(*prefixes):
    return {
        "default": {
            "BACKEND": "tests.portal.core.cache_backends.BrokenCache",
            "LOCATION": "broken-" + "-".join(prefixes),
            "OPTIONS": {"BROKEN_PREFIXES": list(prefixes)},
        }
    }


def _breaks(method):
    def broken(self, key, *args, **kwargs):
        if not self.prefixes or str(key).startswith(self.prefixes):
            raise ConnectionError("Error 111 connecting to redis:6379. Connection refused.")
        return getattr(super(BrokenCache, self), method)(key, *args, **kwargs)

    return broken


class BrokenCache(LocMemCache):
    def __init__(self, name, params):
        options = dict(params.get("OPTIONS") or {})
        self.prefixes = tuple(options.pop("BROKEN_PREFIXES", ()))
        super().__init__(name, {**params, "OPTIONS": options})

    get = _breaks("get")
    set = _breaks("set")
    add = _breaks("add")
    delete = _breaks("delete")
    touch = _breaks("touch")
    incr = _breaks("incr")
    has_key = _breaks("has_key")
