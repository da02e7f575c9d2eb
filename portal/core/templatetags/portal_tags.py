import functools
import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal.core import chrome, routing
from portal.core.csp import current_nonce

register = template.Library()


@functools.cache
def _choice_labels(field, language):
    return {value: str(label) for value, label in field.flatchoices}


@register.filter
def choice_label(instance, field_name):
    """``{{ obj|choice_label:"soort" }}``: what ``obj.get_soort_display`` shows, for lists.
    Django's own builds and hashes the field's whole choice list, translating every label, on
    each call — a listing of 30 cards spent a fifth of its time there."""
    field = instance._meta.get_field(field_name)
    value = getattr(instance, field.attname)
    return _choice_labels(field, get_language()).get(value, value)


# The escapes of Django's ``json_script``: JSON printed inside HTML can never close its element.
_JSON_HTML_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_for_html(data):
    """JSON text that is safe inside a ``<script>`` element (and still parses as JSON)."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(_JSON_HTML_ESCAPES))  # noqa: S308 - escaped just above


@register.simple_tag
def csp_nonce_attr():
    """`` nonce="…"`` for an inline ``<script>``/``<style>`` (empty outside a request). Works in
    templates rendered without the request too, such as Wagtail's widgets and panels."""
    nonce = current_nonce()
    return format_html(' nonce="{}"', nonce) if nonce else ""


@register.simple_tag
def json_ld(data):
    """``{% json_ld data %}``: a whole schema.org ``<script type="application/ld+json">`` element
    carrying the CSP nonce. Use this (or ``json_script``) wherever JSON goes into HTML, never
    ``|safe``."""
    return format_html(
        '<script type="application/ld+json"{}>{}</script>', csp_nonce_attr(), json_for_html(data)
    )


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """Top navigation: the home page's children marked 'show in menus' (from the cache)."""
    request = context.get("request")
    current = context.get("page")
    current_path = getattr(current, "url_path", "") or ""
    return {
        "items": chrome.menu(request) if request else [],
        "current_path": current_path,
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """Breadcrumbs from the site root down to the current page: the pages routing passed on
    the way (no query), else one query."""
    page = context.get("page")
    root = _site_root(context)
    if not isinstance(page, Page) or root is None or page.depth <= root.depth:
        return {"ancestors": [], "page": page}
    ancestors = routing.known_ancestors(page)
    if ancestors is None:
        ancestors = Page.objects.ancestor_of(page).order_by("depth")
    ancestors = [a for a in ancestors if a.depth >= root.depth]
    return {
        "ancestors": ancestors,
        "page": page,
        "route_title": context.get("route_title"),  # a sub-page served by a routable page
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def explain_terms(context, text):
    """Explain the first occurrence of each begrip on this page (see portal.core.glossary)."""
    from portal.core.glossary import Glossary

    request = context.get("request")
    settings = context.get("settings")
    glossary_page = None
    if request is not None and settings is not None:
        glossary_page = settings["core"]["SiteSettings"].glossary_page
    page_url = glossary_page.get_url(request) if glossary_page else ""
    return Glossary.for_request(request, page_url).explain(text)
