import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from instrumentenboek import demo as instrumenten_demo
from instrumentenboek.demo_data import INSTRUMENTS
from instrumentenboek.models import InstrumentIndexPage, InstrumentPage
from portal.core import demo as core_demo
from tests.form_values import rendered_form_data
from tests.instrumentenboek.factories import ContactFactory

REQUIRED = [
    "werving-en-bemiddeling",
    "indienstnemingssubsidie",
    "werkervaringsplaats",
    "proefplaatsing",
    "loonwaardemeting",
    "loonkostensubsidie",
    "loonkostensubsidie-forfaitair",
    "scholing",
    "lkv-banenafspraak",
    "lage-inkomensvoordeel",
    "premiekorting",
    "no-risk-polis",
    "jobcoaching-extern",
    "jobcoaching-intern",
    "jobcoach-gemeente",
    "harrie-training",
    "werkgeverscheque",
    "werkplekaanpassing",
    "detachering-sw-bedrijf",
    "plaatsingssubsidie",
    "jobcarving-bedrijfsadvies",
    "beschut-werk",
    "uitstroompremie",
]


@pytest.fixture
def demo(db):
    core_demo.load()
    instrumenten_demo.load()


def test_demo_book_covers_every_instrument_the_seeds_name(demo):
    slugs = set(InstrumentPage.objects.live().values_list("slug", flat=True))
    assert len(slugs) >= 20
    assert set(REQUIRED) <= slugs


def test_demo_marks_abolished_instruments_as_expired_with_2026_law(demo):
    today = datetime.date(2026, 11, 24)
    page = {p.slug: p for p in InstrumentPage.objects.all()}
    assert page["lage-inkomensvoordeel"].expired_since == datetime.date(2025, 1, 1)
    assert page["premiekorting"].replaced_by.slug == "lkv-arbeidsgehandicapte-werknemer"
    # Only the transitional cases (hired before 2024) are still paid for 2026.
    assert page["lkv-oudere-werknemer"].expired_since == datetime.date(2027, 1, 1)
    assert all(page[s].is_expired(today) for s in ("lage-inkomensvoordeel", "premiekorting"))
    assert page["lkv-banenafspraak"].amount_display() == "€ 1,01 per uur, maximaal € 2.000 per jaar"
    assert page["lkv-arbeidsgehandicapte-werknemer"].amount_display() == (
        "€ 3,05 per uur, maximaal € 6.000 per jaar, 36 maanden"
    )


def test_demo_loader_is_idempotent(demo):
    before = (
        InstrumentPage.objects.count(),
        InstrumentPage.objects.filter(rules__isnull=False).count(),
    )
    assert instrumenten_demo.load() == []
    assert before == (
        InstrumentPage.objects.count(),
        InstrumentPage.objects.filter(rules__isnull=False).count(),
    )


def test_every_demo_instrument_has_summary_steps_and_a_source():
    for data in INSTRUMENTS:
        assert len(data["summary"]) <= 220, data["slug"]
        assert data["source"], data["slug"]


@pytest.fixture
def staff_client(client, demo):
    user = get_user_model().objects.create_superuser(
        email="redacteur@example.nl", password="x" * 12
    )
    client.force_login(user)
    return client


def test_staff_adds_an_instrument_with_a_wizard_rule_without_a_deploy(staff_client):
    index = InstrumentIndexPage.objects.get()
    data = nested_form_data(
        {
            "title": "Regionale startersbonus",
            "slug": "startersbonus",
            "summary": "Een bonus voor werkgevers die een jongere een eerste baan geven.",
            "soort": "financieel",
            "aanbieder": "gemeente",
            "wizard_order": "100",  # the admin form shows the default
            "amount_min": "1000",
            "amount_unit": "eenmalig",
            "conditions": streamfield([("condition", "De jongere is jonger dan 27 jaar.")]),
            "application_steps": streamfield([]),
            "body": streamfield([]),
            "rules": inline_formset(
                [
                    {
                        "outcome": "past",
                        "min_age": "",
                        "max_age": "26",
                        "min_contract_months": "6",
                        "min_hours_per_week": "",
                        "estimate_amount": "1000",
                        "estimate_once": "on",
                        "reason": "",
                        "note": "",
                    }
                ]
            ),
            "related_links": inline_formset([]),
            "facts": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = staff_client.post(
        f"/admin/pages/add/instrumentenboek/instrumentpage/{index.pk}/", data
    )
    assert response.status_code == 302, response.context["form"].errors
    page = InstrumentPage.objects.get(slug="startersbonus")
    assert page.live and page.rules.get().max_age == 26

    wizard = staff_client.get(
        page.get_parent().url + "wijzer/",
        {
            "doelgroepregister": "nee",
            "uitkering": "geen",
            "loonwaarde": "niet_nodig",
            "contract": "contract",
            "leeftijd": "22",
            "contract_maanden": "12",
            "uren_per_week": "24",
            "begeleiding": "nee",
        },
    )
    fits = {r.instrument.title: r for r in wizard.context["results"].fits}
    assert str(fits["Regionale startersbonus"].outcome.estimate) == "€ 1.000 eenmalig"


def test_admin_flags_instruments_with_unchecked_or_due_facts(staff_client):
    from instrumentenboek.tasks import flag_instruments_to_check

    assert flag_instruments_to_check() > 0
    listing = staff_client.get("/admin/instrumenten/", {"controle": "nodig"}).content.decode()
    assert "HARRIE-training" in listing and "Controle nodig" in listing
    assert "Proefplaatsing via UWV" not in listing  # every fact checked in a source
    dashboard = staff_client.get("/admin/").content.decode()
    assert "Regelingen om te controleren" in dashboard
    assert "HARRIE-training" in dashboard


def test_admin_listing_filters_on_soort(staff_client):
    listing = staff_client.get("/admin/instrumenten/", {"soort": "risico"}).content.decode()
    assert "No-risk polis" in listing and "Werkgeverscheque" not in listing


def test_contact_phone_typed_in_the_admin_is_validated_and_normalised(client, db):
    client.force_login(
        get_user_model().objects.create_superuser(email="boek@example.nl", password="x" * 12)
    )
    contact = ContactFactory(phone="")
    edit_url = f"/admin/snippets/instrumentenboek/contact/edit/{contact.pk}/"
    data = rendered_form_data(client.get(edit_url).content.decode(), containing="phone")
    refused = client.post(edit_url, {**data, "phone": "abc"})
    assert refused.context["form"].errors["phone"] == [
        "Vul een geldig telefoonnummer in, zoals 06 12345678."
    ]
    client.post(edit_url, {**data, "phone": "140547"})
    contact.refresh_from_db()
    assert contact.phone == "14 0547"
