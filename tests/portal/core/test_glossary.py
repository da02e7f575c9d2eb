"""Begrippenlijst: editors' terms, the list page, and jargon explained where it first appears."""

import pytest
from django.core.management import call_command

from portal.core.glossary import Glossary
from portal.core.models import Begrip

pytestmark = pytest.mark.django_db


@pytest.fixture
def begrippen(db):
    return [
        Begrip.objects.create(term="LKV", full_name="loonkostenvoordeel", explanation="Geld."),
        Begrip.objects.create(term="doelgroepregister", explanation="Lijst van UWV."),
    ]


def test_only_the_first_occurrence_of_each_term_on_a_page_is_explained(begrippen):
    glossary = Glossary(begrippen, "/begrippenlijst/")
    first = glossary.explain("Het LKV geldt als de kandidaat in het Doelgroepregister staat.")
    assert first == (
        'Het <a class="utrecht-link portal-term" href="/begrippenlijst/#begrip-lkv" '
        'title="loonkostenvoordeel: Geld.">LKV</a> geldt als de kandidaat in het '
        '<a class="utrecht-link portal-term" href="/begrippenlijst/#begrip-doelgroepregister" '
        'title="Lijst van UWV.">Doelgroepregister</a> staat.'
    )
    assert glossary.explain("Nog een keer LKV.") == "Nog een keer LKV."


def test_abbreviations_match_only_in_capitals_and_whole_words_and_text_is_escaped(begrippen):
    glossary = Glossary(begrippen)  # no begrippenlijst page: an <abbr title> instead of a link
    assert glossary.explain("lkv en LKV-regeling <b>") == "lkv en LKV-regeling &lt;b&gt;"
    assert glossary.explain("Het LKV.") == (
        '<abbr title="loonkostenvoordeel: Geld.">LKV</abbr>'.join(["Het ", "."])
    )


def test_demo_begrippenlijst_is_in_the_footer_and_explains_terms_on_instrument_pages(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    terms = set(Begrip.objects.values_list("term", flat=True))
    assert {"doelgroepregister", "WSP", "loonwaarde", "LKV", "LKS", "no-risk polis"} <= terms
    assert {"banenafspraak", "participatieladder", "jobcoach", "proefplaatsing"} <= terms

    home = client.get("/").content.decode()
    assert '<a class="portal-footer__link" href="/begrippenlijst/">Begrippenlijst</a>' in home
    glossary = client.get("/begrippenlijst/").content.decode()
    assert '<dt id="begrip-doelgroepregister"' in glossary

    page = client.get("/werkgevers/instrumentenboek/lkv-banenafspraak/").content.decode()
    assert page.count('href="/begrippenlijst/#begrip-doelgroepregister"') == 1


def test_a_term_added_by_an_editor_is_explained_on_the_next_visit(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    url = "/werkgevers/instrumentenboek/lkv-banenafspraak/"
    client.get(url)  # the terms are now cached
    Begrip.objects.create(term="tegemoetkoming", explanation="Geld dat u terugkrijgt.")
    assert 'href="/begrippenlijst/#begrip-tegemoetkoming"' in client.get(url).content.decode()
