from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from participatiekaart import demo as kaart_demo
from participatiekaart.models import Kern, Organisation, Place, PostcodeArea
from portal.core import demo as core_demo
from tests.form_values import rendered_form_data
from tests.participatiekaart.factories import ELST, KernFactory, OrganisationFactory


@pytest.fixture
def demo(db):
    core_demo.load()
    kaart_demo.load()


def test_demo_has_40_example_places_in_every_seed_kern(demo):
    places = Place.objects.public()
    assert places.count() >= 40
    assert all(p.is_example for p in places)
    kernen = set(places.values_list("kern__name", flat=True))
    assert {
        "Elst",
        "Zetten",
        "Heteren",
        "Driel",
        "Oosterhout",
        "Berkel en Rodenrijs",
        "Bergschenhoek",
        "Bleiswijk",
        "Goor",
        "Delden",
        "Markelo",
        "Diepenheim",
        "Nijkerk",
        "Hoevelaken",
    } <= kernen
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert {
        "welzijn",
        "bibliotheek",
        "vrijwilligerspunt",
        "kringloop",
        "fietsenstalling",
        "buurthuis",
        "sport",
        "sw-bedrijf",
        "zorgboerderij",
    } <= kinds
    assert not places.filter(latitude__isnull=True).exists()
    assert Kern.objects.count() == 14
    # the sample postcode areas: the fallback when PDOK is down
    assert set(PostcodeArea.objects.values_list("pc4", flat=True)) >= {"6661", "7471", "3861"}


def test_demo_loader_is_idempotent(demo):
    count = Place.objects.count()
    assert kaart_demo.load() == []
    assert Place.objects.count() == count
    assert PostcodeArea.objects.count() == 14


@pytest.fixture
def staff(client, db):
    client.force_login(
        get_user_model().objects.create_superuser(email="kaart@example.nl", password="x" * 12)
    )
    return client


def test_staff_moderate_a_proposal_in_the_admin(staff, kaart):
    place = Place.objects.create(
        title="Voorgestelde plek",
        organisation=OrganisationFactory(),
        place_type="taal",
        description="Nieuw.",
        street="Markt 1",
        postcode="6661 AB",
        kern=KernFactory(**ELST),
        proposed_by="org@example.nl",
        live=False,
        latitude=Decimal("51.9"),
        longitude=Decimal("5.8"),
    )
    place.save_revision()
    listing = staff.get("/admin/snippets/participatiekaart/place/", {"upkeep": "voorstel"})
    assert "Voorgestelde plek" in listing.content.decode()
    edit_url = f"/admin/snippets/participatiekaart/place/edit/{place.pk}/"
    assert staff.get(edit_url).status_code == 200
    dashboard = staff.get("/admin/").content.decode()
    assert "1 voorstel van een organisatie wacht op beoordeling" in dashboard
    place.latest_revision.publish(user=get_user_model().objects.get())
    place.refresh_from_db()
    assert place.live
    history = staff.get(f"/admin/snippets/participatiekaart/place/history/{place.pk}/")
    assert history.status_code == 200


def test_admin_lists_reports_and_counts(staff, kaart):
    for url in (
        "/admin/snippets/participatiekaart/placereport/",
        "/admin/snippets/participatiekaart/matchcount/",
        "/admin/snippets/participatiekaart/organisation/",
        "/admin/snippets/participatiekaart/kern/",
    ):
        assert staff.get(url).status_code == 200, url


def test_organisation_phone_typed_in_the_admin_is_validated_and_normalised(staff):
    organisation = OrganisationFactory()
    edit_url = f"/admin/snippets/participatiekaart/organisation/edit/{organisation.pk}/"
    data = rendered_form_data(staff.get(edit_url).content.decode(), containing="phone")
    refused = staff.post(edit_url, {**data, "phone": "abc"})
    assert refused.status_code == 200
    assert refused.context["form"].errors["phone"] == [
        "Vul een geldig telefoonnummer in, zoals 06 12345678."
    ]
    staff.post(edit_url, {**data, "phone": "+31 547 123456"})
    organisation.refresh_from_db()
    assert organisation.phone == "0547 123 456"
