"""Journeys of the security issue in a real browser: staff reach the admin only through the
one login page and a code; an employer with a registered KvK-nummer needs the beheerder."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.core import demo as core_demo
from tests.browser.conftest import assert_no_axe_violations
from tests.portal.accounts.test_accounts import _totp_code
from tests.portal.accounts.test_login_security import add_totp
from tests.vacatures.factories import OrganisationFactory, make_employer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Sterk-wachtwoord-2026"


@pytest.fixture
def site(transactional_db, settings):
    from django.core.cache import cache

    cache.clear()
    settings.REQUIRE_STAFF_MFA = True
    core_demo.load()


def submit(page):
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def staff_user(email="am@gemeente.example.nl"):
    user = get_user_model().objects.create_superuser(email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def test_staff_reach_the_admin_through_the_login_page_and_a_code(live_server, page, site):
    secret = add_totp(staff_user())
    page.goto(live_server.url + "/admin/")
    assert "/account/login/" in page.url  # Wagtail's own form is never shown
    page.get_by_label("E-mail").fill("am@gemeente.example.nl")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    submit(page)
    assert "/account/2fa/authenticate/" in page.url
    assert_no_axe_violations(page, "code page")
    page.locator("input[name=code]").fill(_totp_code(secret))
    submit(page)
    assert re.search(r"/admin/$", page.url)
    assert page.get_by_role("heading", level=1).count() >= 1

    # The old side doors are closed.
    assert page.goto(live_server.url + "/django-admin/").status == 404
    old_login = page.request.get(live_server.url + "/admin/login/", max_redirects=0)
    assert old_login.status == 302 and old_login.headers["location"] == "/account/login/"


def test_staff_without_a_code_must_set_one_up_first(live_server, page, site):
    staff_user()
    page.goto(live_server.url + "/account/login/?next=/admin/")
    page.get_by_label("E-mail").fill("am@gemeente.example.nl")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    submit(page)
    page.goto(live_server.url + "/admin/pages/")
    assert "/account/2fa/totp/activate/" in page.url or "/account/reauthenticate/" in page.url
    assert "/admin/pages/" not in page.url


def test_a_registered_kvk_number_needs_the_beheerders_approval(live_server, browser, page, site):
    organisation = OrganisationFactory(name="Bakkerij De Korenaar", kvk_number="12345678")
    beheerder = make_employer(
        organisation=organisation, email="baas@korenaar.example.nl", password=PASSWORD
    )
    newcomer = get_user_model().objects.create_user(
        email="nieuw@korenaar.example.nl", password=PASSWORD
    )
    EmailAddress.objects.create(user=newcomer, email=newcomer.email, verified=True, primary=True)

    # The newcomer tries to register the same company and asks for access instead.
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mail").fill(newcomer.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    submit(page)
    page.goto(live_server.url + "/werkgevers/omgeving/organisatie/")
    page.get_by_label("Naam").fill("Korenaar")
    page.get_by_label("KvK-nummer").fill("12345678")
    page.get_by_label("Vestigingsplaats").fill("Elst")
    page.get_by_label("Grootte").select_option("1-9")
    page.get_by_label("Algemeen e-mailadres").fill("info@korenaar.example.nl")
    page.get_by_role("button", name="Organisatie aanmaken").click()
    page.wait_for_load_state()
    assert_no_axe_violations(page, "registered KvK-nummer")
    page.get_by_role("button", name="Toegang vragen").click()
    page.wait_for_load_state()
    assert "beheerder van die organisatie beslist" in page.locator("main").inner_text()
    assert (
        "/werkgevers/omgeving/organisatie/"
        in page.goto(live_server.url + "/werkgevers/omgeving/").url
    )

    # The beheerder approves in the werkgeversomgeving.
    context = browser.new_context(locale="nl-NL")
    boss = context.new_page()
    boss.goto(live_server.url + "/account/login/")
    boss.get_by_label("E-mail").fill(beheerder.email)
    boss.get_by_label("Wachtwoord").fill(PASSWORD)
    submit(boss)
    boss.goto(live_server.url + "/werkgevers/omgeving/")
    assert newcomer.email in boss.locator("main").inner_text()
    assert_no_axe_violations(boss, "dashboard with an access request")
    approve = boss.get_by_role("button", name=re.compile(r"^Goedkeuren"))
    assert newcomer.email in approve.inner_text()  # the hidden part names whom it approves
    approve.click()
    boss.wait_for_load_state()
    context.close()

    page.goto(live_server.url + "/werkgevers/omgeving/")
    assert page.locator("h1").inner_text() == "Bakkerij De Korenaar"


def test_saving_an_unchanged_vacancy_changes_nothing(live_server, page, site):
    import datetime

    from tests.vacatures.factories import VacancyFactory
    from vacatures.models import Status

    employer = make_employer(password=PASSWORD)
    closing = datetime.date.today() + datetime.timedelta(days=60)
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation,
        title="Medewerker magazijn",
        status=Status.PUBLISHED,
        closing_date=closing,
        start_date=closing - datetime.timedelta(days=30),
        contact_phone="06 12345678",
    )
    vacancy.tasks.create(text="Dozen inpakken", sort_order=0)
    vacancy.tasks.create(text="Pallets stapelen", sort_order=1)
    page.goto(live_server.url + "/account/login/")
    page.get_by_label("E-mail").fill(employer.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    submit(page)
    page.goto(live_server.url + f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/")
    assert page.get_by_label("Sluitingsdatum").input_value() == closing.isoformat()
    page.get_by_role("button", name="Wijzigingen bewaren").click()
    page.wait_for_url(re.compile(rf".*/werkgevers/omgeving/vacatures/{vacancy.pk}/$"))
    vacancy.refresh_from_db()
    assert vacancy.closing_date == closing
    assert vacancy.start_date == closing - datetime.timedelta(days=30)
    assert vacancy.status == Status.PUBLISHED
    assert [t.text for t in vacancy.tasks.all()] == ["Dozen inpakken", "Pallets stapelen"]
