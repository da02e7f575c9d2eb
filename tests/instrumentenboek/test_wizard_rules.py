"""Table-driven tests of the instrumentenwijzer: every demo instrument's rules, and edge cases."""

import datetime

import pytest

from instrumentenboek.demo_data import INSTRUMENTS
from instrumentenboek.models import EligibilityRule, InstrumentPage
from instrumentenboek.wizard import Answers, Fit

pytestmark = pytest.mark.django_db  # Page instances look up their content type

TODAY = datetime.date(2026, 11, 24)
BASE = dict(
    banenafspraak="nee",
    bijstand="nee",
    arbeidsbeperking="nee",
    begeleiding="nee",
    leeftijd=35,
    contract_maanden=12,
    uren_per_week=32,
)


def answers(**changes):
    return Answers(**{**BASE, **changes})


def demo_instrument(slug):
    data = next(d for d in INSTRUMENTS if d["slug"] == slug)
    page = InstrumentPage(
        title=data["title"],
        slug=slug,
        summary=data["summary"],
        soort=data["soort"],
        aanbieder=data["aanbieder"],
        amount_min=data.get("amount_min"),
        amount_max=data.get("amount_max"),
        amount_unit=data.get("amount_unit", ""),
        amount_cap_per_year=data.get("amount_cap_per_year"),
        valid_until=data.get("valid_until"),
    )
    rules = [EligibilityRule(**rule) for rule in data["rules"]]
    return page, rules


def fit(slug, given, today=TODAY):
    page, rules = demo_instrument(slug)
    return page.evaluate(given, rules=rules, today=today)


# (instrument, answers, expected fit) — one or more rows per demo instrument with rules.
CASES = [
    ("werving-en-bemiddeling", answers(), Fit.YES),
    ("jobcarving-bedrijfsadvies", answers(), Fit.YES),
    ("indienstnemingssubsidie", answers(bijstand="ja"), Fit.YES),
    ("indienstnemingssubsidie", answers(bijstand="ja", arbeidsbeperking="ja"), Fit.NO),
    ("indienstnemingssubsidie", answers(bijstand="ja", contract_maanden=0), Fit.NO),
    ("werkervaringsplaats", answers(bijstand="ja", contract_maanden=0), Fit.YES),
    ("werkervaringsplaats", answers(), Fit.NO),
    ("proefplaatsing", answers(bijstand="ja", contract_maanden=6), Fit.YES),
    ("proefplaatsing", answers(bijstand="ja", contract_maanden=5), Fit.NO),
    ("proefplaatsing", answers(arbeidsbeperking="ja", contract_maanden=6), Fit.YES),
    ("loonwaardemeting", answers(banenafspraak="ja"), Fit.YES),
    ("loonwaardemeting", answers(arbeidsbeperking="onbekend"), Fit.MAYBE),
    ("loonkostensubsidie", answers(banenafspraak="ja"), Fit.YES),
    ("loonkostensubsidie", answers(arbeidsbeperking="ja", bijstand="ja"), Fit.YES),
    ("loonkostensubsidie", answers(arbeidsbeperking="ja"), Fit.NO),
    ("loonkostensubsidie", answers(banenafspraak="onbekend"), Fit.MAYBE),
    ("loonkostensubsidie-forfaitair", answers(banenafspraak="ja"), Fit.YES),
    ("scholing", answers(bijstand="ja", contract_maanden=6), Fit.YES),
    ("scholing", answers(bijstand="ja", contract_maanden=3), Fit.NO),
    ("lkv-banenafspraak", answers(banenafspraak="ja"), Fit.YES),
    ("lkv-banenafspraak", answers(), Fit.NO),
    ("lkv-arbeidsgehandicapte-werknemer", answers(arbeidsbeperking="ja"), Fit.YES),
    ("lkv-oudere-werknemer", answers(leeftijd=57, bijstand="ja"), Fit.NO),  # abolished 2026
    ("lage-inkomensvoordeel", answers(), Fit.NO),  # abolished 2025
    ("premiekorting", answers(arbeidsbeperking="ja"), Fit.NO),  # replaced in 2018
    ("no-risk-polis", answers(banenafspraak="ja"), Fit.YES),
    ("no-risk-polis", answers(arbeidsbeperking="ja"), Fit.YES),
    ("no-risk-polis", answers(), Fit.NO),
    ("jobcoaching-extern", answers(begeleiding="ja", arbeidsbeperking="ja"), Fit.YES),
    ("jobcoaching-extern", answers(begeleiding="nee", arbeidsbeperking="ja"), Fit.NO),
    ("jobcoaching-intern", answers(begeleiding="ja"), Fit.YES),
    ("jobcoach-gemeente", answers(begeleiding="ja", bijstand="ja"), Fit.YES),
    ("jobcoach-gemeente", answers(begeleiding="ja"), Fit.NO),
    ("harrie-training", answers(begeleiding="onbekend"), Fit.MAYBE),
    ("werkgeverscheque", answers(bijstand="ja", contract_maanden=12, uren_per_week=32), Fit.YES),
    ("werkgeverscheque", answers(bijstand="ja", contract_maanden=6, uren_per_week=32), Fit.YES),
    ("werkgeverscheque", answers(bijstand="ja", contract_maanden=5, uren_per_week=40), Fit.NO),
    ("werkgeverscheque", answers(bijstand="ja", contract_maanden=12, uren_per_week=31), Fit.NO),
    ("werkplekaanpassing", answers(arbeidsbeperking="ja"), Fit.YES),
    ("detachering-sw-bedrijf", answers(bijstand="ja"), Fit.YES),
    ("plaatsingssubsidie", answers(bijstand="ja"), Fit.YES),
    ("plaatsingssubsidie", answers(bijstand="ja", arbeidsbeperking="ja"), Fit.NO),
    ("beschut-werk", answers(arbeidsbeperking="ja", begeleiding="ja"), Fit.YES),
    ("lkv-herplaatsen", answers(arbeidsbeperking="ja"), Fit.NO),  # no wizard rule: own staff
    ("uitstroompremie", answers(bijstand="ja"), Fit.NO),  # for the employee, not the employer
]


