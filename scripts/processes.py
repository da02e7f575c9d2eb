"""The production route's processes, shared by ``production_smoke.py`` and ``bench.py``.

Both start the portal as the README tells a municipality to: production settings from the
environment, PostgreSQL and Redis, gunicorn with ``gunicorn.conf.py`` (and for the smoke run a
Celery worker and beat), and stop everything they started by PID, also when a step fails.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# Behind the municipality's TLS proxy; here we say so ourselves (SECURE_PROXY_SSL_HEADER).
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}
GUNICORN = [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"]


def environment(*, port, database_url, cache_url, broker_url, workdir, **extra):
    """Production settings on loopback, with throw-away secrets and folders under ``workdir``."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "local-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"https://127.0.0.1:{port}",
        "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{port}",
        "DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "CELERY_BROKER_URL": broker_url,
        "EMAIL_URL": f"filemail:///{workdir / 'mail'}",  # four slashes: an absolute path
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": "2",
        "LOG_FORMAT": "json",
        **{name: str(value) for name, value in extra.items()},
    }
    for name in ("ELASTICSEARCH_URL", "SENTRY_DSN", "CELERY_TASK_ALWAYS_EAGER", "DEBUG"):
        env.pop(name, None)
    return env


def manage(env, *args, quiet=False):
    if not quiet:
        print("$ manage.py", " ".join(args), flush=True)
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


class Processes:
    """``with Processes(env, workdir, web=[...], worker=[...]) as running:`` starts each command
    with its log in ``workdir/<name>.log`` and stops them all by PID on the way out."""

    def __init__(self, env, workdir, **commands):
        self.env, self.workdir, self.commands = env, workdir, commands
        self.running, self.logs = {}, {}

    def __enter__(self):
        try:
            for name, command in self.commands.items():
                self.logs[name] = open(self.workdir / f"{name}.log", "w")  # noqa: SIM115
                self.running[name] = subprocess.Popen(  # noqa: S603 (our own fixed commands)
                    command,
                    cwd=ROOT,
                    env=self.env,
                    stdout=self.logs[name],
                    stderr=subprocess.STDOUT,
                )
                print(f"started {name} (pid {self.running[name].pid})", flush=True)
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def stop(self):
        for process in self.running.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for name, process in self.running.items():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
            print(f"stopped {name} (pid {process.pid})", flush=True)
        for log in self.logs.values():
            log.close()
        self.running = {}

    def exited(self):
        return {name: p.returncode for name, p in self.running.items() if p.poll() is not None}

    def tail(self, name, lines=30):
        return "\n".join((self.workdir / f"{name}.log").read_text().splitlines()[-lines:])

    def wait_for(self, base, seconds=60):
        """Until ``base/health/`` answers (200 or 503: the server itself is up)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.exited():
                raise SystemExit(f"exited during start-up: {self.exited()}")
            try:
                answer = requests.get(f"{base}/health/", headers=PROXY_HEADERS, timeout=10)
                if answer.status_code in (200, 503):
                    return
            except (requests.ConnectionError, requests.Timeout):
                pass
            time.sleep(0.5)
        raise SystemExit(f"gunicorn did not answer within {seconds} s")
