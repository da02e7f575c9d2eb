"""The seed documents' pages: built by the demo (once), linked from the audience pages, and the
'Geld bij werk' block showing the municipality's current amounts only."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Page

from portal.core.blocks import ContentBodyBlock
from portal.core.models import Begrip, ContentPage, WorkIncomeArrangement
from tests.portal.core.factories import ContentPageFactory, WorkIncomeArrangementFactory, publish

pytestmark = pytest.mark.django_db

RESIDENT_PAGES = [
    "statushouders",
    "jongeren",
    "hulp-bij-werk",
    "geld-bij-werk",
    "vrijwilligers-en-initiatieven",
]
EMPLOYER_PAGES = ["gemeente-als-werkgever", "banenafspraak"]


@pytest.fixture
def demo(db):
    call_command("load_demo_content", verbosity=0)


def test_the_demo_builds_the_seed_pages_once(demo):
    counts = (Page.objects.count(), WorkIncomeArrangement.objects.count())
    call_command("load_demo_content", verbosity=0)
    assert (Page.objects.count(), WorkIncomeArrangement.objects.count()) == counts
    for parent, slugs in (("inwoners", RESIDENT_PAGES), ("werkgevers", EMPLOYER_PAGES)):
        found = ContentPage.objects.filter(slug__in=slugs, live=True, url_path__contains=parent)
        assert sorted(found.values_list("slug", flat=True)) == sorted(slugs)


def test_the_audience_pages_link_to_their_seed_pages(client, demo):
    residents = client.get("/inwoners/").content.decode()
    for slug in RESIDENT_PAGES:
        assert f'href="/inwoners/{slug}/"' in residents
    employers = client.get("/werkgevers/").content.decode()
    for slug in EMPLOYER_PAGES:
        assert f'href="/werkgevers/{slug}/"' in employers


def test_the_statushouders_page_opens_the_participatiekaart_on_language_places(client, demo):
    html = client.get("/inwoners/statushouders/").content.decode()
    assert 'href="/inwoners/participatiekaart/?soort=taal"' in html
    assert "Bronnen en peildatum" in html


def test_every_seed_page_that_states_law_names_its_sources(client, demo):
    for path in [f"/inwoners/{s}/" for s in RESIDENT_PAGES] + [
        f"/werkgevers/{s}/" for s in EMPLOYER_PAGES
    ]:
        assert "Bronnen en peildatum" in client.get(path).content.decode(), path


@pytest.fixture
def amounts_page(home_page):
    page = ContentPageFactory(
        parent=home_page,
        slug="geld",
        body=[{"type": "work_income", "value": {"title": "Wat u krijgt", "kinds": []}}],
    )
    return publish(page)


def test_the_work_income_block_shows_the_current_amount_and_hides_ended_ones(client, amounts_page):
    today = datetime.date.today()
    WorkIncomeArrangementFactory(
        name="Premie van nu",
        amount="750",
        valid_from=today - datetime.timedelta(days=30),
        valid_until=today + datetime.timedelta(days=30),
    )
    WorkIncomeArrangementFactory(
        name="Premie van vorig jaar",
        amount="400",
        valid_from=today - datetime.timedelta(days=400),
        valid_until=today - datetime.timedelta(days=1),
    )
    WorkIncomeArrangementFactory(name="Premie van later", valid_from=today + datetime.timedelta(1))

    html = client.get(amounts_page.url).content.decode()

    assert "Premie van nu" in html and "€ 750 eenmalig" in html
    assert "Premie van vorig jaar" not in html and "€ 400" not in html
    assert "Premie van later" not in html


def test_an_entry_without_an_amount_sends_the_reader_to_the_consulent(client, amounts_page):
    WorkIncomeArrangementFactory(name="Bijverdienen", amount=None, amount_period="per_maand")
    html = client.get(amounts_page.url).content.decode()
    assert "Bijverdienen" in html
    assert "Vraag uw consulent naar het bedrag dat nu geldt." in html


def test_the_block_shows_only_the_chosen_kinds(client, home_page):
    page = ContentPageFactory(
        parent=home_page,
        body=[{"type": "work_income", "value": {"title": "Premies", "kinds": ["werkpremie"]}}],
    )
    publish(page)
    WorkIncomeArrangementFactory(name="Uitstroom", kind="uitstroompremie")
    WorkIncomeArrangementFactory(name="Meedoen", kind="werkpremie", amount="1234.5")
    html = client.get(page.url).content.decode()
    assert "Meedoen" in html and "€ 1.234,50 eenmalig" in html
    assert "Uitstroom" not in html


def test_a_new_amount_shows_at_once_on_a_cached_page(client, amounts_page, settings):
    settings.PAGE_CACHE_SECONDS = 300
    assert "Nieuwe premie" not in client.get(amounts_page.url).content.decode()
    WorkIncomeArrangementFactory(name="Nieuwe premie")
    assert "Nieuwe premie" in client.get(amounts_page.url).content.decode()


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"page": None, "url": "https://example.nl", "query": "soort=taal"}, "query"),
        ({"page": "PAGE", "url": "", "query": "soort=<script>"}, "query"),
    ],
)
def test_a_call_to_action_filter_needs_a_page_and_a_plain_query(home_page, value, field):
    block = ContentBodyBlock().child_blocks["call_to_action"]
    raw = {"title": "Taal", "text": "", "link_text": "Zoek", **value}
    raw["page"] = home_page.pk if raw["page"] == "PAGE" else None
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python(raw))
    assert field in error.value.block_errors


def test_a_call_to_action_filter_may_start_with_a_question_mark(home_page):
    block = ContentBodyBlock().child_blocks["call_to_action"]
    raw = {"title": "Taal", "text": "", "link_text": "Zoek", "page": home_page.pk, "url": ""}
    value = block.clean(block.to_python({**raw, "query": "?soort=taal&trede=3"}))
    assert value["query"] == "soort=taal&trede=3"


@pytest.fixture
def staff_client(client, home_page):
    admin = get_user_model().objects.create_superuser(
        email="beheer@gemeente.example.nl", password="Sterk-wachtwoord-2026"
    )
    client.force_login(admin)
    return client


def _snippet_form(**changes):
    data = {
        "kind": "uitstroompremie",
        "name": "Uitstroompremie",
        "municipality": "",
        "amount": "600",
        "amount_period": "eenmalig",
        "summary": "Werkt u weer? Dan krijgt u een premie.",
        "conditions": "",
        "how_to_apply": "",
        "valid_from": "2026-01-01",
        "valid_until": "",
        "source": "Verordening 2026",
        "checked_on": "2026-11-25",
    }
    return {**data, **changes}


def test_staff_add_an_amount_in_wagtail(staff_client):
    url = reverse(WorkIncomeArrangement.snippet_viewset.get_url_name("add"))
    response = staff_client.post(url, _snippet_form())
    assert response.status_code == 302
    assert WorkIncomeArrangement.objects.get().amount_display() == "€ 600 eenmalig"


def test_an_end_date_before_the_start_is_refused_in_dutch(staff_client):
    url = reverse(WorkIncomeArrangement.snippet_viewset.get_url_name("add"))
    response = staff_client.post(url, _snippet_form(valid_until="2025-12-31"))
    assert response.status_code == 200
    assert "Deze datum ligt vóór" in response.content.decode()
    assert not WorkIncomeArrangement.objects.exists()


def test_staff_open_the_editor_of_a_seed_page_with_its_new_blocks(staff_client, demo):
    page = ContentPage.objects.get(slug="geld-bij-werk")
    response = staff_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert "Geld bij werk (bedragen van de gemeente)" in response.content.decode()


def test_the_begrippenlijst_explains_the_seed_pages_words(demo):
    assert {"startkwalificatie", "inkomstenvrijlating", "uitstroompremie", "quotum"} <= set(
        Begrip.objects.values_list("term", flat=True)
    )
