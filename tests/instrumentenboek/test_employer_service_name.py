"""The instrumentenboek names the employer service as the site settings do, never a fixed
"WSP" (issue 13)."""

import pytest
from wagtail.models import Site

from portal.core.models import SiteSettings
from tests.instrumentenboek.factories import add_index, add_instrument
from tests.portal.core.factories import publish


@pytest.fixture
def werkcentrum(home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.employer_service_name = "Werkcentrum Rivierenland"
    settings.employer_service_short_name = "Werkcentrum"
    settings.save()


@pytest.fixture
def bemiddeling(home_page):
    index = add_index(home_page)
    return add_instrument(
        index,
        title="Werving en bemiddeling",
        slug="bemiddeling",
        aanbieder="wsp",
        application_steps=[
            {"type": "step", "value": {"text": "Vertel welk werk u heeft.", "where": "wsp"}},
            {"type": "step", "value": {"text": "U beslist zelf.", "where": ""}},
        ],
    )


def test_the_instrument_page_names_the_employer_service_from_the_settings(
    client, werkcentrum, bemiddeling
):
    html = client.get("/instrumentenboek/bemiddeling/").content.decode()
    assert "Werkcentrum Rivierenland (" in html  # the provider, before its scope
    assert "(bij Werkcentrum)" in html
    assert "WSP" not in html


def test_the_book_and_the_index_name_the_employer_service_from_the_settings(
    client, werkcentrum, bemiddeling
):
    book = client.get("/instrumentenboek/boek/").content.decode()
    assert "Werkcentrum Rivierenland (" in book and "(bij Werkcentrum)" in book
    index = client.get("/instrumentenboek/").content.decode()
    assert "<dd>Werkcentrum Rivierenland</dd>" in index
    assert "WSP" not in book and "WSP" not in index


def test_other_providers_keep_their_own_names(client, werkcentrum, bemiddeling):
    bemiddeling.aanbieder = "uwv"
    publish(bemiddeling)
    html = client.get("/instrumentenboek/bemiddeling/").content.decode()
    assert '<p class="utrecht-paragraph">UWV (' in html


def test_without_a_site_the_steps_keep_the_fixed_label(bemiddeling):
    assert bemiddeling.steps(None)[0] == ("Vertel welk werk u heeft.", "WSP")
