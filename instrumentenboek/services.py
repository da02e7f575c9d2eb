"""Business rules of the instrumentenboek pages: listing, searching, wizard and book."""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from instrumentenboek.cases import CASES, REFERENCE_DATE
from instrumentenboek.models import (
    InstrumentCheckFlag,
    InstrumentPage,
    LawParameter,
    LawParameterKey,
)
from instrumentenboek.models.taxonomy import Soort
from instrumentenboek.wizard import Answers, Fit
from portal.core.restrictions import public

logger = logging.getLogger(__name__)


def instruments_under(index_page):
    return (
        public(InstrumentPage.objects.live().descendant_of(index_page))
        .select_related("contact", "replaced_by")
        .prefetch_related("doelgroepen", "municipalities", "facts")
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
    """Apply the (validated) filter form values: a queryset in title order, or a list in order
    of relevance when there is a search term (either can be paginated)."""
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
    return instruments


@dataclass
class WizardResult:
    instrument: InstrumentPage
    outcome: object


@dataclass
class WizardResults:
    fits: list
    maybes: list
    nos: list  # current instruments that do not fit, each with the reason
    expired: list  # instruments that would have fitted, but no longer exist
    aow_age: object = None

    def by_slug(self):
        """{slug: Fit} for every current instrument: what the engine says."""
        return {
            result.instrument.slug: result.outcome.fit
            for result in self.fits + self.maybes + self.nos
        }


def aow_status(age, aow_age):
    """'bereikt', 'binnen_jaar' or 'nee' against ``aow_age`` (the one that applies today)."""
    if aow_age is None:
        return "nee", None
    if age >= aow_age:
        return "bereikt", aow_age
    if age + 1 >= aow_age:
        return "binnen_jaar", aow_age
    return "nee", aow_age


def run_wizard(index_page, answers: Answers, today=None):
    """Evaluate every instrument's rules against the answers. Current ones that fit or may fit
    are offered, sorted by estimated amount; the others are listed with the reason; expired
    ones that would have fitted are only named, never offered."""
    today = today or timezone.localdate()
    parameters = LawParameter.values_on(today)
    status, aow_age = aow_status(answers.leeftijd, parameters.get(LawParameterKey.AOW_LEEFTIJD))
    wml = parameters.get(LawParameterKey.WML_UUR)
    instruments = instruments_under(index_page).exclude(valid_from__gt=today)
    fits, maybes, nos, expired = [], [], [], []
    for instrument in instruments.prefetch_related("rules", "facts", "municipalities"):
        rules = instrument.rules.all()
        if instrument.is_expired(today):
            # Evaluated as on its last valid day, to tell the employer what has changed.
            last_day = instrument.valid_until
            if instrument.evaluate(answers, rules, today=last_day, aow_status=status).fit:
                expired.append(instrument)
            continue
        outcome = instrument.evaluate(
            answers, rules=rules, today=today, aow_status=status, wml_per_hour=wml
        )
        bucket = {Fit.YES: fits, Fit.MAYBE: maybes, Fit.NO: nos}[outcome.fit]
        bucket.append(WizardResult(instrument, outcome))

    def by_amount(result):
        estimate = result.outcome.estimate
        return (-(estimate.amount if estimate else 0), result.instrument.title)

    return WizardResults(
        sorted(fits, key=by_amount),
        sorted(maybes, key=by_amount),
        sorted(nos, key=lambda r: r.instrument.title),
        expired,
        aow_age,
    )


def flag_instruments_to_check(today=None):
    """Replace the check flags: instruments whose facts pass their review date, whose
    validity ends within 30 days, or that have unchecked or year-old facts."""
    today = today or timezone.localdate()
    flags = []
    for instrument in InstrumentPage.objects.prefetch_related("facts"):
        for problem in instrument.check_problems(today):
            flags.append(
                InstrumentCheckFlag(instrument=instrument, reason=problem[:300], flagged_on=today)
            )
    with transaction.atomic():
        InstrumentCheckFlag.objects.all().delete()
        InstrumentCheckFlag.objects.bulk_create(flags)
    return len(flags)


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


FIT_WORDS = {Fit.YES: "past", Fit.MAYBE: "past mogelijk", Fit.NO: "past niet"}


@dataclass
class CaseRow:
    slug: str
    title: str
    expected: str
    actual: str
    sentence: str

    @property
    def ok(self):
        return self.expected == self.actual


@dataclass
class CaseCheck:
    case: object
    rows: list

    @property
    def ok(self):
        return all(row.ok for row in self.rows)


def check_case(index_page, case, today=None):
    """Run one candidate case through the engine and compare with what it expects."""
    results = run_wizard(index_page, case.answers, today=today or REFERENCE_DATE)
    by_slug = {r.instrument.slug: r for r in results.fits + results.maybes + results.nos}
    rows = []
    for expected, slugs in ((Fit.YES, case.past), (Fit.MAYBE, case.mogelijk), (Fit.NO, case.niet)):
        for slug in slugs:
            result = by_slug.get(slug)
            rows.append(
                CaseRow(
                    slug,
                    result.instrument.title if result else slug,
                    FIT_WORDS[expected],
                    FIT_WORDS[result.outcome.fit] if result else "ontbreekt",
                    result.outcome.sentence if result else "",
                )
            )
    return CaseCheck(case, rows)


def check_cases(index_page, today=None):
    return [check_case(index_page, case, today) for case in CASES]
