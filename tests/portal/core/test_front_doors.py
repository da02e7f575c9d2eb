"""How visitors get in: the header's login links, the home page's task tiles and the employer
service's contact details (issue 13, "Employers cannot find their way in")."""

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.models import Site

from portal.core import page_cache, teasers
from portal.core.blocks import HomeTilesBlock, TaskTileBlock, validate_link
from portal.core.models import SiteSettings
from storytelling.models import CandidateStoryPage
from tests.portal.core.factories import add_content_page, publish

EMAIL = "fatima.werkgever@bakkerij.example.nl"


@pytest.fixture
def employer(django_user_model):
    return django_user_model.objects.create_user(
        email=EMAIL, password="geheim-wachtwoord-1", first_name="Fatima", last_name="Bakker"
    )


def tile(title, *, page=None, url="", icon=""):
    return {
        "type": "tile",
        "value": {
            "title": title,
            "text": f"Uitleg bij {title}.",
            "page": page.pk if page else None,
            "url": url,
            "icon": icon,
        },
    }


# --- Header -------------------------------------------------------------------------------------


def test_a_visitor_sees_inloggen_in_the_header(client, home_page):
    html = client.get("/").content.decode()
    assert '<a class="portal-header__account-link" href="/account/login/">Inloggen</a>' in html
    assert "Mijn organisatie" not in html and "Uitloggen" not in html


def test_a_logged_in_employer_sees_mijn_organisatie_and_a_logout_form(client, home_page, employer):
    client.force_login(employer)
    html = client.get("/").content.decode()
    assert 'href="/werkgevers/omgeving/">Mijn organisatie</a>' in html
    assert '<form class="portal-header__logout" method="post" action="/account/logout/">' in html
    assert ">Uitloggen</button>" in html
    assert ">Inloggen</a>" not in html


def test_staff_get_a_link_to_the_admin_instead_of_mijn_organisatie(
    client, home_page, django_user_model
):
    staff = django_user_model.objects.create_user(
        email="beheer@gemeente.example.nl", password="geheim-wachtwoord-1", is_staff=True
    )
    client.force_login(staff)
    html = client.get("/").content.decode()
    assert 'href="/admin/">Beheer</a>' in html
    assert "Mijn organisatie" not in html


def test_uitloggen_logs_the_user_out(client, home_page, employer):
    client.force_login(employer)
    client.post("/account/logout/")
    assert ">Inloggen</a>" in client.get("/").content.decode()


def test_the_anonymous_page_cache_only_ever_holds_the_visitor_header(settings, home_page, employer):
    settings.PAGE_CACHE_SECONDS = 600
    logged_in = Client()
    logged_in.force_login(employer)
    own = logged_in.get("/")
    assert "Mijn organisatie" in own.content.decode()
    assert page_cache.HEADER not in own  # bypassed the cache: not served from it, not stored
    assert "private" in own["Cache-Control"]

    first = Client().get("/")
    assert first[page_cache.HEADER] == "miss"  # the logged-in page was not stored
    second = Client().get("/")
    assert second[page_cache.HEADER] == "hit"

    _status, _headers, stored = cache.get(
        page_cache._key(first.wsgi_request, page_cache.generation())
    )
    stored = stored.decode()
    assert ">Inloggen</a>" in stored
    for personal in ("Mijn organisatie", "Uitloggen", EMAIL, "Fatima", "Bakker"):
        assert personal not in stored
        assert personal not in second.content.decode()


def test_a_logged_in_visit_after_a_cached_anonymous_one_still_shows_the_users_links(
    settings, home_page, employer
):
    settings.PAGE_CACHE_SECONDS = 600
    Client().get("/")
    assert Client().get("/")[page_cache.HEADER] == "hit"
    logged_in = Client()
    logged_in.force_login(employer)
    html = logged_in.get("/").content.decode()
    assert "Mijn organisatie" in html and ">Inloggen</a>" not in html


# --- Home page tiles ---------------------------------------------------------------------------


