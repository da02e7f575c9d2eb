"""Wagtail's housekeeping runs as beat jobs: scheduled publishing, sessions and revisions."""

from datetime import timedelta
from unittest import mock

import pytest
from django.conf import settings
from django.utils import timezone

from portal.core import tasks
from tests.portal.core.factories import ContentPageFactory, add_content_page

BEAT_JOBS = [
    (tasks.publish_scheduled, "publish_scheduled", {}),
    (tasks.clear_sessions, "clearsessions", {}),
    (tasks.purge_revisions, "purge_revisions", {"days": 90}),
]


@pytest.mark.parametrize(("task", "command", "options"), BEAT_JOBS)
def test_task_calls_its_management_command(task, command, options):
    with mock.patch("portal.core.tasks.call_command") as call_command:
        task.delay()
    call_command.assert_called_once_with(command, verbosity=0, **options)


@pytest.mark.parametrize(("task", "command", "options"), BEAT_JOBS)
def test_beat_schedule_names_the_task(task, command, options):
    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert task.name in scheduled


def test_scheduled_publishing_runs_every_five_minutes():
    (entry,) = [
        entry
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "portal.core.tasks.publish_scheduled"
    ]
    now = timezone.now().replace(minute=3, second=0, microsecond=0)
    assert entry["schedule"].remaining_estimate(now) <= timedelta(minutes=5)


@pytest.mark.django_db
def test_a_page_past_its_go_live_date_is_published_by_the_task(home_page):
    page = ContentPageFactory.build(title="Nieuwe regeling", live=False)
    home_page.add_child(instance=page)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()  # scheduled: not live yet
    page.refresh_from_db()
    assert not page.live
    revision = page.latest_revision
    assert revision.approved_go_live_at is not None
    # An hour later: the go-live moment has passed while nobody published by hand.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])

    tasks.publish_scheduled.delay()

    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.pk
    revision.refresh_from_db()
    assert revision.approved_go_live_at is None


@pytest.mark.django_db
def test_a_page_past_its_expiry_date_is_unpublished_by_the_task(home_page):
    page = add_content_page(home_page, title="Vervallen regeling")
    type(page).objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))

    tasks.publish_scheduled.delay()

    page.refresh_from_db()
    assert not page.live
    assert page.expired
