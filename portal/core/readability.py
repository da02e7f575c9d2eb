"""A readability signal for editors: the Flesch–Douma score of Dutch text and its long sentences.

Flesch–Douma = 206,835 − 0,93 × (woorden per zin) − 77 × (lettergrepen per woord). Above 60 is
easy (about B1); the public pages measured 73,8 when issue #12 was filed. The score is a signal
for the editor, never a block: a page with a long law name can still be right.
"""

import json
import re
from dataclasses import dataclass, field

from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

B1_MINIMUM = 60
LONG_SENTENCE_WORDS = 20
MIN_WORDS = 20  # below this a score says nothing

_VOWELS = "aeiouyàáâèéêìíîòóôùúû"
_TREMA = "äëïöü"  # a trema starts a new syllable: "beëindigen", "ideeën"
_SYLLABLE = re.compile(rf"[{_VOWELS}{_TREMA}][{_VOWELS}]*", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n+")


def syllables(word):
    return max(1, len(_SYLLABLE.findall(word)))


def sentences(text):
    return [s.strip() for s in _SENTENCE_END.split(text) if _WORD.search(s or "")]


@dataclass
class Readability:
    score: float
    words: int
    long_sentences: list = field(default_factory=list)

    @property
    def is_hard(self):
        return self.words >= MIN_WORDS and self.score < B1_MINIMUM


def flesch_douma(text):
    """The score of ``text`` (plain text) with the sentences longer than 20 words."""
    parts = sentences(text)
    words = [w for s in parts for w in _WORD.findall(s)]
    if not words:
        return Readability(score=100.0, words=0)
    per_sentence = len(words) / len(parts)
    per_word = sum(syllables(w) for w in words) / len(words)
    long = [s for s in parts if len(_WORD.findall(s)) > LONG_SENTENCE_WORDS]
    score = 206.835 - 0.93 * per_sentence - 77 * per_word
    return Readability(score=round(score, 1), words=len(words), long_sentences=long)


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("type", "id", "url", "link", "page", "image", "document"):
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _is_prose(model_field):
    """A plain CharField long enough for a sentence (an intro), not a name, URL or choice."""
    return (
        type(model_field) is models.CharField
        and (model_field.max_length or 0) >= 200
        and not model_field.choices
    )


def page_text(page):
    """The reader's text of a page: the text, rich text and StreamField fields of its own type
    (Wagtail's title, slug and SEO fields are left out)."""
    texts = []
    for model_field in page._meta.concrete_fields:
        if model_field.model is Page:
            continue
        value = getattr(page, model_field.attname, None)
        if isinstance(model_field, StreamField) and value is not None:
            raw = model_field.get_prep_value(value)
            raw = json.loads(raw) if isinstance(raw, str) else raw
            texts.extend(
                strip_tags(s.replace("</p>", "</p>\n").replace("</li>", "</li>\n"))
                for s in _strings(raw)
            )
        elif value and (
            isinstance(model_field, (RichTextField, models.TextField)) or _is_prose(model_field)
        ):
            texts.append(
                strip_tags(str(value).replace("</p>", "</p>\n").replace("</li>", "</li>\n"))
            )
    return "\n".join(t for t in texts if t.strip())


def warning_for(page):
    """A Dutch warning for the editor, or "" when the page reads at B1."""
    result = flesch_douma(page_text(page))
    if result.words < MIN_WORDS or (not result.is_hard and not result.long_sentences):
        return ""
    shown = "; ".join(f"„{s[:90]}{'…' if len(s) > 90 else ''}”" for s in result.long_sentences[:3])
    values = {"score": f"{result.score:.0f}", "minimum": B1_MINIMUM}
    if result.is_hard:
        message = _("Deze tekst is moeilijk: Flesch-Douma %(score)s (B1 is %(minimum)s of hoger).")
    else:
        message = _("Flesch-Douma %(score)s: goed leesbaar, maar let op de lange zinnen.")
    message = message % values
    if shown:
        message += " " + _("Lange zinnen (meer dan %(words)s woorden): %(sentences)s") % {
            "words": LONG_SENTENCE_WORDS,
            "sentences": shown,
        }
    return message
