"""Flesch–Douma for editors: the score on known sentences and a warning on save, never a block."""

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory

from portal.core.readability import flesch_douma, page_text, syllables, warning_for
from portal.core.wagtail_hooks import warn_about_hard_text

EASY = "De kat zit op de mat."  # 6 words, 6 syllables: 206,835 - 0,93*6 - 77*1 = 124,255
HARD = (
    "Ingevolge de toepasselijke uitvoeringsbepalingen van de Participatiewet dient de "
    "werkgever, voorafgaand aan de indiensttreding van de betrokken werknemer, een "
    "loonwaardebepaling te laten verrichten door een gecertificeerde arbeidsdeskundige."
)


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("kat", 1),
        ("huis", 1),
        ("werkgever", 3),
        ("loonkostensubsidie", 6),
        ("werkgeversservicepunt", 7),
        ("beëindigen", 4),
        ("ideeën", 3),
    ],
)
def test_dutch_syllables_are_counted_by_vowel_groups(word, count):
    assert syllables(word) == count


def test_short_words_in_short_sentences_score_high():
    result = flesch_douma(EASY)
    assert result.words == 6
    assert result.score == pytest.approx(124.3, abs=0.05)
    assert result.long_sentences == []


def test_two_sentences_average_their_length():
    # 9 words, 2 sentences, 12 syllables: 206,835 - 0,93*4,5 - 77*12/9 = 99,98
    result = flesch_douma("U belt ons. Wij helpen u met een werkgever.")
    assert result.score == pytest.approx(100.0, abs=0.05)


def test_a_long_official_sentence_is_hard_and_named():
    result = flesch_douma(HARD)
    assert result.score < 20
    assert result.long_sentences == [HARD]


@pytest.fixture
def hard_page(db):
    from portal.core.models import ContentPage

    return ContentPage(title="Regels", intro=HARD + " " + HARD)


def test_page_text_reads_the_intro_and_body_but_not_the_title(hard_page):
    hard_page.body = [("paragraph", "<p>Een zin in de inhoud.</p>")]
    text = page_text(hard_page)
    assert "Ingevolge" in text and "Een zin in de inhoud." in text
    assert "Regels" not in text


def test_saving_a_hard_page_warns_in_dutch_without_blocking(hard_page):
    request = RequestFactory().post("/admin/pages/1/edit/")
    request.session = {}
    request._messages = FallbackStorage(request)
    assert warn_about_hard_text(request, hard_page) is None  # never a response: no block
    [message] = list(get_messages(request))
    assert message.level_tag == "warning"
    assert str(message).startswith("Deze tekst is moeilijk: Flesch-Douma ")
    assert "(B1 is 60 of hoger). Lange zinnen (meer dan 20 woorden): „Ingevolge" in str(message)


def test_an_easy_page_gets_no_warning(db):
    from portal.core.models import ContentPage

    page = ContentPage(title="Hulp", intro=" ".join([EASY] * 5))
    assert warning_for(page) == ""
