"""Choice labels for listings (portal/core/choices.py) say what Django's get_FOO_display says."""

from django.template import Context, Template

from portal.core import choices
from portal.core.models import OutboxMessage
from portal.core.models.outbox import OutboxStatus


def test_every_label_is_the_one_django_shows():
    for value, _text in OutboxStatus.choices:
        message = OutboxMessage(status=value)
        assert choices.label(message, "status") == message.get_status_display()


def test_an_unknown_value_is_shown_as_it_is():
    assert choices.label(OutboxMessage(status="onbekend"), "status") == "onbekend"


def test_the_template_filter_shows_the_label():
    message = OutboxMessage(status=OutboxStatus.SENT)
    html = Template('{% load portal_tags %}{{ message|choice_label:"status" }}').render(
        Context({"message": message})
    )
    assert html == "Verzonden"
