"""'Klopt niet meer': form token, honeypot, rate limit and Post/Redirect/Get."""

import uuid

import pytest
from django.core.cache import cache

from participatiekaart.models import PlaceReport
from tests.participatiekaart.factories import ELST, KernFactory, PlaceFactory

REPORT = "/kaart/taalcafe-elst/klopt-niet/"
THANKS = REPORT + "bedankt/"


@pytest.fixture
def place(kaart):
    cache.clear()
    yield PlaceFactory(title="Taalcafé Elst", slug="taalcafe-elst", kern=KernFactory(**ELST))
    cache.clear()


def report(**overrides):
    data = {"reason": "vol", "comment": "Er is een wachtlijst.", "token": str(uuid.uuid4())}
    data["website"] = ""
    data.update(overrides)
    return data


def test_report_form_renders_the_form_token_and_the_honeypot(client, place):
    html = client.get(REPORT).content.decode()
    assert 'type="hidden" name="token"' in html
    honeypot = html[html.index('class="portal-honeypot"') :]
    assert 'name="website"' in honeypot[: honeypot.index("</div>")]


def test_report_redirects_to_a_thank_you_page(client, place):
    response = client.post(REPORT, report())
    assert response.status_code == 302 and response["Location"] == THANKS
    thanks = client.get(THANKS)
    assert thanks.status_code == 200
    assert "Bedankt voor uw melding" in thanks.content.decode()
    report_ = PlaceReport.objects.get()
    assert (report_.place, report_.reason, report_.comment) == (
        place,
        "vol",
        "Er is een wachtlijst.",
    )


def test_double_submitted_report_is_saved_once(client, place):
    data = report()
    assert client.post(REPORT, data)["Location"] == THANKS
    assert client.post(REPORT, data)["Location"] == THANKS
    assert PlaceReport.objects.get().submission_token == uuid.UUID(data["token"])


def test_same_report_arriving_twice_at_once_is_saved_once(client, place, monkeypatch):
    from participatiekaart import services

    data = report()
    client.post(REPORT, data)
    monkeypatch.setattr(services, "is_duplicate_report", lambda token: False)
    assert client.post(REPORT, data)["Location"] == THANKS
    assert PlaceReport.objects.count() == 1


def test_report_from_a_bot_saves_nothing(client, place):
    assert client.post(REPORT, report(website="spam"))["Location"] == THANKS
    assert not PlaceReport.objects.exists()


def test_report_without_form_token_is_not_saved(client, place):
    response = client.post(REPORT, report(token=""))
    assert "Het formulier is verlopen" in response.content.decode()
    assert not PlaceReport.objects.exists()


def test_reports_are_limited_to_ten_an_hour_per_client(client, place):
    for _ in range(10):
        assert client.post(REPORT, report()).status_code == 302
    response = client.post(REPORT, report(comment="Elfde melding"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "al veel meldingen verstuurd" in html and "Elfde melding" in html
    assert PlaceReport.objects.count() == 10


def test_thank_you_page_of_an_unknown_place_is_not_found(client, place):
    assert client.get("/kaart/bestaat-niet/klopt-niet/bedankt/").status_code == 404
