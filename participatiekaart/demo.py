"""Load the participatiekaart demo content. Idempotent: only what is missing is created."""

import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from portal.core.demo import ensure_child
from portal.core.models import ContentPage, HomePage, Municipality

from .demo_data import ACTIVITIES, KERNEN, ORGANISATIONS, PLACES
from .models import Kern, Organisation, ParticipatiekaartPage, Place
from .postcodes import SAMPLE_CSV, load_postcode_areas

INDEX_FIELDS = {
    "title": "Participatiekaart",
    "intro": "Zoek een plek om mee te doen bij u in de buurt: vrijwilligerswerk, een "
    "taalcafé, sport, dagbesteding of een werkervaringsplaats. Kies wat bij u past.",
    "proposal_intro": "Biedt uw organisatie een plek waar inwoners mee kunnen doen? Stel haar "
    "voor. De gemeente kijkt het na en zet het dan op de kaart.",
    "search_description": "Vrijwilligerswerk, taal, sport en werkervaring bij u in de buurt.",
}
LETTERS = "ABCDEFGHJKLMNPRTVXZ"


def load():
    created = []
    kernen = {}
    municipalities = {m.name: m for m in Municipality.objects.all()}
    for slug, name, municipality, lat, lon, _prefix in KERNEN:
        if municipality not in municipalities:
            municipalities[municipality], _ = Municipality.objects.get_or_create(
                name=municipality, defaults={"slug": slugify(municipality)}
            )
        kernen[slug], _ = Kern.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "municipality": municipalities[municipality],
                "latitude": Decimal(str(lat)),
                "longitude": Decimal(str(lon)),
            },
        )
    prefixes = {k[0]: k[5] for k in KERNEN}
    areas = load_postcode_areas(SAMPLE_CSV)  # fallback for postcode search without PDOK
    if areas.created:
        created.append(f"{areas.created} postcodegebieden (voorbeeld)")
    organisations = {}
    for key, name, kind, municipality in ORGANISATIONS:
        organisations[key], _ = Organisation.objects.get_or_create(
            name=name,
            is_proposed=False,
            defaults={
                "kind": kind,
                "is_example": True,
                "email": f"{key}@organisatie.example.nl",
                "city": municipality,
                "description": f"Voorbeeldorganisatie in de gemeente {municipality}.",
            },
        )

    home = HomePage.objects.get()
    residents = ContentPage.objects.child_of(home).get(slug="inwoners")
    index, was_created = ensure_child(
        residents, ParticipatiekaartPage, "participatiekaart", **INDEX_FIELDS
    )
    if was_created:
        created.append(index.title)

    today = timezone.localdate()
    for n, (activity, org_key, kern_slug) in enumerate(PLACES):
        (title, place_type, description, ladder, hours, days, free, wheelchair, dutch, guidance) = (
            ACTIVITIES[activity]
        )
        kern = kernen[kern_slug]
        slug = slugify(f"{title} {kern.name}")
        if Place.objects.filter(slug=slug).exists():
            continue
        offset = Decimal(((n * 37) % 11 - 5) * 12) / Decimal(10000)  # ±0.006°, 4 decimals
        place = Place(
            title=f"{title} {kern.name}",
            slug=slug,
            organisation=organisations[org_key],
            place_type=place_type,
            description=description,
            street=f"Voorbeeldstraat {n + 1}",
            postcode=f"{prefixes[kern_slug]} {LETTERS[n % 19]}{LETTERS[(n * 7) % 19]}",
            kern=kern,
            latitude=kern.latitude + offset,
            longitude=kern.longitude - offset,
            ladder_min=ladder[0],
            ladder_max=ladder[1],
            hours_min=hours[0],
            hours_max=hours[1],
            days=days,
            is_free=free,
            cost="" if free else "€ 2 per keer",
            wheelchair_accessible=wheelchair,
            dutch_level=dutch,
            guidance_available=guidance,
            places_available=(n % 4) + 1,
            contact_person="de coördinator",
            last_confirmed_on=today - datetime.timedelta(days=(n * 13) % 150),
            is_example=True,
            live=True,
        )
        place.save()
        place.save_revision().publish()
        created.append(place.title)
    return created
