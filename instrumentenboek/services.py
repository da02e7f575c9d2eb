"""Business rules of the instrumentenboek pages: listing, searching, wizard and book."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from instrumentenboek.models import InstrumentPage
from instrumentenboek.models.taxonomy import Soort
from instrumentenboek.wizard import Answers, Fit
from portal.core.restrictions import public

logger = logging.getLogger(__name__)


def instruments_under(index_page):
    return (
        public(InstrumentPage.objects.live().descendant_of(index_page))
        .select_related("contact", "replaced_by")
        .prefetch_related("doelgroepen")
        .order_by("title")
    )


def current_q(today):
    return (Q(valid_until__isnull=True) | Q(valid_until__gte=today)) & (
        Q(valid_from__isnull=True) | Q(valid_from__lte=today)
    )


def search_instrument_ids(query, filters=None):
    """Page ids matching ``query``, best first: Elasticsearch when configured, else the
    database backend. An Elasticsearch outage falls back to the database, never to an error."""
    if settings.ELASTICSEARCH_URL:
        from instrumentenboek.documents import InstrumentSearch

        filters = filters or {}
        doelgroep = filters.get("voor_wie")
        try:
            return InstrumentSearch(
                query,
                doelgroep=doelgroep.slug if doelgroep else None,
                soort=filters.get("soort"),
                aanbieder=filters.get("aanbieder"),
                include_expired=bool(filters.get("vervallen")),
            ).ids()
        except Exception:
            logger.exception("Elasticsearch failed for instrument search; using the database")
    return [page.pk for page in InstrumentPage.objects.live().search(query)]


def filter_instruments(index_page, filters, today=None):
    """Apply the (validated) filter form values; returns (instruments, query_ids_or_None)."""
    today = today or timezone.localdate()
    instruments = instruments_under(index_page)
    if not filters.get("vervallen"):
        instruments = instruments.exclude(valid_until__lt=today)
    if filters.get("voor_wie"):
        instruments = instruments.filter(doelgroepen=filters["voor_wie"])
    if filters.get("soort"):
        instruments = instruments.filter(soort=filters["soort"])
    if filters.get("aanbieder"):
        instruments = instruments.filter(aanbieder=filters["aanbieder"])
    if filters.get("q"):
        ids = search_instrument_ids(filters["q"], filters)
        ranking = {pk: position for position, pk in enumerate(ids)}
        matched = list(instruments.filter(pk__in=ids))
        return sorted(matched, key=lambda page: ranking[page.pk])
    return list(instruments)


@dataclass
class WizardResult:
    instrument: InstrumentPage
    outcome: object


@dataclass
class WizardResults:
    fits: list
    maybes: list
    expired: list  # instruments that would have fitted, but no longer exist


def run_wizard(index_page, answers: Answers, today=None):
    """Evaluate every instrument's rules. Current ones that fit or may fit are offered, sorted
    by estimated amount; expired ones that would have fitted are only named, never offered."""
    today = today or timezone.localdate()
    instruments = instruments_under(index_page).exclude(valid_from__gt=today)
    fits, maybes, expired = [], [], []
    for instrument in instruments.prefetch_related("rules"):
        rules = instrument.rules.all()
        if instrument.is_expired(today):
            # Evaluated as on its last valid day, to tell the employer what has changed.
            if instrument.evaluate(answers, rules, today=instrument.valid_until).fit == Fit.YES:
                expired.append(instrument)
            continue
        outcome = instrument.evaluate(answers, rules=rules, today=today)
        if outcome.fit == Fit.YES:
            fits.append(WizardResult(instrument, outcome))
        elif outcome.fit == Fit.MAYBE:
            maybes.append(WizardResult(instrument, outcome))

    def by_amount(result):
        estimate = result.outcome.estimate
        return (-(estimate.amount if estimate else 0), result.instrument.title)

    return WizardResults(sorted(fits, key=by_amount), sorted(maybes, key=by_amount), expired)


@dataclass
class BookSection:
    soort: str
    label: str
    instruments: list


def book_sections(index_page, today=None):
    """Current instruments grouped by soort (in the fixed order), and the expired ones."""
    today = today or timezone.localdate()
    instruments = list(instruments_under(index_page))
    current = [i for i in instruments if not i.is_expired(today)]
    expired = [i for i in instruments if i.is_expired(today)]
    sections = []
    for soort in Soort:
        members = [i for i in current if i.soort == soort.value]
        if members:
            sections.append(BookSection(soort.value, soort.label, members))
    return sections, expired
