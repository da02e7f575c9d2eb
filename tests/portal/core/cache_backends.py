"""A cache backend that is always down, like Redis without a connection."""

from django.core.cache.backends.base import BaseCache

BROKEN_CACHES = {"default": {"BACKEND": "tests.portal.core.cache_backends.BrokenCache"}}


class BrokenCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)
        self.calls = 0

    def _fail(self, *args, **kwargs):
        raise ConnectionError("Error 111 connecting to redis:6379. Connection refused.")

    get = set = add = delete = touch = incr = has_key = clear = _fail
    get_many = set_many = delete_many = _fail
