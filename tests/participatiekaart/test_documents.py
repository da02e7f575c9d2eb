from participatiekaart.documents import PlaceDocument, PlaceSearch
from tests.participatiekaart.factories import ELST, KernFactory, PlaceFactory


def test_place_mapping_has_a_geo_point_and_keyword_filters():
    mapping = PlaceDocument._doc_type.mapping.to_dict()["properties"]
    assert mapping["location"] == {"type": "geo_point"}
    assert mapping["place_type"] == {"type": "keyword"}
    assert mapping["description"] == {"type": "text", "analyzer": "dutch"}


def test_place_query_filters_and_sorts_by_distance():
    body = (
        PlaceSearch("taal", place_type="taal", kern="elst", trede=3, origin=(51.92, 5.85))
        .search()
        .to_dict()
    )
    assert body["query"]["bool"]["must"][0]["multi_match"]["query"] == "taal"
    filters = body["query"]["bool"]["filter"]
    assert {"term": {"place_type": "taal"}} in filters
    assert {"range": {"ladder_min": {"lte": 3}}} in filters
    assert {"range": {"ladder_max": {"gte": 3}}} in filters
    assert body["sort"] == [
        {"_geo_distance": {"location": {"lat": 51.92, "lon": 5.85}, "order": "asc", "unit": "km"}}
    ]


def test_place_document_from_instance(db):
    place = PlaceFactory(title="Taalcafé", kern=KernFactory(**ELST))
    source = PlaceDocument.from_instance(place).to_dict()
    assert source["location"] == {"lat": 51.9197, "lon": 5.8494}
    assert source["kern"] == "elst" and source["title"] == "Taalcafé"
