"""The public 'Plek voorstellen' form: proposed organisations, double submits, rate limit."""

import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from participatiekaart.models import Interest, Organisation, Place
from portal.core.models import SiteSettings
from tests.participatiekaart.factories import (
    GOOR,
    KernFactory,
    OrganisationFactory,
    PlaceFactory,
    proposal_data,
)

PROPOSE = "/kaart/voorstellen/"
THANKS = "/kaart/voorstellen/bedankt/"


@pytest.fixture
def site(kaart, pdok):
    cache.clear()
    settings = SiteSettings.objects.get()
    settings.participatiekaart_email = "kaart@gemeente.example.nl"
    settings.save()
    yield kaart
    cache.clear()


@pytest.fixture
def bibliotheek(site):
    """A checked organisation with a live place, as staff entered it."""
    organisation = OrganisationFactory(name="Bibliotheek Goor", email="info@bieb-goor.example")
    PlaceFactory(
        title="Taalcafé", slug="taalcafe-goor", kern=KernFactory(**GOOR), organisation=organisation
    )
    return organisation


def proposal(**overrides):
    defaults = {"organisation_name": "Bibliotheek Goor", "organisation_email": "iemand@example.com"}
    defaults.update(title="Leesclub", place_type="taal", postcode="7471ab")
    return proposal_data(GOOR, **{**defaults, **overrides})


def post_proposal(client, capture, **overrides):
    with capture(execute=True):
        return client.post(PROPOSE, proposal(**overrides))


# --- 1. A proposal never takes over an existing organisation ----------------------------------


def test_proposal_with_the_name_of_a_checked_organisation_gets_its_own_proposed_organisation(
    client, bibliotheek, django_capture_on_commit_callbacks
):
    response = post_proposal(client, django_capture_on_commit_callbacks)
    assert response["Location"] == THANKS
    place = Place.objects.get(title="Leesclub")
    assert place.organisation != bibliotheek
    assert place.organisation.name == "Bibliotheek Goor"
    assert place.organisation.is_proposed and place.organisation.proposed_at
    assert place.organisation.email == "iemand@example.com"
    bibliotheek.refresh_from_db()
    assert bibliotheek.email == "info@bieb-goor.example" and not bibliotheek.is_proposed
    assert list(bibliotheek.places.values_list("title", flat=True)) == ["Taalcafé"]


def test_proposal_mail_tells_staff_that_a_checked_organisation_has_the_same_name(
    client, bibliotheek, django_capture_on_commit_callbacks
):
    post_proposal(client, django_capture_on_commit_callbacks, organisation_name="bibliotheek goor")
    message = mail.outbox[-1]
    assert message.to == ["kaart@gemeente.example.nl"]
    assert "al een gecontroleerde organisatie met dezelfde naam" in message.body
    assert f"/admin/snippets/participatiekaart/organisation/edit/{bibliotheek.pk}/" in message.body
    assert "info@bieb-goor.example" in message.body


def test_proposal_mail_says_when_no_organisation_has_that_name(
    client, site, django_capture_on_commit_callbacks
):
    post_proposal(client, django_capture_on_commit_callbacks, organisation_name="Repair Café")
    body = mail.outbox[-1].body
    assert "nog geen gecontroleerde organisatie met deze naam" in body
    assert "al een gecontroleerde organisatie" not in body


def test_checked_organisation_names_are_unique_but_proposals_may_repeat_them(db):
    OrganisationFactory(name="Buurthuis")
    OrganisationFactory(name="Buurthuis", is_proposed=True)
    OrganisationFactory(name="Buurthuis", is_proposed=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationFactory(name="Buurthuis")


def test_staff_cannot_check_a_proposed_organisation_whose_name_is_taken(db):
    OrganisationFactory(name="Buurthuis")
    proposed = OrganisationFactory(name="Buurthuis", is_proposed=True)
    proposed.is_proposed = False
    with pytest.raises(ValidationError, match="Verplaats de plekken"):
        proposed.full_clean()


def test_place_of_an_unchecked_organisation_sends_residents_data_to_staff_not_to_it(
    client, site, django_capture_on_commit_callbacks
):
    post_proposal(client, django_capture_on_commit_callbacks)
    place = Place.objects.get(title="Leesclub")
    place.latest_revision.publish()  # staff publish the place, but never checked the organisation
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/kaart/{place.slug}/",
            {
                "token": str(uuid.uuid4()),
                "name": "Aisha",
                "email": "aisha@example.nl",
                "phone": "",
                "message": "",
                "consent": "on",
                "website": "",
            },
        )
    assert response.status_code == 302 and Interest.objects.count() == 1
    recipients = [message.to for message in mail.outbox]
    assert ["iemand@example.com"] not in recipients
    assert recipients == [["kaart@gemeente.example.nl"], ["aisha@example.nl"]]
    assert "nog niet door de gemeente is gecontroleerd" in mail.outbox[0].body


def test_checked_organisation_gets_the_residents_mail_again(
    client, site, django_capture_on_commit_callbacks
):
    post_proposal(client, django_capture_on_commit_callbacks, organisation_name="Leesclub Goor")
    place = Place.objects.get(title="Leesclub")
    place.latest_revision.publish()
    Organisation.objects.filter(pk=place.organisation_id).update(is_proposed=False)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/kaart/{place.slug}/",
            {"token": str(uuid.uuid4()), "name": "Aisha", "phone": "0612345678", "consent": "on"},
        )
    assert [message.to for message in mail.outbox] == [["iemand@example.com"]]


