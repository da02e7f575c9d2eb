"""Routing facts kept between requests and forgotten with the pages (portal/core/route_cache.py)."""

import pytest
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from portal.core import route_cache, routing
from tests.portal.core.cache_backends import broken_caches
from tests.portal.core.factories import add_content_page, publish


@pytest.fixture(autouse=True)
def route_cache_on(settings):
    settings.ROUTE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_SECONDS = 0  # every request renders: only routing is remembered


@pytest.fixture
def section(home_page):
    parent = add_content_page(home_page, title="Werkgevers", slug="werkgevers")
    child = add_content_page(parent, title="Over de regelingen", slug="regelingen")
    return parent, child


def _queries(path, client=None):
    with CaptureQueriesContext(connection) as queries:
        response = (client or Client()).get(path)
    assert response.status_code == 200, response.status_code
    return response, [query["sql"] for query in queries]


def test_a_repeated_url_routes_without_site_page_or_restriction_queries(section):
    _first, cold = _queries("/werkgevers/regelingen/")
    response, warm = _queries("/werkgevers/regelingen/")
    routing_tables = ("wagtailcore_site", "wagtailcore_page", "wagtailcore_pageviewrestriction")
    assert any(table in sql for sql in cold for table in routing_tables)
    assert not [sql for sql in warm if any(f'FROM "{table}"' in sql for table in routing_tables)]
    assert len(warm) <= len(cold) - 4
    html = response.content.decode()
    assert "Over de regelingen" in html
    assert 'href="/werkgevers/"' in html  # the breadcrumbs still know the parent


def test_a_published_change_shows_at_once(section):
    _parent, child = section
    Client().get("/werkgevers/regelingen/")
    child.title = "Alle regelingen op een rij"
    publish(child)
    html = Client().get("/werkgevers/regelingen/").content.decode()
    assert "Alle regelingen op een rij" in html
    assert "Over de regelingen" not in html


def test_an_unpublished_page_is_gone_at_once(section):
    _parent, child = section
    Client().get("/werkgevers/regelingen/")
    child.unpublish()
    assert Client().get("/werkgevers/regelingen/").status_code == 404


def test_a_new_view_restriction_applies_at_once(section):
    parent, _child = section
    Client().get("/werkgevers/regelingen/")
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    response = Client().get("/werkgevers/regelingen/")
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]


def test_a_restricted_page_is_checked_on_every_request(section, django_user_model):
    parent, _child = section
    PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):  # the second time from the route cache: still not public
        assert Client().get("/werkgevers/regelingen/").status_code == 302
    member = Client()
    member.force_login(django_user_model.objects.create_user(email="lid@example.nl"))
    assert member.get("/werkgevers/regelingen/").status_code == 200


def test_nothing_of_one_request_reaches_the_next(section):
    """Each request gets its own copy of the page, so an attribute set while serving is gone."""
    _parent, child = section
    request = RequestFactory().get("/werkgevers/regelingen/")
    home = child.get_site().root_page.specific
    first, _args, _kwargs = routing.route(home, request, ["werkgevers", "regelingen"])
    first.marked_by_a_request = True
    second, _args, _kwargs = routing.route(home, request, ["werkgevers", "regelingen"])
    assert second is not first
    assert not hasattr(second, "marked_by_a_request")


def test_with_the_cache_down_pages_are_routed_from_the_database(section, settings):
    settings.CACHES = broken_caches("route:", "page-cache:")
    for _ in range(2):
        response, queries = _queries("/werkgevers/regelingen/")
        assert "Over de regelingen" in response.content.decode()
        assert any("wagtailcore_page" in sql for sql in queries)


def test_switched_off_with_zero_seconds(section, settings):
    settings.ROUTE_CACHE_SECONDS = 0
    _queries("/werkgevers/regelingen/")
    _response, warm = _queries("/werkgevers/regelingen/")
    assert any('FROM "wagtailcore_site"' in sql for sql in warm)


def test_what_is_read_before_a_change_commits_is_forgotten_when_it_commits(
    section, django_capture_on_commit_callbacks
):
    """Found in review: the purge ran before the transaction committed, so a request served in
    between (it still read the old rows) could keep the old page under the new generation."""
    _parent, child = section
    path = ["werkgevers", "regelingen"]
    home = child.get_site().root_page.specific
    routing.route(home, RequestFactory().get("/werkgevers/regelingen/"), path)
    _length, old = route_cache.recall_longest(RequestFactory().get("/"), "path", [home.pk], path)
    assert old is not None
    with django_capture_on_commit_callbacks(execute=True):
        child.unpublish()  # purges at once...
        in_between = RequestFactory().get("/werkgevers/regelingen/")
        route_cache.remember(in_between, "path", old, home.pk, *path)  # ...a stale visitor
    assert Client().get("/werkgevers/regelingen/").status_code == 404  # purged again on commit


def test_made_up_urls_below_a_real_page_add_no_entries(section):
    from django.core.cache import cache

    Client().get("/werkgevers/regelingen/")
    before = len(cache._cache)  # the local-memory cache of the tests
    for n in range(5):
        assert Client().get(f"/werkgevers/bestaat-niet-{n}/").status_code == 404
    assert len(cache._cache) - before <= 1  # the Werkgevers page's own entry at most


def test_a_made_up_host_is_not_remembered(section, settings):
    from django.core.cache import cache

    settings.ALLOWED_HOSTS = ["testserver"]
    before = len(cache._cache)
    for n in range(3):
        Client().post("/werkgevers/regelingen/", HTTP_HOST=f"nep-{n}.example")
    assert len(cache._cache) == before
