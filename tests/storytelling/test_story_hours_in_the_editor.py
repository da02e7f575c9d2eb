"""In Wagtail's editor: the werkgeverscheque's 32-hour rule on a story's instrument link, and
the readability warning after saving a page."""

import pytest
from django.contrib.messages import get_messages
from wagtail.test.utils.form_data import inline_formset

from storytelling.models import CandidateStoryPage
from tests.instrumentenboek.factories import add_index, add_instrument
from tests.storytelling.test_privacy_guard import add_url, editor, index, story_form  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def cheque(home_page):
    return add_instrument(
        add_index(home_page),
        title="Werkgeverscheque",
        slug="werkgeverscheque",
        summary="Vrij te besteden bedrag.",
        soort="financieel",
        aanbieder="gemeente",
        rules=[{"outcome": "niet", "reason": "32 uur", "max_hours_per_week": 31}, {}],
    )


def with_cheque(cheque, hours):
    return story_form(
        hours_per_week=hours,
        instrument_links=inline_formset([{"instrument": cheque.pk}]),
    )


def test_editor_cannot_link_the_werkgeverscheque_to_a_24_hour_story(editor, index, cheque):  # noqa: F811
    response = editor.post(add_url(index), with_cheque(cheque, "24"))
    assert response.status_code == 200
    assert "Werkgeverscheque geldt alleen bij minstens 32 uur per week." in (
        response.content.decode()
    )
    assert not CandidateStoryPage.objects.exists()


def test_editor_links_the_werkgeverscheque_to_a_32_hour_story(editor, index, cheque):  # noqa: F811
    response = editor.post(add_url(index), with_cheque(cheque, "32"))
    assert response.status_code == 302
    assert CandidateStoryPage.objects.get().instrument_links.get().instrument == cheque


def test_saving_a_hard_story_shows_the_readability_warning_and_still_saves(editor, index):  # noqa: F811
    long_intro = (
        "Ingevolge de toepasselijke uitvoeringsbepalingen van de Participatiewet dient de "
        "werkgever voorafgaand aan de indiensttreding van de betrokken werknemer een "
        "loonwaardebepaling te laten verrichten door een gecertificeerde arbeidsdeskundige."
    )
    response = editor.post(add_url(index), story_form(intro=long_intro))
    assert response.status_code == 302
    assert CandidateStoryPage.objects.exists()
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert any(w.startswith("Deze tekst is moeilijk: Flesch-Douma") for w in warnings), warnings
