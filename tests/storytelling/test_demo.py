from instrumentenboek import demo as instrumenten_demo
from portal.core import demo as core_demo
from storytelling import demo as story_demo
from storytelling.models import CandidateStoryPage, EmployerStoryPage
from storytelling.privacy import find_personal_data


def test_demo_stories_cover_every_step_and_profile_and_pass_the_guard(db):
    core_demo.load()
    instrumenten_demo.load()
    story_demo.load()
    candidates = list(CandidateStoryPage.objects.live())
    employers = list(EmployerStoryPage.objects.live())
    assert len(candidates) >= 12 and len(employers) >= 6
    assert {c.ladder_now for c in candidates} == {1, 2, 3, 4, 5, 6}
    assert {c.klantprofiel for c in candidates} == {1, 2, 3}
    names = {c.first_name for c in candidates}
    assert {
        "Mohammed",
        "Willemijn",
        "Charlotte",
        "Job",
        "Henk",
        "Melissa",
        "Kevin",
        "Audrey",
    } <= names
    assert {e.employer.split(",")[0] for e in employers} >= {
        "Marja",
        "John",
        "Isabel",
        "Ties",
        "Aad",
        "Carla",
    }
    for story in candidates + employers:
        assert story.privacy_confirmed and story.personal_data_errors() == {}, story.title
    assert all(c.instrument_links.exists() for c in candidates if c.ladder_goal >= 4)
    assert story_demo.load() == []  # idempotent
    assert find_personal_data(" ".join(c.intro for c in candidates)) == []
