"""Teasers that feature apps offer to the home page's tiles.

The home page lives in core and knows nothing of feature apps; a feature app registers a
teaser source in its ``AppConfig.ready`` (``teasers.register(...)``) and an editor picks it
for a teaser tile. A source is a function ``(request) -> Teaser | None`` that must cost at most
one query, whatever the amount of content. What it returns is kept in the route cache
(``portal.core.route_cache``) until pages change, so a warm home page asks nothing.
"""

from dataclasses import dataclass

from portal.core import route_cache

_SOURCES = {}


@dataclass(frozen=True)
class Teaser:
    title: str
    text: str
    url: str


def register(key, label, fetch):
    """Offer ``fetch`` as the teaser source ``key``, named ``label`` in the admin."""
    _SOURCES[key] = (label, fetch)


def choices():
    """The registered sources for the tile's choice field (a callable: apps register late)."""
    return [(key, label) for key, (label, _fetch) in _SOURCES.items()]


def fetch(key, request):
    """The teaser of source ``key``, or None when the source is unknown or has nothing."""
    source = _SOURCES.get(key)
    if source is None:
        return None
    return route_cache.remembered(
        request, "teaser", lambda: source[1](request), key, request.get_host()
    )
