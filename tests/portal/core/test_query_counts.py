"""Every public page type answers an anonymous visitor in at most 12 queries, and a list page
in the same number of queries however many items it lists (the demo content, as `make run`).

Each page is asked twice and the second answer counted: the first fills what every process
keeps between requests (content types, Wagtail's site root paths, the cached menu and site
settings). Right after an editor publishes, the first visitor pays three queries more.
"""

import datetime
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.utils.text import slugify

from instrumentenboek.models import Doelgroep, InstrumentIndexPage
from participatiekaart.geocoding import GeocoderUnavailable
from participatiekaart.models import Kern, Organisation
from storytelling.models import Sector, StoryIndexPage
from tests.instrumentenboek.factories import add_instrument
from tests.participatiekaart.factories import add_places_in_bulk
from tests.portal.core.factories import WorkIncomeArrangementFactory
from tests.storytelling.factories import add_candidate, add_employer_story
from tests.vacatures.factories import VacancyFactory
from vacatures.models import Vacancy
from vacatures.models.vacancy import Status

MAX_QUERIES = 12

WIZARD = (
    "/werkgevers/instrumentenboek/wijzer/?doelgroepregister=nee&uitkering=bijstand"
    "&loonwaarde=niet_nodig&leeftijd=57&contract=contract&contract_maanden=12&uren_per_week=32"
    "&begeleiding=nee"
)
WIZARD_WITH_TOTAL = (
    "/werkgevers/instrumentenboek/wijzer/?doelgroepregister=ja&uitkering=bijstand"
    "&loonwaarde=gemeten&loonwaarde_procent=45&leeftijd=24&contract=contract"
    "&contract_maanden=12&uren_per_week=24&begeleiding=nee"
)
KAART = "/inwoners/participatiekaart/"

PAGES = {
    "home": "/",
    "werkgevers (audience page)": "/werkgevers/",
    "inwoners (audience page)": "/inwoners/",
    "content page": "/privacy/",
    "content page with 'Geld bij werk' amounts": "/inwoners/geld-bij-werk/",
    "search": "/zoeken/?q=jobcoach",
    "search without a query": "/zoeken/",
    "instrumentenboek": "/werkgevers/instrumentenboek/",
    "instrumentenboek filtered": "/werkgevers/instrumentenboek/?voor_wie=bijstand&soort=financieel",
    "instrumentenboek search": "/werkgevers/instrumentenboek/?q=subsidie",
    "instrument": "/werkgevers/instrumentenboek/loonkostensubsidie/",
    "instrumentenwijzer": "/werkgevers/instrumentenboek/wijzer/",
    "instrumentenwijzer results": WIZARD,
    "instrumentenwijzer results with a total": WIZARD_WITH_TOTAL,
    "instrumentenwijzer advice (print)": WIZARD_WITH_TOTAL.replace("/wijzer/", "/wijzer/advies/"),
    "instrumentenwijzer advice mailed": "/werkgevers/instrumentenboek/wijzer/advies/gemaild/",
    "instrumentenboek (print)": "/werkgevers/instrumentenboek/boek/",
    "verhalen": "/werkgevers/verhalen/",
    "verhalen filtered": "/werkgevers/verhalen/?trede=3&sector=groen&voor_wie=bijstand",
    "candidate story": "/werkgevers/verhalen/job/",
    "employer story": "/werkgevers/verhalen/aad-aannemer/",
    "verhalenboek (print)": "/werkgevers/verhalen/boek/",
    "participatiekaart": KAART,
    "participatiekaart filtered": KAART + "?soort=taal&kern=elst&rolstoel=on",
    "participatiekaart nearest to a kern": KAART + "?dichtbij=goor&trede=3&pagina=2",
    "participatiekaart nearest to a postcode": KAART + "?postcode=7471AB",
    "participatiekaart text search": KAART + "?q=buurt",
    "place": KAART + "taalcafe-elst/",
    "place report form": KAART + "taalcafe-elst/klopt-niet/",
    "place proposal form": KAART + "voorstellen/",
    "open data (GeoJSON)": "/open-data/participatiekaart/plekken.geojson",
    "open data (CSV)": "/open-data/participatiekaart/plekken.csv?soort=taal",
    "sitemap": "/sitemap.xml",
    "vacatures": "/inwoners/vacatures/",
    "vacancy": "vacancy",  # the URL of the newest vacancy, see _url
    "question to the accountmanager": "/werkgevers/vraag/",
    "not found": "/bestaat-niet/",
}


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """All demo content, loaded once for this module in a transaction that is rolled back at
    the end (each test rolls back its own changes inside it)."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):  # fills the search index
                call_command("load_demo_content", stdout=StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def geocoder(monkeypatch):
    """The resident's postcode lies in Goor (no call to PDOK)."""
    location = SimpleNamespace(latitude=52.2333, longitude=6.5847)
    monkeypatch.setattr("participatiekaart.services.geocode_postcode", lambda postcode: location)


