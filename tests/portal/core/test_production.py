"""The production process model: which settings each entry point loads, gunicorn's config,
JSON logs and the optional Sentry set-up, none of which may leak a query string (postcodes)."""

import json
import logging
import os
import runpy
import subprocess
import sys
from pathlib import Path

import sentry_sdk
from django.conf import settings
from django.test import RequestFactory

from portal.core.logging import JsonFormatter
from portal.core.sentry import scrub_breadcrumb, scrub_event

BASE_DIR = Path(__file__).resolve().parents[3]
PRODUCTION_ENV = {
    "SECRET_KEY": "k" * 20 + "-production-secret-with-enough-entropy-8f3a9c1d2e",
    "ALLOWED_HOSTS": "werk.example.nl",
    "SITE_URL": "https://werk.example.nl",
}


def run_python(code, tmp_path, **extra_env):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "CONN_MAX_AGE"}
        and not key.startswith(("LOG_FORMAT", "SENTRY_"))
    }
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}", **extra_env)
    result = subprocess.run(  # noqa: S603 (our own code, in a fresh interpreter)
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_gunicorn_entry_point_loads_the_production_settings(tmp_path):
    code = """
import json, runpy
runpy.run_path("portal/wsgi.py")
import sentry_sdk
from django.conf import settings
client = sentry_sdk.get_client()
print(json.dumps({
    "module": settings.SETTINGS_MODULE,
    "conn_max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
    "health_checks": settings.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "formatter": settings.LOGGING["handlers"]["console"]["formatter"],
    "sentry": client.is_active(),
    "pii": client.options["send_default_pii"],
    "locals": client.options["include_local_variables"],
    "integrations": sorted(client.integrations),
}))
"""
    found = run_python(code, tmp_path, **PRODUCTION_ENV, SENTRY_DSN="https://k@sentry.invalid/1")
    assert found["module"] == "portal.settings.production"
    assert found["conn_max_age"] == 60
    assert found["health_checks"] is True
    assert found["formatter"] == "json"
    assert found["sentry"] is True
    assert found["pii"] is False
    assert found["locals"] is False
    assert {"django", "celery"} <= set(found["integrations"])


def test_without_sentry_dsn_sentry_stays_off_and_log_format_can_be_plain(tmp_path):
    code = """
import json, runpy
runpy.run_path("portal/wsgi.py")
import sentry_sdk
from django.conf import settings
print(json.dumps({
    "sentry": sentry_sdk.get_client().is_active(),
    "formatter": settings.LOGGING["handlers"]["console"]["formatter"],
    "conn_max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
}))
"""
    found = run_python(code, tmp_path, **PRODUCTION_ENV, LOG_FORMAT="plain", CONN_MAX_AGE="0")
    assert found == {"sentry": False, "formatter": "plain", "conn_max_age": 0}


def test_celery_app_defaults_to_production_and_manage_py_to_dev(tmp_path):
    code = """
import json, os, runpy
runpy.run_path("portal/celery.py")
print(json.dumps(os.environ["DJANGO_SETTINGS_MODULE"]))
"""
    assert run_python(code, tmp_path) == "portal.settings.production"
    code = """
import json, os, runpy, sys
sys.argv = ["manage.py", "shell", "-c", "from django.conf import settings; import json; print(json.dumps(settings.SETTINGS_MODULE))"]
runpy.run_path("manage.py", run_name="__main__")
"""
    assert run_python(code, tmp_path) == "portal.settings.dev"


def test_make_targets_name_their_settings_where_the_default_is_production():
    makefile = (BASE_DIR / "Makefile").read_text()
    for line in makefile.splitlines():
        if "celery" in line and " worker" in line:
            assert "DJANGO_SETTINGS_MODULE=portal.settings.dev" in line, line


def test_tests_run_without_persistent_connections_sentry_or_json():
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] == 0
    assert settings.LOGGING["handlers"]["console"]["formatter"] == "plain"
    assert not sentry_sdk.get_client().is_active()


