"""Fuzzing the residents' participatiekaart: search, open data, 'Ik wil meedoen', 'klopt niet
meer' and 'Plek voorstellen'. No input gives a 5xx; a rejected POST saves nothing; an accepted
one saves exactly one submission, complete."""

import csv
import io
import json
import re
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import Revision

from participatiekaart.models import (
    DutchLevel,
    Interest,
    Organisation,
    Place,
    PlaceReport,
    PlaceType,
)
from participatiekaart.models.interest import ReportReason
from portal.core.models import OutboxMessage, SiteSettings
from tests.fuzz import strategies as fz
from tests.fuzz.support import (
    FUZZ_SETTINGS,
    assert_fits_postgres,
    isolated_example,
    post_and_check,
)
from tests.participatiekaart.factories import (
    ELST,
    ZETTEN,
    KernFactory,
    OrganisationFactory,
    PlaceFactory,
    proposal_data,
)

pytestmark = pytest.mark.django_db

DETAIL = "/kaart/taalcafe-elst/"
POSTCODE_RE = r"[1-9][0-9]{3} [A-Z]{2}"


@pytest.fixture
def place(kaart, pdok):
    settings = SiteSettings.objects.get()
    settings.participatiekaart_email = "kaart@gemeente.example.nl"
    settings.save()
    KernFactory(**ZETTEN)
    return PlaceFactory(
        title="Taalcafé Elst",
        slug="taalcafe-elst",
        kern=KernFactory(**ELST),
        organisation=OrganisationFactory(name="Bibliotheek", email="bieb@example.nl"),
    )


# --- Search and open data (GET) -------------------------------------------------------------

search_filters = fz.form_data(
    valid={},
    hostile={
        "q": fz.hostile_text(),
        "soort": st.one_of(st.sampled_from(PlaceType.values), fz.hostile_choice()),
        "kern": st.one_of(st.sampled_from(["elst", "zetten"]), fz.hostile_choice()),
        "dichtbij": st.one_of(st.sampled_from(["elst", "zetten"]), fz.hostile_choice()),
        "trede": st.one_of(st.integers(0, 7).map(str), fz.hostile_number()),
        "taal": st.one_of(st.integers(-1, 3).map(str), fz.hostile_number()),
        "uren": st.one_of(st.integers(0, 41).map(str), fz.hostile_number()),
        "rolstoel": st.one_of(st.just("on"), fz.hostile_text()),
        "begeleiding": st.one_of(st.just("on"), fz.hostile_text()),
        "gratis": st.one_of(st.just("on"), fz.hostile_text()),
        "postcode": st.one_of(
            st.sampled_from(["6661 AB", "6661ab", "1234SA"]),
            fz.mixed_digits("6661 AB"),
            fz.hostile_text(),
        ),
        "pagina": fz.hostile_number(),
    },
)
pdok_modes = st.sampled_from(["found", "empty", "down"])


@FUZZ_SETTINGS
@given(params=search_filters, extra=fz.extra_params(), mode=pdok_modes)
def test_search_filters_never_fail(client, place, pdok, params, extra, mode):
    pdok["mode"] = mode
    with isolated_example():
        response = client.get("/kaart/", fz.merged(extra, params))
        assert response.status_code == 200


@FUZZ_SETTINGS
@given(params=search_filters, mode=pdok_modes, fmt=st.sampled_from(["geojson", "csv"]))
def test_open_data_filters_never_fail(client, place, pdok, params, mode, fmt):
    pdok["mode"] = mode
    with isolated_example():
        response = client.get(f"/open-data/participatiekaart/plekken.{fmt}", fz.merged({}, params))
        assert response.status_code == 200
        body = b"".join(response.streaming_content).decode()
        if fmt == "geojson":
            assert json.loads(body)["type"] == "FeatureCollection"
        else:
            rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
            assert rows[0][0] == "id"


# --- Ik wil meedoen -------------------------------------------------------------------------

interest_data = fz.contact_form_data()


@FUZZ_SETTINGS
@given(data=interest_data)
def test_interest_form(client, place, data):
    data = fz.merged({}, data)
    with isolated_example():
        mails = OutboxMessage.objects.count()
        new = post_and_check(
            client, DETAIL, data, Interest, watch=(Place, Organisation), honeypot=True
        )
        if new:
            assert OutboxMessage.objects.count() > mails, "interest saved without its mail"
            assert new.email or new.phone


# --- Klopt niet meer -------------------------------------------------------------------------

