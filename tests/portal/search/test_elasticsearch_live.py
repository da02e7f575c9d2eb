"""Live Elasticsearch tests: run only when ELASTICSEARCH_URL points at a real server.

No Elasticsearch server can run on the CI machine, so CI reports these as skipped (with this
reason); run them with ELASTICSEARCH_URL=http://... make test where a server is available.
"""

import os

import pytest
from wagtail.models import Page

from tests.portal.core.factories import add_content_page

ES_URL = os.environ.get("ELASTICSEARCH_URL")

pytestmark = [
    pytest.mark.elasticsearch,
    pytest.mark.skipif(not ES_URL, reason="ELASTICSEARCH_URL is not set (no live Elasticsearch)"),
]


@pytest.fixture
def es_backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ES_URL],
            "INDEX": "participatieportaal-test",
            "TIMEOUT": 10,
            "AUTO_UPDATE": False,
        }
    }
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    backend.reset_index()
    yield backend
    backend.reset_index()


def test_published_page_is_found_in_elasticsearch(home_page, es_backend, on_commit):
    with on_commit():
        page = add_content_page(home_page, title="Jobcoaching op de werkvloer", slug="jobcoach")
    es_backend.refresh_index()
    results = Page.objects.live().search("jobcoaching", backend="default")
    assert page.pk in [p.pk for p in results]