@pytest.fixture
def staff(client, db):
    client.force_login(
        get_user_model().objects.create_superuser(email="kaart@example.nl", password="x" * 12)
    )
    return client


def test_staff_see_and_filter_proposed_organisations(
    staff, bibliotheek, django_capture_on_commit_callbacks
):
    post_proposal(staff, django_capture_on_commit_callbacks, organisation_name="Nieuw Buurthuis")
    listing = staff.get("/admin/snippets/participatiekaart/organisation/", {"is_proposed": "true"})
    html = listing.content.decode()
    assert "Nieuw Buurthuis" in html and "Bibliotheek Goor" not in html
    places = staff.get("/admin/snippets/participatiekaart/place/", {"upkeep": "ongecontroleerd"})
    assert "Leesclub" in places.content.decode()
    assert "Taalcafé" not in places.content.decode()
    dashboard = staff.get("/admin/").content.decode()
    assert "1 voorgestelde organisatie is nog niet gecontroleerd" in dashboard


# --- 2. Double submits, rate limit and the slug race ----------------------------------------


def test_double_submitted_proposal_saves_and_mails_once(
    client, site, django_capture_on_commit_callbacks
):
    data = proposal()
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(PROPOSE, data)
        second = client.post(PROPOSE, data)
    assert first["Location"] == second["Location"] == THANKS
    place = Place.objects.get()
    assert str(place.proposal_token) == data["token"] and place.proposed_at
    assert Organisation.objects.count() == 1
    assert len(mail.outbox) == 1


def test_proposals_are_limited_to_five_an_hour_per_client(client, site):
    for n in range(5):
        assert client.post(PROPOSE, proposal(title=f"Plek {n}")).status_code == 302
    response = client.post(PROPOSE, proposal(title="Zesde plek"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "al veel voorstellen verstuurd" in html and 'value="Zesde plek"' in html
    assert Place.objects.count() == 5


def test_proposal_from_a_bot_creates_nothing(client, site):
    response = client.post(PROPOSE, proposal(website="https://spam.example"))
    assert response["Location"] == THANKS
    assert not Place.objects.exists() and not Organisation.objects.exists()


def test_proposal_without_a_form_token_is_not_saved(client, site):
    response = client.post(PROPOSE, proposal(token=""))
    assert "Het formulier is verlopen" in response.content.decode()
    assert not Place.objects.exists()


def test_same_proposal_arriving_twice_at_once_is_a_double_submit_not_an_error(
    client, site, monkeypatch, django_capture_on_commit_callbacks
):
    """Both requests pass the token check before either saved: the second one then hits the
    unique slug and the unique token. It must end on the thank-you page, not in a 500."""
    from participatiekaart import services

    data = proposal()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(PROPOSE, data)
        monkeypatch.setattr(services, "is_duplicate_proposal", lambda token: False)
        response = client.post(PROPOSE, data)
    assert response["Location"] == THANKS
    assert Place.objects.count() == 1 and Organisation.objects.count() == 1
    assert len(mail.outbox) == 1


def test_slug_taken_between_check_and_save_gets_the_next_suffix(db, monkeypatch):
    """Simulates a concurrent request that saves the same slug right after our check."""
    kern = KernFactory(**GOOR)
    check = Place._slug_taken
    raced = []

    def racing_check(place, slug):
        taken = check(place, slug)
        if not raced:
            raced.append(PlaceFactory(title="Ander verzoek", slug=slug, kern=kern))
        return taken

    monkeypatch.setattr(Place, "_slug_taken", racing_check)
    place = PlaceFactory(title="Leesclub", slug="", kern=kern)
    assert raced[0].slug == "leesclub-goor"
    assert place.slug == "leesclub-goor-2"
    assert Place.objects.filter(slug__startswith="leesclub-goor").count() == 2


def test_other_integrity_errors_are_not_hidden_by_the_slug_retry(db):
    token = uuid.uuid4()
    first = PlaceFactory(title="Eerste", proposal_token=token)
    second = Place(
        title="Tweede",
        organisation=first.organisation,
        kern=first.kern,
        place_type="taal",
        description="Nieuw.",
        street="Markt 1",
        postcode="7471 AB",
        proposal_token=token,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()
    assert second.slug == "" and not Place.objects.filter(title="Tweede").exists()


def test_resident_is_told_that_the_municipality_passes_on_the_sign_up(
    client, site, django_capture_on_commit_callbacks
):
    post_proposal(client, django_capture_on_commit_callbacks)
    place = Place.objects.get(title="Leesclub")
    place.latest_revision.publish()
    detail = client.get(f"/kaart/{place.slug}/").content.decode()
    assert "Wij sturen uw gegevens naar de gemeente." in detail
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/kaart/{place.slug}/",
            {"token": str(uuid.uuid4()), "name": "Aisha", "email": "a@example.nl", "consent": "on"},
            follow=True,
        )
    assert "De gemeente krijgt uw aanmelding" in response.content.decode()
    assert "De gemeente heeft uw gegevens gekregen" in mail.outbox[-1].body
