"""Verified e-mail before any claim; a known KvK-nummer needs the beheerder's approval;
account data has a retention period (security issue, items 3 and 5; retention)."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from portal.accounts import services
from portal.accounts.models import Invitation, JoinRequest, Membership, Organisation
from tests.vacatures.factories import OrganisationFactory, make_employer

ORG = {
    "name": "Bakkerij De Korenaar",
    "kvk_number": "12345678",
    "city": "Elst",
    "size": "1-9",
    "contact_email": "info@korenaar.example.nl",
}


def new_user(email="nieuw@bedrijf.example.nl", verified=True):
    user = get_user_model().objects.create_user(email=email, password="x" * 12)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def test_an_unverified_address_cannot_claim_an_organisation(client, db):
    client.force_login(new_user(verified=False))
    page = client.get("/werkgevers/omgeving/organisatie/")
    assert page.status_code == 302 and page["Location"] == "/account/email/"
    client.post("/werkgevers/omgeving/organisatie/", ORG)
    assert not Organisation.objects.exists()
    assert client.get("/werkgevers/omgeving/")["Location"] == "/account/email/"


def test_a_registered_kvk_number_gives_no_access_but_offers_a_request(client, db, on_commit):
    existing = OrganisationFactory(kvk_number="12345678")
    beheerder = make_employer(organisation=existing, email="baas@korenaar.example.nl")
    user = new_user()
    client.force_login(user)
    page = client.post("/werkgevers/omgeving/organisatie/", ORG)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Toegang vragen" in html
    assert not Membership.objects.filter(user=user).exists()
    with on_commit():
        client.post("/werkgevers/omgeving/toegang/", {"kvk": "1234 5678"})
        client.post("/werkgevers/omgeving/toegang/", {"kvk": "12345678"})  # double submit
    request = JoinRequest.objects.get()
    assert request.user == user and request.organisation == existing and request.is_open
    assert [m.to for m in mail.outbox] == [[beheerder.email]]
    assert "nieuw@bedrijf.example.nl" in mail.outbox[0].body
    assert client.get("/werkgevers/omgeving/")["Location"] == "/werkgevers/omgeving/organisatie/"


def test_the_beheerder_approves_and_the_requester_becomes_medewerker(client, db, on_commit):
    existing = OrganisationFactory()
    beheerder = make_employer(organisation=existing)
    user = new_user()
    request = services.request_access(existing, user, "http://testserver/werkgevers/omgeving/")
    client.force_login(beheerder)
    assert user.email in client.get("/werkgevers/omgeving/").content.decode()
    with on_commit():
        client.post(f"/werkgevers/omgeving/toegang/{request.pk}/", {"besluit": "goedkeuren"})
    assert Membership.objects.get(user=user).organisation == existing
    assert Membership.objects.get(user=user).role == "medewerker"
    assert mail.outbox[-1].to == [user.email] and "goedgekeurd" in mail.outbox[-1].body


def test_another_organisations_beheerder_cannot_decide(client, db):
    existing = OrganisationFactory()
    make_employer(organisation=existing)
    stranger = make_employer()
    request = services.request_access(existing, new_user(), "http://testserver/")
    client.force_login(stranger)
    response = client.post(f"/werkgevers/omgeving/toegang/{request.pk}/", {"besluit": "goedkeuren"})
    assert response.status_code == 404
    assert not Membership.objects.filter(user=request.user).exists()


def test_a_medewerker_cannot_decide(client, db):
    existing = OrganisationFactory()
    make_employer(organisation=existing)
    colleague = make_employer(
        organisation=existing, email="collega@x.example.nl", role="medewerker"
    )
    request = services.request_access(existing, new_user(), "http://testserver/")
    client.force_login(colleague)
    response = client.post(f"/werkgevers/omgeving/toegang/{request.pk}/", {"besluit": "goedkeuren"})
    assert response.status_code == 404


def test_staff_can_decline_a_request_in_the_admin(client, db, on_commit):
    staff = get_user_model().objects.create_superuser(email="am@gemeente.example.nl", password="x")
    request = services.request_access(OrganisationFactory(), new_user(), "http://testserver/")
    client.force_login(staff)
    assert client.get("/admin/toegangsaanvragen/").status_code == 200
    assert client.get(f"/admin/toegangsaanvragen/beslissen/{request.pk}/").status_code == 200
    with on_commit():
        client.post(f"/admin/toegangsaanvragen/beslissen/{request.pk}/", {"besluit": "afwijzen"})
    request.refresh_from_db()
    assert request.status == "afgewezen"
    assert not Membership.objects.filter(user=request.user).exists()
    assert "afgewezen" in mail.outbox[-1].body


def test_a_decided_request_cannot_be_decided_again(db):
    request = services.request_access(OrganisationFactory(), new_user(), "http://testserver/")
    assert services.decide_join_request(request, False, None)
    assert not services.decide_join_request(request, True, None)
    assert not Membership.objects.exists()


def test_account_data_is_deleted_after_its_retention_period(db):
    now = timezone.now()
    old = now - datetime.timedelta(days=8)
    stale = new_user("oud@x.example.nl", verified=False)
    fresh = new_user("vers@x.example.nl", verified=False)
    kept = new_user("bevestigd@x.example.nl", verified=True)
    get_user_model().objects.filter(pk__in=[stale.pk, kept.pk]).update(date_joined=old)
    organisation = OrganisationFactory()
    expired = Invitation.objects.create(organisation=organisation, email="a@x.example.nl")
    recent = Invitation.objects.create(organisation=organisation, email="b@x.example.nl")
    Invitation.objects.filter(pk=expired.pk).update(created_at=now - datetime.timedelta(days=45))
    request = services.request_access(organisation, kept, "http://testserver/")
    JoinRequest.objects.filter(pk=request.pk).update(created_at=now - datetime.timedelta(days=31))

    counts = services.delete_expired_account_data(now)

    assert counts == {"users": 1, "invitations": 1, "join_requests": 1}
    assert set(get_user_model().objects.values_list("email", flat=True)) == {
        fresh.email,
        kept.email,
    }
    assert list(Invitation.objects.all()) == [recent]
    assert not JoinRequest.objects.exists()
