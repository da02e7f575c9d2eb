"""`make bench`: the portal's speed under gunicorn with production settings on PostgreSQL.

One run, one machine: a fresh database with the demo content plus BENCH_PAGES content pages,
BENCH_INSTRUMENTS instruments and BENCH_PLACES places; then gunicorn (``gunicorn.conf.py``, two
workers) twice — once with the page cache off (every request rendered) and once on — and wrk
against each page for BENCH_SECONDS. It prints requests/second, p50 and p95 per page, each as a
share of what the same server does for a static file (the ceiling), the SQL queries and size of
each page, and the workers' memory. Figures only: nothing here passes or fails, but the targets
of the production issue are printed beside them.

Needs PostgreSQL and Redis on 127.0.0.1 and wrk (``apt-get install wrk``). ``BENCH_REUSE=1``
skips rebuilding the database when the last run's is still there.

``BENCH_COMPARE=file.json`` measures another site that is already running beside ours in the
same run: the file maps a page label of ``PAGES`` to a full URL of the comparable page there
(e.g. a wagtail/bakerydemo listing), and each such URL is measured right after our uncached
page, so both see the same machine; an entry "pid" (the other site's gunicorn arbiter) adds its
workers' CPU time per request. The ratio is printed beside the figures. This script never
installs or starts that other site.

Requests/second depend on what else the machine does; CPU milliseconds per request (the
workers' user+system time over wrk's requests, from /proc) hardly do, so both are printed.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]
from processes import GUNICORN, PROXY_HEADERS, ROOT, Processes, environment, manage  # noqa: E402

N_PAGES = int(os.environ.get("BENCH_PAGES", "500"))
N_INSTRUMENTS = int(os.environ.get("BENCH_INSTRUMENTS", "200"))
N_PLACES = int(os.environ.get("BENCH_PLACES", "5000"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "4"))
PORT = int(os.environ.get("BENCH_PORT", "8766"))
BASE = f"http://127.0.0.1:{PORT}"
DATABASE = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/participatieportaal_bench"
)
REUSE = os.environ.get("BENCH_REUSE") == "1"  # keep the database of the last run (faster)
COMPARE = os.environ.get("BENCH_COMPARE", "")  # JSON: page label -> URL of a comparable site
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379")
WIZARD = (
    "/werkgevers/instrumentenboek/wijzer/?doelgroepregister=nee&uitkering=bijstand"
    "&loonwaarde=niet_nodig&leeftijd=57&contract=contract&contract_maanden=12&uren_per_week=32"
    "&begeleiding=nee"
)
# The pages the production issue sets targets for; the others are measured to be watched.
TARGET_PAGES = {
    "home",
    "instrumentenboek index",
    "instrument",
    "verhalen index",
    "kaart: page 1",
    "kaart: taal in Elst",
    "kaart: near Goor, p.5",
    "vacatures",
}
PAGES = [
    ("home", "/"),
    ("content page", "/privacy/"),
    (f"section with {N_PAGES} children", "/werkgevers/"),
    ("search 'jobcoach'", "/zoeken/?q=jobcoach"),
    ("instrumentenboek index", "/werkgevers/instrumentenboek/"),
    ("instrumentenboek filtered", "/werkgevers/instrumentenboek/?voor_wie=bijstand"),
    ("instrument", "/werkgevers/instrumentenboek/loonkostensubsidie/"),
    ("instrumentenwijzer results", WIZARD),
    ("printable book", "/werkgevers/instrumentenboek/boek/"),
    ("verhalen index", "/werkgevers/verhalen/"),
    ("verhalen filtered (trede 3)", "/werkgevers/verhalen/?trede=3"),
    ("candidate story", "/werkgevers/verhalen/job/"),
    ("kaart: page 1", "/inwoners/participatiekaart/"),
    ("kaart: taal in Elst", "/inwoners/participatiekaart/?soort=taal&kern=elst"),
    ("kaart: near Goor, p.5", "/inwoners/participatiekaart/?dichtbij=goor&trede=3&pagina=5"),
    ("kaart: text search", "/inwoners/participatiekaart/?q=buurt"),
    ("vacatures", "/inwoners/vacatures/"),
]
# wrk prints one JSON line at the end: requests/second, p50 and p95 (ms), non-2xx answers.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format('{"rps": %.1f, "p50": %.2f, "p95": %.2f, "bad": %d, "errors": %d}\\n',
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
"""


def require(command, hint):
    if not shutil.which(command):
        raise SystemExit(f"make bench needs {command}: {hint}")


def recreate_database():
    name = DATABASE.rsplit("/", 1)[1]
    for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
        psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql, "postgres"]
        subprocess.run(psql, check=True)  # noqa: S603, S607


