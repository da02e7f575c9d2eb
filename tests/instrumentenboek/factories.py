from decimal import Decimal

import factory
import wagtail_factories

from instrumentenboek.models import (
    Contact,
    Doelgroep,
    EligibilityRule,
    InstrumentIndexPage,
    InstrumentPage,
)
from tests.portal.core.factories import publish


class DoelgroepFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Doelgroep {n}")
    slug = factory.Sequence(lambda n: f"doelgroep-{n}")

    class Meta:
        model = Doelgroep
        django_get_or_create = ("slug",)


class ContactFactory(factory.django.DjangoModelFactory):
    name = "Accountmanager werkgevers"
    organisation = "Gemeente Testdorp"
    phone = "14 0000"
    email = "am@example.nl"

    class Meta:
        model = Contact


class InstrumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Instrumentenboek"
    slug = "instrumentenboek"
    intro = "Alle regelingen."

    class Meta:
        model = InstrumentIndexPage


class InstrumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Regeling {n}")
    summary = "Een regeling die helpt."
    soort = "financieel"
    aanbieder = "gemeente"

    class Meta:
        model = InstrumentPage


def add_index(home):
    index = InstrumentIndexPageFactory.build()
    home.add_child(instance=index)
    return publish(index)


def add_instrument(index, groups=(), rules=(), **fields):
    """Create and publish an instrument; ``rules`` are dicts of EligibilityRule fields."""
    for key in ("amount_min", "amount_max", "amount_cap_per_year"):
        if isinstance(fields.get(key), str | int):
            fields[key] = Decimal(str(fields[key]))
    page = InstrumentPageFactory.build(**fields)
    page.rules = [EligibilityRule(sort_order=n, **rule) for n, rule in enumerate(rules)]
    page.doelgroepen = list(groups)
    index.add_child(instance=page)
    return publish(page)
