import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core import mail

from portal.accounts.models import Invitation, Membership, Organisation
from tests.vacatures.factories import OrganisationFactory, make_employer

PASSWORD = "Sterk-wachtwoord-2026"


def verified_user(email):
    user = get_user_model().objects.create_user(email=email, password="x" * 12)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def signup(client, email="nieuw@bedrijf.example.nl", capture=None):
    with capture(execute=True):
        return client.post(
            "/account/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
        )


def test_signup_sends_a_verification_mail_through_celery_and_login_waits_for_it(
    client, db, django_capture_on_commit_callbacks
):
    response = signup(client, capture=django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["nieuw@bedrijf.example.nl"]
    link = re.search(r"https?://[^\s]+/account/confirm-email/[^\s]+/", mail.outbox[0].body)
    assert link
    client.logout()
    refused = client.post(
        "/account/login/", {"login": "nieuw@bedrijf.example.nl", "password": PASSWORD}
    )
    assert "/account/confirm-email/" in refused["Location"]  # not verified: not logged in
    path = link.group(0).split("://", 1)[1].split("/", 1)[1]
    confirm = client.post("/" + path)
    assert confirm.status_code == 302
    assert EmailAddress.objects.get(email="nieuw@bedrijf.example.nl").verified
    client.logout()
    ok = client.post("/account/login/", {"login": "nieuw@bedrijf.example.nl", "password": PASSWORD})
    assert ok.status_code == 302
    assert client.get("/werkgevers/omgeving/")["Location"] == "/werkgevers/omgeving/organisatie/"


def test_signup_errors_are_dutch_and_keep_the_email(client, db):
    response = client.post(
        "/account/signup/",
        {"email": "nieuw@bedrijf.example.nl", "password1": "kort", "password2": "anders"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="nieuw@bedrijf.example.nl"' in html
    assert 'aria-invalid="true"' in html
    assert not get_user_model().objects.exists()


def _totp_code(secret):
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_mfa_setup_and_login_with_a_totp_code(client, db):
    user = make_employer(email="mfa@bedrijf.example.nl")
    client.post(
        "/account/login/", {"login": "mfa@bedrijf.example.nl", "password": "wachtwoord-123"}
    )
    page = client.get("/account/2fa/totp/activate/")
    if page.status_code == 302:  # allauth asks for the password again before MFA changes
        assert page["Location"].startswith("/account/reauthenticate/")
        client.post(page["Location"], {"password": "wachtwoord-123"})
        page = client.get("/account/2fa/totp/activate/")
    secret = page.context["form"].secret
    response = client.post("/account/2fa/totp/activate/", {"code": _totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type="totp").exists()
    client.logout()
    first = client.post(
        "/account/login/", {"login": "mfa@bedrijf.example.nl", "password": "wachtwoord-123"}
    )
    assert first["Location"].startswith("/account/2fa/authenticate/")
    from django.core.cache import cache

    cache.clear()  # allauth refuses a code twice in one period (replay protection)
    second = client.post(first["Location"], {"code": _totp_code(secret)})
    assert second.status_code == 302
    assert client.get("/werkgevers/omgeving/").status_code == 200


def test_staff_must_set_up_mfa_before_using_the_admin(client, db, settings):
    settings.REQUIRE_STAFF_MFA = True
    staff = get_user_model().objects.create_superuser(
        email="am@gemeente.example.nl", password="x" * 12
    )
    client.force_login(staff)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"] == "/account/2fa/totp/activate/"
    Authenticator.objects.create(user=staff, type="totp", data={"secret": "x"})
    # Having TOTP is not enough: this session must have used it (test_login_security.py).
    assert client.get("/admin/")["Location"].startswith("/account/2fa/reauthenticate/")


def test_employer_creates_the_organisation_with_a_valid_kvk_number(client, db):
    user = verified_user("a@b.nl")
    client.force_login(user)
    bad = client.post(
        "/werkgevers/omgeving/organisatie/",
        {
            "name": "Bakkerij",
            "kvk_number": "1234",
            "city": "Elst",
            "size": "1-9",
            "contact_email": "info@bakkerij.example.nl",
        },
    )
    assert "Een KvK-nummer heeft precies 8 cijfers" in bad.content.decode()
    assert 'value="Bakkerij"' in bad.content.decode()
    good = client.post(
        "/werkgevers/omgeving/organisatie/",
        {
            "name": "Bakkerij",
            "kvk_number": "1234 5678",
            "city": "Elst",
            "size": "1-9",
            "contact_email": "info@bakkerij.example.nl",
        },
    )
    assert good["Location"] == "/werkgevers/omgeving/"
    organisation = Organisation.objects.get()
    assert organisation.kvk_number == "12345678"
    assert Membership.objects.get(user=user).role == "beheerder"


def test_kvk_number_is_unique(client, db):
    OrganisationFactory(kvk_number="12345678")
    user = verified_user("a@b.nl")
    client.force_login(user)
    response = client.post(
        "/werkgevers/omgeving/organisatie/",
        {
            "name": "Kopie",
            "kvk_number": "12345678",
            "city": "Elst",
            "size": "1-9",
            "contact_email": "x@y.nl",
        },
    )
    assert "Dit KvK-nummer is al aangemeld" in response.content.decode()


def organisation_data(**overrides):
    data = {
        "name": "Bakkerij",
        "kvk_number": "12345678",
        "city": "Elst",
        "size": "1-9",
        "contact_email": "info@bakkerij.example.nl",
    }
    data.update(overrides)
    return data


@pytest.mark.parametrize("kvk_number", ["１２３４５６７８", "٩٠٠٠٠٠٠١"])
def test_kvk_number_with_non_ascii_digits_is_refused_at_the_field(client, db, kvk_number):
    OrganisationFactory(kvk_number="90000001")  # the Arabic-Indic one must not slip past this
    user = verified_user("a@b.nl")
    client.force_login(user)
    response = client.post(
        "/werkgevers/omgeving/organisatie/", organisation_data(kvk_number=kvk_number)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["kvk_number"] == [
        "Een KvK-nummer heeft precies 8 cijfers, zoals 12345678."
    ]
    assert Organisation.objects.count() == 1


def test_organisation_phone_is_validated_and_stored_in_one_format(client, db):
    user = verified_user("a@b.nl")
    client.force_login(user)
    bad = client.post("/werkgevers/omgeving/organisatie/", organisation_data(contact_phone="abc"))
    assert bad.context["form"].errors["contact_phone"] == [
        "Vul een geldig telefoonnummer in, zoals 06 12345678."
    ]
    assert 'value="abc"' in bad.content.decode()
    good = client.post(
        "/werkgevers/omgeving/organisatie/", organisation_data(contact_phone="+31 6 12345678")
    )
    assert good.status_code == 302
    assert Organisation.objects.get().contact_phone == "06 12345678"


def test_beheerder_invites_a_colleague_who_joins_as_medewerker(
    client, db, django_capture_on_commit_callbacks
):
    boss = make_employer()
    client.force_login(boss)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/werkgevers/omgeving/uitnodigen/",
            {"email": "collega@bedrijf.example.nl", "role": "medewerker"},
        )
    invitation = Invitation.objects.get()
    assert mail.outbox[0].to == ["collega@bedrijf.example.nl"]
    assert str(invitation.token) in mail.outbox[0].body
    colleague = verified_user("collega@bedrijf.example.nl")
    client.force_login(colleague)
    client.post(f"/werkgevers/omgeving/uitnodiging/{invitation.token}/")
    membership = Membership.objects.get(user=colleague)
    assert membership.organisation == boss.membership.organisation
    assert membership.role == "medewerker"
    assert client.get("/werkgevers/omgeving/uitnodigen/").status_code == 404  # not beheerder


def test_an_invitation_only_works_for_the_invited_address(client, db):
    boss = make_employer()
    invitation = Invitation.objects.create(
        organisation=boss.membership.organisation, email="juist@bedrijf.example.nl"
    )
    stranger = verified_user("ander@elders.example.nl")
    client.force_login(stranger)
    assert client.get(f"/werkgevers/omgeving/uitnodiging/{invitation.token}/").status_code == 404
    assert client.post(f"/werkgevers/omgeving/uitnodiging/{invitation.token}/").status_code == 404
    assert not Membership.objects.filter(user=stranger).exists()
