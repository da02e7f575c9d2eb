"""Axe on every core page type, the 320 px layout and the keyboard-only journey."""

import pytest

from portal.core import demo
from tests.browser.conftest import AXE_JS, assert_no_axe_violations, assert_readable, tab_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(transactional_db):
    demo.load()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/werkgevers/",
        "/inwoners/",
        "/privacy/",
        "/zoeken/",
        "/zoeken/?q=werkgever",
        "/bestaat-niet/",
    ],
    ids=[
        "home",
        "content-with-faq",
        "content-with-cta",
        "privacy",
        "search-empty",
        "search-results",
        "not-found",
    ],
)
def test_page_type_has_no_axe_violations(live_server, page, demo_site, path):
    response = page.goto(live_server.url + path)
    assert response.status in (200, 404)
    assert page.locator("html").get_attribute("lang") == "nl"
    assert_no_axe_violations(page, path)


def test_buttons_and_navigation_are_readable(live_server, page, demo_site):
    page.goto(live_server.url + "/")
    assert_readable(page, ".utrecht-button-link, .utrecht-button")
    assert_readable(page, ".portal-nav__link")
    page.goto(live_server.url + "/werkgevers/")
    assert_readable(page, ".portal-richtext li, .portal-footer a")


def test_home_page_fits_a_320px_screen_without_horizontal_scrolling(
    live_server, browser, demo_site
):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    small = context.new_page()
    small.goto(live_server.url + "/")
    overflow = small.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0


def test_keyboard_user_skips_to_content_navigates_and_searches(live_server, page, demo_site):
    page.goto(live_server.url + "/")

    page.keyboard.press("Tab")
    skip = page.evaluate("document.activeElement.textContent.trim()")
    assert skip == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    page.goto(live_server.url + "/")
    tab_until(page, "el.closest('nav.portal-nav') && el.textContent.trim() === 'Werkgevers'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/werkgevers/")
    assert page.locator("h1").inner_text() == "Werkgevers"
    assert page.locator(".portal-nav [aria-current]").inner_text() == "Werkgevers"

    tab_until(page, "el.id === 'site-search'")
    page.keyboard.type("loonkostensubsidie")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=loonkostensubsidie")
    heading = page.locator("#results-heading").inner_text()
    assert "resulta" in heading and "loonkostensubsidie" in heading
    assert page.locator(".portal-result a", has_text="Werkgevers").count() == 1


def test_search_page_has_no_two_search_landmarks_with_the_same_name(live_server, page, demo_site):
    page.goto(live_server.url + "/zoeken/?q=werkgever")
    page.evaluate(AXE_JS.read_text())
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'rule', values: ['landmark-unique']}})"
    )
    assert result["passes"] and not result["violations"], result["violations"]
