"""Browser harness: Playwright for Python driving Debian's Chromium, plus an axe-core check.

Chromium is never downloaded: we use /usr/bin/chromium (Debian package ``chromium``). Locally the
browser tests skip when it is missing; in CI (CI=true) they fail instead.
"""

import json
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import require_service

# Playwright's sync API runs an event loop in this thread; Django's ORM is used from the same
# thread by fixtures, which is safe here because nothing else runs concurrently in it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


# Content-Security-Policy violations seen by any page of the running test (see below).
CSP_VIOLATIONS = []
REPORT_CSP_VIOLATIONS_JS = """
document.addEventListener("securitypolicyviolation", (event) => window.__reportCspViolation({
  page: document.location.href, directive: event.violatedDirective,
  blocked: event.blockedURI, source: event.sourceFile + ":" + event.lineNumber,
  sample: event.sample,
}));
"""


def watch_csp(context):
    """Record every CSP violation of the pages of ``context``: the DOM event and, as a fallback,
    Chromium's console message ("... violates the following Content Security Policy ...")."""
    context.expose_binding("__reportCspViolation", lambda source, data: CSP_VIOLATIONS.append(data))
    context.add_init_script(REPORT_CSP_VIOLATIONS_JS)

    def on_console(message):
        if "Content Security Policy" in message.text:
            CSP_VIOLATIONS.append({"console": message.text, "page": message.location.get("url")})

    context.on("page", lambda page: page.on("console", on_console))
    context.on("page", watch_resources)
    return context


# Images, style sheets, scripts and fonts of the portal itself that did not load, per page (see
# watch_resources). Third-party requests (map tiles) are left out: tests block the internet.
FAILED_RESOURCES = []
WATCHED_RESOURCE_TYPES = {"image", "stylesheet", "script", "font"}
OWN_HOSTS = {"localhost", "127.0.0.1"}


def _own_resource(request):
    return (
        request.resource_type in WATCHED_RESOURCE_TYPES
        and urlsplit(request.url).hostname in OWN_HOSTS
    )


def watch_resources(page):
    """Record every own image/CSS/JS/font request of ``page`` that failed or got a status >= 400
    (a broken image is invisible to axe and to Lighthouse's accessibility score)."""

    def on_response(response):
        if response.status >= 400 and _own_resource(response.request):
            FAILED_RESOURCES.append(
                {"url": response.url, "status": response.status, "page": page.url}
            )

    def on_request_failed(request):
        # ERR_ABORTED: the browser dropped the request because the test navigated on.
        if _own_resource(request) and "ERR_ABORTED" not in (request.failure or ""):
            FAILED_RESOURCES.append(
                {"url": request.url, "failure": request.failure, "page": page.url}
            )

    page.on("response", on_response)
    page.on("requestfailed", on_request_failed)


BROKEN_IMAGES_JS = """
async () => {
  const own = (img) => new URL(img.currentSrc || img.src, document.baseURI).origin
                       === document.location.origin;
  const images = [...document.images].filter((img) => (img.currentSrc || img.src) && own(img));
  // Lazy images below the fold load only when scrolled to: make them load now.
  images.forEach((img) => { img.loading = "eager"; });
  await Promise.all(images.map((img) => img.decode().catch(() => null)));
  return images.filter((img) => !img.complete || img.naturalWidth === 0)
               .map((img) => img.outerHTML.slice(0, 200));
}
"""


def assert_page_resources_loaded(page, context_name=""):
    """Every own <img> of the current page loaded (naturalWidth > 0), and no own image, style
    sheet, script or font failed on any page of this test so far."""
    broken = page.evaluate(BROKEN_IMAGES_JS)
    assert not broken, f"broken images on {context_name or page.url}:\n" + "\n".join(broken)
    assert not FAILED_RESOURCES, "resources that did not load:\n" + dump_json(FAILED_RESOURCES)


class CspWatchingBrowser:
    """The Playwright browser, but every context it opens reports CSP violations."""

    def __init__(self, browser):
        self._browser = browser

    def __getattr__(self, name):
        return getattr(self._browser, name)

    def new_context(self, **kwargs):
        return watch_csp(self._browser.new_context(**kwargs))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """Every browser test fails when a page broke the Content-Security-Policy or one of the
    portal's own images, style sheets, scripts or fonts did not load."""
    CSP_VIOLATIONS.clear()
    FAILED_RESOURCES.clear()
    result = yield
    assert not CSP_VIOLATIONS, "Content-Security-Policy violations:\n" + dump_json(CSP_VIOLATIONS)
    assert not FAILED_RESOURCES, "resources that did not load:\n" + dump_json(FAILED_RESOURCES)
    return result


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        require_service(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield CspWatchingBrowser(browser)
        browser.close()


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """Every journey runs through the anonymous page cache, as in production."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.ROUTE_CACHE_SECONDS = 600


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"    {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    - {', '.join(map(str, node['target']))}: {node['html'][:160]}")
            if node.get("failureSummary"):
                lines.append("      " + node["failureSummary"].replace("\n", "\n      "))
    return "\n".join(lines)


def assert_no_axe_violations(page, context_name=""):
    """Run axe-core (from npm) on the current page with every WCAG 2.x A/AA tag; first check
    that every image of the page loaded (assert_page_resources_loaded)."""
    assert_page_resources_loaded(page, context_name)
    if not AXE_JS.exists():
        pytest.fail(f"axe-core is missing at {AXE_JS}: run `npm ci`")
    # Evaluated through the DevTools protocol: an injected <script> would break the page's CSP.
    page.evaluate(AXE_JS.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    violations = result["violations"]
    assert result["passes"], "axe ran no rules at all"
    assert not violations, (
        f"axe found {len(violations)} violation(s) on {context_name or page.url}:\n"
        + format_violations(violations)
    )
    return result


def tab_until(page, predicate_js, max_presses=40):
    """Press Tab until the focused element satisfies ``predicate_js`` (keyboard-only journeys)."""
    for _ in range(max_presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {predicate_js})(document.activeElement)"):
            return
    focused = page.evaluate("document.activeElement.outerHTML.slice(0, 200)")
    pytest.fail(f"Tab never reached the element ({predicate_js}); focus is on {focused}")


def dump_json(data):
    return json.dumps(data, indent=2, ensure_ascii=False)


CONTRAST_JS = """
(selector) => {
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const c = parse(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll(selector)]
    .filter((el) => el.offsetParent !== null && el.innerText.trim())
    .map((el) => {
      const fg = lum(parse(getComputedStyle(el).color).slice(0, 3));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      return {text: el.innerText.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100};
    });
}
"""


def assert_readable(page, selector, minimum=4.5):
    """Text contrast of every visible element matching ``selector`` (axe marks text whose colour
    equals its own background only as 'incomplete', so buttons are checked here as well)."""
    measured = page.evaluate(CONTRAST_JS, selector)
    assert measured, f"nothing visible matches {selector}"
    unreadable = [m for m in measured if m["ratio"] < minimum]
    assert not unreadable, f"text contrast below {minimum}:1 for {selector}: {unreadable}"
