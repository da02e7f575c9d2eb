import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from storytelling.models import CandidateStoryPage
from storytelling.privacy import find_personal_data, passes_elfproef
from tests.storytelling.factories import CandidateStoryPageFactory, add_story_index


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bel haar op 06-12345678.", "phone"),
        ("Bel haar op 06 1234 5678.", "phone"),
        ("Bel +31 6 12345678 na vijven.", "phone"),
        ("Vast nummer 010-1234567.", "phone"),
        ("Mail naar sam.jansen@voorbeeld.nl voor meer.", "email"),
        ("Zijn BSN is 111222333.", "bsn"),
        ("Zijn BSN is 123.456.782.", "bsn"),
        ("Ze woont op 1234 AB 12.", "address"),
        ("Adres: Dorpsstraat 12, 6661 XY Elst.", "address"),
    ],
)
def test_guard_finds_each_kind_of_personal_data(text, kind):
    assert [f.kind for f in find_personal_data(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Tussen 2019-2021 werkte hij 32 uur per week.",
        "De werkgeverscheque is € 2.250 of € 4.500.",
        "Van trede 3 naar trede 4, profiel 2.",
        "Bel de gemeente op 14 0123.",
        "Een getal als 123456789 is geen BSN.",  # fails the elfproef
        "In 1234 jaar.",
    ],
)
def test_guard_leaves_ordinary_text_alone(text):
    assert find_personal_data(text) == []


def test_elfproef():
    assert passes_elfproef("123456782")
    assert not passes_elfproef("123456789")
    assert not passes_elfproef("000000000")


@pytest.fixture
def index(home_page):
    return add_story_index(home_page)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("intro", "Bel Sam op 06-12345678."),
        ("needs_from_employer", "Mail sam@example.nl"),
        ("body", [{"type": "paragraph", "value": "<p>BSN 111222333</p>"}]),
        ("title", "Sam uit 1234 AB 5"),
    ],
)
def test_saving_a_story_with_personal_data_is_refused(index, field, value):
    page = CandidateStoryPageFactory.build(**{field: value})
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=page)
    assert field in error.value.message_dict
    assert "Dit lijkt op" in error.value.message_dict[field][0]
    assert not CandidateStoryPage.objects.exists()


def test_a_live_story_needs_the_privacy_confirmation(index):
    page = CandidateStoryPageFactory.build(privacy_confirmed=False, live=True)
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=page)
    assert "privacy_confirmed" in error.value.message_dict


def test_a_real_story_needs_the_date_of_consent(index):
    page = CandidateStoryPageFactory.build(consent_basis="toestemming", live=True)
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=page)
    assert "consent_recorded_on" in error.value.message_dict
    page.consent_recorded_on = datetime.date(2026, 11, 1)
    index.add_child(instance=page)  # now it saves


def test_goal_cannot_be_below_the_current_step(index):
    with pytest.raises(ValidationError) as error:
        index.add_child(
            instance=CandidateStoryPageFactory.build(ladder_now=5, ladder_goal=3, live=True)
        )
    assert "ladder_goal" in error.value.message_dict


@pytest.fixture
def editor(client, index):
    client.force_login(
        get_user_model().objects.create_superuser(email="redactie@example.nl", password="x" * 12)
    )
    return client


def story_form(**overrides):
    data = {
        "title": "Sam zoekt werk",
        "slug": "sam",
        "first_name": "Sam",
        "age": "30",
        "intro": "Sam wil graag werken.",
        "body": streamfield([("paragraph", rich_text("Tekst"))]),
        "ladder_now": "3",
        "ladder_goal": "4",
        "klantprofiel": "2",
        "needs_from_employer": "Uitleg.",
        "instrument_links": inline_formset([]),
        "consent_basis": "fictief",
        "privacy_confirmed": "on",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(index):
    return f"/admin/pages/add/storytelling/candidatestorypage/{index.pk}/"


def test_editor_cannot_publish_without_confirming(editor, index):
    data = story_form(**{"action-publish": "publish"})
    data.pop("privacy_confirmed")
    response = editor.post(add_url(index), data)
    assert response.status_code == 200
    assert "Bevestig eerst dat het verhaal geen persoonsgegevens bevat" in response.content.decode()
    assert not CandidateStoryPage.objects.exists()


def test_editor_sees_a_clear_message_when_the_text_has_a_phone_number(editor, index):
    response = editor.post(add_url(index), story_form(intro="Bel Sam: 06-12345678"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dit lijkt op een telefoonnummer" in html and "06-12345678" in html
    assert not CandidateStoryPage.objects.exists()


def test_editor_can_save_a_draft_without_confirming_and_publish_with_it(editor, index):
    draft = story_form()
    draft.pop("privacy_confirmed")
    assert editor.post(add_url(index), draft).status_code == 302
    page = CandidateStoryPage.objects.get()
    assert not page.live
    response = editor.post(
        f"/admin/pages/{page.pk}/edit/", story_form(**{"action-publish": "publish"})
    )
    assert response.status_code == 302
    assert CandidateStoryPage.objects.get().live
