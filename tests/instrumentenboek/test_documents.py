"""The Elasticsearch mapping and query, tested offline through .to_dict(), and the sync task."""

import datetime

import pytest

from instrumentenboek.documents import InstrumentDocument, InstrumentSearch
from portal.search import documents as search_documents
from portal.search.tasks import sync_document
from tests.instrumentenboek.factories import DoelgroepFactory, add_index, add_instrument


def test_mapping_uses_dutch_analysis_for_text_and_keywords_for_filters():
    mapping = InstrumentDocument._doc_type.mapping.to_dict()["properties"]
    assert mapping["title"] == {
        "type": "text",
        "analyzer": "dutch",
        "fields": {"raw": {"type": "keyword"}},
    }
    assert mapping["summary"]["analyzer"] == "dutch"
    for keyword in ("doelgroepen", "soort", "aanbieder"):
        assert mapping[keyword] == {"type": "keyword"}
    assert mapping["valid_until"] == {"type": "date"}
    assert InstrumentDocument.Index.name == "participatieportaal-instrumenten"


def test_query_matches_text_and_filters_on_every_chosen_facet():
    query = InstrumentSearch(
        "jobcoach",
        doelgroep="banenafspraak",
        soort="begeleiding",
        aanbieder="gemeente",
        today=datetime.date(2026, 11, 24),
    )
    body = query.search().to_dict()
    must = body["query"]["bool"]["must"][0]["multi_match"]
    assert must["query"] == "jobcoach"
    assert must["fields"][0] == "title^4"
    assert must["fuzziness"] == "AUTO"
    filters = body["query"]["bool"]["filter"]
    assert {"term": {"doelgroepen": "banenafspraak"}} in filters
    assert {"term": {"soort": "begeleiding"}} in filters
    assert {"term": {"aanbieder": "gemeente"}} in filters
    validity = next(f for f in filters if "bool" in f)["bool"]
    assert {"range": {"valid_until": {"gte": "2026-11-24"}}} in validity["should"]
    assert body["_source"] is False


def test_query_can_include_expired_instruments():
    body = InstrumentSearch("liv", include_expired=True).search().to_dict()
    assert body["query"] == {
        "multi_match": {
            "query": "liv",
            "fields": InstrumentSearch.FIELDS,
            "fuzziness": "AUTO",
            "operator": "and",
        }
    }


@pytest.fixture
def instrument(home_page, on_commit):
    with on_commit():
        index = add_index(home_page)
        return add_instrument(
            index,
            title="No-risk polis",
            slug="no-risk-polis",
            summary="UWV betaalt bij ziekte.",
            soort="risico",
            aanbieder="uwv",
            groups=[DoelgroepFactory(slug="banenafspraak")],
            body=[{"type": "paragraph", "value": "<p>Ziektewet</p>"}],
        )


def test_document_is_built_from_the_published_page(instrument):
    doc = InstrumentDocument.from_instance(instrument).to_dict(include_meta=True)
    assert doc["_id"] == instrument.pk
    assert doc["_index"] == "participatieportaal-instrumenten"
    source = doc["_source"]
    assert source["title"] == "No-risk polis"
    assert source["doelgroepen"] == ["banenafspraak"]
    assert source["soort"] == "risico"
    assert "Ziektewet" in source["body"]


def test_sync_task_does_nothing_without_elasticsearch(instrument, settings):
    settings.ELASTICSEARCH_URL = ""
    assert (
        sync_document.apply(args=("instrumentenboek.instrumentpage", instrument.pk)).get()
        == "disabled"
    )


def test_sync_task_writes_live_and_deletes_unpublished_documents(instrument, settings, monkeypatch):
    settings.ELASTICSEARCH_URL = "http://elasticsearch.invalid:9200"
    calls = []
    monkeypatch.setattr(search_documents, "ensure_connection", lambda: None)
    monkeypatch.setattr(
        InstrumentDocument,
        "save",
        lambda self, **kw: calls.append(("save", self.meta.id, self.title)),
    )
    monkeypatch.setattr(
        InstrumentDocument, "delete", lambda self, **kw: calls.append(("delete", self.meta.id))
    )
    label = "instrumentenboek.instrumentpage"
    assert sync_document.apply(args=(label, instrument.pk)).get() == "indexed"
    instrument.unpublish()
    assert sync_document.apply(args=(label, instrument.pk)).get() == "deleted"
    assert calls == [("save", instrument.pk, "No-risk polis"), ("delete", instrument.pk)]


def test_publishing_queues_the_document_sync(home_page, monkeypatch, on_commit):
    queued = []
    monkeypatch.setattr(
        sync_document, "apply_async", lambda args=(), kwargs=None: queued.append(tuple(args))
    )
    with on_commit():
        index = add_index(home_page)
        page = add_instrument(index, title="Proefplaatsing", slug="proefplaatsing")
    assert ("instrumentenboek.instrumentpage", page.pk) in queued


def test_elasticsearch_outage_falls_back_to_database_search(
    client, instrument, settings, monkeypatch
):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:1"

    def unreachable(self, size=200):
        raise ConnectionError("Elasticsearch is down")

    monkeypatch.setattr(InstrumentSearch, "ids", unreachable)
    response = client.get("/instrumentenboek/", {"q": "ziekte"})
    assert response.status_code == 200
    assert [i.title for i in response.context["instruments"]] == ["No-risk polis"]
