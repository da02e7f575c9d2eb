"""Render a Dutch notification from templates and hand it to Celery.

A notification is three templates sharing a base name: ``<name>_subject.txt``, ``<name>.txt`` and
``<name>.html``. Requests only write to the outbox; the worker talks to the mail server.
"""

from django.template import Context
from django.template.loader import get_template, render_to_string

from portal.core.outbox import enqueue_mail
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
    """Write one mail to the outbox, in the caller's transaction: it is sent after the commit
    (nothing for a rollback) and survives a broker or mail-server outage."""
    recipients = [address for address in to if address]
    if not recipients:
        return False
    subject, text_body, html_body = render_notification(template_base, context)
    enqueue_mail(subject, recipients, text_body, html_body, reply_to=reply_to)
    return True
