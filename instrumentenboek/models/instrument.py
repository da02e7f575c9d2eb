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
from instrumentenboek.models.taxonomy import Aanbieder, AanvraagBij, BedragEenheid, Soort
from instrumentenboek.wizard import Estimate, Fit, Outcome, format_euro
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
        help_text=_("Wat voor hulp is het? Eén soort per regeling."),
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
    last_checked = models.DateField(
        _("laatst gecontroleerd op"),
        default=datetime.date.today,
        help_text=_(
            "Zet de datum op vandaag als u de regeling heeft nagekeken. Na 12 maanden "
            "krijgt de regeling een waarschuwing in het beheer."
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
            ],
            heading=_("Wat levert het op"),
        ),
        FieldPanel("conditions"),
        FieldPanel("application_steps"),
        FieldPanel("contact"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldPanel("last_checked"),
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

    def needs_check(self, today=None):
        today = today or timezone.localdate()
        return self.last_checked is None or self.last_checked < today - STALE_AFTER

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

    def estimate(self, answers):
        """Estimated euros for this candidate from the amount data, or None when it depends on
        things the wizard does not ask (for example the loonwaarde)."""
        amount = self.amount_max if self.amount_max is not None else self.amount_min
        if amount is None or not self.amount_unit:
            return None
        amount = Decimal(amount)
        if self.amount_unit == BedragEenheid.EENMALIG:
            return Estimate(amount, once=True)
        if self.amount_unit == BedragEenheid.PER_UUR:
            per_year = amount * answers.uren_per_week * 52
        elif self.amount_unit == BedragEenheid.PER_MAAND:
            per_year = amount * 12
        else:
            per_year = amount
        if self.amount_cap_per_year is not None:
            per_year = min(per_year, Decimal(self.amount_cap_per_year))
        return Estimate(per_year, once=False)

    # --- Wizard ---------------------------------------------------------------------------
    def evaluate(self, answers, rules=None, today=None):
        """The best outcome over this instrument's rules; expired or future ones never fit."""
        if not self.is_current(today):
            return Outcome(Fit.NO)
        best = Outcome(Fit.NO)
        for rule in rules if rules is not None else self.rules.all():
            outcome = rule.evaluate(answers)
            if outcome.fit > best.fit:
                outcome.estimate = rule.fixed_estimate() or self.estimate(answers)
                best = outcome
                if best.fit == Fit.YES:
                    break
        return best

    def related_links_shown(self):
        """'Verwante regelingen': the links with their instruments, in one query."""
        return self.related_links.select_related("instrument")

    def related_stories(self):
        """Live stories (from the storytelling app) that link to this instrument."""
        links = self.story_links.select_related("page").filter(page__live=True)
        return [link.page for link in links.order_by("page__title")]

    def steps(self):
        """Application steps as (text, where) with the readable name of where it happens."""
        return [
            (
                block.value["text"],
                AanvraagBij(block.value["where"]).label if block.value["where"] else "",
            )
            for block in self.application_steps
        ]


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