report_data = fz.form_data(
    valid={
        "token": st.uuids().map(str),
        "reason": st.sampled_from(ReportReason.values),
        "comment": st.sampled_from(["", "De tijden zijn anders."]),
        "website": "",
    },
    hostile={
        "token": fz.hostile_token(),
        "reason": fz.hostile_choice(),
        "comment": fz.hostile_text(),
        "website": fz.hostile_text(),
    },
)


@FUZZ_SETTINGS
@given(data=report_data)
def test_report_form(client, place, data):
    data = fz.merged({}, data)
    with isolated_example():
        url = DETAIL + "klopt-niet/"
        post_and_check(client, url, data, PlaceReport, watch=(Place,), honeypot=True)


# --- Plek voorstellen ----------------------------------------------------------------------


def proposal_strategy():
    numbers = st.one_of(st.integers(0, 45).map(str), fz.hostile_number())
    return fz.form_data(
        valid={
            "token": st.uuids().map(str),
            "place_type": st.sampled_from(PlaceType.values),
            "postcode": st.sampled_from(["6661ab", "6661 AB", " 6661AB "]),
            "dutch_level": st.sampled_from([str(v) for v in DutchLevel.values]),
        },
        hostile={
            "token": fz.hostile_token(),
            "organisation_name": fz.hostile_text(),
            "organisation_email": fz.hostile_email(),
            "title": fz.hostile_text(),
            "place_type": fz.hostile_choice(),
            "description": fz.hostile_text(),
            "street": fz.hostile_text(),
            "postcode": st.one_of(fz.mixed_digits("6661 AB"), fz.hostile_text()),
            "kern": fz.hostile_choice(),
            "ladder_min": numbers,
            "ladder_max": numbers,
            "hours_min": numbers,
            "hours_max": numbers,
            "days": fz.hostile_text(),
            "is_free": fz.hostile_text(),
            "cost": fz.hostile_text(),
            "wheelchair_accessible": fz.hostile_text(),
            "dutch_level": fz.hostile_choice(),
            "guidance_available": fz.hostile_text(),
            "contact_person": fz.hostile_text(),
            "website": fz.hostile_text(),
        },
    )


@FUZZ_SETTINGS
@given(data=proposal_strategy())
def test_proposal_form(client, place, data):
    data = fz.merged(proposal_data(ELST), data)
    with isolated_example():
        also = (Organisation, Revision)
        new = post_and_check(client, "/kaart/voorstellen/", data, Place, also=also, honeypot=True)
        if new:
            assert_fits_postgres(new.organisation)
            assert new.live is False and new.organisation.is_proposed
            assert re.fullmatch(POSTCODE_RE, new.postcode), f"saved postcode {new.postcode!r}"


def test_proposal_with_a_fullwidth_digit_postcode_is_refused(client, place):
    """Found by fuzzing: regex ``\\d`` accepts any Unicode digit, so "6６６１ AB" was saved
    as a postcode that no geocoder or postcode area knows."""
    response = client.post("/kaart/voorstellen/", proposal_data(postcode="6６６１ AB"))
    assert response.status_code == 200
    assert not Place.objects.filter(proposed_by="info@repair.example").exists()


def test_interest_with_a_phone_number_in_other_digits_is_refused(client, place):
    """Found by fuzzing: ``str.isdigit`` counts '٠٦١٢٣٤٥٦٧٨' (Arabic-Indic) and '²' as
    digits, so such a 'phone number' was accepted. Left to the shared phone validator."""
    for phone in ("٠٦١٢٣٤٥٦٧٨", "０６１２３４５６７８", "06¹²³⁴⁵⁶⁷⁸"):
        data = {"token": str(uuid.uuid4()), "name": "Aisha", "phone": phone, "consent": "on"}
        assert client.post(DETAIL, data).status_code == 200, phone
    assert not Interest.objects.exists()


@pytest.mark.parametrize("field", ["hours_min", "hours_max"])
@pytest.mark.parametrize("value", ["41", "168", "40000"])
def test_proposal_hours_above_40_a_week_are_refused_at_the_field(client, place, field, value):
    """Found by fuzzing: the hours had no upper bound, so SQLite stored 40000 hours a week
    (beyond PostgreSQL's smallint column, where Django refused it with a generic message)."""
    data = proposal_data(**{field: value})
    if field == "hours_min":
        data["hours_max"] = value
    response = client.post("/kaart/voorstellen/", data)
    assert response.status_code == 200
    assert response.context["form"].errors[field] == ["Vul hoogstens 40 uur per week in."]
    assert not Place.objects.filter(proposed_by="info@repair.example").exists()
