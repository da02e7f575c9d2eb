import pytest
from django.test import Client

from portal.core import demo
from tests.portal.core.factories import add_content_page


@pytest.fixture
def demo_site(db):
    demo.load()


def test_home_page_is_dutch_and_offers_both_audiences(client, demo_site):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl"' in html
    assert 'href="#main"' in html and "Naar de inhoud" in html
    assert 'href="/werkgevers/"' in html and 'href="/inwoners/"' in html
    assert "Gemeente Voorbeeld" in html


def test_footer_links_to_the_fixed_pages_and_states_functional_cookies_only(client, demo_site):
    html = client.get("/").content.decode()
    for path in ("/toegankelijkheidsverklaring/", "/privacy/", "/contact/", "/cookies/"):
        assert f'href="{path}"' in html
    assert "alleen functionele cookies" in html


def test_content_page_renders_blocks_and_breadcrumbs(client, demo_site):
    html = client.get("/werkgevers/").content.decode()
    assert '<h2 class="utrecht-heading-2">Eén aanspreekpunt</h2>' in html
    assert "<details" in html and "Wat is SROI?" in html
    assert 'aria-label="Kruimelpad"' in html
    assert 'aria-current="page">Werkgevers</span>' in html


def test_content_page_lists_live_child_pages_only(client, home_page):
    parent = add_content_page(home_page, title="Ouder", slug="ouder")
    add_content_page(parent, title="Zichtbaar kind", slug="kind")
    hidden = add_content_page(parent, title="Verborgen kind", slug="verborgen")
    hidden.unpublish()
    html = client.get("/ouder/").content.decode()
    assert "Zichtbaar kind" in html
    assert "Verborgen kind" not in html


def test_content_page_query_count_does_not_grow_with_child_pages(
    home_page, django_assert_max_num_queries
):
    parent = add_content_page(home_page, title="Lijst", slug="lijst")
    add_content_page(parent, title="Kind 0", slug="kind-0")
    client = Client()
    client.get("/lijst/")  # warm caches (site root, settings)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/lijst/")
    few = len(few)  # counted now: the next request empties the query log
    for n in range(1, 15):
        add_content_page(parent, title=f"Kind {n}", slug=f"kind-{n}")
    client.get("/lijst/")  # publishing emptied the cached menu and settings
    with django_assert_max_num_queries(few):
        response = client.get("/lijst/")
    assert response.content.decode().count('class="portal-card"') == 15


def test_unknown_url_gives_a_dutch_404(client, demo_site):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_admin_login_leads_to_the_one_login_page(client, db):
    response = client.get("/admin/login/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/account/login/"
    assert 'name="login"' in response.content.decode()


def test_site_settings_bring_the_footer_pages_in_one_query(home_page, django_assert_num_queries):
    from portal.core.models import SiteSettings

    settings = SiteSettings.objects.get()
    settings.privacy_page = settings.contact_page = settings.cookies_page = home_page
    settings.accessibility_page = settings.search_page = home_page
    settings.save()
    site = home_page.get_site()
    with django_assert_num_queries(1):
        loaded = SiteSettings.for_site(site)
        pages = [
            loaded.accessibility_page,
            loaded.privacy_page,
            loaded.contact_page,
            loaded.cookies_page,
            loaded.search_page,
        ]
    assert all(page.pk == home_page.pk for page in pages)
