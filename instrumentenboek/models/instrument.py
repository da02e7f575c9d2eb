"""An instrument: one hiring instrument with the same structured fields as every other."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from instrumentenboek.blocks import ApplicationStepBlock, ConditionBlock
from instrumentenboek.models.facts import format_number
from instrumentenboek.models.taxonomy import (
    OPBRENGST_VAN_SOORT,
    Aanbieder,
    AanvraagBij,
    BedragEenheid,
    Calculation,
    Soort,
)
from instrumentenboek.wizard import Estimate, Fit, Outcome, format_euro, join_dutch
from portal.core.blocks import BodyBlock
from portal.core.models import PortalPage

STALE_AFTER = datetime.timedelta(days=365)


class InstrumentPage(PortalPage):
    summary = models.CharField(
        _("samenvatting"),
        max_length=220,
        help_text=_("Eén zin in eenvoudige taal (B1): wat heeft de werkgever eraan?"),
    )
    doelgroepen = ParentalManyToManyField(
        "instrumentenboek.Doelgroep",
        verbose_name=_("voor wie"),
        blank=True,
        related_name="instruments",
        help_text=_("Voor welke kandidaten is deze regeling? Kies er één of meer."),
    )
    soort = models.CharField(
        _("soort"),
        max_length=20,
        choices=Soort.choices,
        help_text=_(
            "Wat voor hulp is het? Eén soort per regeling. De soort bepaalt ook de groep in "
            "het advies van de instrumentenwijzer: geld, hulp of minder risico."
        ),
    )
    aanbieder = models.CharField(
        _("aanbieder"),
        max_length=20,
        choices=Aanbieder.choices,
        help_text=_("Wie geeft of betaalt de regeling?"),
    )
    amount_min = models.DecimalField(
        _("bedrag (vanaf)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Het bedrag, of het laagste bedrag als het een bereik is."),
    )
    amount_max = models.DecimalField(
        _("bedrag tot"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Alleen bij een bereik: het hoogste bedrag."),
    )
    amount_unit = models.CharField(
        _("eenheid"),
        max_length=10,
        blank=True,
        choices=BedragEenheid.choices,
        help_text=_("Per uur, maand, jaar of eenmalig. Leeg als er geen bedrag is."),
    )
    amount_cap_per_year = models.DecimalField(
        _("maximaal per jaar"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld € 2.000 voor het LKV banenafspraak."),
    )
    duration_months = models.PositiveSmallIntegerField(
        _("looptijd (maanden)"),
        null=True,
        blank=True,
        help_text=_("Hoe lang krijgt de werkgever het? Leeg als dat niet vastligt."),
    )
    amount_note = models.CharField(
        _("toelichting op het bedrag"),
        max_length=300,
        blank=True,
        help_text=_(
            "De nuance die een werkgever moet weten, bijvoorbeeld 'hangt af van de loonwaarde'."
        ),
    )
    conditions = StreamField(
        [("condition", ConditionBlock())],
        verbose_name=_("voorwaarden"),
        blank=True,
        help_text=_("Waar moet de werkgever aan voldoen?"),
    )
    application_steps = StreamField(
        [("step", ApplicationStepBlock())],
        verbose_name=_("aanvragen"),
        blank=True,
        help_text=_("De stappen om de regeling aan te vragen, in volgorde."),
    )
    municipalities = ParentalManyToManyField(
        "core.Municipality",
        verbose_name=_("gemeenten"),
        blank=True,
        related_name="instruments",
        help_text=_(
            "Alleen voor een regeling van een gemeente: in welke gemeenten geldt ze? "
            "Leeg: in de hele regio (of landelijk)."
        ),
    )
    calculation = models.CharField(
        _("berekening"),
        max_length=20,
        blank=True,
        choices=Calculation.choices,
        help_text=_(
            "Hoe rekent de instrumentenwijzer het bedrag uit de feiten? Leeg: geen schatting."
        ),
    )
    contact = models.ForeignKey(
        "instrumentenboek.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Wie helpt de werkgever verder? Leeg: de accountmanager werkgevers uit de instellingen."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("meer uitleg"),
        blank=True,
        help_text=_("Uitleg, voorbeelden en veelgestelde vragen."),
    )
    valid_from = models.DateField(
        _("geldig van"), null=True, blank=True, help_text=_("Leeg: geldt al.")
    )
    valid_until = models.DateField(
        _("geldig tot en met"),
        null=True,
        blank=True,
        help_text=_(
            "Laatste dag dat de regeling geldt. Daarna staat ze als 'vervallen' in het "
            "boek en doet ze niet meer mee in de instrumentenwijzer."
        ),
    )
    change_note = models.CharField(
        _("wat is er veranderd"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld 'Afgeschaft per 1 januari 2025'. Wordt bovenaan getoond."),
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("vervangen door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replaces",
        help_text=_("De regeling die hiervoor in de plaats is gekomen."),
    )
    wizard_order = models.PositiveSmallIntegerField(
        _("volgorde in het advies"),
        default=100,
        help_text=_(
            "Regelingen zonder berekend bedrag staan in het advies van de instrumentenwijzer "
            "op volgorde van dit getal: lager staat eerder. Regelingen met een bedrag staan "
            "altijd eerst, het hoogste bedrag bovenaan."
        ),
    )
    not_combinable_with = ParentalManyToManyField(
        "self",
        verbose_name=_("niet te combineren met"),
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text=_(
            "Regelingen die de werkgever niet samen met deze voor dezelfde werknemer krijgt. "
            "Het geldt twee kanten op: u hoeft het maar bij één van de twee in te vullen. De "
            "instrumentenwijzer telt ze nooit bij elkaar op."
        ),
    )
    source = models.CharField(
        _("bron"),
        max_length=250,
        blank=True,
        help_text=_("Het beleidsdocument of de wet waar de regeling op rust."),
    )
    source_url = models.URLField(
        _("link naar de bron"), blank=True, help_text=_("Optioneel: waar staat de bron online?")
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("doelgroepen"),
                FieldRowPanel([FieldPanel("soort"), FieldPanel("aanbieder")]),
                FieldPanel("municipalities"),
            ],
            heading=_("Voor wie en wat"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("amount_min"), FieldPanel("amount_max"), FieldPanel("amount_unit")]
                ),
                FieldRowPanel([FieldPanel("amount_cap_per_year"), FieldPanel("duration_months")]),
                FieldPanel("amount_note"),
                FieldPanel("calculation"),
                FieldPanel("not_combinable_with"),
            ],
            heading=_("Wat levert het op"),
        ),
        InlinePanel(
            "facts",
            heading=_("Feiten met bron"),
            label=_("Feit"),
            help_text=_(
                "Elk bedrag, percentage, elke duur en voorwaarde met de periode waarin het "
                "geldt en de bron. 'Laatst gecontroleerd' volgt hieruit."
            ),
        ),
        FieldPanel("conditions"),
        FieldPanel("application_steps"),
        FieldPanel("contact"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldPanel("change_note"),
                FieldPanel("replaced_by"),
            ],
            heading=_("Geldigheid"),
        ),
        InlinePanel(
            "rules",
            heading=_("Instrumentenwijzer"),
            label=_("Regel"),
            help_text=_(
                "Wanneer toont de instrumentenwijzer deze regeling? Zonder "
                "regels doet de regeling niet mee."
            ),
        ),
        FieldPanel("wizard_order"),
        InlinePanel("related_links", heading=_("Verwante regelingen"), label=_("Regeling")),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_url")], heading=_("Bron")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("amount_note"),
        index.SearchField("body"),
        index.FilterField("soort"),
        index.FilterField("aanbieder"),
    ]
    parent_page_types = ["instrumentenboek.InstrumentIndexPage"]
    subpage_types = []
    serve_select_related = ("contact", "replaced_by")
    serve_prefetch_related = ("facts", "municipalities", "doelgroepen")

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instrumenten")

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("De einddatum ligt vóór de begindatum.")
        if (
            self.amount_max is not None
            and self.amount_min is not None
            and self.amount_max < self.amount_min
        ):
            errors["amount_max"] = _("Het hoogste bedrag is lager dan het laagste bedrag.")
        if (self.amount_min is not None or self.amount_max is not None) and not self.amount_unit:
            errors["amount_unit"] = _("Kies per uur, maand, jaar of eenmalig bij een bedrag.")
        if errors:
            raise ValidationError(errors)

    # --- Validity -------------------------------------------------------------------------
    def is_expired(self, today=None):
        today = today or timezone.localdate()
        return self.valid_until is not None and self.valid_until < today

    def is_upcoming(self, today=None):
        today = today or timezone.localdate()
        return self.valid_from is not None and self.valid_from > today

    def is_current(self, today=None):
        return not self.is_expired(today) and not self.is_upcoming(today)

    @property
    def expired_since(self):
        """The first day the instrument no longer applies."""
        return self.valid_until + datetime.timedelta(days=1) if self.valid_until else None

    @property
    def opbrengst(self):
        """What it gives the employer (geld, hulp, risico): the group in the wizard's advice."""
        return OPBRENGST_VAN_SOORT[self.soort]

    # --- Facts and checks -----------------------------------------------------------------
    @property
    def is_national(self):
        """UWV and the Belastingdienst run national instruments; the rest are local."""
        return self.aanbieder in (Aanbieder.UWV, Aanbieder.RIJK)

    def scope_label(self):
        if self.is_national:
            return _("Landelijke regeling (%(who)s)") % {"who": self.get_aanbieder_display()}
        names = [m.name for m in self.municipalities.all()]
        if names:
            return _("Regeling van de gemeente %(names)s") % {"names": ", ".join(names)}
        return _("Regeling van de gemeente of de regio")

    def current_facts(self, today=None):
        """The facts that apply today, in the editor's order."""
        today = today or timezone.localdate()
        return [fact for fact in self.facts.all() if fact.is_valid_on(today)]

    def minimum_hours_per_week(self):
        """The hours a week a job needs for this instrument by its rules (the werkgeverscheque:
        32), or None when the rules set no minimum."""
        floors = [floor for rule in self.rules.all() if (floor := rule.hours_floor())]
        return max(floors) if floors else None

    def fact_value(self, code, today=None):
        for fact in self.current_facts(today):
            if fact.code == code and fact.value is not None:
                return Decimal(fact.value)
        return None

    def last_checked_on(self, today=None):
        """The oldest check date among the current facts; None when any current fact was never
        checked (or there are none): a date that is not true is worse than none."""
        facts = self.current_facts(today)
        if not facts or any(fact.checked_on is None for fact in facts):
            return None
        return min(fact.checked_on for fact in facts)

    @property
    def last_checked(self):
        return self.last_checked_on()

    def check_problems(self, today=None):
        """Why staff should check this instrument now, in Dutch (empty: nothing to do)."""
        today = today or timezone.localdate()
        if self.is_expired(today):
            return []
        problems = []
        for fact in self.facts.all():
            problems += [f"{fact.label}: {problem}" for problem in fact.problems(today)]
        last = self.last_checked_on(today)
        if last is None:
            problems.append(str(_("niet alle feiten zijn gecontroleerd")))
        elif last < today - STALE_AFTER:
            problems.append(str(_("meer dan 12 maanden niet gecontroleerd")))
        return problems

    def needs_check(self, today=None):
        return bool(self.check_problems(today))

    # --- Money ----------------------------------------------------------------------------
    def amount_display(self):
        """'€ 1,01 per uur, maximaal € 2.000 per jaar, 36 maanden' (empty without an amount)."""
        if self.amount_min is None and self.amount_max is None:
            return ""
        if self.amount_min is not None and self.amount_max is not None:
            text = f"{format_euro(self.amount_min)} tot {format_euro(self.amount_max)}"
        else:
            text = format_euro(self.amount_min if self.amount_min is not None else self.amount_max)
        parts = [f"{text} {BedragEenheid(self.amount_unit).label}".strip()]
        if self.amount_cap_per_year is not None:
            parts.append(f"maximaal {format_euro(self.amount_cap_per_year)} per jaar")
        if self.duration_months:
            parts.append(f"{self.duration_months} maanden")
        return ", ".join(parts)

    def estimate(self, answers, today=None, wml_per_hour=None):
        """Estimated euros for this candidate, computed from today's facts with the formula in
        words; None when the facts needed are missing or it depends on something unknown."""
        today = today or timezone.localdate()
        if self.calculation == Calculation.PER_UUR:
            return self._estimate_per_hour(answers, today)
        if self.calculation in (Calculation.LKS, Calculation.LKS_FORFAITAIR):
            return self._estimate_lks(answers, today, wml_per_hour)
        if self.calculation == Calculation.VAST:
            amount = self.fact_value("bedrag", today)
            return Estimate(amount, once=True) if amount is not None else None
        return None

    def _estimate_per_hour(self, answers, today):
        per_hour = self.fact_value("bedrag_per_uur", today)
        cap = self.fact_value("maximum_per_jaar", today)
        if per_hour is None or not answers.uren_per_week:
            return None
        per_year = per_hour * answers.uren_per_week * 52
        formula = (
            f"{answers.uren_per_week} uur × 52 weken × {format_euro(per_hour)} per uur"
            f" = {format_euro(per_year)}"
        )
        if cap is not None:
            formula += f", hoogstens {format_euro(cap)} per jaar"
            per_year = min(per_year, cap)
        return Estimate(per_year, once=False, formula=formula)

    def _estimate_lks(self, answers, today, wml_per_hour):
        charges = self.fact_value("werkgeverslasten", today)
        if wml_per_hour is None or charges is None or not answers.uren_per_week:
            return None
        if self.calculation == Calculation.LKS_FORFAITAIR:
            loonwaarde = self.fact_value("forfaitaire_loonwaarde", today)
            months = self.fact_value("maanden", today) or Decimal(6)
        else:
            loonwaarde = answers.loonwaarde_procent if answers.loonwaarde == "gemeten" else None
            months = None
        if loonwaarde is None:
            return None
        share = Decimal(100) - Decimal(loonwaarde)
        cap = self.fact_value("maximum_percentage", today)
        capped = min(share, cap) if cap is not None else share
        weeks = months * 52 / 12 if months else Decimal(52)
        base = wml_per_hour * answers.uren_per_week * weeks * capped / 100
        total = base * (1 + charges / 100)
        share_text = f"{format_number(capped)} %"
        if cap is not None and share > cap:
            share_text += f" (100 % − loonwaarde {loonwaarde} %, hoogstens {format_number(cap)} %)"
        elif self.calculation == Calculation.LKS:
            share_text += f" (100 % − loonwaarde {loonwaarde} %)"
        else:
            share_text += " van het minimumloon"
        period = f"{format_number(weeks)} weken" if months else "52 weken"
        formula = (
            f"{share_text} × minimumloon {format_euro(wml_per_hour)} per uur × "
            f"{answers.uren_per_week} uur × {period}, plus {format_number(charges)} % "
            f"werkgeverslasten = {format_euro(total)}"
        )
        if months:
            return Estimate(
                total,
                once=True,
                formula=formula,
                period=f"voor {format_number(months)} maanden",
                months=months,
            )
        return Estimate(total, once=False, formula=formula)

    # --- Wizard ---------------------------------------------------------------------------
    def evaluate(self, answers, rules=None, today=None, aow_status="nee", wml_per_hour=None):
        """The outcome for these answers: the first rule that certainly holds decides; one that
        only might hold gives "past mogelijk". Expired or future instruments never fit."""
        today = today or timezone.localdate()
        if not self.is_current(today):
            return Outcome(Fit.NO, reason=str(_("omdat de regeling niet meer bestaat")))
        rules = list(rules if rules is not None else self.rules.all())
        scope = self._municipality_outcome(answers)
        if scope is not None and scope.fit == Fit.NO:
            return scope
        decided = None
        possible = None
        first_fails = None
        for rule in rules:
            found = rule.match(answers, aow_status)
            if found.certain:
                if rule.outcome == "niet" and possible is not None:
                    decided = possible
                else:
                    decided = rule.outcome_for(found)
                break
            if found.possible and rule.outcome != "niet" and possible is None:
                possible = rule.outcome_for(found)
            if found.fails and rule.outcome != "niet" and first_fails is None:
                first_fails = found.fails
        if decided is None:
            decided = possible
        if decided is None:
            reason = (
                "omdat dit alleen kan als " + join_dutch(first_fails, last=" en als ")
                if first_fails
                else str(_("omdat er geen regel voor deze situatie is"))
            )
            return Outcome(Fit.NO, reason=reason)
        if scope is not None and decided.fit == Fit.YES:
            decided = Outcome(Fit.MAYBE, reason=scope.reason, note=decided.note)
        elif scope is not None and decided.fit == Fit.MAYBE:
            decided.reason += " en " + scope.reason.removeprefix("als ")
        if decided.fit != Fit.NO:
            rule_estimate = next(
                (
                    rule.fixed_estimate()
                    for rule in rules
                    if rule.match(answers, aow_status).certain
                ),
                None,
            )
            decided.estimate = rule_estimate or self.estimate(answers, today, wml_per_hour)
        return decided

    def _municipality_outcome(self, answers):
        """A local instrument of other municipalities does not fit; unknown: maybe."""
        names = sorted((m.slug, m.name) for m in self.municipalities.all())
        if not names:
            return None
        if answers.gemeente in {slug for slug, _name in names}:
            return None
        listed = join_dutch([name for _slug, name in names], last=" of ")
        if answers.gemeente:
            return Outcome(Fit.NO, reason=f"omdat het een regeling van gemeente {listed} is")
        return Outcome(Fit.MAYBE, reason=f"als de kandidaat in gemeente {listed} woont")

    def related_links_shown(self):
        """'Verwante regelingen': the links with their instruments, in one query."""
        return self.related_links.select_related("instrument")

    def related_stories(self):
        """Live stories (from the storytelling app) that link to this instrument."""
        links = self.story_links.select_related("page").filter(page__live=True)
        return [link.page for link in links.order_by("page__title")]

    def steps(self, employer_service=None):
        """Application steps as (text, where) with the readable name of where it happens; the
        employer service by the name the site gives it (``SiteSettings.employer_service``)."""
        return [
            (block.value["text"], self._place_name(block.value["where"], employer_service))
            for block in self.application_steps
        ]

    @staticmethod
    def _place_name(where, employer_service):
        if not where:
            return ""
        if where == AanvraagBij.WSP and employer_service:
            return employer_service
        return AanvraagBij(where).label


class RelatedInstrument(Orderable):
    page = ParentalKey(InstrumentPage, on_delete=models.CASCADE, related_name="related_links")
    instrument = models.ForeignKey(
        InstrumentPage,
        verbose_name=_("regeling"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Een regeling die vaak samen met deze wordt gebruikt."),
    )

    panels = [FieldPanel("instrument")]

    class Meta(Orderable.Meta):
        verbose_name = _("verwante regeling")
        verbose_name_plural = _("verwante regelingen")
