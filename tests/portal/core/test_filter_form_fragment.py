"""A listing's GET filter form is rendered once per set of answers ({% filter_form %})."""

import pytest
from django.test import Client

from participatiekaart.models import Kern
from tests.participatiekaart.conftest import kaart  # noqa: F401 (fixture)
from tests.participatiekaart.factories import KernFactory


@pytest.fixture(autouse=True)
def route_cache_on(settings):
    settings.ROUTE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_SECONDS = 0


def test_the_form_is_kept_and_shared_by_every_page_of_the_results(kaart):  # noqa: F811
    kern = KernFactory(name="Elst", slug="elst")
    assert "Elst" in Client().get("/kaart/").content.decode()
    # Changed behind the cache's back (no signal): the kept form still shows the old name,
    # for page 1 and for page 2 of the same results.
    Kern.objects.filter(pk=kern.pk).update(name="Elst-Centrum")
    assert "Elst-Centrum" not in Client().get("/kaart/").content.decode()
    assert "Elst-Centrum" not in Client().get("/kaart/?pagina=2").content.decode()


def test_a_saved_change_shows_at_once(kaart):  # noqa: F811
    kern = KernFactory(name="Elst", slug="elst")
    Client().get("/kaart/")
    kern.name = "Elst-Centrum"
    kern.save()  # kernen purge the page cache, and with it the kept forms
    assert "Elst-Centrum" in Client().get("/kaart/").content.decode()


def test_other_answers_get_their_own_form(kaart):  # noqa: F811
    KernFactory(name="Elst", slug="elst")
    KernFactory(name="Zetten", slug="zetten")
    Client().get("/kaart/")
    html = Client().get("/kaart/?kern=zetten").content.decode()
    assert 'value="zetten" selected' in html


def test_tracking_parameters_and_page_numbers_share_one_form(kaart):  # noqa: F811
    kern = KernFactory(name="Elst", slug="elst")
    Client().get("/kaart/")
    Kern.objects.filter(pk=kern.pk).update(name="Elst-Centrum")  # behind the cache's back
    html = Client().get("/kaart/?utm_source=nieuwsbrief&fbclid=abc&pagina=3").content.decode()
    assert "Elst-Centrum" not in html  # the kept form: no new entry for these parameters
