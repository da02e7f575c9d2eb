import pytest
from wagtail.models import Page

from portal.search.services import search_pages
from tests.portal.core.factories import add_content_page


@pytest.fixture
def pages(home_page, on_commit):
    with on_commit():
        page = add_content_page(
            home_page,
            title="Loonkostensubsidie uitgelegd",
            slug="lks",
            intro="Compensatie voor verminderde loonwaarde.",
        )
    return home_page, page


def test_publishing_a_page_makes_it_findable_through_the_index_task(pages):
    _, page = pages
    results = search_pages("loonwaarde")
    assert [p.pk for p in results.pages] == [page.pk]
    assert results.degraded is False


def test_unpublished_page_drops_out_of_search(pages, on_commit):
    _, page = pages
    with on_commit():
        page.unpublish()
    assert search_pages("loonwaarde").total == 0


def test_search_page_shows_results_with_count(client, pages):
    html = client.get("/zoeken/", {"q": "loonwaarde"}).content.decode()
    assert '1 resultaat voor "loonwaarde"' in html
    assert 'href="/lks/"' in html


def test_search_falls_back_to_title_match_when_the_backend_is_down(client, pages, monkeypatch):
    def broken_search(self, *args, **kwargs):
        raise ConnectionError("Elasticsearch unreachable")

    monkeypatch.setattr(type(Page.objects.live()), "search", broken_search)
    response = client.get("/zoeken/", {"q": "Loonkostensubsidie"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Het zoeken werkt op dit moment beperkt" in html
    assert 'href="/lks/"' in html


def test_search_keeps_the_query_in_pagination_links(client, home_page, on_commit):
    with on_commit():
        for n in range(12):
            add_content_page(home_page, title=f"Jobcoach verhaal {n}", slug=f"jobcoach-{n}")
    html = client.get("/zoeken/", {"q": "jobcoach"}).content.decode()
    assert "12 resultaten" in html
    assert 'href="?q=jobcoach&amp;pagina=2"' in html
    page_two = client.get("/zoeken/", {"q": "jobcoach", "pagina": "2"}).content.decode()
    assert page_two.count('class="portal-result"') == 2


def test_empty_query_shows_no_results_section(client, home_page):
    html = client.get("/zoeken/").content.decode()
    assert "results-heading" not in html
