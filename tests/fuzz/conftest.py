import json
from pathlib import Path

import pytest
import requests

from tests.participatiekaart.conftest import FakeResponse, kaart  # noqa: F401

PDOK_FIXTURES = Path(__file__).parent.parent / "participatiekaart" / "fixtures"


@pytest.fixture
def pdok(monkeypatch):
    """No network: PDOK answers with a recorded address, nothing, or fails, as ``mode`` says."""
    state = {"mode": "found"}
    payloads = {
        "found": json.loads((PDOK_FIXTURES / "pdok_postcode.json").read_text()),
        "empty": json.loads((PDOK_FIXTURES / "pdok_empty.json").read_text()),
    }

    def fake_get(url, params=None, timeout=None, **kwargs):
        if state["mode"] == "down":
            raise requests.ConnectionError("geocoder down (test)")
        return FakeResponse(payloads[state["mode"]])

    monkeypatch.setattr(requests, "get", fake_get)
    return state
