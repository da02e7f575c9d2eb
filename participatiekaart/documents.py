"""Elasticsearch mapping of a place and its query class (full text, filters, distance).

Written by ``portal.search.tasks.sync_document`` when a place is published or unpublished.
Tested offline through ``.to_dict()``."""

from elasticsearch.dsl import Boolean, Date, Document, GeoPoint, Integer, Keyword, Search, Text

from portal.search.documents import ensure_connection, index_name, register

DUTCH = "dutch"


@register("participatiekaart.place")
class PlaceDocument(Document):
    title = Text(analyzer=DUTCH, fields={"raw": Keyword()})
    description = Text(analyzer=DUTCH)
    organisation = Text(analyzer=DUTCH, fields={"raw": Keyword()})
    place_type = Keyword()
    kern = Keyword()
    location = GeoPoint()
    ladder_min = Integer()
    ladder_max = Integer()
    hours_min = Integer()
    dutch_level = Integer()
    wheelchair_accessible = Boolean()
    guidance_available = Boolean()
    is_free = Boolean()
    last_confirmed_on = Date()

    class Index:
        name = index_name("plekken")
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_instance(cls, place):
        location = (
            {"lat": float(place.latitude), "lon": float(place.longitude)}
            if place.has_coordinates
            else None
        )
        return cls(
            meta={"id": place.pk},
            title=place.title,
            description=place.description,
            organisation=place.organisation.name,
            place_type=place.place_type,
            kern=place.kern.slug,
            location=location,
            ladder_min=place.ladder_min,
            ladder_max=place.ladder_max,
            hours_min=place.hours_min,
            dutch_level=place.dutch_level,
            wheelchair_accessible=place.wheelchair_accessible,
            guidance_available=place.guidance_available,
            is_free=place.is_free,
            last_confirmed_on=place.last_confirmed_on,
        )


class PlaceSearch:
    FIELDS = ["title^3", "organisation^2", "description"]

    def __init__(self, query, place_type=None, kern=None, trede=None, origin=None):
        self.query, self.place_type, self.kern = query, place_type, kern
        self.trede, self.origin = trede, origin

    def search(self):
        search = Search(index=PlaceDocument.Index.name).query(
            "multi_match", query=self.query, fields=self.FIELDS, fuzziness="AUTO"
        )
        if self.place_type:
            search = search.filter("term", place_type=self.place_type)
        if self.kern:
            search = search.filter("term", kern=self.kern)
        if self.trede:
            search = search.filter("range", ladder_min={"lte": self.trede}).filter(
                "range", ladder_max={"gte": self.trede}
            )
        if self.origin:
            search = search.sort(
                {
                    "_geo_distance": {
                        "location": {"lat": self.origin[0], "lon": self.origin[1]},
                        "order": "asc",
                        "unit": "km",
                    }
                }
            )
        return search.source(False)

    def ids(self, size=1000):
        ensure_connection()
        return [int(hit.meta.id) for hit in self.search()[:size].execute()]
