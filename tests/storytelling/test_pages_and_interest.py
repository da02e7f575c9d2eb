import datetime

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from storytelling.models import StoryInterest
from storytelling.tasks import delete_expired_interests
from tests.instrumentenboek.factories import DoelgroepFactory, add_index, add_instrument
from tests.storytelling.factories import (
    SectorFactory,
    add_candidate,
    add_employer_story,
    add_story_index,
)


@pytest.fixture
def stories(home_page):
    groen = SectorFactory(slug="groen", name="Groen")
    zorg = SectorFactory(slug="zorg", name="Zorg")
    banen = DoelgroepFactory(slug="banenafspraak", name="Banenafspraak")
    instruments = add_index(home_page)
    lks = add_instrument(instruments, title="Loonkostensubsidie", slug="loonkostensubsidie")
    index = add_story_index(home_page)
    job = add_candidate(
        index,
        title="Job wil buiten werken",
        slug="job",
        first_name="Job",
        ladder_now=4,
        ladder_goal=5,
        klantprofiel=1,
        sectors=[groen],
        groups=[banen],
        instruments=[lks],
    )
    ria = add_candidate(
        index,
        title="Ria wil zorgen",
        slug="ria",
        first_name="Ria",
        ladder_now=2,
        ladder_goal=3,
        klantprofiel=3,
        sectors=[zorg],
    )
    marja = add_employer_story(index, title="Marja vond een opvolger", slug="marja", sector=zorg)
    return {"index": index, "job": job, "ria": ria, "marja": marja, "lks": lks}


def names(response):
    return (
        [s.title for s in response.context["candidates"]],
        [s.title for s in response.context["employers"]],
    )


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, (["Ria wil zorgen", "Job wil buiten werken"], ["Marja vond een opvolger"])),
        ({"trede": "4"}, (["Job wil buiten werken"], [])),
        ({"profiel": "3"}, (["Ria wil zorgen"], [])),
        ({"sector": "zorg"}, (["Ria wil zorgen"], ["Marja vond een opvolger"])),
        ({"voor_wie": "banenafspraak"}, (["Job wil buiten werken"], [])),
        ({"soort": "werkgever"}, ([], ["Marja vond een opvolger"])),
    ],
)
def test_story_filters_are_get_parameters(client, stories, params, expected):
    assert names(client.get("/verhalen/", params)) == expected


def test_ladder_shows_every_step_with_its_story_count_and_links(client, stories):
    response = client.get("/verhalen/", {"trede": "4"})
    ladder = response.context["ladder"]
    assert [(s.number, s.count) for s in ladder] == [(1, 0), (2, 1), (3, 0), (4, 1), (5, 0), (6, 0)]
    assert [s.selected for s in ladder] == [False, False, False, True, False, False]
    html = response.content.decode()
    assert 'href="?trede=4" aria-current="true"' in html
    assert "Onbetaald werk" in html


def test_ladder_counts_every_candidate_whatever_the_filters(client, stories):
    def counts(params):
        return [step.count for step in client.get("/verhalen/", params).context["ladder"]]

    assert counts({}) == counts({"trede": "4"}) == counts({"soort": "werkgever"})
    assert sum(counts({})) == 2


def test_invalid_filter_gets_a_message_and_the_rest_still_works(client, stories):
    response = client.get("/verhalen/", {"trede": "9", "sector": "zorg"})
    assert "Kies een waarde uit de lijst." in response.content.decode()
    assert names(response)[0] == ["Ria wil zorgen"]


def test_story_index_query_count_is_flat(client, stories):
    index = stories["index"]
    groen = SectorFactory(slug="groen")

    def count():
        client.get("/verhalen/")
        with CaptureQueriesContext(connection) as queries:
            client.get("/verhalen/")
        return len(queries)

    few = count()
    for n in range(30):
        add_candidate(
            index,
            title=f"Extra {n}",
            slug=f"extra-{n}",
            sectors=[groen],
            ladder_now=(n % 6) + 1,
            ladder_goal=6,
        )
        add_employer_story(index, title=f"Werkgever extra {n}", slug=f"werkgever-{n}")
    assert count() == few


def test_story_page_shows_the_ladder_in_words_and_the_instruments(client, stories):
    html = client.get("/verhalen/job/").content.decode()
    assert "Job staat nu op trede 4 (onbetaald werk) en werkt naar trede 5" in html
    assert "portal-ladder__step--now" in html and "portal-ladder__step--goal" in html
    assert 'href="/instrumentenboek/loonkostensubsidie/"' in html
    assert "Interesse in iemand zoals Job?" in html


