"""Axe on every instrumentenboek page type and the employer's journey through it."""

import pytest

from instrumentenboek import demo as instrumenten_demo
from portal.core import demo as core_demo
from tests.browser.conftest import assert_no_axe_violations, assert_readable

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BOOK = "/werkgevers/instrumentenboek/"
WIZARD_ANSWERS = (
    "wijzer/?leeftijd=57&gemeente=lansingerland&uitkering=bijstand&doelgroepregister=nee"
    "&loonwaarde=niet_nodig&begeleiding=nee&contract=contract&contract_maanden=12"
    "&uren_per_week=32"
)


@pytest.fixture
def demo_site(transactional_db):
    core_demo.load()
    instrumenten_demo.load()


@pytest.mark.parametrize(
    "path",
    [
        "",
        "?voor_wie=banenafspraak&soort=financieel",
        "?voor_wie=bestaat-niet",
        "loonkostensubsidie/",
        "lage-inkomensvoordeel/",
        "wijzer/",
        WIZARD_ANSWERS,
        "wijzer/?leeftijd=oud&uren_per_week=99",
        "boek/",
    ],
    ids=[
        "index",
        "index-filtered",
        "index-bad-filter",
        "detail",
        "detail-expired",
        "wizard",
        "wizard-results",
        "wizard-errors",
        "book",
    ],
)
def test_instrumentenboek_page_has_no_axe_violations(live_server, page, demo_site, path):
    response = page.goto(live_server.url + BOOK + path)
    assert response.status == 200
    assert_no_axe_violations(page, path or "index")
    assert_readable(page, "main a, main button, main p")


def test_book_prints_on_a4_without_navigation(live_server, page, demo_site):
    page.goto(live_server.url + BOOK + "boek/")
    page.emulate_media(media="print")
    assert page.locator(".portal-nav").is_hidden()
    assert page.locator(".portal-footer").is_hidden()
    link_suffix = page.evaluate(
        "getComputedStyle(document.querySelector('.portal-book__entry h3 a'), '::after').content"
    )
    assert link_suffix == "none"  # a link within the portal prints as text, not as "/werk…"
    toc_suffix = page.evaluate(
        "getComputedStyle(document.querySelector('.portal-toc a'), '::after').content"
    )
    assert toc_suffix == "none"
    pdf = page.pdf(format="A4")
    assert pdf[:4] == b"%PDF" and len(pdf) > 10_000


def test_employer_filters_reads_loonkostensubsidie_and_runs_the_wizard(
    live_server, page, demo_site
):
    page.goto(live_server.url + BOOK)

    # Filter on the candidate group, without JavaScript-only controls: a plain GET form.
    page.get_by_label("Voor wie").select_option(label="Doelgroep banenafspraak (doelgroepregister)")
    page.get_by_role("button", name="Toon regelingen").click()
    page.wait_for_url("**/instrumentenboek/?*voor_wie=banenafspraak*")
    count = page.locator("#result-count").inner_text()
    assert "regelingen" in count
    assert page.get_by_role("link", name="Werkgeverscheque").count() == 0

    page.get_by_role("link", name="Loonkostensubsidie", exact=True).click()
    page.wait_for_url("**/loonkostensubsidie/")
    assert page.locator("h1").inner_text() == "Loonkostensubsidie"
    assert page.get_by_role("heading", name="Vraag het de accountmanager").is_visible()

    page.goto(live_server.url + BOOK)
    page.get_by_role("link", name="Welke regelingen passen bij mijn kandidaat?").click()
    page.wait_for_url("**/wijzer/")
    page.get_by_label("Hoe oud is de kandidaat?").fill("57")
    page.get_by_label("Waar woont de kandidaat?").select_option(label="Lansingerland")
    page.get_by_label("Bijstand (Participatiewet)").check()
    page.locator("fieldset", has_text="in het doelgroepregister?").get_by_label("Nee").check()
    page.get_by_label("Niet nodig: de kandidaat kan het werk helemaal").check()
    page.locator("fieldset", has_text="begeleiding nodig").get_by_label("Nee", exact=True).check()
    page.get_by_label("Een contract", exact=True).check()
    page.get_by_label("Hoe lang is het contract?").fill("12")
    page.get_by_label("Hoeveel uur per week gaat de kandidaat werken?").fill("32")
    page.get_by_role("button", name="Toon passende regelingen").click()

    page.wait_for_selector("#results-heading")
    assert "passen bij uw antwoorden" in page.locator("#results-heading").inner_text()
    cheque = page.locator(".portal-wizard-result", has_text="Werkgeverscheque")
    assert "€ 4.500 eenmalig" in cheque.inner_text()
    assert "Past, omdat u aangaf dat de kandidaat bijstand (Participatiewet) heeft" in (
        cheque.inner_text()
    )
    results = page.locator(".portal-wizard-result h3").all_inner_texts()
    assert "Proefplaats via de gemeente (Participatiewet)" in results  # past mogelijk
    assert "Werkervaringsplaats met intentie" not in results  # an Overbetuwe instrument
    assert not any("oudere werknemer" in title for title in results)
    page.locator("details.portal-wizard-nos summary").click()  # "past niet, omdat …" on request
    assert "afgeschaft" in page.locator("details.portal-wizard-nos").inner_text()
    assert_no_axe_violations(page, "wizard results after the journey")


def test_print_button_is_there_only_when_javascript_can_print(live_server, browser, demo_site):
    for javascript in (False, True):
        context = browser.new_context(locale="nl-NL", java_script_enabled=javascript)
        page = context.new_page()
        page.goto(live_server.url + BOOK + "boek/")
        button = page.get_by_role("button", name="Print dit boek")
        if javascript:
            page.evaluate("window.print = () => { window.printed = true; }")
            button.click()
            assert page.evaluate("window.printed") is True
        else:
            assert button.count() == 0
        context.close()
