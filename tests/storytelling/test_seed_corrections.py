"""Storytelling follows the seeds: Kevin's IOAW, the werkgeverscheque's 32 hours, volunteer work
on ladder step 3 everywhere, and the book grouped by the three klantprofielen of seed 000."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from instrumentenboek.models import InstrumentPage
from participatiekaart.models import Place
from storytelling.ladder import STEPS
from storytelling.models import CandidateStoryPage, EmployerStoryPage, StoryInstrumentLink

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))


def test_werkgeverscheque_needs_32_hours_by_its_rules(demo):
    assert InstrumentPage.objects.get(slug="werkgeverscheque").minimum_hours_per_week() == 32
    assert InstrumentPage.objects.get(slug="proefplaatsing").minimum_hours_per_week() is None


def test_story_of_a_24_hour_job_cannot_link_the_werkgeverscheque(demo):
    cheque = InstrumentPage.objects.get(slug="werkgeverscheque")
    story = CandidateStoryPage.objects.get(slug="audrey")
    story.hours_per_week = 24
    link = StoryInstrumentLink(page=story, instrument=cheque)
    with pytest.raises(ValidationError) as error:
        link.clean()
    assert error.value.message_dict["instrument"] == [
        "Werkgeverscheque geldt alleen bij minstens 32 uur per week. Vul bij het verhaal de "
        "uren per week in (32 of meer), of kies een andere regeling."
    ]
    story.hours_per_week = None
    with pytest.raises(ValidationError):
        link.clean()
    story.hours_per_week = 32
    link.clean()


def test_every_demo_story_meets_the_rules_of_its_instruments(demo):
    stories = [*CandidateStoryPage.objects.all(), *EmployerStoryPage.objects.all()]
    linked = 0
    for story in stories:
        for link in story.instrument_links.all():
            link.page = story
            link.clean()
            linked += link.instrument.slug == "werkgeverscheque"
    assert linked >= 3


def test_kevin_has_ioaw_and_is_not_in_the_ww_group(demo):
    kevin = CandidateStoryPage.objects.get(slug="kevin")
    assert "IOAW" in str(kevin.body)
    assert "ww-arbeidsongeschikt" not in {g.slug for g in kevin.doelgroepen.all()}


def test_volunteer_work_is_ladder_step_3_everywhere(demo):
    assert "vrijwilligerswerk" in str(STEPS[3].meaning)
    assert "vrijwilligerswerk" not in str(STEPS[4].meaning)
    for place in Place.objects.filter(place_type="vrijwilligerswerk"):
        assert place.ladder_min <= 3 == place.ladder_max, place


def test_book_can_be_grouped_by_the_three_klantprofielen(client, demo):
    response = client.get("/werkgevers/verhalen/boek/?indeling=profiel")
    headings = [group.heading for group in response.context["groups"]]
    assert headings[0].startswith("Profiel 1") and headings[-1].startswith("Profiel 3")
    html = response.content.decode()
    assert 'href="#profiel-2"' in html and 'id="profiel-2"' in html
    assert 'href="?indeling=trede"' in html
    by_step = client.get("/werkgevers/verhalen/boek/?indeling=iets").context["groups"]
    assert by_step[0].anchor.startswith("trede-")
