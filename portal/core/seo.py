"""What search engines and link previews read in every page's ``<head>``: the description, the
canonical address and the Open Graph tags (rendered by ``{% head_meta %}`` in base.html).

Sources, first one that has text:
- description: a sub-page's own text (``route_description`` in the context, e.g. a place or a
  vacancy), the page's ``search_description`` (Wagtail's "Zoekmachine-omschrijving"), its
  intro or summary, and else one sentence for the whole site;
- title: a sub-page's ``route_title``, the page's ``seo_title``, its title, else the site name.

The canonical address is absolute on ``settings.SITE_URL`` (the address behind any proxy) and
drops the query string, except the page number of a paged list.
"""

import re
from datetime import UTC, timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import gettext as _

DESCRIPTION_LENGTH = 160
PAGE_FIELDS = ("search_description", "intro", "summary")
# Query parameters that name a different page of the same list (kept in the canonical URL).
PAGINATION_PARAMETERS = ("pagina",)

_SPACES = re.compile(r"\s+")


def plain(text):
    """One line of text, at most ``DESCRIPTION_LENGTH`` characters, cut at a word."""
    text = _SPACES.sub(" ", str(text or "")).strip()
    if len(text) <= DESCRIPTION_LENGTH:
        return text
    return text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def site_description(municipality_name):
    return _(
        "Werk en meedoen in %(municipality)s: regelingen voor werkgevers, plekken om mee "
        "te doen en vacatures."
    ) % {"municipality": municipality_name}


def description(page=None, route_description="", municipality_name=""):
    candidates = [route_description]
    if page is not None:
        candidates += [getattr(page, name, "") for name in PAGE_FIELDS]
    for candidate in candidates:
        text = plain(candidate)
        if text:
            return text
    return site_description(municipality_name)


def title(page=None, route_title="", site_name=""):
    for candidate in (route_title, getattr(page, "seo_title", ""), getattr(page, "title", "")):
        if candidate:
            return str(candidate)
    return site_name


def canonical_url(request):
    """``SITE_URL`` + the path, with only the pagination parameters of the query (page 1 has
    none: it is the same page as the list without a number)."""
    kept = [
        (name, value)
        for name in PAGINATION_PARAMETERS
        for value in request.GET.getlist(name)[:1]
        if value and value != "1"
    ]
    query = f"?{urlencode(kept)}" if kept else ""
    return f"{settings.SITE_URL}{request.path}{query}"


# --- robots.txt and security.txt ----------------------------------------------------------------
# Areas a search engine has no business in: the admin, the account pages and the employers'
# own area (all behind a login: crawlers would only find login forms there). Logging in and
# signing up are the employers' front doors and may be found (the longest rule wins, RFC 9309).
ROBOTS_DISALLOWED = ("/admin/", "/account/", "/werkgevers/omgeving/")
ROBOTS_ALLOWED = ("/account/login/", "/account/signup/")
# RFC 9116 asks for an Expires less than a year ahead; computed on every request, so it never
# goes stale.
SECURITY_TXT_VALID_DAYS = 180


def robots_txt():
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Allow: {prefix}" for prefix in ROBOTS_ALLOWED]
    lines += [f"Disallow: {prefix}" for prefix in ROBOTS_DISALLOWED]
    lines += ["", f"Sitemap: {settings.SITE_URL}/sitemap.xml"]
    return "\n".join(lines) + "\n"


def security_contact(site_settings):
    """``settings.SECURITY_CONTACT`` (a mailto:, https: or tel: URI) else the site's general
    e-mail address; '' when neither is set."""
    contact = getattr(settings, "SECURITY_CONTACT", "")
    if contact:
        return contact if ":" in contact else f"mailto:{contact}"
    email = getattr(site_settings, "contact_email", "") if site_settings else ""
    return f"mailto:{email}" if email else ""


def security_txt(contact, now):
    """The RFC 9116 file for ``contact``, valid ``SECURITY_TXT_VALID_DAYS`` from ``now``."""
    expires = (now + timedelta(days=SECURITY_TXT_VALID_DAYS)).astimezone(UTC)
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires.replace(microsecond=0).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {settings.SITE_URL}/.well-known/security.txt",
    ]
    return "\n".join(lines) + "\n"
