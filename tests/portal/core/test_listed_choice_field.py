"""Filter lists read their options once (portal.core.forms.ListedModelChoiceField)."""

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from instrumentenboek.forms import FilterForm
from participatiekaart.forms import PlaceSearchForm
from tests.instrumentenboek.factories import DoelgroepFactory
from tests.participatiekaart.factories import KernFactory


def _render(field):
    return render_to_string("includes/form_field.html", {"field": field, "plain": True})


@pytest.fixture
def groups(db):
    return [DoelgroepFactory(slug="bijstand", name="Bijstand"), DoelgroepFactory(slug="wajong")]


def test_a_chosen_value_is_validated_and_rendered_in_one_query(groups):
    with CaptureQueriesContext(connection) as queries:
        form = FilterForm({"voor_wie": "bijstand"})
        assert form.is_valid()
        html = _render(form["voor_wie"])
    assert len(queries) == 1
    assert form.cleaned_data["voor_wie"] == groups[0]
    assert '<option value="bijstand" selected>Bijstand</option>' in html
    assert '<option value="">Alle kandidaten</option>' in html


def test_an_unknown_value_keeps_its_message(groups):
    form = FilterForm({"voor_wie": "bestaat-niet"})
    assert not form.is_valid()
    assert "Deze doelgroep bestaat niet (meer)" in form.errors["voor_wie"][0]


def test_each_form_reads_the_current_objects(groups):
    assert FilterForm().fields["voor_wie"].objects == groups
    new = DoelgroepFactory(slug="nieuw")
    assert new in FilterForm().fields["voor_wie"].objects


def test_two_lists_of_the_same_objects_share_one_query(db):
    KernFactory(slug="elst", name="Elst")
    with CaptureQueriesContext(connection) as queries:
        form = PlaceSearchForm({"kern": "elst", "dichtbij": "elst"})
        assert form.is_valid(), form.errors
        _render(form["kern"]), _render(form["dichtbij"])
    assert len(queries) == 1
    assert form.cleaned_data["kern"] == form.cleaned_data["dichtbij"]
