"""The home page routes a URL in two queries, with Wagtail's outcome (portal.core.routing)."""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from portal.core import routing
from tests.instrumentenboek.factories import add_index, add_instrument
from tests.portal.core.factories import add_content_page


def _route(home, path):
    request = RequestFactory().get(path)
    return home.route(request, [part for part in path.split("/") if part])


def _wagtail_route(home, path):
    request = RequestFactory().get(path)
    return Page.route(home, request, [part for part in path.split("/") if part])


@pytest.fixture
def tree(home_page):
    a = add_content_page(home_page, title="A", slug="a")
    b = add_content_page(a, title="B", slug="b")
    c = add_content_page(b, title="C", slug="c")
    return home_page, a, b, c


def test_a_deep_page_is_found_as_wagtail_finds_it(tree):
    home, _a, _b, c = tree
    page, args, kwargs = _route(home, "/a/b/c/")
    wagtail_page, *_ = _wagtail_route(home, "/a/b/c/")
    assert page == wagtail_page == c
    assert type(page) is type(wagtail_page)
    assert (args, kwargs) == ([], {})


def test_routing_costs_the_same_queries_at_every_depth(tree):
    home = tree[0]
    with CaptureQueriesContext(connection) as shallow:
        _route(home, "/a/")
    with CaptureQueriesContext(connection) as deep:
        _route(home, "/a/b/c/")
    assert len(deep) == len(shallow) == 2


def test_unknown_slugs_are_404_at_any_level(tree):
    home = tree[0]
    for path in ("/x/", "/a/x/", "/a/b/x/", "/a/b/c/x/"):
        with pytest.raises(Http404):
            _route(home, path)


def test_a_page_that_is_not_live_is_404_but_its_live_children_are_served(tree):
    home, _a, b, c = tree
    b.unpublish()
    with pytest.raises(Http404):
        _route(home, "/a/b/")
    assert _route(home, "/a/b/c/")[0] == c


def test_the_served_page_knows_its_ancestors_and_parent_without_queries(tree):
    home, a, b, _c = tree
    page = _route(home, "/a/b/c/")[0]
    with CaptureQueriesContext(connection) as queries:
        assert [p.pk for p in routing.known_ancestors(page)] == [home.pk, a.pk, b.pk]
        assert page.get_parent().pk == b.pk
    assert len(queries) == 0


def test_a_routable_page_answers_its_own_sub_urls(home_page, client):
    index = add_index(home_page)
    page, args, _kwargs = _route(home_page, "/instrumentenboek/wijzer/")
    assert page == index
    assert args[0].__name__ == "wizard_route"
    assert client.get("/instrumentenboek/boek/").status_code == 200


def test_a_routable_page_wins_over_a_child_with_the_same_slug_as_wagtail_decides(home_page):
    index = add_index(home_page)
    add_instrument(index, title="Boek", slug="boek")
    child = add_instrument(index, title="Subsidie", slug="subsidie")
    ours, wagtails = (
        _route(home_page, "/instrumentenboek/boek/"),
        _wagtail_route(home_page, "/instrumentenboek/boek/"),
    )
    assert ours[0] == wagtails[0] == index
    assert ours[1][0].__name__ == wagtails[1][0].__name__ == "book_route"
    assert _route(home_page, "/instrumentenboek/subsidie/")[0] == child


def test_breadcrumbs_on_a_deep_page_list_every_ancestor(client, tree):
    html = client.get("/a/b/c/").content.decode()
    assert 'href="/a/"' in html and 'href="/a/b/"' in html
    assert 'aria-current="page">C</span>' in html
