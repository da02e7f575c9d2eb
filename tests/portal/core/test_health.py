import json

from django.db import OperationalError


def test_health_reports_every_service_as_json(client, db):
    response = client.get("/health/")
    body = json.loads(response.content)
    assert response.status_code == 200
    assert set(body["checks"]) == {"database", "cache", "broker", "search"}
    assert body["checks"]["database"]["status"] == "ok"
    assert response["Cache-Control"].startswith("max-age=0")


def test_health_is_503_when_the_database_is_unreachable(client, db, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken_execute(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(CursorWrapper, "execute", broken_execute)
    response = client.get("/health/")
    monkeypatch.undo()
    body = json.loads(response.content)
    assert response.status_code == 503
    assert body["checks"]["database"]["status"] == "down"
    assert body["status"] == "down"


def test_broker_outage_is_reported_but_the_site_stays_up(client, db, celery_conf):
    celery_conf(task_always_eager=False, broker_url="redis://127.0.0.1:1/0")
    response = client.get("/health/")
    body = json.loads(response.content)
    assert response.status_code == 200
    assert body["checks"]["broker"] == {"status": "down", "mode": "broker"}
    assert body["status"] == "degraded"
    assert client.get("/").status_code in (200, 404)  # pages do not depend on the broker


def test_search_outage_is_reported_without_failing(client, db, settings, monkeypatch):
    from portal.core import health

    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:1"],
            "TIMEOUT": 1,
            "AUTO_UPDATE": False,
        }
    }
    result = health.check_search()
    assert result == {"status": "down", "backend": "elasticsearch8"}
