"""One login path for everyone, MFA in every admin session, limits on logins, verified mail
before any claim (security issue, items 1–4 and 10)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from portal.core.models import OutboxMessage
from portal.core.ratelimit import client_ip
from tests.portal.accounts.test_accounts import _totp_code
from tests.portal.core.factories import add_content_page

PASSWORD = "Sterk-wachtwoord-2026"


@pytest.fixture
def mfa_on(settings):
    settings.REQUIRE_STAFF_MFA = True


def make_staff(**extra):
    from allauth.account.models import EmailAddress

    user = get_user_model().objects.create_user(
        email="am@gemeente.example.nl", password=PASSWORD, **extra
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def add_totp(user):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def test_wagtail_login_form_sends_everyone_to_the_one_login_page(client, db, mfa_on):
    make_staff(is_staff=True, is_superuser=True)
    page = client.get("/admin/login/?next=/admin/users/")
    assert page.status_code == 302
    assert page["Location"] == "/account/login/?next=%2Fadmin%2Fusers%2F"
    # Posting the password to Wagtail's old form logs nobody in.
    client.post("/admin/login/", {"username": "am@gemeente.example.nl", "password": PASSWORD})
    assert client.get("/admin/")["Location"].startswith("/account/login/")


def test_wagtails_login_form_for_private_pages_is_the_one_login_page_too(client, db, mfa_on):
    """Found in wave 2: /_util/login/ was a second password form, without MFA or rate limit."""
    make_staff(is_staff=True, is_superuser=True)
    page = client.get("/_util/login/?next=/besloten/")
    assert page["Location"] == "/account/login/?next=%2Fbesloten%2F"
    client.post("/_util/login/", {"username": "am@gemeente.example.nl", "password": PASSWORD})
    assert client.get("/admin/")["Location"].startswith("/account/login/")


def test_a_login_restricted_page_sends_visitors_to_the_one_login_page(client, home_page):
    private = add_content_page(home_page, title="Besloten", slug="besloten")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/besloten/")
    assert response["Location"] == "/account/login/?next=/besloten/"


def test_wagtail_login_redirect_drops_an_external_next(client, db):
    page = client.get("/admin/login/?next=https://evil.example.com/")
    assert page["Location"] == "/account/login/"


def test_the_django_admin_is_gone(client, db):
    assert client.get("/django-admin/").status_code == 404
    assert client.get("/django-admin/login/").status_code == 404


def test_admin_password_reset_goes_to_the_account_password_reset(client, db):
    assert client.get("/admin/password_reset/")["Location"] == "/account/password/reset/"


def test_a_password_only_session_cannot_reach_the_admin_even_with_totp_set_up(client, db, mfa_on):
    staff = make_staff(is_staff=True, is_superuser=True)
    add_totp(staff)
    client.post("/account/login/", {"login": staff.email, "password": PASSWORD})
    # Logged in with the password only (as the old bypass did): every admin URL asks the code.
    client.force_login(staff)
    for url in ("/admin/", "/admin/users/", "/admin/pages/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/account/2fa/reauthenticate/")


def test_after_entering_the_code_the_admin_opens(client, db, mfa_on):
    staff = make_staff(is_staff=True, is_superuser=True)
    secret = add_totp(staff)
    first = client.post("/account/login/", {"login": staff.email, "password": PASSWORD})
    assert first["Location"].startswith("/account/2fa/authenticate/")
    second = client.post(first["Location"], {"code": _totp_code(secret)})
    assert second.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_reauthenticating_with_the_code_returns_to_the_admin_page(client, db, mfa_on):
    staff = make_staff(is_staff=True, is_superuser=True)
    secret = add_totp(staff)
    client.force_login(staff)
    ask = client.get("/admin/users/")
    response = client.post(ask["Location"], {"code": _totp_code(secret)})
    assert response.status_code == 302 and response["Location"] == "/admin/users/"
    assert client.get("/admin/users/").status_code == 200


def test_group_members_with_admin_access_need_mfa_too(client, db, mfa_on):
    editor = make_staff()  # not is_staff, not superuser
    group = Group.objects.create(name="Redactie")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response["Location"] == "/account/2fa/totp/activate/"
    add_totp(editor)
    response = client.get("/admin/pages/")
    assert response["Location"].startswith("/account/2fa/reauthenticate/")


def test_employers_without_admin_access_are_not_sent_to_mfa(client, db, mfa_on):
    from tests.vacatures.factories import make_employer

    client.force_login(make_employer())
    assert client.get("/werkgevers/omgeving/").status_code == 200
    response = client.get("/admin/")
    assert "/2fa/" not in response.get("Location", "")


def test_repeated_wrong_passwords_lock_the_login(client, db):
    make_staff(is_staff=True)
    for _ in range(15):
        client.post("/account/login/", {"login": "am@gemeente.example.nl", "password": "fout"})
    response = client.post(
        "/account/login/", {"login": "am@gemeente.example.nl", "password": PASSWORD}
    )
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_rate_limits_key_on_the_client_behind_trusted_proxies(rf, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7", REMOTE_ADDR="10.0.0.2")
    assert client_ip(request) == "203.0.113.7"  # what our proxy saw; the spoofed part ignored
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.2"
    settings.TRUSTED_PROXY_COUNT = 2
    short = rf.get("/", HTTP_X_FORWARDED_FOR="203.0.113.7", REMOTE_ADDR="10.0.0.2")
    assert client_ip(short) == "10.0.0.2"  # fewer hops than proxies: do not trust the header


def test_signup_does_the_same_work_for_new_and_existing_addresses(
    client, db, monkeypatch, django_capture_on_commit_callbacks
):
    import django.contrib.auth.hashers as hashers

    calls = []
    real = hashers.make_password

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(hashers, "make_password", counting)
    monkeypatch.setattr("portal.accounts.adapter.make_password", counting)
    monkeypatch.setattr("django.contrib.auth.base_user.make_password", counting)

    def signup(email):
        calls.clear()
        before = OutboxMessage.objects.count()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/account/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
            )
        client.logout()
        cache.clear()
        return response, len(calls), OutboxMessage.objects.count() - before

    new = signup("nieuw@bedrijf.example.nl")
    existing = signup("nieuw@bedrijf.example.nl")
    assert new[0].status_code == existing[0].status_code == 302
    assert new[0]["Location"] == existing[0]["Location"]
    assert new[1] == existing[1] == 1  # one password hash on both paths
    assert new[2] == existing[2] == 1  # one mail queued on both paths


def test_an_overlong_signup_address_is_refused_at_the_field(client, db):
    email = "a" * 250 + "@example.nl"
    response = client.post(
        "/account/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 200
    assert "hoogstens 254 tekens" in response.content.decode()
    assert not get_user_model().objects.exists()
