"""Axe on every participatiekaart page type, the keyboard journey and the map journey."""

import re

import pytest
from django.core import mail

from participatiekaart import demo as kaart_demo
from participatiekaart.models import Interest, Organisation
from portal.core import demo as core_demo
from tests.browser.conftest import (
    assert_no_axe_violations,
    assert_page_resources_loaded,
    assert_readable,
    tab_until,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

KAART = "/inwoners/participatiekaart/"


@pytest.fixture
def demo_site(transactional_db):
    from django.core.cache import cache

    cache.clear()
    core_demo.load()
    kaart_demo.load()


@pytest.fixture
def offline_page(page):
    """No tiles from the internet in tests: the list must work without them anyway."""
    page.route(re.compile(r"https?://(?!localhost|127\.0\.0\.1).*"), lambda route: route.abort())
    return page


def test_search_detail_and_form_pages_have_no_axe_violations(live_server, offline_page, demo_site):
    page = offline_page
    organisation = Organisation.objects.first()
    interest_token = Interest.objects.create(
        place=organisation.places.first(), name="A", email="a@example.nl"
    ).outcome_token
    for path in [
        "",
        "?soort=taal&kern=elst&dichtbij=elst",
        "?postcode=12",
        "taalcafe-elst/",
        "taalcafe-elst/klopt-niet/",
        "voorstellen/",
        "taalcafe-elst/aangemeld/",
        f"bevestigen/{organisation.confirm_token}/",
        f"uitkomst/{interest_token}/",
    ]:
        response = page.goto(live_server.url + KAART + path)
        assert response.status == 200, path
        assert_no_axe_violations(page, path or "search")
        assert_readable(page, "main a, main button")


def test_form_errors_have_no_axe_violations(live_server, offline_page, demo_site):
    page = offline_page
    page.goto(live_server.url + KAART + "taalcafe-elst/")
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_selector(".portal-error-summary")
    assert_no_axe_violations(page, "interest form with errors")
    page.goto(live_server.url + KAART + "voorstellen/")
    page.get_by_role("button", name="Stuur voorstel").click()
    page.wait_for_selector(".portal-error-summary")
    assert_no_axe_violations(page, "proposal form with errors")


def test_resident_without_a_mouse_finds_taal_in_elst_and_signs_up(
    live_server, offline_page, demo_site
):
    page = offline_page
    page.goto(live_server.url + KAART)
    tab_until(page, "el.id === 'id_soort'")
    page.keyboard.type("Taal")  # type-ahead on a focused select, as keyboard users do
    assert page.evaluate("document.activeElement.value") == "taal"
    tab_until(page, "el.id === 'id_kern'")
    page.keyboard.type("Elst")
    assert page.evaluate("document.activeElement.value") == "elst"
    tab_until(page, "el.textContent.trim() === 'Zoek plekken'")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*soort=taal.*kern=elst.*"))
    assert "1 plek gevonden" in page.locator("#result-count").inner_text()

    tab_until(page, "el.closest('.portal-place') && el.tagName === 'A'")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Taalcafé Elst"
    page.keyboard.press("Enter")
    page.wait_for_url("**/taalcafe-elst/")

    tab_until(page, "el.id === 'id_name'")
    page.keyboard.type("Aisha")
    page.keyboard.press("Tab")
    page.keyboard.type("aisha@example.nl")
    tab_until(page, "el.id === 'id_consent'")
    page.keyboard.press("Space")
    tab_until(page, "el.textContent.trim() === 'Aanmelden'")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/taalcafe-elst/aangemeld/(#.*)?$"))
    assert "U bent aangemeld" in page.locator("h1").inner_text()
    interest = Interest.objects.get()
    assert interest.name == "Aisha" and interest.consent
    assert sorted(m.to[0] for m in mail.outbox) == [
        "aisha@example.nl",
        "bieb-ob@organisatie.example.nl",
    ]


def test_resident_uses_the_map_and_reaches_the_same_place(live_server, offline_page, demo_site):
    page = offline_page
    page.goto(live_server.url + KAART + "?soort=taal&kern=elst")
    page.wait_for_selector("#kaart-sectie:not([hidden]) .leaflet-marker-icon")
    assert_page_resources_loaded(page, "map with one marker")
    markers = page.locator(".leaflet-marker-icon")
    assert markers.count() == page.locator(".portal-place").count() == 1
    marker = markers.first
    assert marker.get_attribute("tabindex") == "0"  # reachable by keyboard
    assert page.get_by_role("button", name="Taalcafé Elst").count() == 1  # named by its place
    marker.focus()
    page.keyboard.press("Enter")
    popup_link = page.locator(".leaflet-popup-content a", has_text="Taalcafé Elst")
    popup_link.wait_for()
    assert (
        page.locator(
            "#plek-"
            + str(
                page.evaluate(
                    "JSON.parse(document.getElementById('kaart-data').textContent).features[0].id"
                )
            )
        )
        .get_attribute("class")
        .count("portal-place--active")
    )
    popup_link.click()
    page.wait_for_url("**/taalcafe-elst/")
    assert page.locator("h1").inner_text() == "Taalcafé Elst"


def test_list_button_shows_the_place_on_the_map(live_server, offline_page, demo_site):
    page = offline_page
    page.goto(live_server.url + KAART + "?kern=goor")
    page.get_by_role("button", name="Toon op de kaart").first.click()
    page.locator(".leaflet-popup").wait_for()
    assert page.locator(".leaflet-popup-content a").count() == 1


def test_list_works_without_javascript(live_server, browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + KAART + "?soort=taal")
    assert page.locator("#kaart").is_hidden()
    assert page.locator(".portal-place").count() > 0
    context.close()


PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser):
    """A resident's phone: 390 px wide, touch, a mobile browser (Leaflet reads that)."""
    context = browser.new_context(
        locale="nl-NL", viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=3
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.route(re.compile(r"https?://(?!localhost|127\.0\.0\.1).*"), lambda route: route.abort())
    yield page
    context.close()


def test_resident_on_a_phone_sees_the_first_place_without_scrolling_past_the_filters(
    live_server, phone, demo_site
):
    page = phone
    page.goto(live_server.url + KAART + "?soort=taal&gratis=on")
    summary = page.locator("summary", has_text="Filters")
    assert summary.inner_text() == "Filters (2 actief)"
    assert not page.locator("#id_q").is_visible()  # folded away until the resident asks
    first = page.locator(".portal-place").first
    assert first.bounding_box()["y"] < PHONE["height"], "first place is below the first screen"
    # The map comes after the list and does not capture one-finger drags (the page scrolls).
    page.wait_for_selector("#kaart-sectie:not([hidden]) .leaflet-marker-icon")
    assert page.evaluate(
        "document.querySelector('.portal-place-list').compareDocumentPosition("
        "document.getElementById('kaart')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    assert "leaflet-touch-drag" not in page.locator("#kaart").get_attribute("class")
    assert_page_resources_loaded(page, "kaart on a phone")

    summary.click()
    assert page.locator("#id_q").is_visible()
    page.locator("#id_q").fill("taal")
    page.get_by_role("button", name="Zoek plekken").click()
    page.wait_for_url(re.compile(r".*q=taal.*"))
    assert page.locator("summary", has_text="Filters").inner_text() == "Filters (3 actief)"


def test_map_says_how_many_places_of_the_result_it_shows(live_server, offline_page, demo_site):
    page = offline_page
    page.goto(live_server.url + KAART)
    page.wait_for_selector("#kaart-sectie:not([hidden])")
    total = int(page.locator("#result-count").inner_text().split()[0])
    shown = page.evaluate(
        "JSON.parse(document.getElementById('kaart-data').textContent).features.length"
    )
    explanation = page.locator("#kaart-uitleg").inner_text()
    if shown < total:
        assert f"De kaart toont {shown} van de {total} plekken." in explanation
    else:
        assert f"De kaart toont alle {total} plekken" in explanation


def test_map_controls_are_dutch_and_a_popup_follows_its_marker_for_the_keyboard(
    live_server, offline_page, demo_site
):
    page = offline_page
    page.goto(live_server.url + KAART + "?soort=taal&kern=elst")
    page.wait_for_selector("#kaart-sectie:not([hidden]) .leaflet-marker-icon")
    assert page.locator(".leaflet-control-zoom-in").get_attribute("title") == "Inzoomen"
    assert page.locator(".leaflet-control-zoom-out").get_attribute("title") == "Uitzoomen"
    attribution = page.locator(".leaflet-control-attribution").inner_text()
    assert "Kaart:" in attribution and "kaartsoftware" in attribution

    marker = page.locator(".leaflet-marker-icon").first
    marker.focus()
    page.keyboard.press("Enter")
    page.locator(".leaflet-popup").wait_for()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Taalcafé Elst"
    assert page.evaluate("!!document.activeElement.closest('.leaflet-popup')")
    assert page.locator(".leaflet-popup-close-button").get_attribute("aria-label") == "Sluit"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    page.locator(".leaflet-popup").wait_for(state="detached")
    assert page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')")


def test_openstreetmap_link_has_coordinates_with_a_decimal_point(
    live_server, offline_page, demo_site
):
    page = offline_page
    page.goto(live_server.url + KAART + "taalcafe-elst/")
    href = page.get_by_role("link", name="Bekijk op OpenStreetMap").get_attribute("href")
    assert re.fullmatch(
        r"https://www\.openstreetmap\.org/\?mlat=\d+\.\d+&mlon=\d+\.\d+#map=17/\d+\.\d+/\d+\.\d+",
        href,
    ), href


@pytest.mark.parametrize("width", [390, 1280])
def test_kaart_and_place_pages_have_no_axe_violations_on_phone_and_desktop(
    live_server, browser, demo_site, width
):
    context = browser.new_context(
        locale="nl-NL", viewport={"width": width, "height": 844}, has_touch=width < 500
    )
    page = context.new_page()
    page.route(re.compile(r"https?://(?!localhost|127\.0\.0\.1).*"), lambda route: route.abort())
    for path in ["", "?soort=taal&gratis=on", "?soort=taal&kern=elst", "taalcafe-elst/"]:
        page.goto(live_server.url + KAART + path)
        if not path.endswith("/"):
            page.wait_for_selector("#kaart-sectie:not([hidden]) .leaflet-marker-icon")
        assert_no_axe_violations(page, f"{path or 'search'} at {width} px")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path} scrolls sideways at {width} px"
    context.close()
