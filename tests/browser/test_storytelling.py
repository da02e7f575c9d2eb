"""Axe on every storytelling page type and the employer's journey from ladder to interest."""

import re

import pytest
from django.core import mail

from instrumentenboek import demo as instrumenten_demo
from portal.core import demo as core_demo
from storytelling import demo as story_demo
from storytelling.models import StoryInterest
from tests.browser.conftest import assert_no_axe_violations, assert_readable

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STORIES = "/werkgevers/verhalen/"


@pytest.fixture
def demo_site(transactional_db):
    from django.core.cache import cache

    cache.clear()  # the interest form's rate limit
    core_demo.load()
    instrumenten_demo.load()
    story_demo.load()


@pytest.mark.parametrize(
    "path",
    ["", "?trede=4&sector=groen", "job/", "marja-catering/", "boek/", "job/bedankt/"],
    ids=["index", "index-filtered", "candidate", "employer", "book", "thanks"],
)
def test_storytelling_page_has_no_axe_violations(live_server, page, demo_site, path):
    response = page.goto(live_server.url + STORIES + path)
    assert response.status == 200
    assert_no_axe_violations(page, path or "index")
    assert_readable(page, "main a, main button, main p")


def test_interest_form_errors_have_no_axe_violations(live_server, page, demo_site):
    page.goto(live_server.url + STORIES + "job/")
    page.get_by_role("button", name="Verstuur").click()
    page.wait_for_selector(".portal-error-summary")
    assert_no_axe_violations(page, "interest form with errors")


def test_employer_climbs_the_ladder_reads_a_story_and_shows_interest(live_server, page, demo_site):
    page.goto(live_server.url + STORIES)
    ladder = page.get_by_role("navigation", name="De participatieladder")
    ladder.get_by_role("link", name="Trede 4").click()
    page.wait_for_url("**/verhalen/?trede=4")
    assert "1 verhaal van een kandidaat" in page.locator("#candidates-heading").inner_text()

    page.get_by_role("link", name="Job wil buiten werken").click()
    page.wait_for_url("**/verhalen/job/")
    assert "staat nu op trede 4" in page.locator("#position-heading + p").inner_text()

    page.get_by_role("link", name="Loonkostensubsidie", exact=True).click()
    page.wait_for_url("**/instrumentenboek/loonkostensubsidie/")
    assert page.get_by_role("link", name="Job wil buiten werken").is_visible()
    page.go_back()
    page.wait_for_url("**/verhalen/job/")

    page.get_by_label("Uw naam").fill("Kim de Boer")
    page.get_by_label("Naam van uw bedrijf of organisatie").fill("Hoveniersbedrijf Groen")
    page.get_by_label("Uw e-mailadres").fill("kim@groen.example.nl")
    page.get_by_label("Wat voor werk heeft u?").fill("Onderhoud van tuinen, 24 uur per week.")
    page.get_by_role("button", name="Verstuur").click()
    page.wait_for_url(re.compile(r".*/verhalen/job/bedankt/(#.*)?$"))  # keeps #interesse
    assert "Bedankt, uw bericht is verstuurd" in page.locator("h1").inner_text()

    page.go_back()  # the browser may offer to resend: the token makes that harmless
    assert StoryInterest.objects.count() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["accountmanager@gemeente.example.nl", "wsp@regio.example.nl"]
