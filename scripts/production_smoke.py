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
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from processes import GUNICORN, PROXY_HEADERS, PYTHON, Processes, environment, manage  # noqa: E402

PORT = int(os.environ.get("SMOKE_PORT", "8765"))
BASE = f"http://127.0.0.1:{PORT}"
MAX_PAGES = int(os.environ.get("SMOKE_MAX_PAGES", "400"))
SKIP_PREFIXES = ("/admin/", "/account/", "/werkgevers/omgeving/", "/documenten/", "/media/")
HASHED = re.compile(r"\.[0-9a-f]{12}\.(css|js)$")


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


def check_page_cache(session):
    """An anonymous page is served from Redis the second time; a form page never is."""
    failures = []
    for path, expected in (("/werkgevers/", "hit"), ("/account/login/", None)):
        for _ in range(2):
            answer = requests.get(BASE + path, headers=PROXY_HEADERS, timeout=30)  # no cookies
        if answer.headers.get("X-Page-Cache") != expected:
            failures.append(f"{path}: X-Page-Cache {answer.headers.get('X-Page-Cache')}")
    print("  page cache: anonymous hit, login page never cached", flush=True)
    return failures


def main():
    workdir = Path(tempfile.mkdtemp(prefix="portal-smoke-"))
    redis = os.environ.get("SMOKE_REDIS", "redis://127.0.0.1:6379")
    env = environment(
        port=PORT,
        database_url=os.environ.get(
            "SMOKE_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_smoke"
        ),
        cache_url=f"{redis}/11",
        broker_url=f"{redis}/12",
        workdir=workdir,
    )
    manage(env, "vendor_assets")
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")
    manage(env, "check", "--deploy", "--fail-level", "WARNING")
    commands = {
        "web": GUNICORN,
        "worker": [PYTHON, "-m", "celery", "-A", "portal", "worker", "-c", "1", "--loglevel=INFO"],
        "beat": [
            PYTHON, "-m", "celery", "-A", "portal", "beat", "--loglevel=INFO",
            "-s", str(workdir / "beat-schedule"),
        ],
    }  # fmt: skip
    failures = []
    with Processes(env, workdir, **commands) as processes:
        processes.wait_for(BASE)
        session = requests.Session()
        pages, assets, crawl_failures = crawl(session)
        print(f"  crawled {len(pages)} pages and {len(assets)} static files", flush=True)
        failures += crawl_failures
        failures += submit_interest(session, env, workdir / "mail")
        failures += check_page_cache(session)
        failures += check_health(session)
        failures += [f"{name} exited with {code}" for name, code in processes.exited().items()]
    if failures:
        print("PRODUCTION SMOKE FAILED:", *failures, sep="\n  ")
        for name in commands:
            print(f"--- last lines of {name}.log\n{processes.tail(name)}")
        return 1
    print("production smoke: all checks held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
