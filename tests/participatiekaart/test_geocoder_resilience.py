"""The resident's postcode lookup in a request: short timeout, cached failures, breaker."""

import logging

import pytest
import requests

from participatiekaart import geocoding
from participatiekaart.geocoding import GeocoderUnavailable, geocode, geocode_postcode
from portal.core.circuit import OPEN
from tests.participatiekaart.conftest import recorded
from tests.portal.core.cache_backends import BROKEN_CACHES

# What requests really puts in its exception text: the URL with the resident's postcode.
LEAKY = "HTTPSConnectionPool(host='api.pdok.nl', port=443): Max retries exceeded with url: /free?q=6671+AA&fq=type%3Apostcode"


class Clock:
    def __init__(self):
        self.now = 2_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(geocoding.breaker, "clock", clock)
    return clock


@pytest.fixture
def pdok_down(pdok):
    pdok["error"] = requests.ConnectTimeout(LEAKY)
    return pdok


def failing_lookups(*postcodes):
    for postcode in postcodes:
        with pytest.raises(GeocoderUnavailable):
            geocode_postcode(postcode)


def test_postcode_lookup_uses_the_short_request_timeout(pdok, settings):
    settings.GEOCODER_TIMEOUT, settings.GEOCODER_REQUEST_TIMEOUT = 3.0, 0.8
    pdok["payload"] = recorded("pdok_postcode.json")
    geocode_postcode("6671 AA")
    assert pdok["calls"][0]["timeout"] == 0.8


def test_places_in_celery_keep_the_longer_timeout(pdok, settings):
    settings.GEOCODER_TIMEOUT, settings.GEOCODER_REQUEST_TIMEOUT = 3.0, 0.8
    geocode("Dorpsstraat 1, 6661 EA Elst")
    assert pdok["calls"][0]["timeout"] == 3.0


def test_a_found_postcode_is_cached_one_call_per_postcode(pdok):
    pdok["payload"] = recorded("pdok_postcode.json")
    first = geocode_postcode("6671 AA")
    assert geocode_postcode("6671 AA") == first
    assert len(pdok["calls"]) == 1


def test_a_failed_postcode_is_not_tried_again_for_a_while(pdok_down):
    failing_lookups("6671 AA", "6671 AA", "6671 AA")
    assert len(pdok_down["calls"]) == 1
    assert geocoding.FAILED_TTL == 300


def test_breaker_opens_after_three_failures_and_pdok_is_not_called(pdok_down, clock):
    failing_lookups("6671 AA", "6661 EA", "7471 AB")
    assert geocoding.breaker.state == OPEN
    failing_lookups("3861 AB", "2651 CD")
    assert len(pdok_down["calls"]) == 3


def test_after_the_cooldown_one_trial_call_goes_out_and_closes_it(pdok_down, clock):
    failing_lookups("6671 AA", "6661 EA", "7471 AB")
    clock.now += 60
    pdok_down["error"] = None
    pdok_down["payload"] = recorded("pdok_postcode.json")
    assert geocode_postcode("3861 AB") is not None
    assert geocode_postcode("2651 CD") is not None
    assert len(pdok_down["calls"]) == 5


def test_a_failed_trial_keeps_it_open(pdok_down, clock):
    failing_lookups("6671 AA", "6661 EA", "7471 AB")
    clock.now += 60
    failing_lookups("3861 AB", "2651 CD")
    assert len(pdok_down["calls"]) == 4


def test_a_broken_cache_does_not_break_the_lookup(pdok, settings):
    settings.CACHES = BROKEN_CACHES
    pdok["payload"] = recorded("pdok_postcode.json")
    assert geocode_postcode("6671 AA").latitude == pytest.approx(51.92812)


def test_a_geocoder_failure_logs_no_postcode_and_no_url(pdok_down, caplog):
    caplog.set_level(logging.DEBUG)
    failing_lookups("6671 AA")
    with pytest.raises(GeocoderUnavailable) as error:
        geocode("Dorpsstraat 1, 6661 EA Elst")
    assert "Geocoder failed (ConnectTimeout)" in caplog.messages
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "") + str(record.exc_info or "")
        assert "6671" not in text and "6661" not in text and "pdok" not in text
    assert "6661" not in str(error.value) and error.value.__cause__ is None


def test_places_whose_geocoding_was_lost_are_queued_again(kaart, monkeypatch):
    from participatiekaart import tasks
    from participatiekaart.models import GeocodeStatus, Place
    from tests.participatiekaart.factories import PlaceFactory

    pending = PlaceFactory(title="Zonder coördinaten")
    done = PlaceFactory(title="Met coördinaten")
    Place.objects.filter(pk=pending.pk).update(geocode_status=GeocodeStatus.PENDING)
    Place.objects.filter(pk=done.pk).update(geocode_status=GeocodeStatus.OK)
    queued = []
    monkeypatch.setattr(tasks.geocode_place, "delay", queued.append)
    assert tasks.geocode_pending_places.apply().get() == 1
    assert queued == [pending.pk]
