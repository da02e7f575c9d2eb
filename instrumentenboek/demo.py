"""Load the instrumentenboek demo content. Idempotent: only what is missing is created."""

from decimal import Decimal

from portal.core.demo import ensure_child, publish
from portal.core.models import ContentPage, HomePage, Municipality

from .demo_data import (
    CONTACTS,
    DOELGROEPEN,
    INSTRUMENTS,
    LAW_PARAMETERS,
    LOONKOSTENSUBSIDIE_BODY,
    NOT_COMBINABLE,
    RESEARCHED,
    WIZARD_ORDER,
)
from .models import (
    Contact,
    Doelgroep,
    EligibilityRule,
    InstrumentFact,
    InstrumentIndexPage,
    InstrumentPage,
    LawParameter,
)
from .models.instrument import RelatedInstrument

INDEX_FIELDS = {
    "title": "Instrumentenboek",
    "intro": "Wilt u iemand aannemen met een afstand tot de arbeidsmarkt? Dat is iemand die niet "
    "zo makkelijk aan werk komt. Hier vindt u alle regelingen die u daarbij helpen. Denk aan "
    "subsidies, tegemoetkomingen, proefplaatsingen en begeleiding. Zoek zelf op de kandidaat. "
    "Of laat de instrumentenwijzer voor u zoeken.",
    "wizard_intro": "Beantwoord een paar korte vragen over de kandidaat en het werk. Dan ziet u "
    "welke regelingen passen en welke misschien passen. U ziet ook waarom, en wat ze ongeveer "
    "opleveren.",
    "book_intro": "Alle regelingen voor werkgevers op een rij. U kunt ze printen of als PDF "
    "bewaren. Regelingen die niet meer gelden, staan achterin.",
    "search_description": "Alle regelingen voor werkgevers die iemand met een afstand tot de "
    "arbeidsmarkt aannemen.",
}


def _decimal(value):
    return Decimal(value) if value is not None else None


def build_instrument(data, groups, contacts, municipalities=None):
    rules = [
        EligibilityRule(
            sort_order=n,
            **{
                key: (_decimal(value) if key == "estimate_amount" else value)
                for key, value in conditions.items()
            },
        )
        for n, conditions in enumerate(data.get("rules", []))
    ]
    facts = [
        InstrumentFact(sort_order=n, **{**fields, "value": _decimal(fields.get("value"))})
        for n, fields in enumerate(data.get("facts", []))
    ]
    page = InstrumentPage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        soort=data["soort"],
        aanbieder=data["aanbieder"],
        amount_min=_decimal(data.get("amount_min")),
        amount_max=_decimal(data.get("amount_max")),
        amount_unit=data.get("amount_unit", ""),
        amount_cap_per_year=_decimal(data.get("amount_cap_per_year")),
        duration_months=data.get("duration_months"),
        amount_note=data.get("amount_note", ""),
        conditions=[{"type": "condition", "value": text} for text in data.get("conditions", [])],
        application_steps=[
            {"type": "step", "value": {"text": text, "where": where}}
            for text, where in data.get("steps", [])
        ],
        contact=contacts[data["contact"]],
        body=LOONKOSTENSUBSIDIE_BODY if data.get("body") else [],
        valid_until=data.get("valid_until"),
        calculation=data.get("calculation", ""),
        wizard_order=WIZARD_ORDER.get(data["slug"], 100),
        change_note=data.get("change_note", ""),
        source=data.get("source", ""),
        source_url=data.get("source_url", ""),
        search_description=data["summary"],
        rules=rules,
        facts=facts,
    )
    page.doelgroepen = [groups[slug] for slug in data.get("groups", [])]
    page.municipalities = [municipalities[slug] for slug in data.get("municipalities", [])]
    return page


def load():
    created = []
    groups = {}
    for order, (slug, name, description) in enumerate(DOELGROEPEN):
        groups[slug], _ = Doelgroep.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    contacts = {}
    for key, fields in CONTACTS.items():
        contacts[key], _ = Contact.objects.get_or_create(
            name=fields["name"], organisation=fields["organisation"], defaults=fields
        )

    for key, value, valid_from, valid_until, url in LAW_PARAMETERS:
        _parameter, was_created = LawParameter.objects.get_or_create(
            key=key,
            valid_from=valid_from,
            defaults={
                "value": Decimal(value),
                "valid_until": valid_until,
                "source_url": url,
                "checked_on": RESEARCHED,
            },
        )
        if was_created:
            created.append(f"Wettelijke parameter {key} vanaf {valid_from}")
    municipalities = {m.slug: m for m in Municipality.objects.all()}

    home = HomePage.objects.get()
    employers = ContentPage.objects.child_of(home).get(slug="werkgevers")
    index, was_created = ensure_child(
        employers, InstrumentIndexPage, "instrumentenboek", **INDEX_FIELDS
    )
    if was_created:
        created.append(index.title)

    new = {}
    for data in INSTRUMENTS:
        if index.get_children().filter(slug=data["slug"]).exists():
            continue
        page = build_instrument(data, groups, contacts, municipalities)
        index.add_child(instance=page)
        new[data["slug"]] = page
        created.append(page.title)

    # Links between instruments, only for the ones created now (an editor's links stay);
    # 'niet te combineren met' is set on a new page for the others that exist by now.
    by_slug = {p.slug: p for p in InstrumentPage.objects.child_of(index)}
    for data in INSTRUMENTS:
        page = new.get(data["slug"])
        if page is None:
            continue
        for order, slug in enumerate(data.get("related", [])):
            page.related_links.add(RelatedInstrument(instrument=by_slug[slug], sort_order=order))
        if data.get("replaced_by"):
            page.replaced_by = by_slug[data["replaced_by"]]
        page.not_combinable_with = [
            by_slug[slug] for slug in NOT_COMBINABLE.get(data["slug"], []) if slug in by_slug
        ]
        publish(page)
    return created
