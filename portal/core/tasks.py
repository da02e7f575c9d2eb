"""Celery tasks of the core app. Every notification in the portal is sent by ``send_email``."""

import logging
import smtplib

from celery import shared_task
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command

logger = logging.getLogger(__name__)

RETRYABLE_MAIL_ERRORS = (smtplib.SMTPException, ConnectionError, TimeoutError, OSError)


@shared_task(
    bind=True,
    autoretry_for=RETRYABLE_MAIL_ERRORS,
    retry_backoff=30,
    retry_backoff_max=3600,
    retry_jitter=True,
    max_retries=6,
    soft_time_limit=30,
    time_limit=45,
)
def send_email(self, subject, to, text_body, html_body=None, reply_to=None):
    """Send one e-mail (plain text, optionally with an HTML alternative).

    Retries with exponential back-off when the mail server is unreachable; the SMTP connection
    itself times out after EMAIL_TIMEOUT seconds so a hanging server cannot block a worker.
    """
    message = EmailMultiAlternatives(
        subject=subject, body=text_body, to=list(to), reply_to=list(reply_to or [])
    )
    if html_body:
        message.attach_alternative(html_body, "text/html")
    sent = message.send(fail_silently=False)
    logger.info("Mail %r sent to %d recipient(s)", subject, len(message.to))
    return sent


@shared_task
def rebuild_reference_index():
    """Weekly: rebuild Wagtail's reference index so usage counts in the admin stay right."""
    call_command("rebuild_references_index", verbosity=0)
