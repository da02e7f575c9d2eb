import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from instrumentenboek.models.index import PAGE_SIZE
from tests.instrumentenboek.factories import DoelgroepFactory, add_index, add_instrument

BIJSTAND_ANSWERS = {
    "doelgroepregister": "nee",
    "uitkering": "bijstand",
    "loonwaarde": "niet_nodig",
    "contract": "contract",
    "leeftijd": "57",
    "contract_maanden": "12",
    "uren_per_week": "32",
    "begeleiding": "nee",
}
YESTERDAY = datetime.date.today() - datetime.timedelta(days=1)


@pytest.fixture
def index(home_page, on_commit):
    with on_commit():
        return add_index(home_page)


@pytest.fixture
def catalogue(index, on_commit):
    banen = DoelgroepFactory(slug="banenafspraak", name="Doelgroep banenafspraak")
    bijstand = DoelgroepFactory(slug="bijstand", name="Bijstand")
    with on_commit():
        lks = add_instrument(
            index,
            title="Loonkostensubsidie",
            slug="loonkostensubsidie",
            summary="U betaalt alleen voor wat iemand kan.",
            groups=[banen],
            soort="financieel",
            aanbieder="gemeente",
            rules=[{"doelgroepregister": ["ja"]}],
        )
        polis = add_instrument(
            index,
            title="No-risk polis",
            slug="no-risk-polis",
            summary="UWV betaalt bij ziekte.",
            groups=[banen],
            soort="risico",
            aanbieder="uwv",
            rules=[{"doelgroepregister": ["ja"]}],
        )
        cheque = add_instrument(
            index,
            title="Werkgeverscheque",
            slug="werkgeverscheque",
            summary="Vrij te besteden bedrag.",
            groups=[bijstand],
            soort="financieel",
            aanbieder="gemeente",
            amount_min=2250,
            amount_max=4500,
            amount_unit="eenmalig",
            rules=[
                {
                    "uitkeringen": ["bijstand"],
                    "min_contract_months": 12,
                    "min_hours_per_week": 32,
                    "estimate_amount": 4500,
                }
            ],
        )
        liv = add_instrument(
            index,
            title="Lage-inkomensvoordeel",
            slug="liv",
            summary="Afgeschaft.",
            soort="financieel",
            aanbieder="rijk",
            valid_until=datetime.date(2024, 12, 31),
            change_note="Afgeschaft per 1 januari 2025.",
            rules=[{}],
        )
    return {"lks": lks, "polis": polis, "cheque": cheque, "liv": liv}


def titles(response):
    return [i.title for i in response.context["instruments"]]


def test_index_lists_current_instruments_and_hides_expired_ones(client, catalogue):
    response = client.get("/instrumentenboek/")
    assert titles(response) == ["Loonkostensubsidie", "No-risk polis", "Werkgeverscheque"]
    assert "3 regelingen" in response.content.decode()


def test_a_big_book_is_split_into_pages_that_keep_the_filters(client, catalogue):
    index = catalogue["lks"].get_parent()
    for n in range(PAGE_SIZE + 1):
        add_instrument(index, title=f"Regeling {n:02}", soort="scholing")
    total = PAGE_SIZE + 4
    first = client.get("/instrumentenboek/")
    html = first.content.decode()
    assert f"{total} regelingen" in html  # the heading counts the whole book
    assert len(titles(first)) == PAGE_SIZE
    assert "Pagina 1 van 2" in html
    second = client.get("/instrumentenboek/", {"pagina": "2"})
    assert len(titles(second)) == total - PAGE_SIZE
    assert set(titles(first)).isdisjoint(titles(second))
    filtered = client.get("/instrumentenboek/", {"soort": "scholing"}).content.decode()
    assert "soort=scholing&amp;pagina=2" in filtered  # "Volgende" keeps the filter
    nonsense = client.get("/instrumentenboek/", {"pagina": "999999999999999999999"})
    assert titles(nonsense) == titles(second)  # an impossible page number shows the last page


