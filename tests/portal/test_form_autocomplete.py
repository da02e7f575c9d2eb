"""WCAG 1.3.5: the public forms' fields about the person filling them in (or their organisation)
carry an HTML ``autocomplete`` token, and phone numbers are ``<input type="tel">``."""

import pytest
from django.template.loader import render_to_string

from participatiekaart.forms import InterestForm as PlaceInterestForm
from participatiekaart.forms import PlaceSearchForm, ProposalForm
from portal.accounts.forms import OrganisationForm
from storytelling.forms import InterestForm as StoryInterestForm
from vacatures.forms import ResponseForm, VacancyForm

pytestmark = pytest.mark.django_db

EXPECTED = [
    (ResponseForm, {"name": "name", "email": "email", "phone": "tel"}),
    (PlaceInterestForm, {"name": "name", "email": "email", "phone": "tel"}),
    (StoryInterestForm, {"name": "name", "organisation": "organization", "phone": "tel"}),
    (
        ProposalForm,
        {
            "organisation_name": "organization",
            "organisation_email": "email",
            "street": "street-address",
            "postcode": "postal-code",
            "contact_person": "name",
        },
    ),
    (PlaceSearchForm, {"postcode": "postal-code"}),
    (
        VacancyForm,
        {
            "postcode": "postal-code",
            "city": "address-level2",
            "contact_name": "name",
            "contact_email": "email",
            "contact_phone": "tel",
        },
    ),
    (
        OrganisationForm,
        {"name": "organization", "city": "address-level2", "contact_phone": "tel"},
    ),
]


@pytest.mark.parametrize(
    ("form_class", "tokens"), EXPECTED, ids=lambda v: getattr(v, "__module__", "")
)
def test_personal_fields_render_their_autocomplete_token(form_class, tokens):
    form = form_class()
    for name, token in tokens.items():
        html = render_to_string("includes/form_field.html", {"field": form[name]})
        assert f'autocomplete="{token}"' in html, name
        if token == "tel":
            assert 'type="tel"' in html, name
