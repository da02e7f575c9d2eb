"""The page cache in a real browser: what staff publish is visible to visitors at once, and a
logged-in employer never gets a page from the cache."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.core import demo as core_demo
from portal.core.models import ContentPage
from portal.core.page_cache import HEADER
from tests.vacatures.factories import make_employer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Sterk-wachtwoord-2026"


@pytest.fixture
def site(transactional_db):
    core_demo.load()


def visit(browser, url):
    """A fresh visitor (no cookies): the response of ``url`` and its text."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    response = page.goto(url)
    text = page.locator("h1").inner_text()
    context.close()
    return response, text


def log_in(page, base, email, password):
    page.goto(base + "/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def test_a_title_published_in_the_admin_is_what_the_next_visitor_sees(
    live_server, browser, page, site
):
    url = live_server.url + "/werkgevers/"
    visit(browser, url)
    response, title = visit(browser, url)
    assert response.headers[HEADER.lower()] == "hit"
    assert title == "Werkgevers"

    staff = get_user_model().objects.create_superuser(
        email="am@gemeente.example.nl", password=PASSWORD
    )
    EmailAddress.objects.create(user=staff, email=staff.email, verified=True, primary=True)
    log_in(page, live_server.url, staff.email, PASSWORD)
    werkgevers = ContentPage.objects.get(slug="werkgevers")
    page.goto(f"{live_server.url}/admin/pages/{werkgevers.pk}/edit/")
    page.locator("#id_title").fill("Werkgevers en de gemeente")
    page.locator("button[name=action-publish]").evaluate("button => button.click()")
    page.wait_for_url(f"**/admin/pages/{werkgevers.get_parent().pk}/**")

    response, title = visit(browser, url)
    assert response.headers[HEADER.lower()] == "miss"
    assert title == "Werkgevers en de gemeente"


def test_a_logged_in_employer_never_gets_a_cached_page(live_server, browser, page, site):
    url = live_server.url + "/werkgevers/"
    visit(browser, url)
    assert visit(browser, url)[0].headers[HEADER.lower()] == "hit"

    employer = make_employer(password=PASSWORD)
    log_in(page, live_server.url, employer.email, PASSWORD)
    response = page.goto(url)
    assert HEADER.lower() not in response.headers
    assert "private" in response.headers["cache-control"]
