"""The instrumentenwijzer's advice: grouped by what an instrument gives the employer, ranked,
with a first-year total that never adds up instruments that cannot be combined."""

from decimal import Decimal

import pytest

from instrumentenboek import demo as instrumentenboek_demo
from instrumentenboek.cases import CASES, REFERENCE_DATE
from instrumentenboek.models import InstrumentIndexPage, InstrumentPage
from instrumentenboek.services import (
    WizardResult,
    first_year_total,
    group_results,
    rank_key,
    run_wizard,
)
from instrumentenboek.wizard import Estimate, Fit, Outcome
from portal.core import demo as core_demo
from portal.core.models import SiteSettings
from tests.instrumentenboek.factories import add_instrument
from tests.instrumentenboek.test_pages import BIJSTAND_ANSWERS as ANSWERS
from tests.instrumentenboek.test_pages import index  # noqa: F401 (fixture)
from tests.portal.core.factories import publish

# Building an InstrumentPage may read Wagtail's default locale, whose cache other tests clear:
# every test here may use the database (the rules themselves are plain Python).
pytestmark = pytest.mark.django_db


def result(pk, title, soort="financieel", amount=None, fit=Fit.YES, order=100, **estimate):
    instrument = InstrumentPage(pk=pk, title=title, soort=soort, wizard_order=order)
    outcome = Outcome(fit, reason="omdat het kan")
    if amount is not None:
        outcome.estimate = Estimate(Decimal(amount), once=estimate.pop("once", False), **estimate)
    return WizardResult(instrument, outcome)


# --- Business rules, without a database ----------------------------------------------------


def test_groups_follow_the_soort_in_the_order_money_support_risk():
    results = [
        result(1, "No-risk polis", soort="risico"),
        result(2, "Jobcoach", soort="begeleiding"),
        result(3, "LKV", amount=2000),
        result(4, "Detachering", soort="detachering"),
        result(5, "Scholing", soort="scholing"),
    ]
    groups = group_results(results)
    assert [(g.key, [r.instrument.title for r in g.results]) for g in groups] == [
        ("geld", ["LKV"]),
        ("hulp", ["Jobcoach", "Scholing"]),
        ("risico", ["Detachering", "No-risk polis"]),
    ]
    assert [str(g.label) for g in groups] == ["Geld", "Hulp en begeleiding", "Minder risico"]


def test_within_a_group_amounts_come_first_highest_on_top_then_staff_order():
    results = [
        result(1, "Aanpassing", order=10),
        result(2, "LKV", amount=2000),
        result(3, "Cheque", amount=4500, once=True),
        result(4, "Premiekorting", order=5),
        result(5, "Dispensatie", order=5, fit=Fit.MAYBE),
    ]
    ranked = [r.instrument.title for r in sorted(results, key=rank_key)]
    assert ranked == ["Cheque", "LKV", "Premiekorting", "Dispensatie", "Aanpassing"]


def test_total_adds_what_certainly_fits_and_says_how():
    lks = result(1, "Loonkostensubsidie", amount="10202.50", formula="55 % × minimumloon …")
    lkv = result(2, "LKV banenafspraak", amount="1260.48", formula="24 uur × 52 weken …")
    maybe = result(3, "Proefplaatsing-premie", amount=500, fit=Fit.MAYBE)
    support = result(4, "Jobcoach", soort="begeleiding")
    total = first_year_total([lks, lkv, maybe, support], conflicts=set())
    assert total.amount == Decimal("11463")
    assert total.display == "ongeveer € 11.463"
    assert [part.line for part in total.parts] == [
        "Loonkostensubsidie: € 10.202,50. 55 % × minimumloon …",
        "LKV banenafspraak: € 1.260,48. 24 uur × 52 weken …",
    ]
    assert total.left_out == []


@pytest.mark.parametrize("pair", [(1, 2), (2, 1)], ids=["marked on one", "marked on the other"])
def test_total_never_adds_instruments_that_cannot_be_combined_the_highest_counts(pair):
    oud = result(1, "LKV oudere werknemer", amount=6000)
    banen = result(2, "LKV banenafspraak", amount=2000)
    cheque = result(3, "Werkgeverscheque", amount=4500, once=True)
    total = first_year_total([banen, oud, cheque], conflicts={pair})
    assert total.amount == Decimal("10500")
    assert [p.result.instrument.title for p in total.parts] == [
        "LKV oudere werknemer",
        "Werkgeverscheque",
    ]
    assert [(i.result.instrument.title, i.because_of.title) for i in total.left_out] == [
        ("LKV banenafspraak", "LKV oudere werknemer")
    ]
    assert "Werkgeverscheque: € 4.500 (eenmalig)" in [p.line for p in total.parts]


def test_total_counts_only_the_first_year_of_a_longer_period():
    spread = result(1, "Subsidie over twee jaar", amount=24000, once=True, months=Decimal(24))
    six_months = result(2, "Forfaitaire subsidie", amount=6000, once=True, months=Decimal(6))
    total = first_year_total([spread, six_months], conflicts=set())
    assert total.amount == Decimal("18000")


def test_no_computable_money_is_no_total():
    total = first_year_total([result(1, "Jobcoach", soort="begeleiding")], conflicts=set())
    assert not total
    assert total.amount == 0


# --- The candidate cases on the demo content -----------------------------------------------


