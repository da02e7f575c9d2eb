"""Fuzzing the verhalen: the index filters and 'Interesse in iemand zoals …?'."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.core.models import OutboxMessage, SiteSettings
from storytelling.models import StoryInterest
from tests.fuzz import strategies as fz
from tests.fuzz.support import (
    FUZZ_SETTINGS,
    isolated_example,
    post_and_check,
)
from tests.instrumentenboek.factories import DoelgroepFactory
from tests.storytelling.factories import (
    SectorFactory,
    add_candidate,
    add_employer_story,
    add_story_index,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(home_page):
    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "am@gemeente.example.nl"
    settings.save()
    groen = SectorFactory(slug="groen", name="Groen")
    banen = DoelgroepFactory(slug="banenafspraak", name="Banenafspraak")
    index = add_story_index(home_page)
    add_candidate(index, title="Job", slug="job", ladder_now=4, sectors=[groen], groups=[banen])
    add_employer_story(index, title="Marja", slug="marja", sector=groen)
    return index


story_filters = fz.form_data(
    valid={},
    hostile={
        "trede": st.one_of(st.integers(0, 7).map(str), fz.hostile_number()),
        "profiel": st.one_of(st.integers(0, 5).map(str), fz.hostile_number()),
        "sector": st.one_of(st.just("groen"), fz.hostile_choice()),
        "voor_wie": st.one_of(st.just("banenafspraak"), fz.hostile_choice()),
        "soort": st.one_of(st.sampled_from(["kandidaat", "werkgever"]), fz.hostile_choice()),
    },
)


@FUZZ_SETTINGS
@given(params=story_filters, extra=fz.extra_params())
def test_story_filters_never_fail(client, stories, params, extra):
    with isolated_example():
        assert client.get("/verhalen/", fz.merged(extra, params)).status_code == 200


interest_data = fz.contact_form_data(
    valid={"organisation": st.sampled_from(["Groen BV", "Bakkerij Ĳzer"]), "consent": fz.MISSING},
    hostile={"organisation": fz.hostile_text()},
)


@FUZZ_SETTINGS
@given(data=interest_data)
def test_story_interest_form(client, stories, data):
    data = fz.merged({}, data)
    with isolated_example():
        mails = OutboxMessage.objects.count()
        if post_and_check(client, "/verhalen/job/", data, StoryInterest, honeypot=True):
            assert OutboxMessage.objects.count() > mails, "interest saved without its mail"
