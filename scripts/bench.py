"""`make bench`: print speed and memory figures for the portal's pages.

Runs against a throw-away test database on whatever DATABASE_URL points at (SQLite by default,
PostgreSQL in CI/production-like runs). Figures only; nothing here passes or fails.
"""

import os
import resource
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
)

N_PAGES = int(os.environ.get("BENCH_PAGES", "500"))
N_INSTRUMENTS = int(os.environ.get("BENCH_INSTRUMENTS", "200"))
N_PLACES = int(os.environ.get("BENCH_PLACES", "5000"))
WIZARD = (
    "/werkgevers/instrumentenboek/wijzer/?banenafspraak=nee&bijstand=ja&arbeidsbeperking=nee"
    "&leeftijd=57&contract_maanden=12&uren_per_week=32&begeleiding=nee"
)
REPEAT = int(os.environ.get("BENCH_REPEAT", "40"))


def timed(client, path, repeat=REPEAT):
    durations, size = [], 0
    client.get(path)  # warm up
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        durations.append((time.perf_counter() - start) * 1000)
        size = len(body)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
        if response.streaming:
            b"".join(response.streaming_content)
    durations.sort()
    p95 = durations[max(0, int(len(durations) * 0.95) - 1)]
    return statistics.median(durations), p95, len(queries), size


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from django.db import transaction

        from instrumentenboek import demo as instrumenten_demo
        from instrumentenboek.models import (
            Doelgroep,
            EligibilityRule,
            InstrumentIndexPage,
            InstrumentPage,
        )
        from participatiekaart import demo as kaart_demo
        from participatiekaart.models import Kern, Organisation, Place
        from portal.core import demo
        from portal.core.models import ContentPage, HomePage
        from storytelling import demo as story_demo

        demo.load()
        instrumenten_demo.load()
        story_demo.load()
        kaart_demo.load()
        home = HomePage.objects.get()
        parent = ContentPage.objects.get(slug="werkgevers")
        start = time.perf_counter()
        with transaction.atomic():
            for n in range(N_PAGES):
                page = ContentPage(
                    title=f"Bench pagina {n} over jobcoaching",
                    slug=f"bench-{n}",
                    intro="Begeleiding op de werkvloer door een jobcoach.",
                )
                parent.add_child(instance=page)
                page.save_revision().publish()
            index = InstrumentIndexPage.objects.get()
            groups = list(Doelgroep.objects.all()[:3])
            for n in range(N_INSTRUMENTS):
                instrument = InstrumentPage(
                    title=f"Bench regeling {n} subsidie",
                    slug=f"bench-regeling-{n}",
                    summary="Een extra regeling voor de meting.",
                    soort="financieel",
                    aanbieder="gemeente",
                    rules=[EligibilityRule(bijstand="ja"), EligibilityRule(banenafspraak="ja")],
                )
                instrument.doelgroepen = groups
                index.add_child(instance=instrument)
                instrument.save_revision().publish()
            kernen = list(Kern.objects.all())
            organisation = Organisation.objects.first()
            types = ["taal", "sport", "vrijwilligerswerk", "ontmoeting", "werkervaring"]
            Place.objects.bulk_create(
                [
                    Place(
                        title=f"Bench plek {n}",
                        slug=f"bench-plek-{n}",
                        organisation=organisation,
                        place_type=types[n % 5],
                        description="Samen bezig zijn in de buurt. " * 6,
                        street=f"Benchstraat {n}",
                        postcode="6661 EA",
                        kern=kernen[n % len(kernen)],
                        latitude=kernen[n % len(kernen)].latitude + Decimal(n % 50) / 10000,
                        longitude=kernen[n % len(kernen)].longitude - Decimal(n % 40) / 10000,
                        ladder_min=1 + n % 3,
                        ladder_max=4 + n % 3,
                        live=True,
                        geocode_status="handmatig",
                    )
                    for n in range(max(0, N_PLACES - Place.objects.count()))
                ],
                batch_size=1000,
            )
        created_s = time.perf_counter() - start
        client = Client()
        print(
            f"Database: {connection.vendor}; {N_PAGES} extra pages, "
            f"{InstrumentPage.objects.count()} instruments, {Place.objects.count()} places "
            f"({created_s:.1f} s to create)"
        )
        print(f"{'page':<32}{'median ms':>10}{'p95 ms':>10}{'queries':>9}{'kB':>8}")
        for label, path in [
            ("home", "/"),
            ("content page", "/privacy/"),
            (f"section with {N_PAGES} children", "/werkgevers/"),
            ("search 'jobcoach'", "/zoeken/?q=jobcoach"),
            ("health", "/health/"),
            ("instrumentenboek index", "/werkgevers/instrumentenboek/"),
            ("instrumentenboek filtered", "/werkgevers/instrumentenboek/?voor_wie=bijstand"),
            ("instrumentenboek search", "/werkgevers/instrumentenboek/?q=subsidie"),
            ("instrument detail", "/werkgevers/instrumentenboek/loonkostensubsidie/"),
            ("instrumentenwijzer results", WIZARD),
            ("printable book", "/werkgevers/instrumentenboek/boek/"),
            ("verhalen index", "/werkgevers/verhalen/"),
            ("verhalen filtered (trede 3)", "/werkgevers/verhalen/?trede=3"),
            ("candidate story", "/werkgevers/verhalen/job/"),
            ("verhalenboek", "/werkgevers/verhalen/boek/"),
            ("kaart: search, page 1", "/inwoners/participatiekaart/"),
            ("kaart: taal in Elst", "/inwoners/participatiekaart/?soort=taal&kern=elst"),
            (
                "kaart: nearest to Goor, p.5",
                "/inwoners/participatiekaart/?dichtbij=goor&trede=3&pagina=5",
            ),
            ("kaart: text search", "/inwoners/participatiekaart/?q=buurt"),
            ("kaart: place detail", "/inwoners/participatiekaart/taalcafe-elst/"),
            ("open data GeoJSON (all)", "/open-data/participatiekaart/plekken.geojson"),
        ]:
            median, p95, queries, size = timed(client, path)
            print(f"{label:<32}{median:>10.1f}{p95:>10.1f}{queries:>9}{size / 1024:>8.1f}")
        assert home.pk
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"Peak resident memory of this process: {rss_mb:.0f} MB")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
