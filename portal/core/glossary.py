"""Explain jargon where it first appears on a page: the first occurrence of each ``Begrip``
becomes a link to its entry in the begrippenlijst, with the short explanation as its title.
Plain HTML, no JavaScript: the link works with a keyboard and a screen reader, the title is a
bonus for mouse users."""

import re

from django.core.cache import cache
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from portal.core.models import Begrip
from portal.core.page_cache import generation


def _begrippen():
    """All terms, from the cache until a page or term changes (the page cache's generation)."""
    current = generation()
    if current is None:
        return list(Begrip.objects.all())
    key = f"glossary:{current}"
    begrippen = cache.get(key)
    if begrippen is None:
        begrippen = list(Begrip.objects.all())
        cache.set(key, begrippen, 3600)
    return begrippen


class Glossary:
    """One per rendered page: remembers which terms it has explained already."""

    def __init__(self, begrippen, page_url=""):
        self.page_url = page_url
        self.seen = set()
        self.entries = []
        for begrip in begrippen:
            flags = 0 if begrip.term.isupper() else re.IGNORECASE
            pattern = re.compile(rf"(?<![\w-]){re.escape(begrip.term)}(?![\w-])", flags)
            self.entries.append((begrip, pattern))

    @classmethod
    def for_request(cls, request, page_url=""):
        glossary = getattr(request, "_portal_glossary", None) if request else None
        if glossary is None:
            glossary = cls(_begrippen(), page_url)
            if request is not None:
                request._portal_glossary = glossary
        return glossary

    def explain(self, text):
        """``text`` (plain, escaped here) with the first unexplained occurrence of each term
        marked up."""
        html = str(conditional_escape(text))
        for begrip, pattern in self.entries:
            if begrip.pk in self.seen:
                continue
            match = pattern.search(html)
            if not match or _inside_tag(html, match.start()):
                continue
            self.seen.add(begrip.pk)
            html = (
                html[: match.start()] + self._markup(begrip, match.group(0)) + html[match.end() :]
            )
        return mark_safe(html)  # noqa: S308 - escaped above, markup built with format_html

    def _markup(self, begrip, word):
        if self.page_url:
            return format_html(
                '<a class="utrecht-link portal-term" href="{}#{}" title="{}">{}</a>',
                self.page_url,
                begrip.anchor,
                begrip.short_text,
                word,
            )
        return format_html('<abbr title="{}">{}</abbr>', begrip.short_text, word)


def _inside_tag(html, position):
    """True when ``position`` lies in markup added for an earlier term (tag or link text)."""
    before = html[:position]
    return before.rfind("<") > before.rfind(">") or before.count("<a ") > before.count("</a>")
