"""sitemap.xml lists the live, public pages of the site."""

from wagtail.models import Page, PageViewRestriction, get_page_models

from tests.portal.core.factories import add_content_page


def test_the_sitemap_lists_live_public_pages_only(client, home_page):
    add_content_page(home_page, title="Open", slug="open")
    add_content_page(home_page, title="Weg", slug="weg").unpublish()
    closed = add_content_page(home_page, title="Besloten", slug="besloten")
    add_content_page(closed, title="Binnen", slug="binnen")
    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.LOGIN)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://localhost/open/</loc>" in xml
    assert "<loc>http://localhost/zoeken/</loc>" in xml
    assert "/weg/" not in xml and "/besloten/" not in xml


def test_no_page_type_has_sitemap_urls_of_its_own():
    """The sitemap reads pages without their own fields (``specific(defer=True)``); a page
    type with its own ``get_sitemap_urls`` would cost a query per page there."""
    own = [m for m in get_page_models() if m.get_sitemap_urls is not Page.get_sitemap_urls]
    assert own == []
