import json
from pathlib import Path

import pytest

from participatiekaart.models import ParticipatiekaartPage
from tests.portal.core.factories import publish

FIXTURES = Path(__file__).parent / "fixtures"


def recorded(name):
    return json.loads((FIXTURES / name).read_text())


class FakeResponse:
    def __init__(self, payload, status=200):
        self.payload, self.status_code = payload, status

    def json(self):
        return self.payload

    def raise_for_status(self):
        if self.status_code >= 400:
            import requests

            raise requests.HTTPError(f"{self.status_code}")


@pytest.fixture
def pdok(monkeypatch):
    """Replace the HTTP call to PDOK by recorded responses; records the requests made."""
    import requests
    from django.core.cache import cache

    from participatiekaart.geocoding import breaker

    cache.clear()
    breaker.reset()
    calls = []
    state = {"payload": recorded("pdok_adres.json"), "error": None}

    def fake_get(url, params=None, timeout=None):
        calls.append({"url": url, "params": params, "timeout": timeout})
        if state["error"]:
            raise state["error"]
        return FakeResponse(state["payload"])

    monkeypatch.setattr(requests, "get", fake_get)
    state["calls"] = calls
    return state


@pytest.fixture
def kaart(home_page):
    page = ParticipatiekaartPage(title="Participatiekaart", slug="kaart")
    home_page.add_child(instance=page)
    return publish(page)
