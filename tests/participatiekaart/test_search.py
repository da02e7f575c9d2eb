import logging
import time
from decimal import Decimal

import pytest
import requests
from django.db import connection
from django.test.utils import CaptureQueriesContext

from participatiekaart.models import PostcodeArea
from tests.participatiekaart.conftest import recorded
from tests.participatiekaart.factories import (
    ELST,
    GOOR,
    ZETTEN,
    KernFactory,
    OrganisationFactory,
    PlaceFactory,
    add_places_in_bulk,
)
from tests.portal.core.cache_backends import broken_caches

URL = "/kaart/"


@pytest.fixture
def places(kaart):
    elst, zetten, goor = KernFactory(**ELST), KernFactory(**ZETTEN), KernFactory(**GOOR)
    bieb = OrganisationFactory(name="Bibliotheek")
    made = {
        "taalcafe-elst": PlaceFactory(
            title="Taalcafé Elst",
            kern=elst,
            organisation=bieb,
            place_type="taal",
            dutch_level=0,
            ladder_min=1,
            ladder_max=4,
            hours_min=1,
            wheelchair_accessible=True,
            guidance_available=True,
            is_free=True,
            latitude=Decimal("51.9200"),
            longitude=Decimal("5.8500"),
        ),
        "kringloop-zetten": PlaceFactory(
            title="Kringloop Zetten",
            kern=zetten,
            place_type="werkervaring",
            dutch_level=1,
            ladder_min=3,
            ladder_max=5,
            hours_min=8,
            is_free=True,
            latitude=Decimal("51.9280"),
            longitude=Decimal("5.7140"),
        ),
        "sport-goor": PlaceFactory(
            title="Sport Goor",
            kern=goor,
            place_type="sport",
            dutch_level=2,
            ladder_min=2,
            ladder_max=5,
            hours_min=2,
            is_free=False,
            cost="€ 2",
            latitude=Decimal("52.2330"),
            longitude=Decimal("6.5830"),
        ),
        "taalmaatje-zetten": PlaceFactory(
            title="Taalmaatje Zetten",
            kern=zetten,
            place_type="taal",
            dutch_level=0,
            ladder_min=2,
            ladder_max=5,
            hours_min=1,
            latitude=Decimal("51.9290"),
            longitude=Decimal("5.7150"),
        ),
        "draft": PlaceFactory(title="Nog niet gepubliceerd", kern=elst, live=False),
    }
    return made


def titles(response):
    return [p.title for p in response.context["places"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Kringloop Zetten", "Sport Goor", "Taalcafé Elst", "Taalmaatje Zetten"]),
        ({"soort": "taal"}, ["Taalcafé Elst", "Taalmaatje Zetten"]),
        ({"kern": "zetten"}, ["Kringloop Zetten", "Taalmaatje Zetten"]),
        ({"soort": "taal", "kern": "elst"}, ["Taalcafé Elst"]),
        ({"trede": "1"}, ["Taalcafé Elst"]),
        ({"trede": "5"}, ["Kringloop Zetten", "Sport Goor", "Taalmaatje Zetten"]),
        ({"taal": "0"}, ["Taalcafé Elst", "Taalmaatje Zetten"]),
        ({"taal": "1"}, ["Kringloop Zetten", "Taalcafé Elst", "Taalmaatje Zetten"]),
        ({"rolstoel": "on"}, ["Taalcafé Elst"]),
        ({"begeleiding": "on"}, ["Taalcafé Elst"]),
        ({"gratis": "on"}, ["Kringloop Zetten", "Taalcafé Elst", "Taalmaatje Zetten"]),
        ({"uren": "4"}, ["Sport Goor", "Taalcafé Elst", "Taalmaatje Zetten"]),
        ({"q": "bibliotheek"}, ["Taalcafé Elst"]),
        ({"q": "kringloop zetten"}, ["Kringloop Zetten"]),
    ],
)
def test_filters_are_get_parameters_and_never_show_drafts(client, places, params, expected):
    response = client.get(URL, params)
    assert titles(response) == expected
    assert f"{len(expected)} plek" in response.content.decode()


