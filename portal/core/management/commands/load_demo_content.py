"""Load all demo content. Idempotent: a second run creates and changes nothing.

Each app contributes a ``load()`` function; later apps add theirs to ``LOADERS``.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

LOADERS = [
    "portal.core.demo.load",
    "instrumentenboek.demo.load",
    "storytelling.demo.load",
    "participatiekaart.demo.load",
    "vacatures.demo.load",
    "portal.core.demo_pages.load",  # last: its pages link to the feature apps' pages
    "portal.core.demo.load_home_tiles",  # last: the tiles link to the other apps' pages
]


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (pagina's, instellingen). Veilig om vaker te draaien."

    def handle(self, *args, **options):
        total = 0
        for dotted in LOADERS:
            with transaction.atomic():
                created = import_string(dotted)() or []
            total += len(created)
            for title in created:
                self.stdout.write(f"  + {title}")
        self.stdout.write(self.style.SUCCESS(f"Demo-inhoud geladen: {total} nieuw."))
