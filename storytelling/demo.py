"""Load the storytelling demo content. Idempotent: only what is missing is created."""

from instrumentenboek.models import Doelgroep, InstrumentPage
from portal.core.demo import ensure_child, publish
from portal.core.models import ContentPage, HomePage

from .demo_data import ASPECTS, CANDIDATES, EMPLOYERS, SECTORS
from .models import (
    Aspect,
    CandidateStoryPage,
    ConsentBasis,
    EmployerStoryPage,
    Sector,
    StoryIndexPage,
    StoryInstrumentLink,
)

INDEX_FIELDS = {
    "title": "Verhalen",
    "intro": "Wie zijn de mensen die u kunt aannemen? In deze verhalen leest u wat kandidaten "
    "kunnen. U leest wat ze nodig hebben en welke regelingen helpen. En hoe andere werkgevers "
    "het aanpakten.",
    "book_intro": "Alle verhalen van kandidaten en van werkgevers. U kunt de verhalen van "
    "kandidaten op twee manieren ordenen. Naar hun trede op de participatieladder: die laat "
    "zien hoe ver iemand van werk af staat. Of naar hun klantprofiel.",
    "search_description": "Verhalen van kandidaten en werkgevers.",
}
PRIVACY = {"consent_basis": ConsentBasis.FICTIONAL, "privacy_confirmed": True}


def links(slugs, instruments):
    return [
        StoryInstrumentLink(instrument=instruments[s], sort_order=n)
        for n, s in enumerate(slugs)
        if s in instruments
    ]


def load():
    created = []
    sectors = {
        slug: Sector.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in SECTORS
    }
    aspects = {}
    for order, (name, kind) in enumerate(ASPECTS):
        aspects[name] = Aspect.objects.get_or_create(
            name=name, defaults={"kind": kind, "sort_order": order}
        )[0]
    groups = {g.slug: g for g in Doelgroep.objects.all()}
    instruments = {i.slug: i for i in InstrumentPage.objects.all()}

    home = HomePage.objects.get()
    employers_page = ContentPage.objects.child_of(home).get(slug="werkgevers")
    index, was_created = ensure_child(employers_page, StoryIndexPage, "verhalen", **INDEX_FIELDS)
    if was_created:
        created.append(index.title)

    existing = set(index.get_children().values_list("slug", flat=True))
    for data in CANDIDATES:
        if data["slug"] in existing:
            continue
        page = CandidateStoryPage(
            title=data["title"],
            slug=data["slug"],
            first_name=data["first_name"],
            age=data["age"],
            intro=data["intro"],
            body=data["body"],
            ladder_now=data["ladder_now"],
            ladder_goal=data["ladder_goal"],
            klantprofiel=data["klantprofiel"],
            hours_per_week=data.get("hours_per_week"),
            needs_from_employer=data["needs"],
            search_description=data["intro"],
            live=False,
            instrument_links=links(data["instruments"], instruments),
            **PRIVACY,
        )
        page.aspects = [aspects[a] for a in data["aspects"]]
        page.sectors = [sectors[s] for s in data["sectors"]]
        page.doelgroepen = [groups[g] for g in data["groups"] if g in groups]
        index.add_child(instance=page)
        publish(page)
        created.append(page.title)
    for data in EMPLOYERS:
        if data["slug"] in existing:
            continue
        page = EmployerStoryPage(
            title=data["title"],
            slug=data["slug"],
            employer=data["employer"],
            sector=sectors[data["sector"]],
            question=data["question"],
            how_helped=data["how"],
            result=data["result"],
            hours_per_week=data.get("hours_per_week"),
            search_description=data["question"][:150],
            live=False,
            instrument_links=links(data["instruments"], instruments),
            **PRIVACY,
        )
        index.add_child(instance=page)
        publish(page)
        created.append(page.title)
    return created
