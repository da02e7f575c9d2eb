"""Business rules of the instrumentenboek pages: listing, searching, wizard and book."""

import logging
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from instrumentenboek.cases import CASES, REFERENCE_DATE
from instrumentenboek.models import (
    InstrumentCheckFlag,
    InstrumentPage,
    LawParameter,
    LawParameterKey,
)
from instrumentenboek.models.taxonomy import OPBRENGST_UITLEG, Opbrengst, Soort
from instrumentenboek.wizard import Answers, Fit, format_euro
from portal.core.mail import queue_notification
from portal.core.restrictions import public

logger = logging.getLogger(__name__)


def instruments_under(index_page):
    return (
        public(InstrumentPage.objects.live().descendant_of(index_page))
        .select_related("contact", "replaced_by")
        .prefetch_related("doelgroepen", "municipalities", "facts")
        .order_by("title", "pk")
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

    @property
    def first_year_amount(self):
        estimate = self.outcome.estimate
        return estimate.first_year_amount if estimate else None


def rank_key(result):
    """Within a group of the advice: a computed amount first, the highest on top; then the
    others in the order staff set (``wizard_order``), "past" before "past mogelijk"."""
    amount = result.first_year_amount
    if amount is not None:
        return (0, -amount, 0, 0, result.instrument.title)
    return (1, 0, result.instrument.wizard_order, -result.outcome.fit, result.instrument.title)


@dataclass
class ResultGroup:
    key: str  # an Opbrengst value: geld, hulp, risico
    label: str
    results: list

    @property
    def intro(self):
        return OPBRENGST_UITLEG[self.key]


def group_results(results):
    """The fitting and maybe fitting results by what they give the employer (from each
    instrument's soort), in the fixed order of ``Opbrengst``, each group ranked."""
    groups = []
    for opbrengst in Opbrengst:
        members = [r for r in results if r.instrument.opbrengst == opbrengst]
        if members:
            groups.append(
                ResultGroup(opbrengst.value, opbrengst.label, sorted(members, key=rank_key))
            )
    return groups


@dataclass
class TotalPart:
    result: WizardResult
    amount: Decimal  # the first year's share

    @property
    def line(self):
        """'LKV banenafspraak: € 2.000 (32 uur × 52 weken × …)' for 'zo rekenen we'."""
        estimate = self.result.outcome.estimate
        text = f"{self.result.instrument.title}: {format_euro(self.amount)}"
        if estimate.months and estimate.months > 12:
            text += f" (het eerste jaar van {estimate})"
        elif estimate.once and not estimate.period:
            text += " (eenmalig)"
        return text + (f". {estimate.formula}" if estimate.formula else "")


@dataclass
class LeftOut:
    result: WizardResult
    because_of: InstrumentPage  # the counted instrument it cannot be combined with


@dataclass
class FirstYearTotal:
    """The money a candidate can bring the employer in the first year: the estimates of the
    instruments that certainly fit, never two that cannot be combined."""

    parts: list = field(default_factory=list)
    left_out: list = field(default_factory=list)

    @property
    def amount(self):
        total = sum((part.amount for part in self.parts), Decimal(0))
        return total.quantize(Decimal(1), rounding=ROUND_HALF_UP)

    @property
    def display(self):
        return f"ongeveer {format_euro(self.amount)}"

    def __bool__(self):
        return bool(self.parts)


def first_year_total(fits, conflicts):
    """Add up the first-year estimates of ``fits`` (results that certainly fit). ``conflicts``
    is a set of (page id, page id) pairs that cannot be combined, in either direction.

    Highest amount first: of instruments that exclude each other, the highest counts and the
    others are named as left out. (Greedy: for groups that all exclude each other, such as
    the LKV's in the demo data, it keeps the highest of each group.)"""
    total = FirstYearTotal()
    candidates = [r for r in fits if r.outcome.fit == Fit.YES and r.first_year_amount]
    for result in sorted(candidates, key=lambda r: (-r.first_year_amount, r.instrument.title)):
        blocker = next(
            (
                part.result.instrument
                for part in total.parts
                if (part.result.instrument.pk, result.instrument.pk) in conflicts
                or (result.instrument.pk, part.result.instrument.pk) in conflicts
            ),
            None,
        )
        if blocker is None:
            total.parts.append(TotalPart(result, result.first_year_amount))
        else:
            total.left_out.append(LeftOut(result, blocker))
    return total


def combination_conflicts(instrument_ids):
    """{(a, b)}: pairs among ``instrument_ids`` that staff marked 'niet te combineren met'."""
    through = InstrumentPage.not_combinable_with.through
    return set(
        through.objects.filter(
            from_instrumentpage_id__in=instrument_ids, to_instrumentpage_id__in=instrument_ids
        ).values_list("from_instrumentpage_id", "to_instrumentpage_id")
    )


@dataclass
class WizardResults:
    fits: list
    maybes: list
    nos: list  # current instruments that do not fit, each with the reason
    expired: list  # instruments that would have fitted, but no longer exist
    aow_age: object = None
    total: FirstYearTotal = field(default_factory=FirstYearTotal)

    def by_slug(self):
        """{slug: Fit} for every current instrument: what the engine says."""
        return {
            result.instrument.slug: result.outcome.fit
            for result in self.fits + self.maybes + self.nos
        }

    @property
    def groups(self):
        """What fits and may fit, by what it gives the employer, ranked."""
        return group_results(self.fits + self.maybes)


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
    are offered (``groups``: by what they give, ranked) with the first year's total of what
    certainly fits; the others are listed with the reason; expired ones that would have
    fitted are only named, never offered."""
    today = today or timezone.localdate()
    parameters = LawParameter.values_on(today)
    status, aow_age = aow_status(answers.leeftijd, parameters.get(LawParameterKey.AOW_LEEFTIJD))
    wml = parameters.get(LawParameterKey.WML_UUR)
    # Only what the rules, the estimates and the advice read (no doelgroepen): the advice with
    # its total stays within the page's query budget.
    instruments = (
        instruments_under(index_page)
        .exclude(valid_from__gt=today)
        .prefetch_related(None)
        .prefetch_related("rules", "facts", "municipalities")
    )
    fits, maybes, nos, expired = [], [], [], []
    for instrument in instruments:
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

    with_amount = [r.instrument.pk for r in fits if r.first_year_amount]
    conflicts = combination_conflicts(with_amount) if len(with_amount) > 1 else set()
    return WizardResults(
        sorted(fits, key=rank_key),
        sorted(maybes, key=rank_key),
        sorted(nos, key=lambda r: r.instrument.title),
        expired,
        aow_age,
        first_year_total(fits, conflicts),
    )


ADVICE_MAIL_LIMIT_PER_HOUR = 5
ADVICE_MAIL_TOKEN_SECONDS = 24 * 3600


def _advice_token_key(token):
    return f"instrumentenboek:advice-mail:{token}"


def advice_mail_sent(token):
    """Was the advice already mailed with this form token (a double submit)? The token lives
    in the cache for a day; nothing about the visitor is stored with it."""
    return cache.get(_advice_token_key(token)) is not None


def mail_advice(to, token, *, answers, results, result_url, site_settings, today=None):
    """'Mail dit advies': queue the advice (the answers, the grouped results, the total and a
    link back to the same results) as one mail through the outbox. The address is kept only
    in that outbox row. Returns False, sending nothing, for a token that was used before.

    A cache outage lets the mail through (``add`` returns None): a lost advice is worse than
    a rare second copy."""
    if cache.add(_advice_token_key(token), 1, ADVICE_MAIL_TOKEN_SECONDS) is False:
        return False
    return queue_notification(
        "instrumentenboek/mail/advice",
        {
            "answers": answers,
            "results": results,
            "result_url": result_url,
            "site_settings": site_settings,
            "today": today or timezone.localdate(),
        },
        to=[to],
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
