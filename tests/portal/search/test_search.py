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


@pytest.mark.parametrize("query", ["%00", "loon\x00waarde", "\x00", "\u202e\x07"])
def test_control_characters_in_the_query_never_give_a_server_error(client, pages, query):
    response = client.get("/zoeken/", {"q": query})
    assert response.status_code == 200


def test_a_nul_byte_is_removed_before_the_backend_sees_it(pages):
    assert [p.title for p in search_pages("loon\x00waarde").pages] == [
        "Loonkostensubsidie uitgelegd"
    ]
    assert search_pages("\x00").query == ""


def test_a_nul_byte_on_the_fallback_path_gives_no_error(pages, monkeypatch):
    def down(self, *args, **kwargs):
        raise ConnectionError("search backend down")

    monkeypatch.setattr("wagtail.search.queryset.SearchableQuerySetMixin.search", down)
    results = search_pages("Loonkosten\x00")
    assert results.degraded and [p.title for p in results.pages] == ["Loonkostensubsidie uitgelegd"]


@pytest.mark.parametrize("task_name", ["index_object", "remove_object", "sync_document"])
def test_index_tasks_retry_on_elasticsearch_client_errors(task_name):
    from elastic_transport import ConnectionError as ESConnectionError
    from elastic_transport import ConnectionTimeout

    from portal.search import tasks

    task = getattr(tasks, task_name)
    assert ESConnectionError in task.autoretry_for
    assert ConnectionTimeout in task.autoretry_for
    assert not issubclass(ESConnectionError, ConnectionError)  # why both families are listed


def test_an_elasticsearch_outage_during_indexing_is_retried(pages, monkeypatch, celery_conf):
    from elastic_transport import ConnectionError as ESConnectionError

    from portal.search.tasks import index_object

    celery_conf(task_eager_propagates=False)
    calls = []

    class FlakyBackend:
        def add(self, obj):
            calls.append(1)
            if len(calls) < 3:
                raise ESConnectionError("connection refused")

    monkeypatch.setattr("portal.search.tasks.get_search_backends", lambda: [FlakyBackend()])
    _, page = pages
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(page.specific_class)
    result = index_object.apply(args=(ct.pk, page.pk))
    assert result.successful() and len(calls) == 3
