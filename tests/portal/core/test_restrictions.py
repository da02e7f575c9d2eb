"""Private pages stay private with the cheaper checks of portal.core.restrictions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from portal.core import restrictions
from tests.portal.core.factories import add_content_page


def _restrict(page, kind=PageViewRestriction.LOGIN, password=""):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)


@pytest.fixture
def sections(home_page):
    open_ = add_content_page(home_page, title="Open", slug="open")
    closed = add_content_page(home_page, title="Besloten", slug="besloten")
    inner = add_content_page(closed, title="Binnen", slug="binnen")
    _restrict(closed)
    return open_, closed, inner


def test_a_page_below_a_login_restriction_sends_visitors_to_log_in(client, sections):
    response = client.get("/besloten/binnen/")
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_password_restricted_page_asks_for_the_password(client, home_page):
    page = add_content_page(home_page, title="Geheim", slug="geheim")
    _restrict(page, PageViewRestriction.PASSWORD, password="sesam")
    response = client.get("/geheim/")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()


def test_a_public_page_checks_its_restrictions_in_one_query(sections):
    open_ = sections[0]
    with CaptureQueriesContext(connection) as queries:
        assert list(open_.get_view_restrictions()) == []
    assert len(queries) == 1


def test_restrictions_are_the_ones_wagtail_finds(sections):
    _open, closed, inner = sections
    for page in (inner, closed):
        assert (
            set(page.get_view_restrictions())
            == set(Page.get_view_restrictions(page))
            == set(closed.view_restrictions.all())
        )


def test_an_alias_of_a_restricted_page_is_restricted(client, home_page, sections):
    closed = sections[1]
    closed.create_alias(parent=home_page, update_slug="alias-besloten")
    assert client.get("/alias-besloten/").status_code == 302


def test_an_alias_of_an_alias_of_a_restricted_page_is_restricted(client, home_page, sections):
    closed = sections[1]
    alias = closed.create_alias(parent=home_page, update_slug="alias-1")
    alias.create_alias(parent=home_page, update_slug="alias-2")
    assert client.get("/alias-2/").status_code == 302


def test_public_filter_matches_wagtails(home_page, sections):
    ours = set(restrictions.public(Page.objects.all()).values_list("pk", flat=True))
    assert ours == set(Page.objects.public().values_list("pk", flat=True))
    open_, closed, inner = sections
    assert open_.pk in ours and closed.pk not in ours and inner.pk not in ours


def test_the_menu_and_child_lists_leave_private_pages_out(client, home_page, sections):
    Page.objects.filter(pk__in=[p.pk for p in sections]).update(show_in_menus=True)
    home_html = client.get("/").content.decode()
    assert 'href="/open/"' in home_html
    assert 'href="/besloten/"' not in home_html


def test_every_page_type_checks_restrictions_the_cheaper_way():
    from wagtail.models import get_page_models

    from portal.core.models import PortalPage

    assert [m for m in get_page_models() if m is not Page and not issubclass(m, PortalPage)] == []
