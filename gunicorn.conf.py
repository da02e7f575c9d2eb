"""Gunicorn in production: ``gunicorn -c gunicorn.conf.py portal.wsgi``.

Behind a reverse proxy that terminates TLS and serves /media/ (README, Running in production).
Environment: GUNICORN_WORKERS, GUNICORN_BIND, GUNICORN_MAX_REQUESTS, GUNICORN_TIMEOUT, GUNICORN_GRACEFUL_TIMEOUT,
FORWARDED_ALLOW_IPS and LOG_FORMAT.
"""

import os


def _cpu_count():
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this process may use (containers, taskset)
    except AttributeError:
        return os.cpu_count() or 1


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


wsgi_app = "portal.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")

# Sync workers, one request each at a time: gunicorn's 2 × CPUs + 1. Each worker holds its own
# database connection (CONN_MAX_AGE), so workers × web servers must stay below PostgreSQL's
# max_connections together with the Celery workers.
workers = _int("GUNICORN_WORKERS", 2 * _cpu_count() + 1)
# A request that takes longer is killed (and logged); outbound calls in a request have their own
# shorter timeouts (GEOCODER_REQUEST_TIMEOUT), everything slow runs in Celery.
timeout = _int("GUNICORN_TIMEOUT", 30)
# On SIGTERM (deploy, restart) a worker gets this long to finish its requests.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5
# Recycle workers now and then so slow memory growth never adds up (0: never; make bench).
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = 100
_SHM = "/dev/shm"  # noqa: S108 (gunicorn's advice for its heartbeat files, not a temp file)
if os.path.isdir(_SHM):
    worker_tmp_dir = _SHM  # heartbeat files off a possibly slow (overlay) disk

# The proxy addresses whose X-Forwarded-Proto/-For gunicorn trusts (set to the proxy's address
# when it is not on this host). Django also needs TRUSTED_PROXY_COUNT for client addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Access log without query strings or referrers: residents' postcodes are in query strings.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s"'

if os.environ.get("LOG_FORMAT", "json") == "json":
    # The same JSON lines as the application (portal/core/logging.py); the access fields are
    # method, path, status, bytes and duration_ms.
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "portal.core.logging.JsonFormatter"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "json"},
            "access": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "stream": "ext://sys.stdout",
            },
        },
        "root": {"level": "INFO", "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False},
            "gunicorn.access": {"level": "INFO", "handlers": ["access"], "propagate": False},
        },
    }