def test_home_shows_one_big_search_and_the_tiles_in_the_editors_order(client, home_page):
    target = add_content_page(home_page, title="Vacatures", slug="vacatures")
    home_page.tiles = [
        tile("Vacature aanmelden", url="/werkgevers/omgeving/vacatures/nieuw/", icon="formulier"),
        tile("Vacatures", page=target, icon="werk"),
        tile("Bel of mail de accountmanager", url="/werkgevers/vraag/"),
    ]
    publish(home_page)
    html = client.get("/").content.decode()
    assert 'id="home-search" name="q"' in html and 'action="/zoeken/"' in html
    links = [
        'href="/werkgevers/omgeving/vacatures/nieuw/">Vacature aanmelden</a>',
        'href="/vacatures/">Vacatures</a>',
        'href="/werkgevers/vraag/">Bel of mail de accountmanager</a>',
    ]
    positions = [html.index(link) for link in links]
    assert positions == sorted(positions)
    assert html.count('class="portal-tile__icon"') == 2
    assert html.index("portal-tiles") < html.index('id="entry-employers"')  # entrances below


def test_home_without_tiles_has_no_empty_tile_list(client, home_page):
    assert "portal-tiles" not in client.get("/").content.decode()


def test_a_teaser_tile_shows_what_its_source_offers_and_nothing_when_it_has_none(
    client, home_page, monkeypatch
):
    offered = {
        "value": teasers.Teaser("Sanne werkt in de zorg", "Zij begon als vrijwilliger.", "/x/")
    }
    monkeypatch.setitem(teasers._SOURCES, "test", ("Test", lambda request: offered["value"]))
    home_page.tiles = [{"type": "teaser", "value": {"source": "test", "title": "Verhaal"}}]
    publish(home_page)
    html = client.get("/").content.decode()
    assert 'href="/x/">Sanne werkt in de zorg</a>' in html
    assert "Zij begon als vrijwilliger." in html

    offered["value"] = None
    cache.clear()
    assert '<li class="portal-tile' not in Client().get("/").content.decode()


def test_a_teaser_is_asked_once_until_pages_change(home_page, monkeypatch, settings):
    settings.ROUTE_CACHE_SECONDS = 600  # the route cache keeps what a source offered
    asked = []

    def source(request):
        asked.append(request.path)
        return teasers.Teaser(f"Verhaal {len(asked)}", "Een verhaal.", "/x/")

    monkeypatch.setitem(teasers._SOURCES, "test", ("Test", source))
    home_page.tiles = [{"type": "teaser", "value": {"source": "test", "title": "Verhaal"}}]
    publish(home_page)
    for _ in range(2):
        assert "Verhaal 1" in Client().get("/").content.decode()
    assert len(asked) == 1
    publish(home_page)  # a published page: the next visitor gets the newest teaser
    assert "Verhaal 2" in Client().get("/").content.decode()


def test_home_queries_do_not_grow_with_the_number_of_page_tiles(client, home_page):
    pages = [add_content_page(home_page, title=f"Taak {n}", slug=f"taak-{n}") for n in range(8)]

    def count_with(n):
        home_page.tiles = [tile(p.title, page=p) for p in pages[:n]]
        publish(home_page)
        client.get("/")  # publishing emptied the cached menu and settings
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/")
        assert response.content.decode().count('class="portal-tile"') == n
        return len(queries)

    assert count_with(8) == count_with(1)


@pytest.mark.parametrize(
    "link",
    ["/werkgevers/vraag/", "https://www.example.nl/", "mailto:wsp@example.nl", "tel:0880000000"],
)
def test_a_tile_link_may_be_a_path_on_this_site_or_a_full_address(link):
    validate_link(link)


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "//evil.example/",
        "/\\evil.example/",
        "werkgevers/vraag/",
        "/met spatie/",
    ],
)
def test_a_tile_link_refuses_scripts_protocol_relative_and_loose_text(link):
    with pytest.raises(ValidationError):
        validate_link(link)