def add_bench_content():
    """The demo plus many pages, instruments and places (in this process, production settings)."""
    from django.db import transaction

    from instrumentenboek.models import (
        Doelgroep,
        EligibilityRule,
        InstrumentIndexPage,
        InstrumentPage,
    )
    from participatiekaart.models import Kern, Organisation, Place
    from portal.core.models import ContentPage

    start = time.perf_counter()
    parent = ContentPage.objects.get(slug="werkgevers")
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
                rules=[
                    EligibilityRule(uitkeringen=["bijstand"]),
                    EligibilityRule(doelgroepregister=["ja"]),
                ],
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
    print(
        f"Content: {N_PAGES} extra pages, {InstrumentPage.objects.count()} instruments, "
        f"{Place.objects.count()} places ({time.perf_counter() - start:.0f} s to create)"
    )


def analyze():
    """Table statistics, as PostgreSQL's autovacuum keeps them on a live site: without them the
    planner takes the freshly filled tables for empty ones and picks plans that are slow."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()


def queries_and_sizes():
    """SQL queries and size of each page, rendered cold (page and route cache off)."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    figures = {}
    # Cold: neither the page cache nor the route cache (the ceiling a visitor can meet).
    with override_settings(PAGE_CACHE_SECONDS=0, ROUTE_CACHE_SECONDS=0):
        for _label, path in PAGES:
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            figures[path] = (len(queries), len(response.content))
    connection.close()
    return figures


