"""Reflow (WCAG 1.4.10, 1.4.12) on one page of every type at 320 px, and the printed books."""

import re

import pytest

from storytelling.models import CandidateStoryPage
from tests.browser import test_security
from tests.browser.test_security import PASSWORD, login, offline
from tests.vacatures.factories import VacancyFactory, make_employer
from vacatures.models import Status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
demo_site = test_security.demo_site  # all demo content: every page type has a page

PAGE_TYPES = {
    "home": "/",
    "content": "/werkgevers/",
    "toegankelijkheid": "/toegankelijkheidsverklaring/",
    "instrumentenboek": "/werkgevers/instrumentenboek/",
    "instrument": "/werkgevers/instrumentenboek/loonkostensubsidie/",
    "wizard": "/werkgevers/instrumentenboek/wijzer/",
    "wizard results": "/werkgevers/instrumentenboek/wijzer/?leeftijd=57&uitkering=bijstand"
    "&doelgroepregister=nee&loonwaarde=niet_nodig&begeleiding=nee&contract=contract"
    "&contract_maanden=12&uren_per_week=32",
    "instrumentenboek (book)": "/werkgevers/instrumentenboek/boek/",
    "verhalen": "/werkgevers/verhalen/",
    "story": "/werkgevers/verhalen/job/",
    "verhalenboek": "/werkgevers/verhalen/boek/",
    "kaart": "/inwoners/participatiekaart/",
    "place": "/inwoners/participatiekaart/taalcafe-elst/",
    "vacatures": "/inwoners/vacatures/",
    "vacancy": None,  # the vacancy the test publishes
    "zoeken": "/zoeken/?q=werk",
    "login": "/account/login/",
    "signup": "/account/signup/",
    "begrippenlijst": "/begrippenlijst/",
}

# WCAG 2.2 success criterion 1.4.12: content must survive these, set by the user.
TEXT_SPACING_CSS = """
* { line-height: 1.5 !important; letter-spacing: .12em !important;
    word-spacing: .16em !important; }
p { margin-block-end: 2em !important; }
"""

# Elements whose right edge lies beyond the viewport, unless inside their own scroll container
# (a wide table scrolls in its region) or visually hidden (clipped to 1 px).
OVERFLOWING_JS = """
() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (el) => {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow === "auto" || overflow === "scroll" || overflow === "hidden") return true;
    }
    return false;
  };
  return [...document.body.querySelectorAll("*")]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && box.right > width + 1 && !scrolls(el)
        && getComputedStyle(el).visibility !== "hidden";
    })
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}: right ${
      Math.round(el.getBoundingClientRect().right)} (${el.textContent.trim().slice(0, 40)})`);
}
"""


def reflow_problems(page, url, style=None):
    response = page.goto(url)
    assert response.status == 200, url
    page.wait_for_load_state("networkidle")
    if style:
        page.add_style_tag(content=style)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    problems = page.evaluate(OVERFLOWING_JS)
    if scroll_width > 321:
        problems.insert(0, f"page is {scroll_width} px wide")
    return problems


@pytest.mark.parametrize("text_spacing", [False, True], ids=["plain", "text-spacing"])
def test_every_page_type_reflows_at_320px(live_server, browser, demo_site, text_spacing):
    vacancy = VacancyFactory(
        title="Medewerker klantenservice en arbeidsmarktbemiddeling", status=Status.PUBLISHED
    )
    urls = {
        name: path or f"/inwoners/vacatures/{vacancy.pk}/{vacancy.slug}/"
        for name, path in PAGE_TYPES.items()
    }
    # The user's style sheet is no part of the page: the page's CSP does not apply to it.
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=text_spacing)
    page = offline(context).new_page()
    style = TEXT_SPACING_CSS if text_spacing else None
    failures = {}
    for name, path in urls.items():
        if problems := reflow_problems(page, live_server.url + path, style):
            failures[name] = problems

    employer = make_employer(password=PASSWORD)
    login(page, live_server.url, employer.email)
    for path in ["/werkgevers/omgeving/", "/werkgevers/omgeving/vacatures/nieuw/"]:
        if problems := reflow_problems(page, live_server.url + path, style):
            failures[path] = problems
    context.close()
    assert not failures, failures


def pdf_pages(page, url):
    page.goto(url)
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def test_books_print_on_fewer_pages_with_full_stories(live_server, page, demo_site):
    base = live_server.url
    instrumenten = pdf_pages(page, base + "/werkgevers/instrumentenboek/boek/")
    assert page.locator(".portal-nav").is_hidden()
    assert page.locator(".portal-footer").is_hidden()
    relative = page.evaluate(
        "getComputedStyle(document.querySelector('.portal-book__entry h3 a'), '::after').content"
    )
    assert relative in ("none", "normal")  # no "/werkgevers/..." broken mid-word on paper
    verhalen = pdf_pages(page, base + "/werkgevers/verhalen/boek/")
    print(f"pages: instrumentenboek {instrumenten}, verhalenboek {verhalen}")
    # Before this theme: 39 and 11 pages (a new page for every section, half-empty pages).
    assert instrumenten < 39
    assert verhalen < 11

    # The verhalenboek prints each story itself, not a summary.
    story = CandidateStoryPage.objects.live().get(slug="job")
    sentence = re.sub(r"<[^>]+>", "", story.body[0].value.source).split(". ")[1]
    body = page.locator(".portal-book__story-body", has_text=sentence[:60])
    assert body.count() == 1 and body.is_visible()
