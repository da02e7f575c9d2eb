"""Celery tasks of the core app: delivering the mail outbox and Wagtail's housekeeping."""

import logging

from celery import shared_task
from django.core.management import call_command

from portal.core import outbox

logger = logging.getLogger(__name__)


@shared_task(soft_time_limit=30, time_limit=45)
def deliver_outbox_message(message_id):
    """Queued right after a commit: send one outbox row (once; failures back off in the row)."""
    return outbox.deliver(message_id)


@shared_task(soft_time_limit=240, time_limit=300)
def sweep_outbox():
    """Every minute: send what the immediate task missed (broker or mail server was down)."""
    return outbox.sweep()


@shared_task
def delete_old_outbox_messages():
    """Daily (AVG): sent mails are kept 30 days, failed ones 90 days."""
    return outbox.delete_old()


@shared_task
def rebuild_reference_index():
    """Weekly: rebuild Wagtail's reference index so usage counts in the admin stay right."""
    call_command("rebuild_references_index", verbosity=0)


@shared_task
def publish_scheduled():
    """Every five minutes: publish what reached its go-live date and unpublish what expired
    (pages and snippets such as participatiekaart places); Wagtail does this only on request."""
    call_command("publish_scheduled", verbosity=0)


@shared_task
def clear_sessions():
    """Daily: delete expired sessions from the database."""
    call_command("clearsessions", verbosity=0)


# Revisions newer than this are kept, so editors can compare and roll back recent work.
KEEP_REVISIONS_DAYS = 90


@shared_task(soft_time_limit=600, time_limit=660)
def purge_revisions():
    """Weekly: delete revisions older than 90 days, except each object's latest revision and
    revisions that are scheduled or in moderation (Wagtail's purge_revisions keeps those)."""
    call_command("purge_revisions", days=KEEP_REVISIONS_DAYS, verbosity=0)
