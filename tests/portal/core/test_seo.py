"""Site hygiene: what search engines, link previews and browsers read besides the page itself
(description, canonical link, Open Graph, favicon, robots.txt, security.txt, compression)."""

import datetime
import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.test import RequestFactory
from django.utils import timezone

from participatiekaart.models import ParticipatiekaartPage
from portal.core import seo
from portal.core.models import SiteSettings
from tests.participatiekaart.factories import PlaceFactory
from tests.portal.core.factories import add_content_page, publish

pytestmark = pytest.mark.django_db


def meta(html, attribute, name):
    match = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)
    return match and match.group(1)


def canonical(html):
    match = re.search(r'<link rel="canonical" href="([^"]*)">', html)
    return match and match.group(1)


# --- Description, canonical link and Open Graph ---------------------------------------------


def test_description_is_the_search_description_then_the_intro(client, home_page):
    add_content_page(home_page, slug="met", search_description="Voor zoekmachines.", intro="In")
    add_content_page(home_page, slug="zonder", search_description="", intro="Alleen een intro.")
    assert meta(client.get("/met/").content.decode(), "name", "description") == (
        "Voor zoekmachines."
    )
    html = client.get("/zonder/").content.decode()
    assert meta(html, "name", "description") == "Alleen een intro."
    assert meta(html, "property", "og:description") == "Alleen een intro."


def test_page_without_any_summary_gets_the_site_description(client, home_page):
    add_content_page(home_page, slug="kaal", intro="")
    html = client.get("/kaal/").content.decode()
    assert meta(html, "name", "description") == seo.site_description("Gemeente Testdorp")
    assert "Gemeente Testdorp" in meta(html, "name", "description")


def test_long_description_is_cut_at_a_word():
    text = seo.description(route_description="woord " * 60)
    assert len(text) <= seo.DESCRIPTION_LENGTH
    assert text.endswith("…") and "woo…" not in text


def test_sub_page_of_a_routable_page_describes_itself():
    assert seo.description(route_description="  Een plek\n om mee te doen. ") == (
        "Een plek om mee te doen."
    )


def test_canonical_link_is_absolute_and_drops_the_query_but_the_page_number(
    client, home_page, settings
):
    settings.SITE_URL = "https://werk.gemeente.example.nl"
    add_content_page(home_page, slug="pagina")
    html = client.get("/pagina/?utm_source=nieuwsbrief&q=x").content.decode()
    assert canonical(html) == "https://werk.gemeente.example.nl/pagina/"
    assert meta(html, "property", "og:url") == "https://werk.gemeente.example.nl/pagina/"
    request = RequestFactory().get("/zoeken/", {"q": "werk", "pagina": "3"})
    assert seo.canonical_url(request) == "https://werk.gemeente.example.nl/zoeken/?pagina=3"
    first = RequestFactory().get("/zoeken/", {"pagina": "1"})
    assert seo.canonical_url(first) == "https://werk.gemeente.example.nl/zoeken/"


def test_open_graph_tags_name_the_page_and_the_site(client, home_page):
    add_content_page(home_page, slug="og", title="Werken met steun")
    html = client.get("/og/").content.decode()
    assert meta(html, "property", "og:title") == "Werken met steun"
    assert meta(html, "property", "og:type") == "website"
    assert meta(html, "property", "og:locale") == "nl_NL"
    assert meta(html, "property", "og:site_name") == "Gemeente Testdorp - Participatieportaal"


def test_place_page_describes_the_place_and_shows_its_hours_once(client, home_page):
    kaart = ParticipatiekaartPage(title="Kaart", slug="kaart", intro="Alle plekken.")
    home_page.add_child(instance=kaart)
    publish(kaart)
    PlaceFactory(slug="taalcafe", description="Samen Nederlands oefenen.", hours_min=2, hours_max=2)
    html = client.get("/kaart/taalcafe/").content.decode()
    assert meta(html, "name", "description") == "Samen Nederlands oefenen."
    assert "2 uur" in html and "2 tot 2" not in html
    assert "2–2" not in client.get("/kaart/").content.decode()


def test_pages_outside_wagtail_get_a_description_and_canonical_link(client, home_page):
    html = client.get("/account/login/").content.decode()
    assert meta(html, "name", "description")
    assert canonical(html).endswith("/account/login/")


