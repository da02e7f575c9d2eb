"""Writing to and delivering from the transactional outbox (see ``models/outbox.py``).

``enqueue_mail`` is the only way code sends mail: it writes a row inside the caller's
transaction and, after the commit, asks Celery to deliver it. When the broker is down that
request is dropped with a warning; the beat task ``sweep_outbox`` delivers the row later.
``deliver`` claims a row with ``SELECT … FOR UPDATE SKIP LOCKED`` and marks it sent in the same
transaction, so two workers (or a worker and the sweep) never send one row twice.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone

from portal.core.models.outbox import FAILED_RETENTION, SENT_RETENTION, OutboxMessage, OutboxStatus
from portal.core.queue import enqueue_after_commit
from portal.core.text import strip_control_characters

logger = logging.getLogger(__name__)

SWEEP_BATCH = 200
DELIVER_TASK = "portal.core.tasks.deliver_outbox_message"


def enqueue_mail(subject, to, body, html="", reply_to=None, from_email=""):
    """Store one mail in the outbox (part of the current transaction); deliver after commit."""
    recipients = [address for address in to if address]
    if not recipients:
        return None
    message = OutboxMessage.objects.create(
        subject=" ".join(strip_control_characters(subject).split())[:255],
        to=recipients,
        reply_to=[a for a in (reply_to or []) if a],
        from_email=from_email or "",
        body=body,
        html=html or "",
    )
    enqueue_after_commit(DELIVER_TASK, message.pk)
    return message


def enqueue_email_message(message):
    """Store a ready-made ``EmailMessage`` (allauth, Wagtail) in the outbox."""
    html = next(
        (body for body, kind in getattr(message, "alternatives", []) if kind == "text/html"), ""
    )
    from_email = message.from_email if message.from_email != settings.DEFAULT_FROM_EMAIL else ""
    return enqueue_mail(
        message.subject,
        list(message.to) + list(message.cc) + list(message.bcc),
        message.body,
        html,
        reply_to=list(message.reply_to),
        from_email=from_email,
    )


def _as_email(row):
    email = EmailMultiAlternatives(
        subject=row.subject,
        body=row.body,
        from_email=row.from_email or None,
        to=row.to,
        reply_to=row.reply_to,
    )
    if row.html:
        email.attach_alternative(row.html, "text/html")
    return email


def deliver(message_id, now=None):
    """Send one due outbox row. Returns ``"sent"``, ``"failed"``, ``"retry"`` or ``"skipped"``.

    Never raises for a mail-server error: the row records the failure and the sweep tries again
    with back-off, so a flaky SMTP server never breaks a request in eager mode either.
    """
    now = now or timezone.now()
    with transaction.atomic():
        row = (
            OutboxMessage.objects.select_for_update(skip_locked=True)
            .due(now)
            .filter(pk=message_id)
            .first()
        )
        if row is None:
            return "skipped"  # already sent, not due yet, or another worker holds it
        try:
            connection = get_connection(settings.OUTBOX_EMAIL_BACKEND, fail_silently=False)
            connection.send_messages([_as_email(row)])
        except Exception as error:  # any mail-server failure: back off and try again later
            row.record_failure(error, now)
            row.save(update_fields=["attempts", "last_error", "status", "available_at"])
            logger.warning(
                "Outbox message %s not sent (%s), attempt %s", row.pk, row.last_error, row.attempts
            )
            return "failed" if row.status == OutboxStatus.FAILED else "retry"
        row.mark_sent(now)
        row.save(update_fields=["status", "sent_at", "attempts", "last_error"])
    return "sent"


def sweep(now=None, batch=SWEEP_BATCH):
    """Deliver every due row (oldest first); returns how many were sent."""
    now = now or timezone.now()
    ids = list(
        OutboxMessage.objects.due(now)
        .order_by("available_at", "pk")
        .values_list("pk", flat=True)[:batch]
    )
    return sum(1 for pk in ids if deliver(pk, now) == "sent")


def delete_old(now=None):
    """Retention: sent mails after 30 days, failed ones after 90 (they hold personal data)."""
    now = now or timezone.now()
    sent, _ = OutboxMessage.objects.filter(
        status=OutboxStatus.SENT, created_at__lt=now - SENT_RETENTION
    ).delete()
    failed, _ = OutboxMessage.objects.filter(
        status=OutboxStatus.FAILED, created_at__lt=now - FAILED_RETENTION
    ).delete()
    return sent + failed


class OutboxEmailBackend(BaseEmailBackend):
    """``EMAIL_BACKEND`` for everything that calls Django's mail API directly (Wagtail's
    moderation mails, …): the message goes into the outbox instead of to the server."""

    def send_messages(self, email_messages):
        count = 0
        for message in email_messages:
            if enqueue_email_message(message) is not None:
                count += 1
        return count
