"""A Redis cache that never takes a page down.

``django_redis`` raises on every call while Redis is unreachable; Wagtail looks up the site's
root paths in the cache on every ``{% pageurl %}``, so one outage made every page a 500. This
backend answers like an empty cache instead (reads miss, writes are dropped), and after a
failure it does not touch Redis again for ``RETRY_AFTER`` seconds, so a hanging server costs
one socket timeout per process per interval rather than one per cache call.
"""

import logging
import threading
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0  # seconds without Redis after a failure (per process)


class _Breaker:
    def __init__(self, retry_after, clock=time.monotonic):
        self.retry_after = retry_after
        self.clock = clock
        self.open_until = 0.0
        self.lock = threading.Lock()

    def is_open(self):
        return self.clock() < self.open_until

    def trip(self):
        with self.lock:
            if not self.is_open():
                logger.warning("Cache unreachable; running without cache for %ss", self.retry_after)
            self.open_until = self.clock() + self.retry_after


class _GuardedClient:
    """Wraps django_redis's client: while the breaker is open every call fails fast, and every
    Redis or socket error trips the breaker and is reported as ``ConnectionInterrupted``,
    which the cache's ``IGNORE_EXCEPTIONS`` handling turns into a miss."""

    def __init__(self, client, breaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute

        def guarded(*args, **kwargs):
            if self._breaker.is_open():
                raise ConnectionInterrupted(connection=None)
            try:
                return attribute(*args, **kwargs)
            except (ConnectionInterrupted, RedisError, OSError) as error:
                self._breaker.trip()
                if isinstance(error, ConnectionInterrupted):
                    raise
                raise ConnectionInterrupted(connection=None) from error

        return guarded


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = params.setdefault("OPTIONS", {})
        options["IGNORE_EXCEPTIONS"] = True
        # Short socket timeouts: a hanging Redis must not hold a request for long.
        options.setdefault("SOCKET_CONNECT_TIMEOUT", 0.5)
        options.setdefault("SOCKET_TIMEOUT", 0.5)
        super().__init__(server, params)
        self.breaker = _Breaker(float(options.pop("RETRY_AFTER", RETRY_AFTER)))

    @property
    def client(self):
        if self._client is None:
            self._client = _GuardedClient(
                self._client_cls(self._server, self._params, self), self.breaker
            )
        return self._client

    @property
    def is_available(self):
        return not self.breaker.is_open()
