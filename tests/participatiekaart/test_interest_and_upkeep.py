import datetime
import json
import uuid
from decimal import Decimal

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from participatiekaart.models import Interest, MatchCount, Organisation, Place, PlaceReport
from participatiekaart.tasks import (
    delete_expired_interests,
    send_confirmation_requests,
    unpublish_stale_places,
)
from portal.core.models import SiteSettings
from tests.participatiekaart.factories import (
    ELST,
    KernFactory,
    OrganisationFactory,
    PlaceFactory,
    proposal_data,
)


@pytest.fixture
def place(kaart):
    cache.clear()
    settings = SiteSettings.objects.get()
    settings.participatiekaart_email = "kaart@gemeente.example.nl"
    settings.save()
    return PlaceFactory(
        title="Taalcafé Elst",
        slug="taalcafe-elst",
        kern=KernFactory(**ELST),
        organisation=OrganisationFactory(name="Bibliotheek", email="bieb@example.nl"),
    )


def form(token=None, **overrides):
    data = {
        "token": str(token or uuid.uuid4()),
        "name": "Aisha",
        "email": "aisha@example.nl",
        "phone": "",
        "message": "Ik kan op dinsdag.",
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


DETAIL = "/kaart/taalcafe-elst/"


def test_detail_page_shows_what_a_resident_needs(client, place):
    html = client.get(DETAIL).content.decode()
    for text in (
        "Taalcafé Elst",
        "Dorpsstraat",
        "6661 EA",
        "Past bij trede 1 tot en met 4",
        "Ik wil meedoen",
        "Klopt er iets niet meer?",
    ):
        assert text in html


def test_openstreetmap_link_writes_coordinates_with_a_decimal_point(client, place):
    place.latitude, place.longitude = Decimal("52.2152"), Decimal("5.9611")
    place.save()
    html = client.get(DETAIL).content.decode()
    assert (
        'href="https://www.openstreetmap.org/?mlat=52.21520&amp;mlon=5.96110'
        '#map=17/52.21520/5.96110"'
    ) in html
    assert "52,2152" not in html


def test_place_without_coordinates_has_no_openstreetmap_link(client, place):
    place.latitude = place.longitude = None
    assert place.openstreetmap_url == ""


def test_unpublished_place_has_no_public_page(client, place):
    place.unpublish()
    assert client.get(DETAIL).status_code == 404


def test_interest_is_saved_and_mailed_to_organisation_and_resident(
    client, place, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DETAIL, form())
    assert response.status_code == 302 and response["Location"] == DETAIL + "aangemeld/"
    interest = Interest.objects.get()
    assert [m.to for m in mail.outbox] == [["bieb@example.nl"], ["aisha@example.nl"]]
    to_organisation = mail.outbox[0]
    assert to_organisation.reply_to == ["aisha@example.nl"]
    assert f"/kaart/uitkomst/{interest.outcome_token}/" in to_organisation.body
    assert "90 dagen" in mail.outbox[1].body


def test_double_submit_saves_and_mails_once(client, place, django_capture_on_commit_callbacks):
    token = uuid.uuid4()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(DETAIL, form(token))
        client.post(DETAIL, form(token))
    assert Interest.objects.count() == 1 and len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "", "phone": ""}, "Vul uw e-mailadres of telefoonnummer in"),
        ({"email": "aisha-at-example"}, "Vul een e-mailadres in zoals naam@voorbeeld.nl."),
        ({"consent": ""}, "Zonder uw toestemming kunnen wij uw aanmelding niet doorsturen."),
        ({"name": ""}, "Vul uw naam in."),
        ({"email": "", "phone": "06-123"}, "Vul een geldig telefoonnummer in, zoals 06 12345678."),
    ],
)
def test_bad_input_is_explained_and_kept(client, place, overrides, message):
    response = client.post(DETAIL, form(**overrides))
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "Ik kan op dinsdag." in html
    assert not Interest.objects.exists() and mail.outbox == []


