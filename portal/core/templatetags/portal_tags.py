import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.forms import BaseForm
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from portal.core import choices, chrome, route_cache, routing, seo
from portal.core.csp import current_nonce
from portal.core.page_cache import MAX_QUERY_LENGTH

register = template.Library()


@register.filter
def choice_label(instance, field_name):
    """``{{ obj|choice_label:"soort" }}``: what ``obj.get_soort_display`` shows, for lists
    (``portal.core.choices``)."""
    return choices.label(instance, field_name)


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


@register.inclusion_tag("includes/head_meta.html", takes_context=True)
def head_meta(context):
    """Description, canonical link and Open Graph tags of the page being shown
    (``portal.core.seo``); a sub-page of a routable page passes ``route_title`` and
    ``route_description``."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    site_settings = context.get("settings")
    municipality = ""
    if site_settings is not None:
        municipality = site_settings["core"]["SiteSettings"].municipality_name
    site_name = f"{municipality} - {_('Participatieportaal')}" if municipality else ""
    return {
        "description": seo.description(page, context.get("route_description"), municipality),
        "title": seo.title(page, context.get("route_title"), site_name),
        "canonical": seo.canonical_url(request) if request is not None else "",
        "site_name": site_name,
    }


@register.simple_tag(takes_context=True)
def error_title_prefix(context):
    """The words "Fout: " before the page title when a form on the page came back with errors: the
    title is the first thing a screen reader reads of the page."""
    for value in context.flatten().values():
        if isinstance(value, BaseForm) and value.is_bound and value.errors:
            return _("Fout:") + " "
    return ""


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


class FilterFormNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        request = context.get("request")
        form = context.get("form")
        too_long = len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH if request else True
        if request is None or request.method != "GET" or form is None or too_long:
            return self.nodelist.render(context)
        # Only the form's own fields count: tracking parameters (utm_*, fbclid) and the page
        # number make no new entry.
        asked = sorted((key, values) for key, values in request.GET.lists() if key in form.fields)
        parts = (self.name, context.get("page").pk if context.get("page") else "", asked)
        return route_cache.remembered(
            request, "fragment", lambda: self.nodelist.render(context), *parts
        )


@register.tag
def filter_form(parser, token):
    """``{% filter_form "kaart" %}<form method="get">…</form>{% end_filter_form %}``: a listing's
    GET filter form, rendered once per set of answers and kept in the route cache (forgotten
    with the pages). Only for forms without anything of one visitor in them (no CSRF token);
    the page number does not count, so every page of a result list shares it."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("filter_form takes one name")
    nodelist = parser.parse(("end_filter_form",))
    parser.delete_first_token()
    return FilterFormNode(nodelist, bits[1].strip("\"'"))
