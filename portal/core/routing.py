"""Wagtail's page routing in two queries, whatever the depth of the URL.

Wagtail walks a URL one level at a time: per level a query for the child with that slug and a
query for its specific page, so ``/werkgevers/instrumentenboek/loonkostensubsidie/`` cost six
queries before the page did anything. The home page (every site's root) routes instead with
one query for all pages on the path, by their ``url_path``, and one for the specific last page.
Behaviour stays Wagtail's:

- an unknown slug is a 404; a page that is not live is a 404 when it is the one asked for, and
  is passed through when it lies in between (Wagtail's ``Page.route`` does the same);
- a page in between whose own ``route`` might answer the rest of the URL gets to answer it:
  a routable page (``RoutablePageMixin``) whose sub-URLs match the rest, or any page type with
  a ``route`` of its own that this module does not know (it is handed the rest, as Wagtail does).

The pages on the path are remembered on the page that is served (:func:`known_ancestors`), so
the breadcrumbs and ``get_parent()`` need no query of their own. What the two queries found —
the pages on the path, the specific page, and whether a view restriction applies — is kept in
the route cache (``portal.core.route_cache``) until pages change, so a repeated URL routes
without a query.
"""

from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from portal.core import route_cache

ANCESTORS_ATTR = "_portal_route_ancestors"
PUBLIC_ATTR = "_portal_known_public"  # routing found no view restriction on the page or above


def route(root, request, path_components):
    """Route ``path_components`` below ``root`` (a specific page); Wagtail's ``route`` result."""
    # Kept under the part of the path that was found, never the rest: a made-up URL below a
    # real page (/werkgevers/<anything>/) reuses that page's entry instead of adding one.
    length, remembered = route_cache.recall_longest(request, "path", [root.pk], path_components)
    rest = path_components[length:]
    if remembered is not None and (not rest or _answers_itself(remembered[1], rest)):
        chain, page = remembered
    else:
        chain = _pages_on_path(root, path_components)
        if not chain:
            return Page.route(root, request, path_components)
        page = _specific(chain[-1])
        _remember(request, root, chain, page, path_components[: len(chain)])
    chain[0]._cached_parent_obj = root
    page._cached_parent_obj = chain[-2] if len(chain) > 1 else root
    setattr(page, ANCESTORS_ATTR, [root, *chain[:-1]])
    return page.route(request, path_components[len(chain) :])


def _remember(request, root, chain, page, path_components):
    """Keep the chain and the specific page (without the root, which the site brings), with
    whether any view restriction applies to the page — the query serving would make anyway."""
    if not route_cache.is_on():
        return
    if not page.get_view_restrictions().exists():
        setattr(page, PUBLIC_ATTR, True)
    parents = (
        chain[0].__dict__.pop("_cached_parent_obj", None),
        page.__dict__.pop("_cached_parent_obj", None),
    )
    route_cache.remember(request, "path", (chain, page), root.pk, *path_components)
    chain[0]._cached_parent_obj, page._cached_parent_obj = parents


def known_ancestors(page):
    """The pages above ``page`` from its site root down, as routing found them, else None."""
    return getattr(page, ANCESTORS_ATTR, None)


def _pages_on_path(root, components):
    """The pages below ``root`` along the path, down to the first missing slug or to a page
    in between whose own ``route`` answers the rest of the path."""
    url_paths, url_path = [], root.url_path
    for component in components:
        url_path += f"{component}/"
        url_paths.append(url_path)
    if not url_paths:
        return []
    found = {
        page.url_path: page
        for page in Page.objects.filter(
            url_path__in=url_paths,
            path__startswith=root.path,
            depth__gt=root.depth,
            depth__lte=root.depth + len(url_paths),
        )
    }
    chain, parent = [], root
    for level, url_path in enumerate(url_paths, start=1):
        page = found.get(url_path)
        if page is None or page.depth != parent.depth + 1 or not page.path.startswith(parent.path):
            break
        page._cached_parent_obj = parent  # as Wagtail's Page.route does: get_parent() is free
        chain.append(page)
        rest = components[level:]
        if rest and _answers_itself(page, rest):
            break
        parent = page
    return chain


def _answers_itself(page, rest):
    """Whether ``page``'s own ``route`` may answer ``rest`` rather than hand it to a child."""
    model = page.specific_class
    if model is None or model.route is Page.route:
        return False
    if model.route is RoutablePageMixin.route:
        if not page.live:  # a routable page that is not live only routes to its children
            return False
        try:
            model.get_resolver().resolve("/" + "/".join(rest) + "/")
        except Resolver404:
            return False
        return True
    return True  # a route of its own: let it decide, as Wagtail would


def _specific(page):
    """The specific page, with the relations its type asks for (``serve_select_related``,
    ``serve_prefetch_related``)."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    queryset = model._default_manager.all()
    related = getattr(model, "serve_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    many = getattr(model, "serve_prefetch_related", ())
    if many:  # fetched with the page, and kept with it in the route cache
        queryset = queryset.prefetch_related(*many)
    specific = queryset.get(pk=page.pk)
    specific._cached_parent_obj = page._cached_parent_obj
    return specific
