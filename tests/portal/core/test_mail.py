import smtplib

from django.core import mail
from django.core.mail import EmailMultiAlternatives

from portal.core.tasks import send_email


def test_send_email_sends_text_and_html():
    send_email.delay("Onderwerp", ["werkgever@example.nl"], "Tekst", "<p>HTML</p>")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Onderwerp"
    assert message.body == "Tekst"
    assert message.alternatives[0][1] == "text/html"


def test_send_email_retries_when_the_mail_server_fails(monkeypatch, celery_conf):
    celery_conf(task_eager_propagates=False)  # eager retries re-apply with this setting
    attempts = []
    original = EmailMultiAlternatives.send

    def flaky_send(self, fail_silently=False):
        attempts.append(1)
        if len(attempts) < 3:
            raise smtplib.SMTPServerDisconnected("server went away")
        return original(self, fail_silently)

    monkeypatch.setattr(EmailMultiAlternatives, "send", flaky_send)
    result = send_email.apply(args=("Onderwerp", ["a@example.nl"], "Tekst"))
    assert result.successful()
    assert len(attempts) == 3
    assert len(mail.outbox) == 1


def test_send_email_gives_up_after_max_retries(monkeypatch, celery_conf):
    celery_conf(task_eager_propagates=False)
    attempts = []

    def always_fails(self, fail_silently=False):
        attempts.append(1)
        raise smtplib.SMTPServerDisconnected("down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", always_fails)
    result = send_email.apply(args=("Onderwerp", ["a@example.nl"], "Tekst"))
    assert result.failed()
    assert isinstance(result.result, smtplib.SMTPServerDisconnected)
    assert len(attempts) == send_email.max_retries + 1
    assert mail.outbox == []
