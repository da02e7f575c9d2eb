"""Checks behind /health/. Only the database is essential; the rest is reported, not fatal."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection

logger = logging.getLogger(__name__)

OK, DOWN, NOT_CONFIGURED = "ok", "down", "niet ingesteld"


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return {"status": OK, "vendor": connection.vendor}
    except Exception as exc:
        logger.warning("Health: database unreachable: %s", exc)
        return {"status": DOWN, "vendor": connection.vendor}


def check_cache():
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    try:
        cache.set("health-check", "1", 10)
        status = OK if cache.get("health-check") == "1" else DOWN
    except Exception as exc:
        logger.warning("Health: cache unreachable: %s", exc)
        status = DOWN
    return {"status": status, "backend": backend}


def check_broker():
    from portal.celery import app

    if app.conf.task_always_eager:
        return {"status": OK, "mode": "eager"}
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
        return {"status": OK, "mode": "broker"}
    except Exception as exc:
        logger.warning("Health: broker unreachable: %s", exc)
        return {"status": DOWN, "mode": "broker"}


def check_search():
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
    if backend != "elasticsearch8":
        return {"status": OK, "backend": backend}
    try:
        from wagtail.search.backends import get_search_backend

        es = get_search_backend().es
        status = OK if es.ping() else DOWN
    except Exception as exc:
        logger.warning("Health: search backend unreachable: %s", exc)
        status = DOWN
    return {"status": status, "backend": backend}


def run_checks():
    checks = {
        "database": check_database(),
        "cache": check_cache(),
        "broker": check_broker(),
        "search": check_search(),
    }
    healthy = checks["database"]["status"] == OK
    degraded = any(c["status"] != OK for c in checks.values())
    overall = "ok" if not degraded else ("degraded" if healthy else "down")
    return healthy, {"status": overall, "checks": checks}