def test_instrument_page_links_back_to_its_stories(client, stories):
    html = client.get("/instrumentenboek/loonkostensubsidie/").content.decode()
    assert 'href="/verhalen/job/"' in html


def test_book_groups_stories_by_ladder_step(client, stories):
    response = client.get("/verhalen/boek/")
    steps = {step.number: [s.title for s in items] for step, items in response.context["steps"]}
    assert steps[2] == ["Ria wil zorgen"] and steps[4] == ["Job wil buiten werken"]
    html = response.content.decode()
    assert 'href="#trede-4"' in html and "Verhalen van werkgevers" in html


# --- The interest form ----------------------------------------------------------------------


@pytest.fixture
def recipients(stories):
    from portal.core.models import SiteSettings

    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "am@gemeente.example.nl"
    settings.wsp_email = "wsp@regio.example.nl"
    settings.save()


def form_data(token, **overrides):
    data = {
        "token": str(token),
        "name": "Kim de Boer",
        "organisation": "Hoveniersbedrijf Groen",
        "email": "kim@groen.example.nl",
        "phone": "",
        "message": "Wij zoeken een hulp.",
        "website": "",
    }
    data.update(overrides)
    return data


def get_token(client):
    return client.get("/verhalen/job/").context["interest_form"]["token"].value()


def test_valid_interest_sends_one_mail_to_the_accountmanager_through_celery(
    client, stories, recipients, django_capture_on_commit_callbacks
):
    token = get_token(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/verhalen/job/", form_data(token))
    assert response.status_code == 302 and response["Location"] == "/verhalen/job/bedankt/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["am@gemeente.example.nl", "wsp@regio.example.nl"]
    assert message.reply_to == ["kim@groen.example.nl"]
    assert "Hoveniersbedrijf Groen" in message.body and "Job wil buiten werken" in message.body
    assert message.alternatives[0][1] == "text/html"
    assert StoryInterest.objects.get().story == stories["job"]


def test_double_submit_sends_one_mail(
    client, stories, recipients, django_capture_on_commit_callbacks
):
    token = get_token(client)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post("/verhalen/job/", form_data(token))
        second = client.post("/verhalen/job/", form_data(token))
    assert first["Location"] == second["Location"] == "/verhalen/job/bedankt/"
    assert len(mail.outbox) == 1
    assert StoryInterest.objects.count() == 1


def test_bad_input_keeps_what_was_typed_and_explains_in_dutch(client, stories, recipients):
    token = get_token(client)
    response = client.post(
        "/verhalen/job/", form_data(token, email="kim-at-groen", organisation="", phone="123")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vul een e-mailadres in zoals naam@bedrijf.nl." in html
    assert "Vul de naam van uw bedrijf in." in html
    assert "Vul een geldig telefoonnummer in, zoals 06 12345678." in html
    assert 'value="kim-at-groen"' in html and 'value="Kim de Boer"' in html
    assert "Wij zoeken een hulp." in html
    assert not StoryInterest.objects.exists() and mail.outbox == []


def test_honeypot_submission_is_thanked_but_not_sent(client, stories, recipients):
    response = client.post(
        "/verhalen/job/", form_data(get_token(client), website="http://spam.example")
    )
    assert response.status_code == 302
    assert not StoryInterest.objects.exists() and mail.outbox == []


def test_rate_limit_refuses_the_sixth_submission_in_an_hour_and_keeps_the_text(
    client, stories, recipients, django_capture_on_commit_callbacks
):
    import uuid

    from django.core.cache import cache

    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            assert client.post("/verhalen/job/", form_data(uuid.uuid4())).status_code == 302
        response = client.post("/verhalen/job/", form_data(uuid.uuid4(), name="Zesde Keer"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "al vaak een bericht gestuurd" in html and 'value="Zesde Keer"' in html
    assert len(mail.outbox) == 5 and StoryInterest.objects.count() == 5
    cache.clear()


def test_interests_older_than_180_days_are_deleted(stories):
    old = StoryInterest.objects.create(
        story=stories["job"], name="A", organisation="B", email="a@b.nl"
    )
    recent = StoryInterest.objects.create(
        story=stories["job"], name="C", organisation="D", email="c@d.nl"
    )
    StoryInterest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=181)
    )
    assert delete_expired_interests.apply().get() == 1
    assert list(StoryInterest.objects.all()) == [recent]


def test_retention_runs_daily_on_beat():
    from django.conf import settings

    schedule = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "storytelling.tasks.delete_expired_interests" in schedule