def load_gunicorn_config(monkeypatch, **environ):
    for name in ("GUNICORN_WORKERS", "FORWARDED_ALLOW_IPS", "LOG_FORMAT", "GUNICORN_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_DIR / "gunicorn.conf.py"))


def test_gunicorn_config(monkeypatch):
    config = load_gunicorn_config(monkeypatch)
    assert config["wsgi_app"] == "portal.wsgi:application"
    assert config["workers"] == 2 * len(os.sched_getaffinity(0)) + 1
    assert config["timeout"] == 30 and config["graceful_timeout"] == 30
    assert config["forwarded_allow_ips"] == "127.0.0.1,::1"
    assert config["logconfig_dict"]["formatters"]["json"]["()"] == (
        "portal.core.logging.JsonFormatter"
    )
    # Path only: no request line (%(r)s), query string (%(q)s), referrer (%(f)s) or headers.
    log_format = config["access_log_format"]
    assert "%(U)s" in log_format
    for atom in ("%(r)s", "%(q)s", "%(f)s", "i)s"):
        assert atom not in log_format

    config = load_gunicorn_config(
        monkeypatch, GUNICORN_WORKERS="3", FORWARDED_ALLOW_IPS="10.0.0.2", LOG_FORMAT="plain"
    )
    assert config["workers"] == 3
    assert config["forwarded_allow_ips"] == "10.0.0.2"
    assert "logconfig_dict" not in config


def log_record(name, msg, args=(), **extra):
    record = logging.LogRecord(name, logging.ERROR, __file__, 1, msg, args, None)
    record.__dict__.update(extra)
    return record


def test_json_log_lines_carry_extras_but_no_query_string():
    request = RequestFactory().get("/inwoners/participatiekaart/", {"postcode": "6661AB"})
    try:
        raise ValueError("kapot")
    except ValueError:
        record = log_record("django.request", "Internal Server Error: %s", (request.path,))
        record.exc_info = sys.exc_info()
    record.__dict__.update(status_code=500, request=request)

    line = JsonFormatter().format(record)

    entry = json.loads(line)
    assert entry["level"] == "ERROR" and entry["logger"] == "django.request"
    assert entry["message"] == "Internal Server Error: /inwoners/participatiekaart/"
    assert entry["status_code"] == 500
    assert entry["request"] == {"method": "GET", "path": "/inwoners/participatiekaart/"}
    assert "ValueError: kapot" in entry["exception"]
    assert entry["time"].endswith("+00:00")
    assert "6661" not in line


def test_json_access_log_fields_come_from_the_path_not_the_query():
    atoms = {
        "h": "10.0.0.1", "m": "GET", "U": "/zoeken/", "q": "postcode=6661AB", "s": "200",
        "B": 1234, "M": 12, "r": "GET /zoeken/?postcode=6661AB HTTP/1.1", "a": "curl",
    }  # fmt: skip
    record = log_record("gunicorn.access", '%(h)s "%(m)s %(U)s" %(s)s', (atoms,))
    entry = json.loads(JsonFormatter().format(record))
    assert entry["message"] == '10.0.0.1 "GET /zoeken/" 200'
    assert {k: entry[k] for k in ("method", "path", "status", "bytes", "duration_ms")} == {
        "method": "GET", "path": "/zoeken/", "status": "200", "bytes": 1234, "duration_ms": 12,
    }  # fmt: skip
    assert "6661" not in json.dumps(entry)


def test_sentry_events_lose_query_strings_bodies_and_cookies():
    event = {
        "request": {
            "url": "https://werk.example.nl/inwoners/participatiekaart/?postcode=6661AB",
            "query_string": "postcode=6661AB",
            "data": {"email": "inwoner@example.nl"},
            "cookies": {"sessionid": "abc"},
            "headers": {
                "Referer": "https://werk.example.nl/?postcode=6661AB",
                "Cookie": "sessionid=abc",
                "User-Agent": "Firefox",
            },
        },
        "breadcrumbs": {
            "values": [
                {
                    "category": "httplib",
                    "data": {"url": "https://api.pdok.nl/free?q=6661AB", "http.query": "q=6661AB"},
                }
            ]
        },
    }
    scrubbed = scrub_event(event)
    assert scrubbed["request"] == {
        "url": "https://werk.example.nl/inwoners/participatiekaart/",
        "headers": {"User-Agent": "Firefox"},
    }
    assert scrubbed["breadcrumbs"]["values"][0]["data"] == {"url": "https://api.pdok.nl/free"}
    assert "6661" not in json.dumps(scrubbed)
    assert scrub_breadcrumb({"category": "query", "message": "SELECT 1"}) == {
        "category": "query",
        "message": "SELECT 1",
    }
