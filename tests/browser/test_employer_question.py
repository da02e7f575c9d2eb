"""'Stel uw vraag aan de accountmanager': an employer asks without an account, staff pick the
question up in the admin (behind the login code), note their reply and mark it handled."""

import pytest
from django.core import mail

from portal.core import demo as core_demo
from portal.core.models import SiteSettings
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_login_journeys import PASSWORD, staff_user
from tests.portal.accounts.test_accounts import _totp_code
from tests.portal.accounts.test_login_security import add_totp
from vacatures import demo as vacatures_demo
from vacatures.models import EmployerQuestion, QuestionStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_site(transactional_db, settings):
    from django.core.cache import cache

    cache.clear()
    settings.REQUIRE_STAFF_MFA = True
    core_demo.load()
    vacatures_demo.load()
    site_settings = SiteSettings.objects.get()
    site_settings.accountmanager_email = "am@gemeente.example.nl"
    site_settings.save()


def submit(page):
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def test_an_employer_asks_a_question_and_staff_mark_it_handled(live_server, page, demo_site):
    base = live_server.url
    # 1. An employer (no account) finds the form under the Werkgevers page.
    page.goto(base + "/werkgevers/")
    page.get_by_role("link", name="Stel uw vraag aan de accountmanager").first.click()
    page.wait_for_url("**/werkgevers/vraag/")
    assert_no_axe_violations(page, "question form")

    # 2. Sending it half filled in: messages at the fields, the typed text kept.
    page.get_by_label("Uw naam").fill("Ties")
    page.get_by_label("Uw e-mailadres").fill("ties@")
    submit(page)
    assert page.title().startswith("Fout:")
    assert page.locator(".portal-error-summary").is_visible()
    assert page.get_by_label("Uw naam").input_value() == "Ties"
    assert page.get_by_text("Vul een e-mailadres in zoals naam@bedrijf.nl.").count() >= 1
    assert_no_axe_violations(page, "question form with errors")
    assert not EmployerQuestion.objects.exists()

    # 3. Filled in well: the thank-you page, a question in the inbox, two mails.
    page.get_by_label("Naam van uw bedrijf of organisatie").fill("Kwekerij Peper & Kruid")
    page.get_by_label("Uw e-mailadres").fill("ties@peperkruid.example.nl")
    page.get_by_label("Uw telefoonnummer").fill("06 12345678")
    page.get_by_label("In welke gemeente zit uw bedrijf?").select_option(label="Lansingerland")
    page.get_by_label("Subsidie of regeling").check()
    page.get_by_label("Uw vraag").fill("Welke regeling past bij iemand uit de bijstand?")
    submit(page)
    page.wait_for_url("**/werkgevers/vraag/bedankt/")
    assert page.get_by_role("heading", level=1, name="Bedankt voor uw vraag").is_visible()
    assert_no_axe_violations(page, "thank-you page")
    question = EmployerQuestion.objects.get()
    assert question.routed_to_email == "am@gemeente.example.nl"
    assert sorted(m.to[0] for m in mail.outbox) == [
        "am@gemeente.example.nl",
        "ties@peperkruid.example.nl",
    ]

    # 4. Staff log in with their code and open the inbox.
    secret = add_totp(staff_user())
    page.goto(base + "/admin/werkgever-vragen/")
    page.get_by_label("E-mail").fill("am@gemeente.example.nl")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    submit(page)
    page.locator("input[name=code]").fill(_totp_code(secret))
    submit(page)
    page.goto(base + "/admin/werkgever-vragen/?status=nieuw")
    assert page.get_by_text("Kwekerij Peper & Kruid").count() >= 1
    page.get_by_role("link", name="Behandelen").first.click()
    page.wait_for_url(f"**/admin/werkgever-vragen/behandelen/{question.pk}/")

    # 5. Pick it up, note the reply, mark it handled.
    page.get_by_role("button", name="Oppakken").click()
    page.wait_for_load_state()
    page.get_by_label("Notitie").fill("Gebeld over loonkostensubsidie; folder gemaild.")
    page.get_by_label("Gemaild").check()
    page.get_by_role("button", name="Notitie bewaren").click()
    page.wait_for_load_state()
    assert page.get_by_text("Gebeld over loonkostensubsidie; folder gemaild.").is_visible()
    page.get_by_role("button", name="Afgehandeld").click()
    page.wait_for_load_state()
    assert page.get_by_role("button", name="Afgehandeld").count() == 0
    question.refresh_from_db()
    assert question.status == QuestionStatus.HANDLED
    assert question.notes.get().emailed
