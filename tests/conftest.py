import os
import socket
import threading
from types import SimpleNamespace

import pytest

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require_service(reason):
    """Skip locally when a real service is missing, but fail in CI: no silent skips there."""
    if IN_CI:
        pytest.fail(f"Required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache (rate-limit counters, cached site paths, …)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home_page(db, django_capture_on_commit_callbacks):
    from tests.portal.core.factories import build_site

    with django_capture_on_commit_callbacks(execute=True):
        return build_site()


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (queued index and mail tasks) inside a ``db`` test."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def celery_conf():
    """Temporarily override Celery settings (e.g. a real broker instead of eager mode)."""
    from portal.celery import app

    saved = {}

    def override(**values):
        for key in values:
            saved.setdefault(key, app.conf[key])
        app.conf.update(values)
        forget_connections()

    def forget_connections():
        app._pool = None  # broker connections to the previous broker
        app.amqp._producer_pool = None  # producers bound to those connections
        app._local.__dict__.pop("backend", None)  # cached result backend

    yield override
    app.conf.update(saved)
    forget_connections()


@pytest.fixture
def redis_broker(celery_conf):
    """Point the Celery app at a real Redis broker (and result backend) for this test."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis.exceptions.ConnectionError:
        require_service(f"Redis is not reachable at {REDIS_URL}")
    celery_conf(broker_url=REDIS_URL, task_always_eager=False, result_backend=REDIS_URL)


@pytest.fixture
def hanging_server():
    """A real TCP server on 127.0.0.1 that accepts connections and never answers (a hanging
    Redis, PDOK, …). Yields ``port`` and the list of ``accepted`` connections."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    accepted, stop = [], threading.Event()

    def accept():
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield SimpleNamespace(port=server.getsockname()[1], accepted=accepted)
    stop.set()
    thread.join()
    for peer in accepted:
        peer.close()
    server.close()
