"""The transactional outbox: a mail is a row written with the submission, delivered once."""

import datetime
import smtplib
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from portal.core import outbox
from portal.core.mail import queue_notification
from portal.core.models import OutboxMessage, OutboxStatus
from portal.core.models.outbox import MAX_ATTEMPTS
from portal.core.tasks import deliver_outbox_message, sweep_outbox

pytestmark = pytest.mark.django_db


def test_a_rolled_back_transaction_leaves_no_mail(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                outbox.enqueue_mail("Onderwerp", ["a@example.nl"], "Tekst")
                raise RuntimeError("submission failed")
        except RuntimeError:
            pass
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


def test_a_committed_mail_is_delivered_once_with_text_and_html(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        row = outbox.enqueue_mail(
            "Onderwerp", ["a@example.nl", ""], "Tekst", "<p>HTML</p>", reply_to=["r@example.nl"]
        )
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and row.sent_at and row.attempts == 1
    assert deliver_outbox_message.apply(args=[row.pk]).get() == "skipped"
    assert sweep_outbox.apply().get() == 0
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert (sent.subject, sent.to, sent.reply_to, sent.body) == (
        "Onderwerp",
        ["a@example.nl"],
        ["r@example.nl"],
        "Tekst",
    )
    assert sent.alternatives[0][1] == "text/html"


def test_a_mail_server_failure_backs_off_and_the_sweep_sends_it_later(monkeypatch):
    row = outbox.enqueue_mail("Onderwerp", ["a@example.nl"], "Tekst")
    now = timezone.now()

    def down(self, messages):
        raise smtplib.SMTPServerDisconnected("server went away")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", down)
    assert outbox.deliver(row.pk, now) == "retry"
    row.refresh_from_db()
    assert row.attempts == 1 and row.last_error == "SMTPServerDisconnected"
    assert row.available_at == now + datetime.timedelta(minutes=1)
    assert outbox.sweep(now) == 0  # not due yet
    monkeypatch.undo()
    assert outbox.sweep(now + datetime.timedelta(minutes=2)) == 1
    assert len(mail.outbox) == 1


def test_after_the_last_attempt_the_mail_is_marked_failed(monkeypatch):
    row = outbox.enqueue_mail("Onderwerp", ["a@example.nl"], "Tekst")

    def down(self, messages):
        raise OSError("connection refused")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", down)
    later = timezone.now()
    results = []
    for _ in range(MAX_ATTEMPTS):
        later += datetime.timedelta(days=1)
        results.append(outbox.deliver(row.pk, later))
    row.refresh_from_db()
    assert results[-1] == "failed" and row.status == OutboxStatus.FAILED
    assert outbox.deliver(row.pk, later + datetime.timedelta(days=1)) == "skipped"


def test_django_mail_api_writes_to_the_outbox(settings):
    # Wagtail's own mails (moderation, …) use Django's API: production routes it here.
    settings.EMAIL_BACKEND = "portal.core.outbox.OutboxEmailBackend"
    send_mail("Ter moderatie", "Er staat een pagina klaar.", None, ["redactie@example.nl"])
    row = OutboxMessage.objects.get()
    assert row.to == ["redactie@example.nl"] and row.status == OutboxStatus.PENDING


def test_notifications_go_through_the_outbox(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue_notification(
            "accounts/mail/invitation",
            {
                "invitation": SimpleNamespace(
                    organisation=SimpleNamespace(name="Peper & Kruid"), email="b@example.nl"
                ),
                "accept_url": "http://testserver/x/",
            },
            to=["b@example.nl"],
        )
    assert OutboxMessage.objects.get().status == OutboxStatus.SENT
    assert mail.outbox[0].to == ["b@example.nl"]


def test_old_mails_are_deleted_after_their_retention_period():
    now = timezone.now()
    sent = outbox.enqueue_mail("Oud", ["a@example.nl"], "Tekst")
    failed = outbox.enqueue_mail("Mislukt", ["a@example.nl"], "Tekst")
    recent = outbox.enqueue_mail("Nieuw", ["a@example.nl"], "Tekst")
    OutboxMessage.objects.filter(pk=sent.pk).update(
        status=OutboxStatus.SENT, created_at=now - datetime.timedelta(days=31)
    )
    OutboxMessage.objects.filter(pk=failed.pk).update(
        status=OutboxStatus.FAILED, created_at=now - datetime.timedelta(days=60)
    )
    assert outbox.delete_old(now) == 1
    assert set(OutboxMessage.objects.values_list("pk", flat=True)) == {failed.pk, recent.pk}


def test_subjects_lose_control_and_direction_characters():
    row = outbox.enqueue_mail("Reactie \u202eevil\x07\nop vacature", ["a@example.nl"], "Tekst")
    assert row.subject == "Reactie evil op vacature"
