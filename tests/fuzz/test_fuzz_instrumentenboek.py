"""Fuzzing the instrumentenboek: the index filters and the instrumentenwijzer (GET form; a POST
must not break it either)."""

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from instrumentenboek.models import Aanbieder, Soort
from instrumentenboek.wizard import BEGELEIDING, CONTRACT, DOELGROEPREGISTER, LOONWAARDE, UITKERING
from tests.fuzz import strategies as fz
from tests.fuzz.support import FUZZ_SETTINGS, isolated_example
from tests.instrumentenboek.factories import DoelgroepFactory, add_index, add_instrument

pytestmark = pytest.mark.django_db


@pytest.fixture
def boek(home_page, on_commit):
    banen = DoelgroepFactory(slug="banenafspraak", name="Banenafspraak")
    with on_commit():
        index = add_index(home_page)
        add_instrument(
            index,
            title="Loonkostensubsidie",
            slug="lks",
            groups=[banen],
            rules=[
                {"doelgroepregister": ["ja"], "min_hours_per_week": 12},
                {"outcome": "mogelijk", "uitkeringen": ["bijstand"], "loonwaarde": ["onbekend"]},
            ],
        )
        add_instrument(index, title="Proefplaatsing", slug="proef", rules=[{}])
    return index


index_filters = fz.form_data(
    valid={},
    hostile={
        "q": fz.hostile_text(),
        "voor_wie": st.one_of(st.just("banenafspraak"), fz.hostile_choice()),
        "soort": st.one_of(st.sampled_from(Soort.values), fz.hostile_choice()),
        "aanbieder": st.one_of(st.sampled_from(Aanbieder.values), fz.hostile_choice()),
        "vervallen": st.one_of(st.just("on"), fz.hostile_text()),
    },
)


@FUZZ_SETTINGS
@given(params=index_filters, extra=fz.extra_params())
def test_index_filters_never_fail(client, boek, params, extra):
    with isolated_example():
        response = client.get("/instrumentenboek/", fz.merged(extra, params))
        assert response.status_code == 200


def one_of(vocabulary):
    return st.sampled_from(list(vocabulary))


wizard_answers = fz.form_data(
    valid={
        "uitkering": one_of(UITKERING),
        "doelgroepregister": one_of(DOELGROEPREGISTER),
        "loonwaarde": one_of(LOONWAARDE),
        "loonwaarde_procent": st.integers(0, 100).map(str),
        "begeleiding": one_of(BEGELEIDING),
        "contract": one_of(CONTRACT),
        "leeftijd": st.integers(15, 80).map(str),
        "contract_maanden": st.integers(0, 120).map(str),
        "uren_per_week": st.integers(1, 60).map(str),
    },
    hostile={
        name: st.one_of(fz.hostile_choice(), fz.hostile_number())
        for name in (
            "uitkering",
            "doelgroepregister",
            "loonwaarde",
            "loonwaarde_procent",
            "begeleiding",
            "contract",
            "gemeente",
            "leeftijd",
            "contract_maanden",
            "uren_per_week",
        )
    },
)


@FUZZ_SETTINGS
@given(answers=wizard_answers, method=st.sampled_from(["get", "post"]))
def test_wizard_never_fails(client, boek, answers, method):
    with isolated_example():
        response = getattr(client, method)("/instrumentenboek/wijzer/", fz.merged({}, answers))
        assert response.status_code == 200
        results = response.context["results"]
        event(f"{method}: {'results' if results else 'form again'}")
        if method == "post":
            assert results is None  # the wizard reads GET only
