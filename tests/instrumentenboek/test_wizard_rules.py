"""The rule engine of the instrumentenwijzer: how a rule row reads the answers."""

import datetime
from decimal import Decimal

import pytest

from instrumentenboek.cases import answers
from instrumentenboek.models import EligibilityRule, InstrumentFact, InstrumentPage
from instrumentenboek.wizard import Fit

pytestmark = pytest.mark.django_db  # Page instances look up their content type

TODAY = datetime.date(2026, 11, 25)


def evaluate(rules, given, aow_status="nee", **page_fields):
    page = InstrumentPage(title="Regeling", slug="regeling", **page_fields)
    return page.evaluate(
        given, rules=[EligibilityRule(**r) for r in rules], today=TODAY, aow_status=aow_status
    )


def test_a_rule_that_holds_says_past_with_the_reason():
    outcome = evaluate([dict(doelgroepregister=["ja"])], answers(doelgroepregister="ja"))
    assert outcome.fit == Fit.YES
    assert (
        outcome.sentence == "Past, omdat u aangaf dat de kandidaat in het doelgroepregister staat"
    )


def test_weet_ik_niet_gives_past_mogelijk_with_what_to_check():
    outcome = evaluate([dict(doelgroepregister=["ja"])], answers(doelgroepregister="onbekend"))
    assert outcome.fit == Fit.MAYBE
    assert outcome.reason == "als de kandidaat in het doelgroepregister staat"


def test_an_earlier_past_niet_rule_decides_with_its_reason():
    rules = [
        dict(outcome="niet", reason="het alleen tot de AOW-leeftijd geldt", aow=["bereikt"]),
        dict(doelgroepregister=["ja"]),
    ]
    outcome = evaluate(rules, answers(doelgroepregister="ja", leeftijd=67), aow_status="bereikt")
    assert outcome.sentence == "Past niet, omdat het alleen tot de AOW-leeftijd geldt"


def test_without_a_matching_rule_the_reason_names_what_was_needed():
    outcome = evaluate([dict(uitkeringen=["wia"])], answers(uitkering="bijstand"))
    assert outcome.fit == Fit.NO
    assert outcome.reason == "omdat dit alleen kan als de kandidaat een WIA-uitkering heeft"


def test_a_local_instrument_of_another_municipality_does_not_fit(django_db_setup):
    from tests.portal.core.factories import MunicipalityFactory

    page = InstrumentPage(title="Cheque", slug="cheque")
    page.municipalities = [MunicipalityFactory(name="Lansingerland")]
    outcome = page.evaluate(answers(gemeente="overbetuwe"), rules=[EligibilityRule()], today=TODAY)
    assert outcome.sentence == "Past niet, omdat het een regeling van gemeente Lansingerland is"


def test_lkv_amount_is_computed_from_todays_facts_with_the_formula():
    page = InstrumentPage(title="LKV", slug="lkv", calculation="per_uur")
    page.facts = [
        InstrumentFact(
            label="Per uur", kind="bedrag", code="bedrag_per_uur", value=Decimal("3.05")
        ),
        InstrumentFact(label="Max", kind="bedrag", code="maximum_per_jaar", value=Decimal("6000")),
    ]
    estimate = page.estimate(answers(uren_per_week=40), today=TODAY)
    assert estimate.amount == Decimal("6000")
    assert (
        estimate.formula
        == "40 uur × 52 weken × € 3,05 per uur = € 6.344, hoogstens € 6.000 per jaar"
    )


def test_lks_is_capped_at_70_percent_of_the_minimum_wage():
    page = InstrumentPage(title="LKS", slug="lks", calculation="lks")
    page.facts = [
        InstrumentFact(
            label="Max", kind="percentage", code="maximum_percentage", value=Decimal("70")
        ),
        InstrumentFact(
            label="Lasten", kind="percentage", code="werkgeverslasten", value=Decimal("23.5")
        ),
    ]
    estimate = page.estimate(
        answers(loonwaarde_procent=20, uren_per_week=20), TODAY, Decimal("14.71")
    )
    assert estimate.amount == Decimal("14.71") * 20 * 52 * Decimal("0.70") * Decimal("1.235")
    assert "hoogstens 70 %" in estimate.formula


def test_last_checked_is_empty_when_any_current_fact_is_unchecked():
    page = InstrumentPage(title="X", slug="x")
    page.facts = [
        InstrumentFact(label="A", kind="voorwaarde", checked_on=datetime.date(2026, 11, 25)),
        InstrumentFact(label="B", kind="voorwaarde"),
    ]
    assert page.last_checked_on(TODAY) is None
    page.facts = [
        InstrumentFact(label="A", kind="voorwaarde", checked_on=datetime.date(2026, 11, 25)),
        InstrumentFact(label="C", kind="voorwaarde", checked_on=datetime.date(2026, 3, 1)),
        InstrumentFact(label="Old", kind="voorwaarde", valid_until=datetime.date(2025, 12, 31)),
    ]
    assert page.last_checked_on(TODAY) == datetime.date(2026, 3, 1)
