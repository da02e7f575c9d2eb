"""The vacancy flow's mails travel through the real broker to a real worker once."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from portal.celery import app
from portal.core.models import SiteSettings
from tests.vacatures.factories import VacancyFactory, make_employer
from vacatures.services import submit


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_submitting_a_vacancy_mails_through_redis_and_a_worker(redis_broker, home_page):
    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "am@gemeente.example.nl"
    settings.save()
    employer = make_employer()
    vacancy = VacancyFactory(organisation=employer.membership.organisation, created_by=employer)
    with start_worker(
        app,
        pool="solo",
        concurrency=1,
        perform_ping_check=False,
        shutdown_timeout=10,
        loglevel="WARNING",
    ):
        submit(vacancy, employer)  # autocommit: on_commit fires now, tasks go to Redis
        deadline = time.monotonic() + 20
        while len(mail.outbox) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["am@gemeente.example.nl", "eigenaar@bedrijf.example.nl"]
