import datetime

import factory
import wagtail_factories
from wagtail.models import Site

from portal.core.models import ContentPage, HomePage, Municipality, SearchPage, SiteSettings


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Samen aan het werk"
    slug = "portaal"
    intro = "Werk en meedoen in de gemeente."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhoudspagina {n}")
    intro = "Een korte introductie."

    class Meta:
        model = ContentPage


class SearchPageFactory(wagtail_factories.PageFactory):
    title = "Zoeken"
    slug = "zoeken"

    class Meta:
        model = SearchPage


def publish(page):
    page.save_revision().publish()
    return page


def build_site():
    """A home page as the default site's root, with a search page wired into the settings."""
    from portal.core.demo import ensure_root

    root = ensure_root()  # a transactional test may start from a flushed database
    home = HomePageFactory.build()
    root.add_child(instance=home)
    publish(home)
    Site.objects.all().delete()
    site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    search = SearchPageFactory.build()
    home.add_child(instance=search)
    publish(search)
    settings = SiteSettings.for_site(site)
    settings.municipality_name = "Gemeente Testdorp"
    settings.search_page = search
    settings.save()
    return home


def add_content_page(parent, **kwargs):
    page = ContentPageFactory.build(**kwargs)
    parent.add_child(instance=page)
    return publish(page)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name = "Overbetuwe"
    slug = factory.LazyAttribute(lambda m: m.name.lower().replace(" ", "-"))
    region = "Midden-Gelderland"

    class Meta:
        model = Municipality
        django_get_or_create = ("name",)


class WorkIncomeArrangementFactory(factory.django.DjangoModelFactory):
    kind = "uitstroompremie"
    name = factory.Sequence(lambda n: f"Premie {n}")
    amount = "500"
    amount_period = "eenmalig"
    summary = "Werkt u weer? Dan krijgt u een premie."
    valid_from = datetime.date(2026, 1, 1)
    source = "Verordening van de gemeente, 2026"

    class Meta:
        model = "core.WorkIncomeArrangement"
