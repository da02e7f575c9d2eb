"""Forms that come back with errors say so first: "Fout: " in the page title and an error summary
that takes the focus, on the portal's own forms and on allauth's (login, signup)."""

import re

import pytest
from django import forms
from django.template.loader import render_to_string

from participatiekaart.models import ParticipatiekaartPage
from portal.core.forms import autocomplete
from tests.participatiekaart.factories import proposal_data
from tests.portal.core.factories import publish

pytestmark = pytest.mark.django_db

PROPOSE = "/kaart/voorstellen/"


@pytest.fixture
def kaart(home_page):
    page = ParticipatiekaartPage(title="Participatiekaart", slug="kaart")
    home_page.add_child(instance=page)
    return publish(page)


def title(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)


def test_form_with_errors_puts_fout_before_the_title_and_focuses_the_summary(client, kaart):
    response = client.post(PROPOSE, proposal_data(title=""))
    html = response.content.decode()
    assert title(response).startswith("Fout: Plek voorstellen")
    summary = re.search(r'<div [^>]*id="foutmeldingen"[^>]*>', html).group(0)
    assert "autofocus" in summary and 'tabindex="-1"' in summary
    assert 'href="#id_title"' in html


def test_form_without_errors_has_a_plain_title(client, kaart):
    assert title(client.get(PROPOSE)).startswith("Plek voorstellen")
    assert "foutmeldingen" not in client.get(PROPOSE).content.decode()


def test_failed_login_puts_fout_before_the_title_and_shows_the_summary(client, home_page):
    response = client.post("/account/login/", {"login": "niemand@example.nl", "password": "x"})
    assert response.status_code == 200
    assert title(response).startswith("Fout: ")
    assert 'id="foutmeldingen"' in response.content.decode()
    assert not title(client.get("/account/login/")).startswith("Fout")


def test_failed_signup_puts_fout_before_the_title(client, home_page):
    response = client.post(
        "/account/signup/",
        {"email": "nieuw@bedrijf.example.nl", "password1": "kort", "password2": "anders"},
    )
    assert response.status_code == 200
    assert title(response).startswith("Fout: ")
    assert 'id="foutmeldingen"' in response.content.decode()


def test_signup_password_rules_are_a_list_inside_a_div_not_a_paragraph(client, home_page):
    html = client.get("/account/signup/").content.decode()
    help_text = re.search(r'<(\w+) [^>]*id="id_password1-help"[^>]*>(.*?)</\1>', html, re.S)
    assert help_text.group(1) == "div"
    assert "<ul>" in help_text.group(2) and "<li>" in help_text.group(2)
    assert not re.search(r"<p[^>]*>\s*<ul", html)


def render_field(field):
    return render_to_string("includes/form_field.html", {"field": field})


def test_autocomplete_helper_makes_phone_fields_tel_inputs():
    class ContactForm(forms.Form):
        name = forms.CharField()
        phone = forms.CharField()

    form = ContactForm()
    autocomplete(form, name="name", phone="tel")
    phone = render_field(form["phone"])
    assert 'type="tel"' in phone and 'autocomplete="tel"' in phone
    name = render_field(form["name"])
    assert 'type="text"' in name and 'autocomplete="name"' in name
    assert 'type="text"' in render_field(ContactForm()["phone"])  # the class is untouched