def test_sorting_by_distance_from_a_kern_uses_known_coordinates(client, places):
    response = client.get(URL, {"dichtbij": "goor"})
    assert titles(response) == [
        "Sport Goor",
        "Taalcafé Elst",
        "Taalmaatje Zetten",
        "Kringloop Zetten",
    ]
    distances = [round(p.distance) for p in response.context["places"]]
    assert distances[0] == 0
    assert 58 < distances[1] < 64  # Goor to Elst is about 61 km as the crow flies


def test_sorting_by_distance_from_a_postcode_uses_the_geocoder(client, places, pdok):
    pdok["payload"] = recorded("pdok_postcode.json")  # 6671 AA Zetten
    response = client.get(URL, {"postcode": "6671aa"})
    assert titles(response)[:2] == ["Kringloop Zetten", "Taalmaatje Zetten"]
    assert pdok["calls"][0]["params"]["fq"] == "type:postcode"
    assert "dichtstbij 6671 AA eerst" in response.content.decode()


def test_unreachable_geocoder_says_so_and_offers_the_kern_list(client, places, pdok):
    pdok["error"] = requests.ConnectionError("no network")
    response = client.get(URL, {"postcode": "6671 AA"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "We kunnen uw postcode nu niet opzoeken" in html
    assert 'name="dichtbij"' in html and '<option value="goor">' in html
    assert titles(response) == [
        "Kringloop Zetten",
        "Sport Goor",
        "Taalcafé Elst",
        "Taalmaatje Zetten",
    ]


def test_unreachable_geocoder_falls_back_to_the_chosen_kern(client, places, pdok):
    pdok["error"] = requests.Timeout("slow")
    response = client.get(URL, {"postcode": "6671 AA", "dichtbij": "goor"})
    assert titles(response)[0] == "Sport Goor"


def test_bad_postcode_is_explained_and_kept(client, places):
    html = client.get(URL, {"postcode": "66 AA", "soort": "taal"}).content.decode()
    assert "Vul een postcode in zoals 1234 AB" in html
    assert 'value="66 AA"' in html


def test_map_data_holds_exactly_the_places_of_the_list(client, places):
    response = client.get(URL, {"soort": "taal"})
    feature_ids = [f["id"] for f in response.context["map_data"]["features"]]
    assert feature_ids == [p.pk for p in response.context["places"]]
    assert 'id="kaart-data"' in response.content.decode()


def test_map_says_it_shows_the_places_of_this_page_of_the_list(client, places, monkeypatch):
    monkeypatch.setattr("participatiekaart.views.PAGE_SIZE", 3)
    html = client.get(URL).content.decode()
    assert "De kaart toont 3 van de 4 plekken." in html
    assert "Dat zijn de plekken op deze pagina van de lijst." in html
    html = client.get(URL, {"kern": "zetten"}).content.decode()
    assert "De kaart toont alle 2 plekken uit de lijst." in html


def test_filters_panel_says_how_many_filters_are_active(client, places):
    html = client.get(URL).content.decode()
    assert "actief)" not in html
    html = client.get(URL, {"soort": "taal", "gratis": "on", "kern": ""}).content.decode()
    assert "(2 actief)" in html
    assert '<details class="kaart-filters" id="filters" data-open-on-wide>' in html


def test_filters_panel_is_open_when_a_filter_has_an_error(client, places):
    html = client.get(URL, {"uren": "99"}).content.decode()
    assert '<details class="kaart-filters" id="filters" data-open-on-wide open>' in html
    assert "Vul hoogstens 40 uur in." in html


def _measure(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return len(queries), response


@pytest.mark.parametrize(
    "url", [URL, URL + "?dichtbij=elst&pagina=3", URL + "?soort=vrijwilligerswerk"]
)
def test_search_page_query_count_is_flat_and_html_small_at_5000_places(client, kaart, url):
    kern = KernFactory(**ELST)
    organisation = OrganisationFactory()
    add_places_in_bulk(0, 60, kern, organisation)
    few, _ = _measure(client, url)
    add_places_in_bulk(60, 4940, kern, organisation)
    many, response = _measure(client, url)
    assert many == few
    assert response.context["page_obj"].paginator.count >= 5000
    assert len(response.content) < 200_000


# --- Postcode search while PDOK is down ---------------------------------------------------

APPROXIMATE = (
    "We rekenen vanaf het midden van postcodegebied 6671, want de postcodezoeker werkt nu niet."
)


@pytest.fixture
def areas(db):
    PostcodeArea.objects.create(
        pc4="6671", latitude=Decimal("51.9283"), longitude=Decimal("5.7139"), municipality="X"
    )


def test_unreachable_geocoder_falls_back_on_the_postcode_area(client, places, areas, pdok):
    pdok["error"] = requests.ConnectTimeout("read timed out")
    response = client.get(URL, {"postcode": "6671 AA"})
    html = response.content.decode()
    assert APPROXIMATE in html
    assert "We kunnen uw postcode nu niet opzoeken" not in html
    assert titles(response)[:2] == ["Kringloop Zetten", "Taalmaatje Zetten"]
    assert round(response.context["places"][0].distance, 1) == 0.0


def test_open_breaker_goes_straight_to_the_postcode_area(client, places, areas, pdok):
    pdok["error"] = requests.ConnectTimeout("read timed out")
    for postcode in ("1011 AB", "2511 CD", "3511 EF", "6671 AA"):
        client.get(URL, {"postcode": postcode})
    assert len(pdok["calls"]) == 3
    assert APPROXIMATE in client.get(URL, {"postcode": "6671 AA"}).content.decode()


def test_a_failing_cache_does_not_break_the_postcode_search(client, places, pdok, settings):
    # Every cache call of the geocoder and its breaker raises (Wagtail's own calls work).
    settings.CACHES = broken_caches("geocode:", "circuit:")
    pdok["payload"] = recorded("pdok_postcode.json")
    for _ in range(2):
        response = client.get(URL, {"postcode": "6671 AA"})
        assert response.status_code == 200
        assert titles(response)[:2] == ["Kringloop Zetten", "Taalmaatje Zetten"]
    assert len(pdok["calls"]) == 2  # nothing could be cached: the cache really was down


def test_no_postcode_in_the_log_when_the_geocoder_fails(client, places, pdok, caplog):
    caplog.set_level(logging.DEBUG)
    pdok["error"] = requests.ConnectionError(
        "HTTPSConnectionPool(host='api.pdok.nl', port=443): Max retries exceeded with url: "
        "/free?q=6671+AA&fq=type%3Apostcode"
    )
    client.get(URL, {"postcode": "6671 AA"})
    assert "Geocoder failed (ConnectionError)" in caplog.messages
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "") + str(record.args)
        assert "6671" not in text and "q=" not in text


def test_a_hanging_geocoder_costs_at_most_the_request_timeout(
    client, places, areas, hanging_server, settings, monkeypatch
):
    from django.core.cache import cache

    from participatiekaart.geocoding import breaker

    cache.clear()
    breaker.reset()
    url = f"http://127.0.0.1:{hanging_server.port}/free"
    accepted = hanging_server.accepted
    settings.GEOCODER_URL = url
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    timeouts = []
    real_get = requests.get

    def spy(*args, **kwargs):
        timeouts.append(kwargs["timeout"])
        return real_get(*args, **kwargs)

    monkeypatch.setattr(requests, "get", spy)
    started = time.monotonic()
    response = client.get(URL, {"postcode": "6671 AA"})
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert APPROXIMATE in response.content.decode()
    assert accepted  # the geocoder really was called, and hung
    assert timeouts == [settings.GEOCODER_REQUEST_TIMEOUT] and timeouts[0] <= 1
    assert elapsed < 2, "hang guard: the request timeout was not applied"


@pytest.mark.parametrize(
    ("least", "most", "text"), [(2, 2, "2 uur"), (2, 4, "2 tot 4 uur"), (1, 1, "1 uur")]
)
def test_hours_of_a_place_read_as_one_number_when_least_and_most_are_equal(least, most, text):
    assert PlaceFactory.build(hours_min=least, hours_max=most).hours_text == text
