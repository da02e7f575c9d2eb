"""The fault suite: a cache, broker or mail outage never breaks a page or loses a submission."""

import json
import time
import uuid

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from participatiekaart.models import Interest, ParticipatiekaartPage
from portal.celery import app
from portal.core.models import OutboxMessage, OutboxStatus
from portal.core.tasks import sweep_outbox
from tests.conftest import REDIS_URL
from tests.participatiekaart.factories import ELST, KernFactory, OrganisationFactory, PlaceFactory
from tests.portal.core.factories import publish

CLOSED_PORT = "redis://127.0.0.1:1/0"
DETAIL = "/kaart/taalcafe-elst/"


@pytest.fixture
def place(home_page):
    page = ParticipatiekaartPage(title="Participatiekaart", slug="kaart")
    home_page.add_child(instance=page)
    publish(page)
    return PlaceFactory(
        title="Taalcafé Elst",
        slug="taalcafe-elst",
        kern=KernFactory(**ELST),
        organisation=OrganisationFactory(name="Bibliotheek", email="bieb@example.nl"),
    )


def interest_form(token):
    return {
        "token": str(token),
        "name": "Aisha",
        "email": "aisha@example.nl",
        "phone": "",
        "message": "Ik kan op dinsdag.",
        "consent": "on",
        "website": "",
    }


def redis_cache(location):
    return {"default": {"BACKEND": "portal.core.cache.ResilientRedisCache", "LOCATION": location}}


@pytest.mark.parametrize("where", ["closed port", "hanging server"])
def test_pages_and_forms_work_while_the_cache_is_down(
    client, place, settings, where, hanging_server, django_capture_on_commit_callbacks
):
    location = (
        CLOSED_PORT if where == "closed port" else f"redis://127.0.0.1:{hanging_server.port}/0"
    )
    settings.CACHES = redis_cache(location)
    for url in ("/", "/kaart/", DETAIL, "/kaart/?kern=elst"):
        assert client.get(url).status_code == 200, url
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DETAIL, interest_form(uuid.uuid4()))
    assert response.status_code == 302
    assert Interest.objects.count() == 1 and len(mail.outbox) == 2
    health = client.get("/health/")
    body = json.loads(health.content)
    assert health.status_code == 200  # the site serves: a load balancer keeps it in
    assert body["checks"]["cache"]["status"] == "down" and body["status"] == "degraded"


def test_the_cache_is_skipped_for_a_while_after_a_failure(settings, hanging_server):
    from django.core.cache import caches

    settings.CACHES = redis_cache(f"redis://127.0.0.1:{hanging_server.port}/0")
    cache = caches["default"]
    started = time.monotonic()
    assert cache.get("a") is None  # one socket timeout …
    first = time.monotonic() - started
    for n in range(50):
        assert cache.get(f"key-{n}") is None  # … then no more waiting while the breaker is open
        cache.set(f"key-{n}", 1)
    assert not cache.is_available
    assert time.monotonic() - started < first + 1.0


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_broker_down_the_submission_succeeds_and_every_mail_is_sent_once_when_it_is_back(
    client, place, redis_broker, celery_conf
):
    celery_conf(broker_url=CLOSED_PORT)
    token = uuid.uuid4()
    first = client.post(DETAIL, interest_form(token))
    retry = client.post(DETAIL, interest_form(token))  # the resident clicks again
    assert first.status_code == retry.status_code == 302
    assert Interest.objects.count() == 1
    assert OutboxMessage.objects.filter(status=OutboxStatus.PENDING).count() == 2
    assert mail.outbox == []

    celery_conf(broker_url=REDIS_URL)  # the broker is back; beat's sweep runs in the worker
    with start_worker(
        app, pool="solo", concurrency=1, perform_ping_check=False, loglevel="WARNING"
    ):
        assert sweep_outbox.delay().get(timeout=20) == 2
        assert sweep_outbox.delay().get(timeout=20) == 0
    assert sorted(m.to[0] for m in mail.outbox) == ["aisha@example.nl", "bieb@example.nl"]
    assert not OutboxMessage.objects.exclude(status=OutboxStatus.SENT).exists()
