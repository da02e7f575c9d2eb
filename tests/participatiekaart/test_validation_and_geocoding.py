import pytest
import requests

from participatiekaart.geocoding import GeocoderUnavailable, geocode, parse_response
from participatiekaart.models import GeocodeStatus, Place
from participatiekaart.tasks import geocode_place
from tests.participatiekaart.conftest import recorded
from tests.participatiekaart.factories import PlaceFactory


def test_recorded_pdok_response_is_parsed():
    location = parse_response(recorded("pdok_adres.json"))
    assert (location.latitude, location.longitude) == (51.91931, 5.84852)
    assert parse_response(recorded("pdok_empty.json")) is None


def test_geocoder_uses_configured_url_and_timeout_and_caches(pdok, settings):
    settings.GEOCODER_URL = "https://geocoder.example/free"
    settings.GEOCODER_TIMEOUT = 1.5
    first = geocode("Dorpsstraat 1, 6661 EA Elst")
    second = geocode("dorpsstraat 1, 6661 ea elst")
    assert first == second
    assert len(pdok["calls"]) == 1
    call = pdok["calls"][0]
    assert call["url"] == "https://geocoder.example/free"
    assert call["timeout"] == 1.5
    assert call["params"]["fq"] == "type:adres"


def test_geocoder_timeout_raises_unavailable(pdok):
    pdok["error"] = requests.Timeout("read timed out")
    with pytest.raises(GeocoderUnavailable):
        geocode("Dorpsstraat 1, 6661 EA Elst")


@pytest.fixture
def new_place(db, pdok, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        place = PlaceFactory(latitude=None, longitude=None, street="Dorpsstraat 1")
    return place


def test_saving_a_place_without_coordinates_geocodes_it_in_a_task(new_place, pdok):
    new_place.refresh_from_db()
    assert new_place.geocode_status == GeocodeStatus.OK
    assert (float(new_place.latitude), float(new_place.longitude)) == (51.91931, 5.84852)
    assert pdok["calls"][0]["params"]["q"].startswith("Dorpsstraat 1, 6661 EA")


def test_address_not_found_is_marked(db, pdok, django_capture_on_commit_callbacks):
    pdok["payload"] = recorded("pdok_empty.json")
    with django_capture_on_commit_callbacks(execute=True):
        place = PlaceFactory(latitude=None, longitude=None)
    place.refresh_from_db()
    assert place.geocode_status == GeocodeStatus.NOT_FOUND and place.latitude is None


def test_geocoder_timeout_retries_and_finally_marks_the_place(
    db, pdok, celery_conf, django_capture_on_commit_callbacks
):
    celery_conf(task_eager_propagates=False)
    pdok["error"] = requests.Timeout("read timed out")
    with django_capture_on_commit_callbacks(execute=True):
        place = PlaceFactory(latitude=None, longitude=None)
    place.refresh_from_db()
    assert place.geocode_status == GeocodeStatus.FAILED
    assert len(pdok["calls"]) == geocode_place.max_retries + 1


def test_coordinates_set_by_an_editor_are_never_overwritten(
    db, pdok, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        place = PlaceFactory()  # factory sets coordinates: an editor's choice
    assert place.geocode_status == GeocodeStatus.MANUAL
    assert geocode_place.apply(args=(place.pk,)).get() == "skipped"
    assert pdok["calls"] == []


def test_changing_the_address_looks_it_up_again(
    new_place, pdok, django_capture_on_commit_callbacks
):
    pdok["payload"] = recorded("pdok_postcode.json")
    place = Place.objects.get(pk=new_place.pk)
    place.street, place.postcode = "Kerkstraat 2", "6671 AA"
    with django_capture_on_commit_callbacks(execute=True):
        place.save()
    place.refresh_from_db()
    assert (float(place.latitude), float(place.longitude)) == (51.92812, 5.71402)
    assert len(pdok["calls"]) == 2


def test_geocoding_never_happens_inside_clean(db, pdok):
    from tests.participatiekaart.factories import KernFactory, OrganisationFactory

    place = PlaceFactory.build(
        latitude=None, longitude=None, kern=KernFactory(), organisation=OrganisationFactory()
    )
    place.full_clean()
    assert pdok["calls"] == []
