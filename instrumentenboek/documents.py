"""Elasticsearch mapping of an instrument and the query class that searches it.

Written by ``portal.search.tasks.sync_document`` after publish/unpublish. Tested offline through
``.to_dict()``; the live round trip runs when ELASTICSEARCH_URL is set.
"""

from django.utils import timezone
from elasticsearch.dsl import Date, Document, Keyword, Q, Search, Text

from portal.search.documents import ensure_connection, index_name, register

DUTCH = "dutch"


@register("instrumentenboek.instrumentpage")
class InstrumentDocument(Document):
    title = Text(analyzer=DUTCH, fields={"raw": Keyword()})
    summary = Text(analyzer=DUTCH)
    amount_note = Text(analyzer=DUTCH)
    conditions = Text(analyzer=DUTCH)
    body = Text(analyzer=DUTCH)
    doelgroepen = Keyword()
    soort = Keyword()
    aanbieder = Keyword()
    valid_until = Date()
    url_path = Keyword(index=False)

    class Index:
        name = index_name("instrumenten")
        settings = {"number_of_shards": 1, "number_of_replicas": 0}

    @classmethod
    def from_instance(cls, page):
        body_text = page.body.stream_block.get_searchable_content(page.body)
        return cls(
            meta={"id": page.pk},
            title=page.title,
            summary=page.summary,
            amount_note=page.amount_note,
            conditions=[block.value for block in page.conditions],
            body=" ".join(body_text),
            doelgroepen=[group.slug for group in page.doelgroepen.all()],
            soort=page.soort,
            aanbieder=page.aanbieder,
            valid_until=page.valid_until,
            url_path=page.url_path,
        )


class InstrumentSearch:
    """Full-text search over instruments with the index page's filters."""

    FIELDS = ["title^4", "summary^2", "conditions", "amount_note", "body"]

    def __init__(
        self, query, doelgroep=None, soort=None, aanbieder=None, include_expired=False, today=None
    ):
        self.query = query
        self.doelgroep = doelgroep
        self.soort = soort
        self.aanbieder = aanbieder
        self.include_expired = include_expired
        self.today = today or timezone.localdate()

    def search(self):
        search = Search(index=InstrumentDocument.Index.name).query(
            "multi_match",
            query=self.query,
            fields=self.FIELDS,
            fuzziness="AUTO",
            operator="and",
        )
        for field in ("doelgroep", "soort", "aanbieder"):
            value = getattr(self, field)
            if value:
                search = search.filter(
                    "term", **{"doelgroepen" if field == "doelgroep" else field: value}
                )
        if not self.include_expired:
            search = search.filter(
                Q(
                    "bool",
                    should=[
                        ~Q("exists", field="valid_until"),
                        Q("range", valid_until={"gte": self.today.isoformat()}),
                    ],
                    minimum_should_match=1,
                )
            )
        return search.source(False)

    def ids(self, size=200):
        ensure_connection()
        response = self.search()[:size].execute()
        return [int(hit.meta.id) for hit in response]
