"""Render a Dutch notification from templates and hand it to Celery.

A notification is three templates sharing a base name: ``<name>_subject.txt``, ``<name>.txt`` and
``<name>.html``. Requests only enqueue; the worker talks to the mail server.
"""

from django.db import transaction
from django.template import Context
from django.template.loader import get_template, render_to_string

from portal.core.tasks import send_email
from portal.core.text import strip_control_characters


def _render_plain_text(template_name, context):
    """Render a .txt template without HTML autoescaping ("Peper & Kruid", not "&amp;")."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def render_notification(template_base, context):
    """Subject, text and HTML body; the text parts unescaped, the HTML escaped, and none of them
    with control or bidi characters (which user input could carry into a mail)."""
    subject = strip_control_characters(_render_plain_text(f"{template_base}_subject.txt", context))
    subject = " ".join(subject.split())  # a subject must be a single line
    text_body = strip_control_characters(_render_plain_text(f"{template_base}.txt", context))
    html_body = strip_control_characters(render_to_string(f"{template_base}.html", context))
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
