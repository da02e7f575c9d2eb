"""Wagtail's view restrictions (private pages), checked with fewer queries.

Wagtail's own ways cost an extra query each time: serving a page reads its ancestors and then
their restrictions (two queries), and ``PageQuerySet.public()`` first lists every restricted
page (one query) before the query it filters. The rules below are Wagtail's; only the SQL
differs.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def public(pages):
    """``pages`` without those in a private section: Wagtail's ``.public()`` as a subquery of
    the same query. A page is private when it or one of its ancestors has a restriction, i.e.
    when a restricted page's tree path is the start of its own."""
    restricted_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted_above))


def view_restrictions(page, wagtail_way):
    """The restrictions that apply to ``page`` (Wagtail's ``Page.get_view_restrictions``): its
    own and its ancestors', where an alias counts as its source page.

    One query tells for the page and each ancestor whether it (or, for an alias, its source)
    is restricted; a public page needs nothing more. A restricted one fetches its restrictions;
    a chain of aliases (an alias of an alias) is left to ``wagtail_way``, Wagtail's own method.
    """
    if not page.pk or not page.path:
        return wagtail_way()
    paths = [page.path[: Page.steplen * depth] for depth in range(1, page.depth + 1)]
    line = (
        Page.objects.filter(path__in=paths)
        .annotate(
            restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk"))),
            source_restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("alias_of"))),
        )
        .values_list(
            "pk", "alias_of_id", "alias_of__alias_of_id", "restricted", "source_restricted"
        )
    )
    checked, any_restricted = set(), False
    for pk, source, source_of_source, restricted, source_restricted in line:
        if source_of_source is not None:
            return wagtail_way()
        checked.add(source or pk)
        any_restricted |= source_restricted if source else restricted
    if not any_restricted:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(page_id__in=checked)
