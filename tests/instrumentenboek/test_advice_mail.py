"""'Mail dit advies': the advice as one mail through the outbox, once per form token, rate
limited, the address stored nowhere but in the outbox row."""

import uuid
from urllib.parse import urlencode

import pytest
from django.core.cache import cache
from django.test import Client

from instrumentenboek.services import ADVICE_MAIL_LIMIT_PER_HOUR
from portal.core.models.outbox import OutboxMessage
from portal.core.page_cache import HEADER
from tests.form_values import rendered_form_data
from tests.instrumentenboek.test_pages import BIJSTAND_ANSWERS as ANSWERS
from tests.instrumentenboek.test_pages import catalogue, index  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

QUERY = urlencode(ANSWERS)
MAIL_URL = f"/instrumentenboek/wijzer/advies/mailen/?{QUERY}"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # rate limits and used tokens
    yield
    cache.clear()


def post(client, email="werkgever@bedrijf.example.nl", token=None, **extra):
    data = {"email": email, "token": str(token or uuid.uuid4()), "website": "", **extra}
    return client.post(MAIL_URL, data)


def test_mailing_the_advice_queues_one_mail_with_answers_results_and_link_back(
    client,
    catalogue,  # noqa: F811
):
    response = post(client)
    assert response.status_code == 302
    assert response["Location"] == f"/instrumentenboek/wijzer/advies/gemaild/?{QUERY}"
    mail = OutboxMessage.objects.get()
    assert mail.to == ["werkgever@bedrijf.example.nl"]
    assert mail.subject.startswith("Uw advies van de instrumentenwijzer")
    for text in (
        "Hoe oud is de kandidaat? 57",
        "Bijstand (Participatiewet)",
        "Werkgeverscheque: Past, omdat u aangaf dat de kandidaat bijstand",
        "In het eerste jaar krijgt u voor deze kandidaat ongeveer € 4.500.",
        f"http://testserver/instrumentenboek/wijzer/?{QUERY}",
    ):
        assert text in mail.body, text
    assert f'href="http://testserver/instrumentenboek/wijzer/?{QUERY.replace("&", "&amp;")}"' in (
        mail.html
    )
    confirmation = client.get(response["Location"]).content.decode()
    assert "Het advies is gemaild" in confirmation
    assert f'href="/instrumentenboek/wijzer/?{QUERY.replace("&", "&amp;")}"' in confirmation


def test_a_double_submit_sends_the_advice_once(client, catalogue):  # noqa: F811
    token = uuid.uuid4()
    assert post(client, token=token).status_code == 302
    assert post(client, token=token).status_code == 302
    assert OutboxMessage.objects.count() == 1


def test_a_bot_filling_the_honeypot_gets_a_thank_you_and_no_mail(client, catalogue):  # noqa: F811
    response = post(client, website="http://spam.example")
    assert response.status_code == 302
    assert not OutboxMessage.objects.exists()


def test_a_wrong_address_shows_the_error_at_the_field_on_the_results(client, catalogue):  # noqa: F811
    response = post(client, email="werkgever@")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Niet alles is goed ingevuld." in html
    assert "Vul een e-mailadres in zoals naam@bedrijf.nl." in html
    assert 'value="werkgever@"' in html
    assert "Werkgeverscheque" in html  # still the results beside the form
    assert not OutboxMessage.objects.exists()


def test_over_the_hourly_limit_the_advice_is_not_mailed(client, catalogue):  # noqa: F811
    for _ in range(ADVICE_MAIL_LIMIT_PER_HOUR):
        assert post(client).status_code == 302
    response = post(client, email="nog.een@bedrijf.example.nl")
    assert response.status_code == 429
    assert "al vaak een advies gemaild" in response.content.decode()
    assert 'value="nog.een@bedrijf.example.nl"' in response.content.decode()
    assert OutboxMessage.objects.count() == ADVICE_MAIL_LIMIT_PER_HOUR


def test_mail_route_without_post_or_answers_goes_back_to_the_wizard(client, catalogue):  # noqa: F811
    response = client.get(MAIL_URL)
    assert response.status_code == 302
    assert response["Location"] == f"/instrumentenboek/wijzer/?{QUERY}"
    response = client.post("/instrumentenboek/wijzer/advies/mailen/?leeftijd=57", {})
    assert response["Location"] == "/instrumentenboek/wijzer/?leeftijd=57"
    assert not OutboxMessage.objects.exists()


def test_results_page_is_cached_and_a_visitor_from_the_cache_can_mail_it(
    client,
    settings,
    catalogue,  # noqa: F811
):
    settings.PAGE_CACHE_SECONDS = 600
    results = f"/instrumentenboek/wijzer/?{QUERY}"
    assert Client().get(results)[HEADER] == "miss"
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(results)
    assert page[HEADER] == "hit"
    data = rendered_form_data(page.content.decode(), containing="email")  # as a browser sends
    data["email"] = "werkgever@bedrijf.example.nl"
    response = visitor.post(MAIL_URL, data)
    assert response.status_code == 302
    assert OutboxMessage.objects.get().to == ["werkgever@bedrijf.example.nl"]
