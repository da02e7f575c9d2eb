"""Fuzzing the site search ``/zoeken/?q=``."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz import strategies as fz
from tests.fuzz.support import FUZZ_SETTINGS, isolated_example
from tests.portal.core.factories import add_content_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page):
    add_content_page(home_page, title="Werk zoeken in Elst", slug="werk")
    return home_page


@FUZZ_SETTINGS
@given(
    q=st.one_of(fz.hostile_text(), fz.one_value_or_many(fz.hostile_text()), st.just(fz.MISSING)),
    pagina=st.one_of(st.just(fz.MISSING), fz.hostile_number()),
    extra=fz.extra_params(),
)
def test_search_never_fails(client, site, q, pagina, extra):
    with isolated_example():
        response = client.get("/zoeken/", fz.merged(extra, {"q": q, "pagina": pagina}))
        assert response.status_code == 200
