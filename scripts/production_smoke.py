"""The production route, run as the README tells a municipality, then tried from outside.

Used by ``.ci/run`` after the test suite (and by ``make smoke``): production settings on
PostgreSQL and Redis, ``vendor_assets``, ``collectstatic``, ``migrate``, the demo content, then
gunicorn (``gunicorn.conf.py``), a Celery worker and beat. It then

* crawls every page reachable from the home page (same site, no admin/account pages): no 5xx,
  no broken internal link, every stylesheet and script served under a hashed name;
* submits "Ik wil meedoen" on a place end to end: the mails leave through the outbox, delivered
  by the worker (through the Redis broker) into a mail folder;
* asks ``/health/`` whether every part is up;

and stops every process it started (by PID), also when a step fails. Exit code 0 means all held.
Only loopback addresses are used.
"""

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORT = int(os.environ.get("SMOKE_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
MAX_PAGES = int(os.environ.get("SMOKE_MAX_PAGES", "400"))
SKIP_PREFIXES = ("/admin/", "/account/", "/werkgevers/omgeving/", "/documenten/", "/media/")
HASHED = re.compile(r"\.[0-9a-f]{12}\.(css|js)$")
# Behind the municipality's TLS proxy; here we say so ourselves (SECURE_PROXY_SSL_HEADER).
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def environment(workdir):
    db = os.environ.get("SMOKE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_smoke")
    redis = os.environ.get("SMOKE_REDIS", "redis://127.0.0.1:6379")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "smoke-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": f"https://127.0.0.1:{PORT}",
        "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{PORT}",
        "DATABASE_URL": db,
        "CACHE_URL": f"{redis}/11",
        "CELERY_BROKER_URL": f"{redis}/12",
        "EMAIL_URL": f"filemail:///{workdir / 'mail'}",  # four slashes: an absolute path
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        "GUNICORN_WORKERS": "2",
        "LOG_FORMAT": "json",
    }
    for name in ("ELASTICSEARCH_URL", "SENTRY_DSN", "CELERY_TASK_ALWAYS_EAGER", "DEBUG"):
        env.pop(name, None)
    return env


def manage(env, *args):
    print("$ manage.py", " ".join(args), flush=True)
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.pages, self.assets, self.forms = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.pages.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "stylesheet" and attrs.get("href"):
            self.assets.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.assets.append(attrs["src"])
        elif tag == "input":
            self.forms.append(attrs)


def same_site(url):
    parsed = urlparse(url)
    return (
        parsed.scheme in ("http", "https")
        and parsed.port == PORT
        and parsed.hostname
        in (
            "127.0.0.1",
            "localhost",
        )
    )


def local(url):
    """Links in pages are absolute https URLs (SITE_URL); fetch them over plain http here."""
    parsed = urlparse(url)
    return f"{BASE}{parsed.path}" + (f"?{parsed.query}" if parsed.query else "")


def crawl(session):
    seen, queue, failures, assets = set(), ["/"], [], set()
    while queue and len(seen) < MAX_PAGES:
        url = urldefrag(urljoin(BASE + "/", queue.pop(0)))[0]
        path = urlparse(url).path
        if url in seen or not same_site(url) or path.startswith(SKIP_PREFIXES):
            continue
        seen.add(url)
        response = session.get(local(url), headers=PROXY_HEADERS, timeout=30)
        if response.status_code >= 400:
            failures.append(f"{response.status_code} {path}")
            continue
        if "text/html" not in response.headers.get("Content-Type", ""):
            continue
        parser = Links()
        parser.feed(response.text)
        queue.extend(urljoin(url, href) for href in parser.pages)
        assets.update(urljoin(url, href) for href in parser.assets)
    for asset in sorted(assets):
        path = urlparse(asset).path
        if not same_site(asset):
            failures.append(f"external asset {asset}")
            continue
        if path.startswith("/static/") and not HASHED.search(path):
            failures.append(f"static file without a hashed name: {path}")
        response = session.get(local(asset), headers=PROXY_HEADERS, timeout=30)
        if response.status_code != 200:
            failures.append(f"{response.status_code} {path}")
        elif "immutable" not in response.headers.get("Cache-Control", ""):
            failures.append(f"hashed static file without a long cache lifetime: {path}")
    return seen, assets, failures


def submit_interest(session, env, mail_dir):
    """'Ik wil meedoen' on the first place of the list; the worker must deliver both mails."""
    listing = session.get(f"{BASE}/inwoners/participatiekaart/", headers=PROXY_HEADERS, timeout=30)
    match = re.search(
        r'portal-card__title"><a class="utrecht-link" href="(?:https?://[^/"]+)?([^"]+)"',
        listing.text,
    )
    if not match:
        return ["no place found on /inwoners/participatiekaart/"]
    place = BASE + match.group(1)
    page = session.get(place, headers=PROXY_HEADERS, timeout=30)
    parser = Links()
    parser.feed(page.text)
    values = {a.get("name"): a.get("value", "") for a in parser.forms if a.get("name")}
    csrf = page.cookies.get("csrftoken") or session.cookies.get("csrftoken")
    data = {
        "csrfmiddlewaretoken": values.get("csrfmiddlewaretoken", ""),
        "token": values.get("token", ""),
        "website": "",
        "name": "Smoke Test",
        "email": "inwoner@example.nl",
        "phone": "",
        "message": "Proef van de productieroute.",
        "consent": "on",
    }
    before = set(mail_dir.glob("*")) if mail_dir.exists() else set()
    response = session.post(
        place,
        data=data,
        headers={
            **PROXY_HEADERS,
            "Referer": env["SITE_URL"] + match.group(1),
            "Cookie": f"csrftoken={csrf}",  # a Secure cookie: requests keeps it to itself on http
        },
        allow_redirects=False,
        timeout=30,
    )
    if response.status_code != 302:
        return [f"interest form answered {response.status_code}, not a redirect"]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        new = set(mail_dir.glob("*")) - before if mail_dir.exists() else set()
        text = "".join(path.read_text(errors="replace") for path in new)
        if text.count("Subject:") >= 2:
            print(f"  mails delivered by the worker: {text.count('Subject:')}", flush=True)
            return []
        time.sleep(1)
    return ["the interest mails were not delivered by the worker within 60 s"]


def check_health(session):
    body = session.get(f"{BASE}/health/", headers=PROXY_HEADERS, timeout=30).json()
    down = {name: check for name, check in body["checks"].items() if check["status"] != "ok"}
    print(f"  /health/: {body['status']}", flush=True)
    return [f"/health/ reports {name} {check}" for name, check in down.items()]


def wait_for_server(processes):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                raise SystemExit(f"{name} exited with {process.returncode} during start-up")
        try:
            answer = requests.get(f"{BASE}/health/", headers=PROXY_HEADERS, timeout=10)
            if answer.status_code in (200, 503):
                return
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(0.5)
    raise SystemExit("gunicorn did not answer within 60 s")


def main():
    workdir = Path(tempfile.mkdtemp(prefix="portal-smoke-"))
    env = environment(workdir)
    manage(env, "vendor_assets")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "check", "--deploy", "--fail-level", "WARNING")
    logs = {name: open(workdir / f"{name}.log", "w") for name in ("web", "worker", "beat")}  # noqa: SIM115
    commands = {
        "web": [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        "worker": [PYTHON, "-m", "celery", "-A", "portal", "worker", "-c", "1", "--loglevel=INFO"],
        "beat": [
            PYTHON, "-m", "celery", "-A", "portal", "beat", "--loglevel=INFO",
            "-s", str(workdir / "beat-schedule"),
        ],
    }  # fmt: skip
    processes = {}
    failures = []
    try:
        for name, command in commands.items():
            processes[name] = subprocess.Popen(  # noqa: S603 (our own fixed commands)
                command, cwd=ROOT, env=env, stdout=logs[name], stderr=subprocess.STDOUT
            )
            print(f"started {name} (pid {processes[name].pid})", flush=True)
        wait_for_server(processes)
        session = requests.Session()
        pages, assets, crawl_failures = crawl(session)
        print(f"  crawled {len(pages)} pages and {len(assets)} static files", flush=True)
        failures += crawl_failures
        failures += submit_interest(session, env, workdir / "mail")
        failures += check_health(session)
        for name, process in processes.items():
            if process.poll() is not None:
                failures.append(f"{name} exited with {process.returncode}")
    finally:
        for process in processes.values():
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for name, process in processes.items():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
            print(f"stopped {name} (pid {process.pid})", flush=True)
        for log in logs.values():
            log.close()
    if failures:
        print("PRODUCTION SMOKE FAILED:", *failures, sep="\n  ")
        for name in commands:
            print(f"--- last lines of {name}.log")
            print("\n".join((workdir / f"{name}.log").read_text().splitlines()[-30:]))
        return 1
    print("production smoke: all checks held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