def test_a_tile_needs_either_a_page_or_a_link(home_page):
    block = TaskTileBlock()
    value = block.to_python({"title": "Vacatures", "text": "", "page": None, "url": "", "icon": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)
    both = block.to_python(
        {"title": "Vacatures", "text": "", "page": home_page.pk, "url": "/x/", "icon": ""}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(both)


def test_the_tiles_block_refuses_an_unregistered_teaser_source():
    stream = HomeTilesBlock()
    value = stream.to_python([{"type": "teaser", "value": {"source": "onbekend", "title": ""}}])
    with pytest.raises(StreamBlockValidationError):
        stream.clean(value)


# --- Employer service ---------------------------------------------------------------------------


def test_the_footer_shows_the_employer_services_name_and_contact_details(client, home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.employer_service_name = "Werkcentrum Rivierenland"
    settings.employer_service_short_name = ""
    settings.wsp_email = "werkgevers@werkcentrum.example.nl"
    settings.employer_service_phone = "088 000 0000"
    settings.employer_service_hours = "Op werkdagen van 9.00 tot 17.00 uur"
    settings.employer_service_address = "Werkplein 1\n1234 AB Voorbeeld"
    settings.save()
    html = client.get("/").content.decode()
    assert "Voor werkgevers</h2>" in html
    assert "Werkcentrum Rivierenland</p>" in html
    assert 'href="mailto:werkgevers@werkcentrum.example.nl"' in html
    assert 'href="tel:0880000000"' in html
    assert "Op werkdagen van 9.00 tot 17.00 uur" in html
    assert "Werkplein 1<br>1234 AB Voorbeeld" in html


def test_running_text_uses_the_short_name_when_there_is_one():
    settings = SiteSettings(
        employer_service_name="Werkgeversservicepunt", employer_service_short_name="WSP"
    )
    assert settings.employer_service == "WSP"
    settings.employer_service_short_name = ""
    assert settings.employer_service == "Werkgeversservicepunt"


def test_the_employer_service_phone_is_stored_in_one_format(home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.employer_service_phone = "0880000000"
    settings.full_clean()
    assert settings.employer_service_phone == "088 000 0000"


# --- Demo content --------------------------------------------------------------------------------


def test_demo_home_offers_the_top_tasks_in_order_and_the_werkgevers_page_the_ways_in(db):
    call_command("load_demo_content", verbosity=0)
    client = Client()
    home = client.get("/").content.decode()
    story = CandidateStoryPage.objects.live().order_by("-first_published_at", "-pk").first()
    tasks = [
        'href="/werkgevers/instrumentenboek/wijzer/">Welke regeling past bij mijn kandidaat?</a>',
        'href="/werkgevers/omgeving/vacatures/nieuw/">Vacature aanmelden</a>',
        'href="/inwoners/participatiekaart/">Zoek een plek om mee te doen</a>',
        'href="/inwoners/vacatures/">Vacatures</a>',
        'href="/werkgevers/vraag/">Bel of mail de accountmanager</a>',
        f'href="{story.url}">{story.title}</a>',
    ]
    positions = [home.index(task) for task in tasks]
    assert positions == sorted(positions)
    assert positions[-1] < home.index('id="entry-employers"')
    assert "wsp@regio.example.nl" in home  # the employer service in the footer

    werkgevers = client.get("/werkgevers/").content.decode()
    for link in (
        'href="/account/login/">Inloggen</a>',
        'href="/account/signup/">een account maken</a>',
        'href="/werkgevers/omgeving/vacatures/nieuw/">Vacature aanmelden</a>',
        'href="/werkgevers/omgeving/">Mijn organisatie</a>',
    ):
        assert link in werkgevers


def test_a_tile_whose_page_went_offline_is_left_out(client, home_page):
    gone = add_content_page(home_page, title="Oude actie", slug="oude-actie")
    home_page.tiles = [tile("Oude actie", page=gone), tile("Vraag", url="/werkgevers/vraag/")]
    publish(home_page)
    gone.unpublish()
    html = client.get("/").content.decode()
    assert "Oude actie" not in html
    assert 'href="/werkgevers/vraag/">Vraag</a>' in html