@pytest.fixture
def demo_index(db):
    core_demo.load()
    instrumentenboek_demo.load()
    return InstrumentIndexPage.objects.get()


def case(key):
    return next(c for c in CASES if c.key == key)


def test_candidate_with_measured_loonwaarde_gets_lks_plus_lkv_as_the_total(demo_index):
    results = run_wizard(demo_index, case("TC01").answers, today=REFERENCE_DATE)
    assert [p.result.instrument.slug for p in results.total.parts] == [
        "loonkostensubsidie",
        "lkv-banenafspraak",
    ]
    # 24 h × 52 weeks × € 1,01 = € 1.260,48 for the LKV; the LKS from its formula.
    assert results.total.parts[1].amount == Decimal("1260.48")
    assert results.total.amount == (results.total.parts[0].amount + Decimal("1260.48")).quantize(
        Decimal(1)
    )
    money = results.groups[0]
    assert money.key == "geld"
    assert [r.instrument.slug for r in money.results][:2] == [
        "loonkostensubsidie",
        "lkv-banenafspraak",
    ]


def test_demo_lkvs_and_both_loonkostensubsidies_are_marked_not_combinable(demo_index):
    lkv = InstrumentPage.objects.get(slug="lkv-banenafspraak")
    assert {p.slug for p in lkv.not_combinable_with.all()} == {
        "lkv-arbeidsgehandicapte-werknemer",
        "lkv-herplaatsen",
        "lkv-oudere-werknemer",
    }
    lks = InstrumentPage.objects.get(slug="loonkostensubsidie")
    assert [p.slug for p in lks.not_combinable_with.all()] == ["loonkostensubsidie-forfaitair"]


# --- The results page ------------------------------------------------------------------------


@pytest.fixture
def advice_catalogue(index, on_commit):  # noqa: F811
    bijstand = {"uitkeringen": ["bijstand"]}
    with on_commit():
        add_instrument(index, title="Proefplaatsing", soort="proef", wizard_order=5, rules=[{}])
        add_instrument(index, title="Jobcoach", soort="begeleiding", wizard_order=10, rules=[{}])
        add_instrument(index, title="No-risk polis", soort="risico", rules=[{}])
        add_instrument(index, title="Werkplekaanpassing", rules=[{}])
        add_instrument(
            index,
            title="Werkgeverscheque",
            rules=[{**bijstand, "estimate_amount": Decimal(4500), "estimate_once": True}],
        )
        first = add_instrument(
            index, title="LKV een", rules=[{**bijstand, "estimate_amount": Decimal(2000)}]
        )
        second = add_instrument(
            index, title="LKV twee", rules=[{**bijstand, "estimate_amount": Decimal(1500)}]
        )
        second.not_combinable_with = [first]
        publish(second)
    settings = SiteSettings.objects.get()
    settings.contact_phone = "14 0488"
    settings.accountmanager_email = "werkgevers@testdorp.example.nl"
    settings.save()


def test_results_page_shows_groups_ranked_titles_as_headings_and_the_total(
    client,
    advice_catalogue,
):
    response = client.get("/instrumentenboek/wijzer/", ANSWERS)
    html = response.content.decode()
    groups = response.context["results"].groups
    assert [(g.key, [r.instrument.title for r in g.results]) for g in groups] == [
        ("geld", ["Werkgeverscheque", "LKV een", "LKV twee", "Werkplekaanpassing"]),
        ("hulp", ["Proefplaatsing", "Jobcoach"]),
        ("risico", ["No-risk polis"]),
    ]
    assert html.index(">Geld</h2>") < html.index(">Hulp en begeleiding</h2>")
    assert html.index(">Hulp en begeleiding</h2>") < html.index(">Minder risico</h2>")
    assert '<a class="utrecht-link" href="/instrumentenboek/werkgeverscheque/">' in html
    assert "<summary>Voorwaarden</summary>" in html
    assert "<strong>ongeveer € 6.500</strong>" in html  # 4.500 + 2.000; LKV twee not added
    assert "LKV twee: niet samen met LKV een." in html
    assert "De bedragen zijn een indicatie." in html


def test_results_page_has_accountmanager_print_link_and_mail_form_beside_it(
    client,
    advice_catalogue,
):
    html = client.get("/instrumentenboek/wijzer/", ANSWERS).content.decode()
    aside = html[html.index('<aside class="portal-advice-layout__aside"') :]
    assert 'href="tel:140488"' in aside
    assert 'href="mailto:werkgevers@testdorp.example.nl"' in aside
    assert (
        'href="/instrumentenboek/wijzer/advies/?doelgroepregister=nee&amp;uitkering=bijstand'
        in aside
    )
    assert ">Print dit advies</a>" in aside
    assert (
        'method="post" action="/instrumentenboek/wijzer/advies/mailen/?doelgroepregister' in aside
    )
    assert 'type="email" name="email"' in aside and 'autocomplete="email"' in aside


def test_printable_advice_is_grouped_with_the_total_worked_out(client, advice_catalogue):
    html = client.get("/instrumentenboek/wijzer/advies/", ANSWERS).content.decode()
    assert '<details class="portal-details" open>' in html
    assert "<strong>ongeveer € 6.500</strong>" in html
    assert html.index(">Geld</h2>") < html.index(">Minder risico</h2>")
    assert "Werkgeverscheque: € 4.500 (eenmalig)" in html