def test_phone_alone_is_enough(client, place, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(DETAIL, form(email="", phone="06 12345678"))
    assert Interest.objects.get().phone == "06 12345678"
    assert len(mail.outbox) == 1  # no e-mail address: no confirmation, only the organisation


def test_honeypot_and_rate_limit(client, place, django_capture_on_commit_callbacks):
    assert client.post(DETAIL, form(website="spam")).status_code == 302
    assert not Interest.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            client.post(DETAIL, form())
        response = client.post(DETAIL, form(name="Zesde"))
    assert response.status_code == 429
    assert "al vaak aangemeld" in response.content.decode()
    assert Interest.objects.count() == 5
    cache.clear()


def test_organisation_marks_the_outcome_through_the_tokenised_link(client, place):
    interest = Interest.objects.create(place=place, name="A", email="a@example.nl", consent=True)
    url = f"/kaart/uitkomst/{interest.outcome_token}/"
    assert client.get(url).status_code == 200
    client.post(url, {"uitkomst": "gestart"})
    interest.refresh_from_db()
    assert interest.outcome == "gestart" and interest.outcome_set_at
    assert client.get(f"/kaart/uitkomst/{uuid.uuid4()}/").status_code == 404
    assert client.post(url, {"uitkomst": "iets-anders"}).status_code == 404


def test_interests_are_deleted_after_90_days_and_only_counts_remain(place):
    old = timezone.now() - datetime.timedelta(days=91)
    a = Interest.objects.create(place=place, name="A", email="a@example.nl", outcome="gestart")
    b = Interest.objects.create(place=place, name="B", phone="0612345678")
    recent = Interest.objects.create(place=place, name="C", email="c@example.nl")
    Interest.objects.filter(pk__in=[a.pk, b.pk]).update(created_at=old)
    assert delete_expired_interests.apply().get() == 2
    assert list(Interest.objects.all()) == [recent]
    counts = MatchCount.objects.get()
    assert (counts.interests, counts.started, counts.not_started) == (2, 1, 0)
    assert counts.month == old.date().replace(day=1)


def test_monthly_task_mails_each_organisation_a_confirmation_link(
    place, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert send_confirmation_requests.apply().get() == 1
    message = mail.outbox[0]
    assert message.to == ["bieb@example.nl"]
    token = Organisation.objects.get(name="Bibliotheek").confirm_token
    assert f"/kaart/bevestigen/{token}/" in message.body and "Taalcafé Elst" in message.body


def test_organisation_confirms_its_places(client, place):
    Place.objects.filter(pk=place.pk).update(
        last_confirmed_on=datetime.date.today() - datetime.timedelta(days=100)
    )
    url = f"/kaart/bevestigen/{place.organisation.confirm_token}/"
    response = client.post(url)
    assert "1 plek is bevestigd" in response.content.decode()
    place.refresh_from_db()
    assert place.last_confirmed_on == timezone.localdate()


def test_stale_place_goes_offline_by_itself_and_staff_are_told(
    client, place, django_capture_on_commit_callbacks
):
    fresh = PlaceFactory(title="Nog actueel", kern=place.kern)
    Place.objects.filter(pk=place.pk).update(
        last_confirmed_on=datetime.date.today() - datetime.timedelta(days=200)
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert unpublish_stale_places.apply().get() == 1
    place.refresh_from_db()
    fresh.refresh_from_db()
    assert not place.live and place.auto_unpublished_on == timezone.localdate()
    assert fresh.live
    assert client.get(DETAIL).status_code == 404
    assert mail.outbox[0].to == ["kaart@gemeente.example.nl"]
    assert "Taalcafé Elst" in mail.outbox[0].body


def test_resident_reports_that_a_place_is_no_longer_right(client, place):
    response = client.post(
        DETAIL + "klopt-niet/",
        {"reason": "bestaat-niet", "comment": "Gesloten sinds de zomer.", "token": uuid.uuid4()},
        follow=True,
    )
    assert response.redirect_chain == [(DETAIL + "klopt-niet/bedankt/", 302)]
    assert "Bedankt voor uw melding" in response.content.decode()
    report = PlaceReport.objects.get()
    assert report.place == place and not report.handled


def test_report_without_reason_is_explained(client, place):
    html = client.post(DETAIL + "klopt-niet/", {"comment": "x"}).content.decode()
    assert "Kies wat er niet klopt." in html and not PlaceReport.objects.exists()


# --- Proposals and moderation ---------------------------------------------------------------


def test_proposal_is_a_draft_until_staff_publish_it(
    client, kaart, pdok, django_capture_on_commit_callbacks
):
    settings = SiteSettings.objects.get()
    settings.participatiekaart_email = "kaart@gemeente.example.nl"
    settings.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/kaart/voorstellen/", proposal_data())
    assert response["Location"] == "/kaart/voorstellen/bedankt/"
    place = Place.objects.get(title="Repair Café")
    assert not place.live and place.latest_revision is not None
    assert place.postcode == "6661 AB" and place.proposed_by == "info@repair.example"
    assert client.get(f"/kaart/{place.slug}/").status_code == 404
    assert "Repair Café" not in client.get("/kaart/").content.decode()
    assert mail.outbox[-1].to == ["kaart@gemeente.example.nl"]

    place.latest_revision.publish()  # what the moderator's publish button does
    assert client.get(f"/kaart/{place.slug}/").status_code == 200


def test_proposal_with_bad_input_keeps_everything(client, kaart):
    response = client.post("/kaart/voorstellen/", proposal_data(postcode="66", title=""))
    html = response.content.decode()
    assert "Vul een postcode in zoals 1234 AB" in html and "Vul de naam van de plek in." in html
    assert 'value="Markt 3"' in html and "Samen spullen repareren." in html
    assert not Place.objects.exists()


def test_double_proposal_creates_one_draft(client, kaart):
    data = proposal_data()
    client.post("/kaart/voorstellen/", data)
    client.post("/kaart/voorstellen/", data)
    assert Place.objects.filter(title="Repair Café").count() == 1


# --- Open data ------------------------------------------------------------------------------


def test_geojson_is_a_valid_feature_collection_with_the_same_filters(client, place):
    PlaceFactory(title="Sport", place_type="sport", kern=place.kern)
    PlaceFactory(title="Zonder locatie", latitude=None, longitude=None, kern=place.kern)
    response = client.get("/open-data/participatiekaart/plekken.geojson", {"soort": "taal"})
    assert response["Content-Type"].startswith("application/geo+json")
    data = json.loads(b"".join(response.streaming_content))
    assert data["type"] == "FeatureCollection"
    assert [f["properties"]["titel"] for f in data["features"]] == ["Taalcafé Elst"]
    feature = data["features"][0]
    assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert 3 < lon < 8 and 50 < lat < 54  # GeoJSON order is longitude, latitude
    assert feature["properties"]["url"].endswith("/kaart/taalcafe-elst/")


def test_csv_has_a_header_and_one_row_per_place(client, place):
    response = client.get("/open-data/participatiekaart/plekken.csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert lines[0].startswith("id;titel;soort;organisatie")
    assert len(lines) == 2 and "Taalcafé Elst" in lines[1]


def test_proposal_with_a_too_long_email_is_explained_not_a_server_error(client, kaart):
    email = f"{'a' * 64}@{'b' * 63}.{'c' * 63}.{'d' * 63}.nl"  # 258 characters, a valid address
    response = client.post("/kaart/voorstellen/", proposal_data(organisation_email=email))
    assert response.status_code == 200
    assert response.context["form"].errors["organisation_email"] == [
        "Dit e-mailadres is te lang. Gebruik hoogstens 254 tekens."
    ]
    assert email in response.content.decode()
    assert not Place.objects.exists()
