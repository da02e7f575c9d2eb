import factory
import wagtail_factories

from storytelling.models import (
    CandidateStoryPage,
    EmployerStoryPage,
    Sector,
    StoryIndexPage,
    StoryInstrumentLink,
)
from tests.portal.core.factories import publish


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")

    class Meta:
        model = Sector
        django_get_or_create = ("slug",)


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Verhalen"
    slug = "verhalen"

    class Meta:
        model = StoryIndexPage


class CandidateStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Verhaal {n}")
    first_name = "Sam"
    age = 30
    intro = "Sam zoekt werk."
    ladder_now = 3
    ladder_goal = 5
    klantprofiel = 2
    needs_from_employer = "Duidelijke uitleg."
    consent_basis = "fictief"
    privacy_confirmed = True
    live = False

    class Meta:
        model = CandidateStoryPage


class EmployerStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Werkgever {n}")
    employer = "Kim, bakkerij"
    question = "Ik zoek een hulp in de bakkerij."
    how_helped = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Zo.</p>"}])
    result = "Een nieuwe collega."
    consent_basis = "fictief"
    privacy_confirmed = True
    live = False

    class Meta:
        model = EmployerStoryPage


def add_story_index(parent):
    index = StoryIndexPageFactory.build()
    parent.add_child(instance=index)
    return publish(index)


def add_candidate(index, sectors=(), groups=(), instruments=(), **fields):
    page = CandidateStoryPageFactory.build(**fields)
    page.sectors = list(sectors)
    page.doelgroepen = list(groups)
    page.instrument_links = [
        StoryInstrumentLink(instrument=i, sort_order=n) for n, i in enumerate(instruments)
    ]
    index.add_child(instance=page)
    return publish(page)


def add_employer_story(index, **fields):
    page = EmployerStoryPageFactory.build(**fields)
    index.add_child(instance=page)
    return publish(page)