@pytest.mark.parametrize(
    ("slug", "given", "expected"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)]
)
def test_wizard_rule_table(slug, given, expected):
    assert fit(slug, given).fit == expected


def test_every_demo_instrument_appears_in_the_rule_table():
    assert {d["slug"] for d in INSTRUMENTS} == {case[0] for case in CASES}


def test_werkgeverscheque_estimate_depends_on_contract_length():
    twelve = fit("werkgeverscheque", answers(bijstand="ja", contract_maanden=12))
    six = fit("werkgeverscheque", answers(bijstand="ja", contract_maanden=6))
    assert str(twelve.estimate) == "€ 4.500 eenmalig"
    assert str(six.estimate) == "€ 2.250 eenmalig"


def test_lkv_banenafspraak_estimate_is_capped_at_2000_per_year():
    full_time = fit("lkv-banenafspraak", answers(banenafspraak="ja", uren_per_week=40))
    part_time = fit("lkv-banenafspraak", answers(banenafspraak="ja", uren_per_week=20))
    assert str(full_time.estimate) == "ongeveer € 2.000 per jaar"  # 1,01 x 40 x 52 = 2.100,80
    assert str(part_time.estimate) == "ongeveer € 1.050,40 per jaar"  # 1,01 x 20 x 52


def test_loonkostensubsidie_has_no_estimate_because_it_depends_on_the_loonwaarde():
    assert fit("loonkostensubsidie", answers(banenafspraak="ja")).estimate is None


def test_reason_names_what_the_employer_answered():
    outcome = fit("werkgeverscheque", answers(bijstand="ja", contract_maanden=12))
    assert outcome.reason == (
        "Omdat u aangaf dat de kandidaat een bijstandsuitkering heeft, u een contract van 12 "
        "maanden biedt en de kandidaat 32 uur per week gaat werken."
    )


def test_unknown_answer_gives_maybe_with_the_open_question():
    outcome = fit("no-risk-polis", answers(banenafspraak="onbekend"))
    assert outcome.fit == Fit.MAYBE
    assert outcome.open_questions == ["de kandidaat een indicatie banenafspraak heeft"]


@pytest.mark.parametrize(
    ("age", "expected"), [(55, Fit.NO), (56, Fit.YES), (67, Fit.YES), (68, Fit.NO)]
)
def test_age_bounds_are_inclusive(age, expected):
    rule = EligibilityRule(min_age=56, max_age=67)
    assert rule.evaluate(answers(leeftijd=age)).fit == expected


@pytest.mark.parametrize(("hours", "expected"), [(31, Fit.NO), (32, Fit.YES), (40, Fit.YES)])
def test_minimum_hours_is_inclusive(hours, expected):
    assert (
        EligibilityRule(min_hours_per_week=32).evaluate(answers(uren_per_week=hours)).fit
        == expected
    )


def test_abolished_instrument_would_have_fitted_on_its_last_day():
    last_day = datetime.date(2025, 12, 31)
    assert (
        fit("lkv-oudere-werknemer", answers(leeftijd=57, bijstand="ja"), today=last_day).fit
        == Fit.YES
    )


def test_instrument_not_yet_valid_does_not_fit():
    page = InstrumentPage(title="Nieuw", valid_from=TODAY + datetime.timedelta(days=1))
    assert page.evaluate(answers(), rules=[EligibilityRule()], today=TODAY).fit == Fit.NO


def test_first_fitting_rule_decides_the_reason():
    rules = [EligibilityRule(bijstand="ja"), EligibilityRule()]
    page = InstrumentPage(title="Twee regels")
    assert page.evaluate(answers(bijstand="ja"), rules=rules, today=TODAY).reason.startswith(
        "Omdat u aangaf dat de kandidaat een bijstandsuitkering heeft"
    )
    assert page.evaluate(answers(), rules=rules, today=TODAY).reason == (
        "Deze regeling is er voor iedere kandidaat."
    )


def test_instrument_without_rules_never_appears_in_the_wizard():
    assert (
        InstrumentPage(title="Geen regels").evaluate(answers(), rules=[], today=TODAY).fit == Fit.NO
    )
