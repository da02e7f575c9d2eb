import datetime
import uuid
from decimal import Decimal

import factory

from participatiekaart.models import Kern, Organisation, Place
from tests.portal.core.factories import MunicipalityFactory


class KernFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kern {n}")
    slug = factory.Sequence(lambda n: f"kern-{n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    latitude = Decimal("51.91970")
    longitude = Decimal("5.84940")

    class Meta:
        model = Kern
        django_get_or_create = ("slug",)

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        """Tests may name the municipality: 'Hof van Twente' becomes that Municipality."""
        if isinstance(kwargs.get("municipality"), str):
            kwargs["municipality"] = MunicipalityFactory(name=kwargs["municipality"])
        return kwargs


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    email = factory.Sequence(lambda n: f"org{n}@example.nl")

    class Meta:
        model = Organisation


class PlaceFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Plek {n}")
    organisation = factory.SubFactory(OrganisationFactory)
    place_type = "taal"
    description = "Samen Nederlands oefenen."
    street = factory.Sequence(lambda n: f"Dorpsstraat {n + 1}")
    postcode = "6661 EA"
    kern = factory.SubFactory(KernFactory)
    latitude = Decimal("51.91970")
    longitude = Decimal("5.84940")
    last_confirmed_on = factory.LazyFunction(datetime.date.today)
    live = True

    class Meta:
        model = Place


ELST = dict(slug="elst", name="Elst", latitude=Decimal("51.91970"), longitude=Decimal("5.84940"))
ZETTEN = dict(
    slug="zetten", name="Zetten", latitude=Decimal("51.92830"), longitude=Decimal("5.71390")
)
GOOR = dict(
    slug="goor",
    name="Goor",
    municipality="Hof van Twente",
    latitude=Decimal("52.23330"),
    longitude=Decimal("6.58330"),
)


def proposal_data(kern=ELST, **overrides):
    """POST data of the public 'Plek voorstellen' form (a new form token each call)."""
    data = {
        "organisation_name": "Repair Café Elst",
        "organisation_email": "info@repair.example",
        "title": "Repair Café",
        "place_type": "vrijwilligerswerk",
        "description": "Samen spullen repareren.",
        "street": "Markt 3",
        "postcode": "6661ab",
        "kern": str(KernFactory(**kern).pk),
        "ladder_min": "2",
        "ladder_max": "4",
        "hours_min": "2",
        "hours_max": "4",
        "days": "zaterdag",
        "is_free": "on",
        "cost": "",
        "dutch_level": "1",
        "contact_person": "",
        "token": str(uuid.uuid4()),
        "website": "",
    }
    data.update(overrides)
    return data


def add_places_in_bulk(start, n, kern, organisation):
    """``n`` live places in one go (numbered from ``start``), for tests that need many."""
    today = datetime.date.today()
    Place.objects.bulk_create(
        [
            Place(
                title=f"Plek {i:05d}",
                slug=f"plek-{i}",
                organisation=organisation,
                place_type="vrijwilligerswerk",
                description="Vrijwilligerswerk in de buurt. " * 8,
                street=f"Straat {i}",
                postcode="6661 EA",
                kern=kern,
                latitude=Decimal("51.9") + Decimal(i % 100) / 1000,
                longitude=Decimal("5.8") + Decimal(i % 37) / 1000,
                live=True,
                last_confirmed_on=today,
                geocode_status="handmatig",
            )
            for i in range(start, start + n)
        ],
        batch_size=1000,
    )