def test_index_shows_expired_instruments_when_asked_and_marks_them(client, catalogue):
    response = client.get("/instrumentenboek/", {"vervallen": "on"})
    assert "Lage-inkomensvoordeel" in titles(response)
    assert "Vervallen per 1 januari 2025" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"voor_wie": "banenafspraak"}, ["Loonkostensubsidie", "No-risk polis"]),
        ({"soort": "risico"}, ["No-risk polis"]),
        ({"aanbieder": "gemeente"}, ["Loonkostensubsidie", "Werkgeverscheque"]),
        ({"voor_wie": "banenafspraak", "soort": "financieel"}, ["Loonkostensubsidie"]),
        ({"q": "ziekte"}, ["No-risk polis"]),
        ({"q": "besteden", "voor_wie": "banenafspraak"}, []),
    ],
)
def test_index_filters_are_get_parameters(client, catalogue, params, expected):
    assert titles(client.get("/instrumentenboek/", params)) == expected


def test_unknown_filter_value_says_so_next_to_the_field_and_keeps_other_filters(client, catalogue):
    response = client.get("/instrumentenboek/", {"voor_wie": "bestaat-niet", "soort": "risico"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Deze doelgroep bestaat niet (meer)" in html
    assert titles(response) == ["No-risk polis"]
    assert '<option value="risico" selected>' in html


def _count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize(
    "url",
    [
        "/instrumentenboek/",
        "/instrumentenboek/?voor_wie=banenafspraak&soort=financieel",
        "/instrumentenboek/boek/",
    ],
)
def test_query_count_is_flat_from_10_to_200_instruments(client, index, url):
    groups = [DoelgroepFactory(slug="banenafspraak"), DoelgroepFactory(slug="bijstand")]

    def grow_to(total):
        while len(index.get_children()) < total:
            n = len(index.get_children())
            add_instrument(
                index,
                title=f"Regeling {n:03d}",
                slug=f"regeling-{n}",
                groups=groups,
                rules=[{"uitkeringen": ["bijstand"]}],
            )

    grow_to(10)
    few, response = _count_queries(client, url)
    assert (
        len(response.context.get("instruments") or response.context["sections"][0].instruments)
        == 10
    )
    grow_to(200)
    many, _ = _count_queries(client, url)
    assert many == few


def test_wizard_query_count_is_flat(client, index):
    group = DoelgroepFactory(slug="bijstand")
    url = (
        "/instrumentenboek/wijzer/?doelgroepregister=nee&uitkering=bijstand&loonwaarde=niet_nodig"
        "&leeftijd=57&contract=contract&contract_maanden=12&uren_per_week=32&begeleiding=nee"
    )
    for n in range(10):
        add_instrument(
            index,
            title=f"A{n}",
            slug=f"a-{n}",
            groups=[group],
            rules=[{"uitkeringen": ["bijstand"]}],
        )
    few, _ = _count_queries(client, url)
    for n in range(60):
        add_instrument(
            index,
            title=f"B{n}",
            slug=f"b-{n}",
            groups=[group],
            rules=[{"uitkeringen": ["bijstand"]}, {"doelgroepregister": ["ja"]}],
        )
    many, response = _count_queries(client, url)
    assert len(response.context["results"].fits) == 70
    assert many == few


def test_detail_page_shows_the_fixed_fields_in_the_same_order(client, catalogue):
    html = client.get("/instrumentenboek/werkgeverscheque/").content.decode()
    headings = [
        "Voor wie",
        "Wat levert het op",
        "Voorwaarden",
        "Zo vraagt u het aan",
        "Aanbieder",
        "Vraag het de accountmanager",
        "Geldigheid",
    ]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert "€ 2.250 tot € 4.500 eenmalig" in html
    # No facts with a check date: no check date is claimed.
    assert "Niet alle feiten zijn gecontroleerd" in html and "Laatst gecontroleerd op" not in html


def test_expired_detail_page_says_vervallen_and_offers_no_application(client, catalogue):
    html = client.get("/instrumentenboek/liv/").content.decode()
    assert "Vervallen per 1 januari 2025." in html
    assert "U kunt deze regeling niet meer aanvragen." in html


def test_detail_contact_falls_back_to_the_accountmanager_from_site_settings(client, catalogue):
    from portal.core.models import SiteSettings

    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "werkgevers@testdorp.example.nl"
    settings.save()
    html = client.get("/instrumentenboek/no-risk-polis/").content.decode()
    assert "mailto:werkgevers@testdorp.example.nl" in html


def test_wizard_shows_fitting_instruments_with_reasons_and_estimate(client, catalogue):
    response = client.get("/instrumentenboek/wijzer/", BIJSTAND_ANSWERS)
    results = response.context["results"]
    assert [r.instrument.title for r in results.fits] == ["Werkgeverscheque"]
    assert [i.title for i in results.expired] == ["Lage-inkomensvoordeel"]
    html = response.content.decode()
    assert "€ 4.500 eenmalig" in html
    assert "Past, omdat u aangaf dat de kandidaat bijstand (Participatiewet) heeft" in html
    assert "Waarom 2 regelingen niet passen" in html  # the reasons, on request


def test_wizard_with_bad_input_keeps_answers_and_explains_each_field(client, catalogue):
    response = client.get(
        "/instrumentenboek/wijzer/",
        {
            "doelgroepregister": "ja",
            "leeftijd": "zeventig",
            "contract_maanden": "12",
            "uren_per_week": "99",
        },
    )
    html = response.content.decode()
    assert response.context["results"] is None
    assert "Vul een heel getal in, zonder letters." in html
    assert "Vul hoogstens 60 uur in." in html
    assert "Kies een uitkering, of &#x27;geen uitkering&#x27;." in html
    assert 'value="zeventig"' in html
    assert 'value="ja" checked' in html
    assert "Niet alles is goed ingevuld." in html


def test_wizard_without_answers_shows_only_the_questions(client, catalogue):
    response = client.get("/instrumentenboek/wijzer/")
    assert response.context["results"] is None
    assert "Niet alles is goed ingevuld." not in response.content.decode()


def test_book_groups_current_instruments_by_soort_and_flags_expired_ones(client, catalogue):
    response = client.get("/instrumentenboek/boek/")
    sections = response.context["sections"]
    assert [(s.label, [i.title for i in s.instruments]) for s in sections] == [
        ("Financieel voordeel", ["Loonkostensubsidie", "Werkgeverscheque"]),
        ("Risico-afdekking", ["No-risk polis"]),
    ]
    html = response.content.decode()
    assert 'href="#soort-financieel"' in html  # table of contents
    assert "Vervallen regelingen" in html and "Afgeschaft per 1 januari 2025." in html
    assert 'media="print"' in html


def test_instrument_clean_rejects_an_amount_without_unit_and_reversed_dates(index):
    from django.core.exceptions import ValidationError

    from instrumentenboek.models import InstrumentPage

    page = InstrumentPage(
        title="X",
        summary="x",
        soort="financieel",
        aanbieder="gemeente",
        amount_min=10,
        valid_from=datetime.date(2026, 1, 1),
        valid_until=datetime.date(2025, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) >= {"amount_unit", "valid_until"}


def test_needs_check_after_twelve_months_or_with_an_unchecked_fact(index):
    from instrumentenboek.models import InstrumentFact, InstrumentPage

    today = datetime.date(2026, 11, 24)

    def page(*checked):
        instrument = InstrumentPage(title="X", slug="x")
        instrument.facts = [
            InstrumentFact(label="F", kind="voorwaarde", checked_on=d) for d in checked
        ]
        return instrument

    assert page(datetime.date(2025, 11, 23)).needs_check(today)
    assert not page(datetime.date(2025, 11, 24)).needs_check(today)
    assert page(datetime.date(2026, 11, 1), None).needs_check(today)


def test_print_button_of_the_book_exists_only_for_javascript(client, index):
    html = client.get("/instrumentenboek/boek/").content.decode()
    template = re.search(r"<template data-print>(.*?)</template>", html, re.S)
    assert template and "Print dit boek" in template.group(1)
    outside = html.replace(template.group(0), "")
    assert "Print dit boek" not in outside
    assert "portal/js/print.js" in html
