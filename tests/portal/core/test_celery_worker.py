"""Proves the real broker path: a Celery worker consumes a task from Redis and sends the mail."""

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from portal.celery import app
from portal.core import outbox
from portal.core.models import OutboxMessage, OutboxStatus


@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_an_outbox_mail_travels_through_redis_to_a_real_worker(redis_broker):
    with start_worker(
        app,
        pool="solo",
        concurrency=1,
        perform_ping_check=False,
        shutdown_timeout=10,
        loglevel="WARNING",
    ):
        # Autocommit: the row is committed and its delivery task goes to Redis at once.
        row = outbox.enqueue_mail("Via de broker", ["wsp@example.nl"], "Echte worker")
        result = app.tasks["portal.core.tasks.deliver_outbox_message"].delay(row.pk)
        assert result.get(timeout=20) in ("sent", "skipped")  # the first task may have won
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT
    assert [m.subject for m in mail.outbox] == ["Via de broker"]
    assert OutboxMessage.objects.count() == 1
