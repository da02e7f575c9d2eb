"""The whole-page cache for anonymous visitors (portal/core/page_cache.py)."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client

from participatiekaart.models import ParticipatiekaartPage, Place
from portal.core.csp import PortalCSPMiddleware
from portal.core.page_cache import HEADER, PageCacheMiddleware
from tests.form_values import rendered_form_data
from tests.participatiekaart.factories import KernFactory, OrganisationFactory, PlaceFactory
from tests.portal.core.cache_backends import broken_caches
from tests.portal.core.factories import add_content_page, publish

NONCE = re.compile(r'nonce="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def kaart(home_page):
    return publish(home_page.add_child(instance=ParticipatiekaartPage(title="Kaart", slug="kaart")))


def nonces(response):
    body = set(NONCE.findall(response.content.decode()))
    header = re.findall(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    return body, set(header)


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    home_page, django_assert_num_queries
):
    add_content_page(home_page, title="Over ons", slug="over-ons")
    first = Client().get("/over-ons/")
    assert first[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = Client().get("/over-ons/")
    assert second[HEADER] == "hit"
    assert second.status_code == 200
    assert "Over ons" in second.content.decode()


def test_every_hit_gets_its_own_csp_nonce_in_header_and_body(db, rf):
    def view(request):  # a page with an inline script, as a template using the nonce renders
        return HttpResponse(f'<script nonce="{request.csp_nonce}">go()</script>')

    chain = PortalCSPMiddleware(PageCacheMiddleware(view))
    first = chain(rf.get("/met-script/"))
    second = chain(rf.get("/met-script/"))
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    first_body, first_header = nonces(first)
    second_body, second_header = nonces(second)
    assert first_body and first_body == first_header
    assert second_body and second_body == second_header
    assert first_body.isdisjoint(second_body)
    assert b"__PAGE_CACHE_CSP_NONCE__" not in second.content


def test_a_published_change_is_visible_to_the_next_anonymous_visitor(home_page):
    page = add_content_page(home_page, title="Oude titel", slug="nieuws")
    assert "Oude titel" in Client().get("/nieuws/").content.decode()
    page.title = "Nieuwe titel"
    page.save_revision().publish()
    response = Client().get("/nieuws/")
    assert response[HEADER] == "miss"
    assert "Nieuwe titel" in response.content.decode()


def test_a_new_page_in_the_menu_appears_on_pages_cached_before(home_page):
    add_content_page(home_page, title="Over ons", slug="over-ons")
    Client().get("/over-ons/")
    new = add_content_page(home_page, title="Werkgevers nieuw", slug="werkgevers-nieuw")
    new.show_in_menus = True
    new.save_revision().publish()
    assert 'href="/werkgevers-nieuw/"' in Client().get("/over-ons/").content.decode()


def test_an_unpublished_page_is_gone_at_once(home_page):
    page = add_content_page(home_page, title="Tijdelijk", slug="tijdelijk")
    assert Client().get("/tijdelijk/").status_code == 200
    page.unpublish()
    assert Client().get("/tijdelijk/").status_code == 404


def test_a_changed_place_purges_the_kaart(kaart):
    place = PlaceFactory(
        title="Taalcafé Elst",
        slug="taalcafe-elst",
        kern=KernFactory(),
        organisation=OrganisationFactory(),
    )
    assert "Taalcafé Elst" in Client().get("/kaart/").content.decode()
    Place.objects.filter(pk=place.pk).get().delete()
    assert "Taalcafé Elst" not in Client().get("/kaart/").content.decode()


CSRF_VALUE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_TOKEN = re.compile(r'type="hidden" name="token" value="([0-9a-f-]{36})"')


def test_a_form_page_is_cached_but_every_visitor_gets_their_own_tokens(kaart):
    PlaceFactory(
        title="Taalcafé Elst",
        slug="taalcafe-elst",
        kern=KernFactory(),
        organisation=OrganisationFactory(),
    )
    first = Client().get("/kaart/taalcafe-elst/")
    second = Client().get("/kaart/taalcafe-elst/")
    assert (first[HEADER], second[HEADER]) == ("miss", "hit")
    for pattern in (CSRF_VALUE, FORM_TOKEN):
        assert pattern.search(first.content.decode()).group(1) != pattern.search(
            second.content.decode()
        ).group(1)
    assert b"__PAGE_CACHE_" not in second.content
    assert settings.CSRF_COOKIE_NAME in second.cookies  # a new visitor gets a CSRF cookie
    assert "private" in second["Cache-Control"]  # never kept by a shared proxy


def test_a_visitor_served_from_the_cache_can_send_the_form(kaart, on_commit):
    place = PlaceFactory(
        title="Taalcafé Elst",
        slug="taalcafe-elst",
        kern=KernFactory(),
        organisation=OrganisationFactory(email="bieb@example.nl"),
    )
    Client().get("/kaart/taalcafe-elst/")  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/kaart/taalcafe-elst/")
    assert page[HEADER] == "hit"
    data = rendered_form_data(page.content.decode(), containing="email")  # as a browser sends
    data.update(name="Aisha", email="aisha@example.nl", message="Ik kan op dinsdag.", consent="on")
    with on_commit():
        response = visitor.post("/kaart/taalcafe-elst/", data)
    assert response.status_code == 302
    assert place.interests.count() == 1


def test_a_returning_visitor_keeps_their_csrf_cookie_on_a_hit(kaart):
    PlaceFactory(slug="taalcafe-elst", kern=KernFactory(), organisation=OrganisationFactory())
    Client().get("/kaart/taalcafe-elst/")
    visitor = Client(enforce_csrf_checks=True)
    visitor.get("/kaart/")  # no form: no cookie yet
    visitor.get("/kaart/taalcafe-elst/")
    cookie = visitor.cookies[settings.CSRF_COOKIE_NAME].value
    again = visitor.get("/kaart/taalcafe-elst/")
    assert again[HEADER] == "hit"
    assert visitor.cookies[settings.CSRF_COOKIE_NAME].value == cookie  # their cookie stays valid


def test_a_logged_in_user_is_never_served_a_cached_page(home_page, django_user_model):
    add_content_page(home_page, title="Over ons", slug="over-ons")
    Client().get("/over-ons/")
    assert Client().get("/over-ons/")[HEADER] == "hit"
    user = django_user_model.objects.create_user("werkgever@example.nl", "werkgever@example.nl")
    client = Client()
    client.force_login(user)
    response = client.get("/over-ons/")
    assert HEADER not in response
    assert "private" in response["Cache-Control"]


def test_a_page_rendered_for_a_logged_in_user_is_not_stored_for_visitors(
    home_page, django_user_model
):
    add_content_page(home_page, title="Over ons", slug="over-ons")
    user = django_user_model.objects.create_user("werkgever@example.nl", "werkgever@example.nl")
    client = Client()
    client.force_login(user)
    client.get("/over-ons/")
    assert Client().get("/over-ons/")[HEADER] == "miss"


def test_admin_and_posts_bypass_the_cache(home_page):
    assert HEADER not in Client().get("/admin/")
    assert HEADER not in Client().post("/zoeken/", {"q": "werk"})


def test_pages_are_served_when_the_page_cache_is_down(home_page, settings):
    add_content_page(home_page, title="Over ons", slug="over-ons")
    settings.CACHES = broken_caches("page-cache:")
    for _ in range(2):
        response = Client().get("/over-ons/")
        assert response.status_code == 200
        assert "Over ons" in response.content.decode()
    home_page.save_revision().publish()  # purging with the cache down does not fail either


def test_switched_off_with_zero_seconds(home_page, settings):
    settings.PAGE_CACHE_SECONDS = 0
    add_content_page(home_page, title="Over ons", slug="over-ons")
    Client().get("/over-ons/")
    assert HEADER not in Client().get("/over-ons/")


def test_a_configured_proxy_may_keep_anonymous_pages_briefly(home_page, settings):
    settings.FRONTEND_CACHE_SECONDS = 60
    add_content_page(home_page, title="Over ons", slug="over-ons")
    Client().get("/over-ons/")
    control = Client().get("/over-ons/")["Cache-Control"]
    assert "public" in control and "s-maxage=60" in control


def test_a_release_forgets_every_cached_page(home_page):
    """Each release runs `migrate`: pages the old code rendered are not served by the new."""
    add_content_page(home_page, title="Over ons", slug="over-ons")
    Client().get("/over-ons/")
    assert Client().get("/over-ons/")[HEADER] == "hit"
    call_command("migrate", "core", verbosity=0)
    assert Client().get("/over-ons/")[HEADER] == "miss"
