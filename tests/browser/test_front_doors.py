"""The front doors (issue 13): from the home page a visitor reaches "Inloggen" and "Vacature
aanmelden" in at most two clicks, the new home is axe clean, and the header follows the login."""

import pytest
from django.core.cache import cache
from django.core.management import call_command

from tests.browser.conftest import assert_no_axe_violations
from tests.vacatures.factories import make_employer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Sterk-wachtwoord-2026"


@pytest.fixture
def demo_site(transactional_db):
    cache.clear()
    call_command("load_demo_content", verbosity=0)


def test_a_visitor_reaches_inloggen_and_vacature_aanmelden_from_home_within_two_clicks(
    live_server, page, demo_site
):
    employer = make_employer(password=PASSWORD)

    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Inloggen", exact=True).click()  # click 1
    page.wait_for_load_state()
    assert page.url.endswith("/account/login/")

    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Vacature aanmelden", exact=True).click()  # click 1
    page.wait_for_load_state()
    assert "/account/login/?next=/werkgevers/omgeving/vacatures/nieuw/" in page.url
    page.get_by_label("E-mail").fill(employer.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.locator("form.portal-form button[type=submit]").first.click()  # click 2: logging in
    page.wait_for_load_state()
    assert page.url.endswith("/werkgevers/omgeving/vacatures/nieuw/")
    assert page.get_by_role("button", name="Versturen naar de accountmanager").is_visible()

    # Logged in, the header leads back to the employer area and out again.
    page.goto(live_server.url + "/")
    assert page.get_by_role("link", name="Mijn organisatie").is_visible()
    assert_no_axe_violations(page, "home, logged in")
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_load_state()
    page.goto(live_server.url + "/")
    assert page.get_by_role("link", name="Inloggen", exact=True).is_visible()


def test_the_new_home_is_axe_clean_and_its_tiles_fit_320px(live_server, page, demo_site):
    page.goto(live_server.url + "/")
    assert page.locator(".portal-tile").count() == 6
    assert_no_axe_violations(page, "home with tiles")

    page.set_viewport_size({"width": 320, "height": 640})
    sticking_out = page.evaluate(
        "[...document.querySelectorAll('.portal-tile, .portal-home-search, .portal-header__account')]"
        ".filter((el) => el.getBoundingClientRect().right > window.innerWidth).length"
        " + Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"
    )
    assert sticking_out == 0


def test_a_whole_tile_is_clickable_not_only_its_title(live_server, page, demo_site):
    page.goto(live_server.url + "/")
    tile = page.locator(".portal-tile", has_text="Zoek een plek om mee te doen")
    box = tile.bounding_box()
    page.mouse.click(box["x"] + box["width"] - 8, box["y"] + box["height"] - 8)  # a corner
    page.wait_for_url("**/inwoners/participatiekaart/")
