"""Proves the real broker path: a Celery worker consumes a task from Redis and sends the mail."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from portal.celery import app
from portal.core.tasks import send_email


@pytest.mark.celery_worker
def test_task_travels_through_redis_to_a_real_worker(redis_broker):
    with start_worker(
        app,
        pool="solo",
        concurrency=1,
        perform_ping_check=False,
        shutdown_timeout=10,
        loglevel="WARNING",
    ):
        result = send_email.delay("Via de broker", ["wsp@example.nl"], "Echte worker")
        assert result.get(timeout=20) == 1
    deadline = time.monotonic() + 5
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [m.subject for m in mail.outbox] == ["Via de broker"]
    assert result.status == "SUCCESS"
