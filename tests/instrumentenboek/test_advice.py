"""'Uw regelingen': the wizard's advice as a printable page with the same GET parameters."""

import pytest

from tests.instrumentenboek.test_pages import BIJSTAND_ANSWERS as ANSWERS
from tests.instrumentenboek.test_pages import catalogue, index  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def test_wizard_results_link_to_the_printable_advice_with_the_same_answers(client, catalogue):  # noqa: F811
    html = client.get("/instrumentenboek/wijzer/", ANSWERS).content.decode()
    assert "Print dit advies" in html
    assert "/instrumentenboek/wijzer/advies/?doelgroepregister=nee&amp;uitkering=bijstand" in html


def test_advice_lists_answers_fitting_instruments_amount_formula_and_accountmanager(
    client,
    catalogue,  # noqa: F811
):
    from portal.core.models import SiteSettings

    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "werkgevers@testdorp.example.nl"
    settings.save()
    response = client.get("/instrumentenboek/wijzer/advies/", ANSWERS)
    assert response.status_code == 200
    html = response.content.decode()
    expected = [
        '<h1 class="utrecht-heading-1">Uw regelingen</h1>',
        "<dt>Hoe oud is de kandidaat?</dt><dd>57</dd>",
        "<dd>Bijstand (Participatiewet)</dd>",
        "<dd>In een andere gemeente, of weet ik niet</dd>",
        "Werkgeverscheque",
        "Past, omdat u aangaf dat de kandidaat bijstand (Participatiewet) heeft",
        "€ 4.500 eenmalig",
        "mailto:werkgevers@testdorp.example.nl",
    ]
    assert [text for text in expected if text not in html] == []
    assert "Loonkostensubsidie</h3>" not in html  # "past niet" is not part of the advice


def test_advice_says_what_to_check_for_past_mogelijk(client, catalogue):  # noqa: F811
    answers = dict(ANSWERS, doelgroepregister="onbekend")
    html = client.get("/instrumentenboek/wijzer/advies/", answers).content.decode()
    assert "2 passen mogelijk" in html  # loonkostensubsidie and the no-risk polis
    assert "Na te kijken: de kandidaat in het doelgroepregister staat" in html


def test_advice_with_incomplete_answers_goes_back_to_the_wizard(client, catalogue):  # noqa: F811
    response = client.get("/instrumentenboek/wijzer/advies/", {"leeftijd": "57"})
    assert response.status_code == 302
    assert response["Location"] == "/instrumentenboek/wijzer/?leeftijd=57"
