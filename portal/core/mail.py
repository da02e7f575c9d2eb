"""Render a Dutch notification from templates and hand it to Celery.

A notification is three templates sharing a base name: ``<name>_subject.txt``, ``<name>.txt`` and
``<name>.html``. Requests only enqueue; the worker talks to the mail server.
"""

from django.db import transaction
from django.template.loader import render_to_string

from portal.core.tasks import send_email


def render_notification(template_base, context):
    subject = render_to_string(f"{template_base}_subject.txt", context).strip()
    subject = " ".join(subject.split())  # a subject must be a single line
    text_body = render_to_string(f"{template_base}.txt", context)
    html_body = render_to_string(f"{template_base}.html", context)
    return subject, text_body, html_body


def queue_notification(template_base, context, to, reply_to=None):
    """Queue one mail after the current transaction commits (so nothing is sent for a rollback)."""
    recipients = [address for address in to if address]
    if not recipients:
        return False
    subject, text_body, html_body = render_notification(template_base, context)
    transaction.on_commit(
        lambda: send_email.delay(subject, recipients, text_body, html_body, reply_to)
    )
    return True
