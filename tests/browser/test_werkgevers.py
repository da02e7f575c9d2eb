"""Axe on every account and employer page, and the employer-to-visitor journey."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from instrumentenboek import demo as instrumenten_demo
from portal.core import demo as core_demo
from tests.browser.conftest import assert_no_axe_violations, assert_readable
from tests.vacatures.factories import VacancyFactory, make_employer
from vacatures import demo as vacatures_demo
from vacatures.models import Status, Vacancy

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Sterk-wachtwoord-2026"


@pytest.fixture
def demo_site(transactional_db):
    from django.core.cache import cache

    cache.clear()
    core_demo.load()
    instrumenten_demo.load()
    vacatures_demo.load()


def login(page, base, email, password):
    page.goto(base + "/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.locator("form.portal-form button[type=submit]").first.click()
    page.wait_for_load_state()


def test_account_pages_have_no_axe_violations(live_server, page, demo_site):
    for path in [
        "/account/login/",
        "/account/signup/",
        "/account/password/reset/",
        "/account/confirm-email/",
    ]:
        page.goto(live_server.url + path)
        assert_no_axe_violations(page, path)
    page.goto(live_server.url + "/account/signup/")
    page.locator("form.portal-form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert_no_axe_violations(page, "signup with errors")


def test_employer_pages_have_no_axe_violations(live_server, page, demo_site):
    employer = make_employer(password=PASSWORD)
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation, title="Kok", status=Status.PUBLISHED
    )
    login(page, live_server.url, employer.email, PASSWORD)
    for path in [
        "/werkgevers/omgeving/",
        "/werkgevers/omgeving/vacatures/nieuw/",
        f"/werkgevers/omgeving/vacatures/{vacancy.pk}/",
        f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/",
        "/werkgevers/omgeving/uitnodigen/",
        "/account/email/",
        "/account/password/change/",
        "/account/2fa/",
        "/inwoners/vacatures/",
        f"/inwoners/vacatures/{vacancy.pk}/{vacancy.slug}/",
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert_no_axe_violations(page, path)
        assert_readable(page, "main a, main button")
    page.goto(live_server.url + "/werkgevers/omgeving/vacatures/nieuw/")
    page.get_by_role("button", name="Versturen naar de accountmanager").click()
    page.wait_for_selector(".portal-error-summary")
    assert_no_axe_violations(page, "vacancy form with errors")

    # The two-factor pages: allauth asks for the password again first.
    page.goto(live_server.url + "/account/2fa/totp/activate/")
    if "/account/reauthenticate/" in page.url:
        assert_no_axe_violations(page, "reauthenticate")
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        page.locator("form.portal-form button[type=submit]").first.click()
        page.wait_for_url("**/account/2fa/totp/activate/")
    assert_no_axe_violations(page, "activate TOTP")
    page.goto(live_server.url + "/account/logout/")
    assert_no_axe_violations(page, "logout")


def test_new_employer_to_published_vacancy_to_visitor(live_server, page, browser, demo_site):
    base = live_server.url
    # 1. Sign up and verify the e-mail address.
    page.goto(base + "/account/signup/")
    page.get_by_label("E-mail").fill("nieuw@bakkerij.example.nl")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("form.portal-form button[type=submit]").first.click()
    page.wait_for_load_state()
    link = re.search(r"https?://[^\s]+/account/confirm-email/[^\s]+/", mail.outbox[-1].body)
    page.goto(base + "/" + link.group(0).split("://", 1)[1].split("/", 1)[1])
    page.locator("form.portal-form button[type=submit]").first.click()
    page.wait_for_url("**/werkgevers/omgeving/organisatie/")

    # 2. Create the organisation.
    page.get_by_label("Naam").fill("Bakkerij Brood")
    page.get_by_label("KvK-nummer").fill("87654321")
    page.get_by_label("Vestigingsplaats").fill("Elst")
    page.get_by_label("Grootte").select_option("1-9")
    page.get_by_label("Algemeen e-mailadres").fill("info@bakkerij.example.nl")
    page.get_by_role("button", name="Organisatie aanmaken").click()
    page.wait_for_url("**/werkgevers/omgeving/")

    # 3. Submit a werkervaringsplaats with three jobcarving tasks.
    page.get_by_role("link", name="Nieuwe vacature").click()
    page.get_by_label("Functie of titel").fill("Hulp in de bakkerij")
    page.get_by_label("Soort").select_option("werkervaringsplaats")
    page.get_by_label("Omschrijving").fill("Meehelpen in de bakkerij, in een klein team.")
    page.get_by_label("Uren per week").fill("20")
    page.get_by_label("Postcode").fill("6661 AB")
    page.get_by_label("Plaats", exact=True).fill("Elst")
    page.get_by_label("Taken (één per regel)").fill(
        "Deeg afwegen\nOvens schoonmaken\nBrood inpakken"
    )
    page.get_by_label("Contactpersoon", exact=True).fill("Bram")
    page.get_by_role("button", name="Versturen naar de accountmanager").click()
    page.wait_for_url(re.compile(r".*/werkgevers/omgeving/vacatures/\d+/$"))
    assert "Ingediend" in page.locator("main").inner_text()
    assert "binnen 5 werkdagen" in page.locator("main").inner_text()
    vacancy = Vacancy.objects.get(title="Hulp in de bakkerij")
    assert vacancy.tasks.count() == 3 and vacancy.status == Status.SUBMITTED

    # 4. A staff user publishes it in the admin.
    from allauth.account.models import EmailAddress

    staff_user = get_user_model().objects.create_superuser(
        email="am@gemeente.example.nl", password=PASSWORD
    )
    EmailAddress.objects.create(
        user=staff_user, email=staff_user.email, verified=True, primary=True
    )
    staff_context = browser.new_context()
    staff = staff_context.new_page()
    login(staff, base, "am@gemeente.example.nl", PASSWORD)
    staff.goto(base + "/admin/vacatures/?status=ingediend")
    staff.get_by_role("row", name=re.compile("Hulp in de bakkerij")).get_by_role(
        "link", name="Status wijzigen"
    ).click()
    staff.get_by_label("Gepubliceerd").check()
    staff.get_by_label("Bericht aan de werkgever").fill("Mooie plek, succes!")
    staff.get_by_role("button", name="Status wijzigen").click()
    staff.wait_for_url("**/admin/vacatures/")
    staff_context.close()
    vacancy.refresh_from_db()
    assert vacancy.status == Status.PUBLISHED

    # 5. A visitor finds it in the public list.
    visitor_context = browser.new_context()
    visitor = visitor_context.new_page()
    visitor.goto(base + "/inwoners/vacatures/?soort=werkervaringsplaats")
    visitor.get_by_role("link", name="Hulp in de bakkerij").click()
    assert visitor.locator("h1").inner_text() == "Hulp in de bakkerij"
    assert "Ovens schoonmaken" in visitor.locator("main").inner_text()
    visitor_context.close()