def wrk(path, script, base=BASE):
    # As a browser asks: compressed answers (static files pre-compressed, pages gzipped per request).
    asked = {**PROXY_HEADERS, "Accept-Encoding": "gzip, br"}
    headers = [arg for name, value in asked.items() for arg in ("-H", f"{name}: {value}")]
    command = [
        "wrk",
        "-t1",
        f"-c{CONNECTIONS}",
        f"-d{SECONDS}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
    ]
    command += headers
    output = subprocess.run(  # noqa: S603
        [*command, base + path], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def workers_cpu_seconds(pid):
    """User + system CPU time of gunicorn's workers (children of the arbiter ``pid``)."""
    ticks = 0
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return ticks / os.sysconf("SC_CLK_TCK")


def wrk_with_cpu(path, script, pid, base=BASE):
    """wrk, plus the workers' CPU milliseconds per request during it."""
    before = workers_cpu_seconds(pid)
    result = wrk(path, script, base=base)
    requests_done = result["rps"] * SECONDS
    result["cpu_ms"] = 1000 * (workers_cpu_seconds(pid) - before) / max(requests_done, 1)
    return result


def workers_rss_mb(pid):
    """Resident memory of gunicorn's workers (children of the arbiter), in MB."""
    total = 0
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        for line in Path(f"/proc/{child}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def measure(env, workdir, script, cache_seconds, static_path, compare=None):
    """wrk against every page; with ``compare`` (label -> URL) the other site's page follows ours."""
    results = {}
    compare = dict(compare or {})
    other_pid = compare.pop("pid", None)
    env = {**env, "PAGE_CACHE_SECONDS": str(cache_seconds)}
    with Processes(env, workdir, web=GUNICORN) as processes:
        processes.wait_for(BASE)
        import requests

        for _label, path in PAGES:  # warm up: every worker, and the cache when it is on
            for _ in range(4):
                requests.get(BASE + path, headers=PROXY_HEADERS, timeout=60)
        for url in compare.values():
            for _ in range(4):
                requests.get(url, headers=PROXY_HEADERS, timeout=60).raise_for_status()
        pid = processes.running["web"].pid
        results["static"] = wrk_with_cpu(static_path, script, pid)
        for label, path in PAGES:
            results[path] = wrk_with_cpu(path, script, pid)
            if label in compare:
                if other_pid:
                    other = wrk_with_cpu("", script, other_pid, base=compare[label])
                else:
                    other = wrk("", script, base=compare[label])
                results["compare", label] = other
        results["rss"] = workers_rss_mb(processes.running["web"].pid)
    return results


def main():
    require("wrk", "apt-get install wrk")
    require("psql", "PostgreSQL's client (apt-get install postgresql-client)")
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    script = workdir / "report.lua"
    script.write_text(WRK_SCRIPT)
    env = environment(
        port=PORT,
        database_url=DATABASE,
        cache_url=f"{REDIS}/13",
        broker_url=f"{REDIS}/14",
        workdir=workdir,
        LOG_FORMAT="plain",
        GUNICORN_MAX_REQUESTS=0,  # no worker restarts in the middle of a measurement
    )
    subprocess.run(["redis-cli", "-n", "13", "flushdb"], check=True, capture_output=True)  # noqa: S607
    manage(env, "vendor_assets", quiet=True)
    manage(env, "collectstatic", "--noinput", "-v0", quiet=True)
    os.environ.update(env)
    import django

    django.setup()
    if REUSE:
        print("Reusing the content of the last run (BENCH_REUSE=1)")
    else:
        recreate_database()
        manage(env, "migrate", "--noinput", "-v0", quiet=True)
        manage(env, "load_demo_content", quiet=True)
        add_bench_content()
    analyze()
    figures = queries_and_sizes()
    manifest = json.loads((Path(env["STATIC_ROOT"]) / "staticfiles.json").read_text())
    static_path = "/static/" + manifest["paths"]["portal/css/portal.css"]
    compare = json.loads(Path(COMPARE).read_text()) if COMPARE else {}
    unknown = set(compare) - {label for label, _path in PAGES} - {"pid"}
    if unknown:
        raise SystemExit(f"BENCH_COMPARE names pages the bench does not measure: {sorted(unknown)}")
    uncached = measure(env, workdir, script, 0, static_path, compare)
    cached = measure(env, workdir, script, 600, static_path)
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True)  # noqa: S607

    print(
        f"\ngunicorn -w 2 (sync), production settings, PostgreSQL, Redis cache; wrk -c{CONNECTIONS}"
        f" for {SECONDS} s per row, on {os.cpu_count()} CPUs (client and server share them)."
    )
    static = (uncached["static"]["rps"] + cached["static"]["rps"]) / 2
    static_cpu = (uncached["static"]["cpu_ms"] + cached["static"]["cpu_ms"]) / 2
    print(
        f"Static file (the ceiling): {static:.0f} req/s, p50 {cached['static']['p50']:.1f} ms, "
        f"{static_cpu:.2f} CPU ms a request"
    )
    header = (
        f"{'page':<28}{'queries':>8}{'kB':>5} | {'uncached req/s':>14}{'p50':>7}{'p95':>7}"
        f"{'CPU ms':>7}{'% static':>9} | {'cached req/s':>12}{'p50':>6}{'p95':>6}{'CPU ms':>7}"
        f"{'% static':>9}"
    )
    print(header)
    print("-" * len(header))
    worst_uncached, worst_cached, bad = 100.0, 100.0, 0
    for label, path in PAGES:
        queries, size = figures[path]
        u, c = uncached[path], cached[path]
        u_share, c_share = 100 * u["rps"] / static, 100 * c["rps"] / static
        if label in TARGET_PAGES:
            worst_uncached = min(worst_uncached, u_share)
            worst_cached = min(worst_cached, c_share)
        else:
            label = f"({label})"
        bad += u["bad"] + u["errors"] + c["bad"] + c["errors"]
        print(
            f"{label:<28}{queries:>8}{size / 1024:>5.0f} | {u['rps']:>14.0f}{u['p50']:>7.1f}"
            f"{u['p95']:>7.1f}{u['cpu_ms']:>7.1f}{u_share:>8.1f}% | {c['rps']:>12.0f}"
            f"{c['p50']:>6.1f}{c['p95']:>6.1f}{c['cpu_ms']:>7.2f}{c_share:>8.1f}%"
        )
    if compare:
        print(
            "\nUncached, beside the comparable page of the other site (same run, same machine;"
            " the CPU ratio is theirs / ours, the load-independent figure):"
        )
        worst_ratio = None
        for label, path in PAGES:
            if label not in compare:
                continue
            ours, theirs = uncached[path], uncached["compare", label]
            ratio = ours["rps"] / theirs["rps"] if theirs["rps"] else float("inf")
            line = f"  {label:<28}{ours['rps']:>6.0f} vs {theirs['rps']:>5.0f} req/s {ratio:>5.2f}x"
            if "cpu_ms" in theirs:
                ratio = theirs["cpu_ms"] / ours["cpu_ms"] if ours["cpu_ms"] else float("inf")
                line += (
                    f" | CPU {ours['cpu_ms']:>5.1f} vs {theirs['cpu_ms']:>5.1f} ms {ratio:>5.2f}x"
                )
            if label in TARGET_PAGES:
                worst_ratio = ratio if worst_ratio is None else min(worst_ratio, ratio)
            print(f"{line}  {compare[label]}")
        print(f"  Target: >= 1.5x the comparable page (lowest {worst_ratio:.2f}x).")
    most_queries = max(q for q, _size in figures.values())
    print(
        "\nTargets, for the pages the production issue names (the others in brackets): "
        f"uncached >= 8 % of static (lowest {worst_uncached:.1f} %); cached >= 50 % "
        f"(lowest {worst_cached:.1f} %); <= 12 queries a page (most {most_queries}); "
        f"non-2xx or failed requests: {bad}."
    )
    print(
        f"Memory of the two workers after the run: {uncached['rss']:.0f} MB uncached, "
        f"{cached['rss']:.0f} MB cached."
    )
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