def _url(name):
    if PAGES[name] != "vacancy":
        return PAGES[name]
    vacancy = Vacancy.objects.public().latest("published_at")
    return f"/inwoners/vacatures/{vacancy.pk}/{vacancy.slug}/"


def _count(client, url, django_assert_max_num_queries, expected_status=200):
    """The queries of the second of two requests for ``url`` (asserting at most 12)."""
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES) as queries:
        response = client.get(url)
        if response.streaming:  # open data: the queries run while the answer streams
            b"".join(response.streaming_content)
    assert response.status_code == expected_status
    return len(queries), response


@pytest.mark.parametrize("name", PAGES)
def test_a_public_page_needs_at_most_12_queries(
    demo_content, db, client, geocoder, django_assert_max_num_queries, name
):
    _count(client, _url(name), django_assert_max_num_queries, 404 if name == "not found" else 200)


def test_a_postcode_search_while_the_geocoder_is_down_needs_at_most_12_queries(
    demo_content, db, client, monkeypatch, django_assert_max_num_queries
):
    def down(postcode):
        raise GeocoderUnavailable("down")

    monkeypatch.setattr("participatiekaart.services.geocode_postcode", down)
    _count(client, KAART + "?postcode=7471AB", django_assert_max_num_queries)


# --- List pages: as many queries with many more items ---------------------------------------


def _add_pages(add, parent, title, count, **fields):
    for n in range(count):
        add(parent, title=f"{title} {n}", slug=f"{slugify(title)}-{n}", **fields)


def _more_instruments():
    index = InstrumentIndexPage.objects.get()
    groups = list(Doelgroep.objects.all()[:2])
    rules = [{"uitkeringen": ["bijstand"]}, {"doelgroepregister": ["ja"]}]
    _add_pages(add_instrument, index, "Extra subsidie", 30, groups=groups, rules=rules)


def _more_stories():
    index = StoryIndexPage.objects.get()
    sectors = list(Sector.objects.all()[:2])
    groups = list(Doelgroep.objects.all()[:2])
    fields = dict(sectors=sectors, groups=groups, ladder_now=3, ladder_goal=6)
    _add_pages(add_candidate, index, "Extra kandidaat", 15, **fields)
    _add_pages(add_employer_story, index, "Extra werkgever", 15)


def _more_places():
    add_places_in_bulk(1000, 60, Kern.objects.get(slug="goor"), Organisation.objects.first())


def _more_vacancies():
    groups = list(Doelgroep.objects.all()[:2])
    for n in range(30):
        vacancy = VacancyFactory(
            title=f"Extra vacature {n}",
            status=Status.PUBLISHED,
            published_at=datetime.datetime.now(datetime.UTC),
        )
        vacancy.doelgroepen.set(groups)


def _more_amounts():
    for n in range(30):
        WorkIncomeArrangementFactory(name=f"Extra premie {n}", valid_from=datetime.date(2026, 1, 1))


def _items(response):
    context = response.context
    if "arrangements" in context:
        return len(context["arrangements"])
    if "page_obj" in context:  # a paginated list: the items found, over all its pages
        return context["page_obj"].paginator.count
    for key in ("instruments", "candidates"):
        if key in context:
            return len(context[key]) + len(context.get("employers") or [])
    if "results" in context:
        return len(context["results"].fits) + len(context["results"].maybes)
    return context["page_obj"].paginator.count


@pytest.mark.parametrize(
    "url, add_items",
    [
        ("/werkgevers/instrumentenboek/", _more_instruments),
        ("/werkgevers/instrumentenboek/?voor_wie=bijstand", _more_instruments),
        (WIZARD, _more_instruments),
        ("/werkgevers/verhalen/", _more_stories),
        ("/werkgevers/verhalen/?trede=3", _more_stories),
        (KAART, _more_places),
        (KAART + "?dichtbij=goor&soort=vrijwilligerswerk", _more_places),
        ("/inwoners/vacatures/", _more_vacancies),
        ("/inwoners/geld-bij-werk/", _more_amounts),
    ],
    ids=[
        "instrumentenboek +30",
        "instrumentenboek filtered +30",
        "instrumentenwijzer +30",
        "verhalen +30",
        "verhalen filtered +30",
        "participatiekaart +60",
        "participatiekaart nearest +60",
        "vacatures +30",
        "geld bij werk +30",
    ],
)
def test_a_list_page_needs_no_more_queries_for_more_items(
    demo_content, db, client, django_assert_max_num_queries, url, add_items
):
    few, response = _count(client, url, django_assert_max_num_queries)
    items_before = _items(response)
    add_items()
    many, response = _count(client, url, django_assert_max_num_queries)
    assert _items(response) > items_before
    assert many == few
