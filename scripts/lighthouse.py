"""`make lighthouse`: Lighthouse's Best Practices and SEO scores on one page of every type.

One run: a fresh SQLite database with the demo content in a temporary folder, Django's
runserver (DEBUG off, static files through ``--insecure``), then Lighthouse (the npm
devDependency, on Chromium at ``CHROME_PATH``, default /usr/bin/chromium) for the categories
best-practices and seo on each page. It prints a table of the scores and the audits that did
not pass, and exits 1 when any score is below 100.

No audit is skipped. Plain http on 127.0.0.1 passes ``is-on-https`` (Chromium treats the
loopback address as a secure origin); in production TLS is the proxy's work (SECURE_SSL_REDIRECT
and HSTS in portal/settings/production.py). The participatiekaart's background tiles are one
plain grey tile from a data: URL (``MAP_TILE_URL``): PDOK is a third party that may be
unreachable where this runs, and a failed tile is a console error (``errors-in-console``) that
says nothing about the portal.

Takes a few minutes (about 15 s a page on two cores). Environment: ``LIGHTHOUSE_PORT``
(default 8767), ``CHROME_PATH``, ``LIGHTHOUSE_ONLY`` (comma-separated page names to run),
``LIGHTHOUSE_KEEP=1`` keeps the folder with the reports (JSON per page) and the server log.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]
from processes import PYTHON, ROOT, Processes  # noqa: E402

PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8767"))
BASE = f"http://127.0.0.1:{PORT}"
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu"
CATEGORIES = ("best-practices", "seo")
# A 256 px light-grey PNG: every map tile (no network, see the docstring).
OFFLINE_TILE = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAQAAAAEACAIAAADTED8xAAAB/0lEQVR42u3TMQ0AQAjAwOf9C2UgwQIz"
    "GriT0KSR1Q+u+hJgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAA"
    "GAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAADgAHAAGAAMAAYAAwA"
    "BgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwA"
    "BgADgAHAAGAAMAAYAAwABgADgAHAAGAADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOA"
    "AcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAANg"
    "ADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABg"
    "ADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMgAHAAGAAMAAYAAwABgADgAHAAGAAMAAY"
    "AAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAY"
    "AAwABgADwDZoIwTDfkNtpQAAAABJRU5ErkJggg=="
)
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"

# One URL per page type, found in the demo content (run inside Django, printed as JSON).
FIND_PAGES = """
import json
from django.conf import settings
from wagtail.models import Site
from instrumentenboek.models import InstrumentIndexPage, InstrumentPage
from participatiekaart.models import ParticipatiekaartPage, Place
from portal.core.models import ContentPage, GlossaryPage, SearchPage, SiteSettings
from storytelling.models import CandidateStoryPage, StoryIndexPage
from vacatures.models import Vacancy, VacancyIndexPage

def url(page):
    return page.specific.get_url()

def first(model):
    return model.objects.live().public().order_by("path").first()

site = Site.objects.get(is_default_site=True)
instruments = first(InstrumentIndexPage)
stories = first(StoryIndexPage)
kaart = first(ParticipatiekaartPage)
vacatures = first(VacancyIndexPage)
place = Place.objects.public().order_by("pk").first()
vacancy = Vacancy.objects.public().order_by("pk").first()
pages = {
    "home": "/",
    "content": url(first(ContentPage)),
    "instrumentenboek": url(instruments),
    "instrument": url(first(InstrumentPage)),
    "wizard": url(instruments) + "wijzer/",
    "book": url(instruments) + "boek/",
    "verhalen": url(stories),
    "story": url(first(CandidateStoryPage)),
    "kaart": url(kaart),
    "place": url(kaart) + place.slug + "/",
    "vacatures": url(vacatures),
    "vacancy": url(vacatures) + f"{vacancy.pk}/{vacancy.slug}/",
    "zoeken": url(first(SearchPage)) + "?q=werk",
    "login": "/account/login/",
    "signup": "/account/signup/",
    "begrippenlijst": url(first(GlossaryPage)),
    "toegankelijkheid": url(SiteSettings.for_site(site).accessibility_page),
}
print("PAGES=" + json.dumps(pages))
"""


def environment(workdir):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "CACHE_URL": "locmemcache://lighthouse",
        "SITE_URL": BASE,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "EMAIL_URL": "consolemail://",
        "MEDIA_ROOT": str(workdir / "media"),
        "MAP_TILE_URL": OFFLINE_TILE,
        "CHROME_PATH": CHROME_PATH,
    }
    for name in ("ELASTICSEARCH_URL", "SENTRY_DSN", "REDIS_URL", "CELERY_BROKER_URL"):
        env.pop(name, None)
    return env


def prepare(env, workdir):
    """The database with the demo content (their chatter goes to setup.log)."""
    with open(workdir / "setup.log", "w") as log:
        for args in (["migrate", "--noinput"], ["load_demo_content"]):
            print("$ manage.py", " ".join(args), flush=True)
            subprocess.run(  # noqa: S603 (our own fixed command)
                [PYTHON, "manage.py", *args],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=log,
                stderr=subprocess.STDOUT,
            )


def find_pages(env):
    output = subprocess.run(  # noqa: S603 (our own fixed command)
        [PYTHON, "manage.py", "shell", "-c", FIND_PAGES],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    line = next(line for line in output.splitlines() if line.startswith("PAGES="))
    pages = json.loads(line.removeprefix("PAGES="))
    only = [name for name in os.environ.get("LIGHTHOUSE_ONLY", "").split(",") if name]
    return {name: path for name, path in pages.items() if not only or name in only}


def run_lighthouse(env, url, report):
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--throttling-method=provided",
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=180)  # noqa: S603
    return json.loads(report.read_text())


def failures(result):
    """The audits that count and did not pass, as ``id: title``."""
    found = []
    for category in result["categories"].values():
        for ref in category["auditRefs"]:
            audit = result["audits"][ref["id"]]
            if ref.get("weight", 0) and audit.get("score") not in (None, 1):
                found.append(f"{ref['id']}: {audit['title']}")
    return sorted(set(found))


def main():
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: run `npm ci` (it is a devDependency).")
    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    env = environment(workdir)
    rows, failed = [], False
    try:
        prepare(env, workdir)
        pages = find_pages(env)
        runserver = [PYTHON, "manage.py", "runserver", "--noreload", "--insecure", f"{PORT}"]
        with Processes(env, workdir, web=runserver) as running:
            running.wait_for(BASE)
            for name, path in pages.items():
                result = run_lighthouse(env, BASE + path, workdir / f"{name}.json")
                scores = {
                    key: round(100 * (result["categories"][key]["score"] or 0))
                    for key in CATEGORIES
                }
                problems = failures(result)
                failed |= any(score < 100 for score in scores.values())
                rows.append((name, path, scores, problems))
                print(f"{name}: {scores}", flush=True)
    finally:
        if os.environ.get("LIGHTHOUSE_KEEP") == "1":
            print(f"reports and server log kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    print()
    print(f"{'page':<18} {'best practices':>14} {'seo':>5}  path")
    for name, path, scores, problems in rows:
        print(f"{name:<18} {scores['best-practices']:>14} {scores['seo']:>5}  {path}")
        for problem in problems:
            print(f"{'':<20}- {problem}")
    print(f"\n{len(rows)} pages in {time.monotonic() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