# --- Favicon --------------------------------------------------------------------------------


def test_every_page_links_an_svg_and_png_favicon_and_an_apple_touch_icon(client, home_page):
    html = client.get("/").content.decode()
    for name in ("favicon.svg", "favicon-32.png", "apple-touch-icon.png"):
        assert f"/static/portal/{name}" in html
        assert finders.find(f"portal/{name}"), name


def test_favicon_ico_redirects_to_the_png(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("/static/portal/favicon-32.png")


# --- robots.txt and security.txt ------------------------------------------------------------


def test_robots_txt_allows_all_but_the_private_areas_and_names_the_sitemap(client, settings):
    settings.SITE_URL = "https://werk.gemeente.example.nl"
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    for prefix in ("/admin/", "/account/", "/werkgevers/omgeving/"):
        assert f"Disallow: {prefix}" in lines
    # The employers' front doors stay findable (the longer Allow wins over Disallow: /account/).
    assert "Allow: /account/login/" in lines and "Allow: /account/signup/" in lines
    assert "Sitemap: https://werk.gemeente.example.nl/sitemap.xml" in lines


def security_fields(response):
    return dict(line.split(": ", 1) for line in response.content.decode().splitlines())


def test_security_txt_follows_rfc_9116(client, home_page, settings):
    settings.SITE_URL = "https://werk.gemeente.example.nl"
    settings.SECURITY_CONTACT = "https://www.gemeente.example.nl/kwetsbaarheid-melden"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = security_fields(response)
    assert fields["Contact"] == "https://www.gemeente.example.nl/kwetsbaarheid-melden"
    assert fields["Preferred-Languages"] == "nl, en"
    assert fields["Canonical"] == "https://werk.gemeente.example.nl/.well-known/security.txt"
    expires = datetime.datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.UTC
    )
    assert timezone.now() < expires <= timezone.now() + datetime.timedelta(days=365)


def test_security_txt_falls_back_to_the_site_email_and_is_absent_without_any(
    client, home_page, settings
):
    settings.SECURITY_CONTACT = ""
    assert client.get("/.well-known/security.txt").status_code == 404
    site_settings = SiteSettings.objects.get()
    site_settings.contact_email = "info@gemeente.example.nl"
    site_settings.save()
    fields = security_fields(client.get("/.well-known/security.txt"))
    assert fields["Contact"] == "mailto:info@gemeente.example.nl"


def test_security_contact_as_a_bare_address_becomes_a_mailto(settings):
    settings.SECURITY_CONTACT = "security@gemeente.example.nl"
    assert seo.security_contact(None) == "mailto:security@gemeente.example.nl"


# --- Compression ----------------------------------------------------------------------------


def test_html_is_gzipped_for_browsers_that_accept_it(client, home_page):
    response = client.get("/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert b"<!DOCTYPE html>" in gzip.decompress(response.content)
    assert "Content-Encoding" not in client.get("/")


def test_page_cache_stores_plain_html_and_serves_each_visitor_compressed_or_not(
    client, home_page, settings
):
    settings.PAGE_CACHE_SECONDS = 60
    miss = client.get("/", headers={"accept-encoding": "gzip"})
    assert miss["X-Page-Cache"] == "miss" and miss["Content-Encoding"] == "gzip"
    plain = client.get("/")
    assert plain["X-Page-Cache"] == "hit" and "Content-Encoding" not in plain
    assert b"<!DOCTYPE html>" in plain.content
    hit = client.get("/", headers={"accept-encoding": "gzip"})
    assert hit["X-Page-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content).startswith(b"<!DOCTYPE html>")


# --- Search landmarks -----------------------------------------------------------------------


def test_search_page_names_its_search_form_apart_from_the_header_search(client, home_page):
    html = client.get("/zoeken/?q=werk").content.decode()
    forms = re.findall(r"<form [^>]*role=\"search\"[^>]*>", html)
    assert len(forms) == 2
    names = [re.search(r'aria-label="([^"]*)"', form) for form in forms]
    assert len({name and name.group(1) for name in names}) == 2  # unique (axe landmark-unique)
