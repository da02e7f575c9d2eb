"""Employer and accountmanager journeys of issue #12: a Wajong candidate through the wizard,
the voorbeelden page, the facts' sources on an instrument page and the printable advice."""

import pytest
from django.utils import formats, translation

from instrumentenboek import demo as instrumenten_demo
from instrumentenboek.cases import CASES
from instrumentenboek.models import InstrumentPage
from portal.core import demo as core_demo
from portal.core.models.outbox import OutboxMessage
from tests.browser.conftest import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BOOK = "/werkgevers/instrumentenboek/"


@pytest.fixture
def demo_site(transactional_db):
    core_demo.load()
    instrumenten_demo.load()


def answer_wajong_candidate(page, live_server, wajong_label):
    page.goto(live_server.url + BOOK + "wijzer/")
    page.get_by_label("Hoe oud is de kandidaat?").fill("22")
    page.get_by_label("Waar woont de kandidaat?").select_option(label="Lansingerland")
    page.get_by_label(wajong_label).check()
    page.locator("fieldset", has_text="in het doelgroepregister?").get_by_label("Ja").check()
    page.get_by_label("Nog niet gemeten").check()
    page.get_by_label("Ja, begeleiding op de werkvloer").check()
    page.get_by_label("Een contract", exact=True).check()
    page.get_by_label("Hoe lang is het contract?").fill("12")
    page.get_by_label("Hoeveel uur per week gaat de kandidaat werken?").fill("24")
    page.get_by_role("button", name="Toon passende regelingen").click()
    page.wait_for_selector("#results-heading")


def test_wajong_candidate_gets_loondispensatie_and_not_the_gemeentes_loonkostensubsidie(
    live_server, page, demo_site
):
    # Wajong 2010: the UWV route. (A "Wajong 2015 zonder arbeidsvermogen" candidate gets
    # loondispensatie "past niet" since UWV's loket closed on 31-10-2026: case TC11.)
    answer_wajong_candidate(page, live_server, "Wajong 2010 (aangevraagd 2010 tot 2015)")

    ld = page.locator(".portal-wizard-result", has_text="Loondispensatie (UWV, Wajong)")
    text = ld.inner_text()
    assert "Past mogelijk, als" in text or "Past, omdat" in text, text
    assert "Wajong" in text  # the reason names the answer it rests on

    details = page.locator("details.portal-wizard-nos")
    not_fitting = details.locator("li", has_text="Loonkostensubsidie")
    assert not not_fitting.first.is_visible()  # only on request
    details.locator("summary").click()
    lks = details.locator("li").filter(
        has=page.get_by_role("link", name="Loonkostensubsidie", exact=True)
    )
    assert "past niet, omdat" in lks.inner_text()
    assert_no_axe_violations(page, "wizard results for a Wajong candidate")


def test_wajong_2015_without_arbeidsvermogen_hears_why_loondispensatie_does_not_fit(
    live_server, page, demo_site
):
    answer_wajong_candidate(page, live_server, "Wajong 2015 (geen arbeidsvermogen vastgesteld)")
    page.locator("details.portal-wizard-nos summary").click()
    ld = page.locator("details.portal-wizard-nos li", has_text="Loondispensatie (UWV")
    assert "past niet, omdat" in ld.inner_text()


def test_voorbeelden_page_shows_every_case_with_its_result(live_server, page, demo_site):
    response = page.goto(live_server.url + BOOK + "voorbeelden/")
    assert response.status == 200
    for case in CASES:
        section = page.locator(f"section#{case.key}")
        assert section.locator("h2").inner_text().startswith(case.key)
        assert section.locator("tbody tr").count() >= 1
        assert "De wijzer zegt" in section.inner_text()
    assert page.locator("section.portal-case").count() == len(CASES)
    assert page.locator("strong.portal-mismatch").count() == 0  # every case passes
    assert_no_axe_violations(page, "voorbeelden")


def test_instrument_page_shows_each_facts_source_and_true_check_date(live_server, page, demo_site):
    instrument = InstrumentPage.objects.get(slug="loonkostensubsidie")
    facts = instrument.current_facts()
    assert any(f.checked_on for f in facts) and any(not f.checked_on for f in facts)
    page.goto(live_server.url + BOOK + "loonkostensubsidie/")
    table = page.locator("table.portal-fact-table")
    rows = table.locator("tbody tr")
    assert rows.count() == len(facts)
    for index, fact in enumerate(facts):
        row = rows.nth(index)
        assert row.locator("th").inner_text() == fact.label
        cells = row.locator("td")
        if fact.source_url:
            assert cells.nth(2).locator("a").get_attribute("href") == fact.source_url
        checked = cells.nth(3).inner_text()
        if fact.checked_on:
            with translation.override("nl"):
                assert checked == formats.date_format(fact.checked_on, "j F Y")
        else:
            assert checked == "niet gecontroleerd"
    assert_no_axe_violations(page, "instrument page with facts")


def test_employer_prints_the_advice_to_take_to_the_accountmanager(live_server, page, demo_site):
    answer_wajong_candidate(page, live_server, "Wajong 2010 (aangevraagd 2010 tot 2015)")
    page.get_by_role("link", name="Print dit advies").click()  # a link: no JS needed
    page.wait_for_url("**/wijzer/advies/?*uitkering=wajong_2010*")
    assert page.locator("h1").inner_text() == "Uw regelingen"
    answers = page.locator(".portal-advice__answer-list").inner_text()
    assert "Wajong 2010" in answers and "Lansingerland" in answers
    ld = page.locator(".portal-advice__entry", has_text="Loondispensatie (UWV, Wajong)")
    assert "Na te kijken" in ld.inner_text()
    assert page.get_by_role("heading", name="Bespreek het met de accountmanager").is_visible()
    assert_no_axe_violations(page, "printable advice")
    page.emulate_media(media="print")
    assert page.locator(".portal-nav").is_hidden()
    assert page.get_by_role("link", name="Terug naar de instrumentenwijzer").is_hidden()


