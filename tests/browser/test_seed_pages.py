"""A resident finds the statushouders page from Inwoners and goes on to language places."""

import re

import pytest

from participatiekaart import demo as kaart_demo
from portal.core import demo as core_demo
from portal.core import demo_pages
from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(transactional_db):
    from django.core.cache import cache

    cache.clear()
    core_demo.load()
    kaart_demo.load()
    demo_pages.load()


def test_a_resident_goes_from_inwoners_to_statushouders_and_on_to_language_places(
    live_server, page, demo_site
):
    page.route(re.compile(r"https?://(?!localhost|127\.0\.0\.1).*"), lambda route: route.abort())
    page.goto(live_server.url + "/inwoners/")
    assert_no_axe_violations(page, "inwoners")

    page.get_by_role("link", name="Nieuw in Nederland: taal, inburgering en werk").click()
    page.wait_for_url("**/inwoners/statushouders/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Nieuw in Nederland")
    assert_no_axe_violations(page, "statushouders")

    page.get_by_role("link", name="Zoek een plek om taal te oefenen").click()
    page.wait_for_url("**/inwoners/participatiekaart/?soort=taal")
    assert page.get_by_label("Soort").input_value() == "taal"
    assert_no_axe_violations(page, "participatiekaart, taal")


def test_the_seed_pages_have_no_axe_violations(live_server, page, demo_site):
    page.route(re.compile(r"https?://(?!localhost|127\.0\.0\.1).*"), lambda route: route.abort())
    for path in [
        "/inwoners/jongeren/",
        "/inwoners/hulp-bij-werk/",
        "/inwoners/geld-bij-werk/",
        "/inwoners/vrijwilligers-en-initiatieven/",
        "/werkgevers/",
        "/werkgevers/gemeente-als-werkgever/",
        "/werkgevers/banenafspraak/",
    ]:
        page.goto(live_server.url + path)
        assert page.get_by_role("heading", level=1).count() == 1
        assert_no_axe_violations(page, path)
