"""Content-Security-Policy: one page of every type, as visitor, employer and staff, with no
violation (every other browser test checks the same through tests/browser/conftest.py)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from instrumentenboek import demo as instrumenten_demo
from instrumentenboek.models import InstrumentPage
from participatiekaart import demo as kaart_demo
from portal.core import demo as core_demo
from portal.core.models import ContentPage
from storytelling import demo as story_demo
from tests.browser.conftest import CSP_VIOLATIONS, dump_json
from tests.vacatures.factories import VacancyFactory, make_employer
from vacatures import demo as vacatures_demo
from vacatures.models import Status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Sterk-wachtwoord-2026"
XSS = "</script><img src=x onerror=alert(1)>"

PUBLIC_PAGES = [
    "/",
    "/werkgevers/",
    "/zoeken/?q=werk",
    "/bestaat-niet/",
    "/werkgevers/instrumentenboek/",
    "/werkgevers/instrumentenboek/loonkostensubsidie/",
    "/werkgevers/instrumentenboek/wijzer/",
    "/werkgevers/instrumentenboek/wijzer/?leeftijd=57&uitkering=bijstand&doelgroepregister=nee"
    "&loonwaarde=niet_nodig&begeleiding=nee&contract=contract&contract_maanden=12&uren_per_week=32",
    "/werkgevers/instrumentenboek/boek/",
    "/werkgevers/verhalen/",
    "/werkgevers/verhalen/job/",
    "/werkgevers/verhalen/marja-catering/",
    "/werkgevers/verhalen/boek/",
    "/inwoners/participatiekaart/",
    "/inwoners/participatiekaart/taalcafe-elst/",
    "/inwoners/participatiekaart/voorstellen/",
    "/inwoners/participatiekaart/taalcafe-elst/klopt-niet/",
    "/inwoners/vacatures/",
    "/account/login/",
    "/account/signup/",
]


@pytest.fixture
def demo_site(transactional_db):
    from django.core.cache import cache

    cache.clear()
    core_demo.load()
    instrumenten_demo.load()
    story_demo.load()
    kaart_demo.load()
    vacatures_demo.load()


def offline(context):
    """No map tiles from the internet (the CSP check comes before the request anyway)."""
    context.route(re.compile(r"https?://(?!localhost|127\.0\.0\.1).*"), lambda r: r.abort())
    return context


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert response.status in (200, 404), url
    assert "content-security-policy" in response.headers, url
    return response


def login(page, base, email):
    page.goto(base + "/account/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.locator("form.portal-form button[type=submit]").first.click()
    page.wait_for_load_state()


def test_the_harness_sees_a_violation(live_server, page):
    page.route(
        "**/csp-zelftest",
        lambda route: route.fulfill(
            body="<!DOCTYPE html><title>t</title><script>document.title = 'x'</script>",
            headers={"Content-Type": "text/html", "Content-Security-Policy": "script-src 'self'"},
        ),
    )
    page.goto(live_server.url + "/csp-zelftest")
    page.wait_for_timeout(200)
    assert CSP_VIOLATIONS and page.title() == "t"
    CSP_VIOLATIONS.clear()


def test_every_page_type_keeps_to_the_policy(live_server, browser, demo_site):
    base = live_server.url
    vacancy = VacancyFactory(title=f"Kok {XSS}", description=XSS, status=Status.PUBLISHED)

    visitor = offline(browser.new_context()).new_page()
    for path in [*PUBLIC_PAGES, f"/inwoners/vacatures/{vacancy.pk}/{vacancy.slug}/"]:
        response = visit(visitor, base + path)
        policy = response.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]*)", policy)[1]
        assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src, path
    visitor.goto(base + "/inwoners/participatiekaart/")
    visitor.wait_for_selector(".leaflet-container")
    visitor.get_by_role("button", name=re.compile("kaart", re.I)).first.click()
    visitor.wait_for_timeout(300)
    visitor.context.close()

    employer = make_employer(password=PASSWORD)
    werkgever = browser.new_context().new_page()
    login(werkgever, base, employer.email)
    for path in ["/werkgevers/omgeving/", "/werkgevers/omgeving/vacatures/nieuw/"]:
        visit(werkgever, base + path)
    werkgever.context.close()

    staff_user = get_user_model().objects.create_superuser(
        email="beheer@gemeente.example.nl", password=PASSWORD
    )
    EmailAddress.objects.create(
        user=staff_user, email=staff_user.email, verified=True, primary=True
    )
    content_page = ContentPage.objects.get(slug="werkgevers")
    instrument = InstrumentPage.objects.get(slug="loonkostensubsidie")  # has InlinePanels
    staff = offline(browser.new_context()).new_page()
    login(staff, base, staff_user.email)
    for path in [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{content_page.pk}/edit/",
        f"/admin/pages/{content_page.pk}/view_draft/",
        f"/admin/pages/{instrument.pk}/edit/",
        "/admin/vacatures/",
        f"/admin/vacatures/edit/{vacancy.pk}/",
        "/admin/snippets/participatiekaart/place/",
        "/admin/images/",
        "/werkgevers/",  # a public page with Wagtail's user bar
    ]:
        visit(staff, base + path)
    staff.context.close()

    assert not CSP_VIOLATIONS, dump_json(CSP_VIOLATIONS)