def test_employer_follows_an_explained_term_to_the_begrippenlijst(live_server, page, demo_site):
    page.goto(live_server.url + BOOK + "lkv-banenafspraak/")
    term = page.locator("main a.portal-term", has_text="doelgroepregister").first
    assert term.get_attribute("title").startswith("Lijst van UWV")
    assert_no_axe_violations(page, "instrument page with explained terms")
    term.click()
    page.wait_for_url("**/begrippenlijst/#begrip-doelgroepregister")
    assert page.locator("#begrip-doelgroepregister").is_visible()
    assert_no_axe_violations(page, "begrippenlijst")


def test_verhalenboek_grouped_by_klantprofiel_has_no_axe_violations(live_server, page, demo_site):
    from storytelling import demo as storytelling_demo

    storytelling_demo.load()
    page.goto(live_server.url + "/werkgevers/verhalen/")
    page.get_by_role("link", name="Het verhalenboek per klantprofiel").click()
    page.wait_for_url("**/verhalen/boek/?indeling=profiel")
    assert page.locator("h2", has_text="Profiel 1").count() == 1
    assert_no_axe_violations(page, "verhalenboek per klantprofiel")


def test_employer_sees_grouped_advice_with_a_total_prints_it_and_mails_it(
    live_server, page, demo_site
):
    """Case TC01 (24, bijstand, doelgroepregister, loonwaarde 55 %): money first with the
    loonkostensubsidie on top, a first-year total, and the advice printed and mailed."""
    page.goto(live_server.url + BOOK + "wijzer/")
    page.get_by_label("Hoe oud is de kandidaat?").fill("24")
    page.get_by_label("Waar woont de kandidaat?").select_option(label="Overbetuwe")
    page.get_by_label("Bijstand (Participatiewet)").check()
    page.locator("fieldset", has_text="in het doelgroepregister?").get_by_label("Ja").check()
    page.get_by_label("Ja, gemeten").check()
    page.get_by_label("Gemeten loonwaarde").fill("55")
    page.get_by_label("Ja, begeleiding op de werkvloer").check()
    page.get_by_label("Een contract", exact=True).check()
    page.get_by_label("Hoe lang is het contract?").fill("12")
    page.get_by_label("Hoeveel uur per week gaat de kandidaat werken?").fill("24")
    page.get_by_role("button", name="Toon passende regelingen").click()
    page.wait_for_selector("#results-heading")
    results_url = page.url

    groups = page.locator(".portal-wizard-group h2").all_inner_texts()
    assert groups == ["Geld", "Hulp en begeleiding", "Minder risico"]
    money = page.locator(".portal-wizard-group", has_text="Subsidies en kortingen")
    titles = money.locator("h3").all_inner_texts()
    assert titles[:2] == [
        "Loonkostensubsidie",
        "Loonkostenvoordeel (LKV) doelgroep banenafspraak",
    ], titles
    total = page.locator(".portal-wizard-total")
    assert "In het eerste jaar krijgt u voor deze kandidaat ongeveer €" in total.inner_text()
    total.get_by_text("Zo rekenen we").click()
    assert "Loonkostensubsidie: €" in total.inner_text()
    assert "De bedragen zijn een indicatie." in total.inner_text()
    first = money.locator(".portal-wizard-result").first
    first.get_by_text("Voorwaarden").click()
    assert first.locator("details").get_attribute("open") is not None
    aside = page.locator("aside.portal-advice-layout__aside")
    assert aside.get_by_role("heading", name="Bespreek het met de accountmanager").is_visible()
    assert_no_axe_violations(page, "grouped wizard results with the total")
    page.set_viewport_size({"width": 320, "height": 800})  # reflow: the aside goes below
    wide = page.evaluate(
        "[...document.querySelectorAll('.portal-advice-layout *')]"
        ".filter(el => el.getBoundingClientRect().right > window.innerWidth + 1)"
        ".map(el => el.tagName + '.' + el.className)"
    )
    assert wide == [], wide
    page.set_viewport_size({"width": 1280, "height": 800})

    aside.get_by_role("link", name="Print dit advies").click()  # a link: works without JS
    page.wait_for_url("**/wijzer/advies/?*loonwaarde_procent=55*")
    assert page.locator("h1").inner_text() == "Uw regelingen"
    assert "ongeveer €" in page.locator(".portal-wizard-total").inner_text()
    assert page.locator(".portal-wizard-total details").get_attribute("open") is not None
    assert_no_axe_violations(page, "printable grouped advice")

    page.goto(results_url)
    mail_form = page.locator("#mail-advies")
    mail_form.get_by_role("button", name="Mail dit advies").click()  # empty: an error first
    assert "Vul uw e-mailadres in." in page.locator("#mail-advies").inner_text()
    assert_no_axe_violations(page, "mail form with an error")
    page.locator("#mail-advies").get_by_label("Uw e-mailadres").fill("werkgever@bedrijf.example")
    page.locator("#mail-advies").get_by_role("button", name="Mail dit advies").click()
    page.wait_for_url("**/wijzer/advies/gemaild/?*")
    assert page.locator("h1").inner_text() == "Het advies is gemaild"
    assert_no_axe_violations(page, "advice mailed")
    mail = OutboxMessage.objects.get()
    assert mail.to == ["werkgever@bedrijf.example"]
    assert "Loonkostensubsidie: Past" in mail.body
    assert results_url.replace(live_server.url, "") in mail.body
    page.get_by_role("link", name="Terug naar het advies").click()
    assert page.url == results_url
