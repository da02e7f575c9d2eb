"""The menu and site settings come from the cache, and an editor's change shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from portal.core.models import HomePage, SiteSettings
from tests.portal.core.factories import add_content_page, publish


def _menu_page(parent, title, slug):
    return add_content_page(parent, title=title, slug=slug, show_in_menus=True)


@pytest.fixture
def menu(home_page, client):
    page = _menu_page(home_page, "Werkgevers", "werkgevers")
    client.get("/")  # fills the cache
    return page


def test_the_menu_and_settings_cost_no_queries_once_cached(client, menu):
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()
    assert 'href="/werkgevers/"' in html and "Gemeente Testdorp" in html
    wheres = [q["sql"].partition(" FROM ")[2] for q in queries]
    assert not any('"core_sitesettings"' in sql for sql in wheres)
    assert not any('"show_in_menus"' in sql for sql in wheres)


def test_a_newly_published_menu_page_is_in_the_menu_on_the_next_request(client, home_page, menu):
    _menu_page(home_page, "Inwoners", "inwoners")
    assert 'href="/inwoners/"' in client.get("/").content.decode()


def test_an_unpublished_menu_page_leaves_the_menu_at_once(client, menu):
    menu.unpublish()
    assert 'href="/werkgevers/"' not in client.get("/").content.decode()


def test_a_new_title_shows_in_the_menu_once_published(client, menu):
    menu.title = "Werkgeversloket"
    menu.save_revision()
    assert ">Werkgeversloket<" not in client.get("/").content.decode()  # a draft only
    publish(menu)
    assert ">Werkgeversloket<" in client.get("/").content.decode()


def test_a_moved_or_deleted_menu_page_leaves_the_menu(client, home_page, menu):
    other = _menu_page(home_page, "Inwoners", "inwoners")
    client.get("/")
    menu.move(other, pos="last-child")
    html = client.get("/").content.decode()
    assert 'href="/werkgevers/"' not in html and 'href="/inwoners/"' in html
    Page.objects.get(pk=other.pk).delete()
    assert 'href="/inwoners/"' not in client.get("/").content.decode()


def test_a_menu_page_made_private_leaves_the_menu(client, menu):
    PageViewRestriction.objects.create(page=menu, restriction_type=PageViewRestriction.LOGIN)
    assert 'href="/werkgevers/"' not in client.get("/").content.decode()


def test_changed_site_settings_show_on_the_next_request(client, home_page, menu):
    settings = SiteSettings.objects.get()
    settings.municipality_name = "Gemeente Nieuwdorp"
    settings.save()
    assert "Gemeente Nieuwdorp" in client.get("/").content.decode()


def test_each_site_has_its_own_menu(client, home_page, menu):
    root = Page.get_first_root_node()
    other_home = root.add_child(instance=HomePage(title="Ander portaal", slug="ander"))
    publish(other_home)
    _menu_page(other_home, "Alleen daar", "alleen-daar")
    Site.objects.create(hostname="ander.example", port=80, root_page=other_home)
    default_html = client.get("/").content.decode()
    other_html = client.get("/", HTTP_HOST="ander.example").content.decode()
    assert 'href="/werkgevers/"' in default_html and "Alleen daar" not in default_html
    assert "Alleen daar" in other_html and 'href="/werkgevers/"' not in other_html
