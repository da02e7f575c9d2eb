"""Rules of the instrumentenwijzer: data that staff edit on each instrument, read as sentences.

A rule is a row of conditions over the candidate's answers and an outcome: "past",
"past mogelijk, als …" or "past niet, omdat …". Empty conditions do not matter. The rules of an
instrument are read in order; the first rule whose conditions certainly hold decides. A rule that
only might hold (an answer was "weet ik niet") gives "past mogelijk" unless a later rule is
certainly "past".
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from instrumentenboek.wizard import (
    AOW,
    BEGELEIDING,
    CONTRACT,
    DOELGROEPREGISTER,
    LOONWAARDE,
    ONBEKEND,
    UITKERING,
    Estimate,
    Fit,
    Outcome,
    choices,
    join_dutch,
    phrase,
)


class ChoiceListField(models.CharField):
    """Several choices stored as 'a,b,c'; edited as checkboxes. Empty: any answer."""

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [part for part in (value or "").split(",") if part]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {key for key, _label in self.choices}
        for part in self.to_python(value):
            if part not in allowed:
                raise ValidationError(_("Onbekende keuze: %(value)s") % {"value": part})
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"])

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def get_default(self):
        return []


def choice_list(label, vocabulary, help_text):
    return ChoiceListField(
        label,
        max_length=200,
        blank=True,
        default="",
        choices=choices(vocabulary),
        help_text=help_text,
    )


class RuleOutcome(models.TextChoices):
    PAST = "past", _("Past, omdat …")
    MOGELIJK = "mogelijk", _("Past mogelijk, als …")
    NIET = "niet", _("Past niet, omdat …")


OUTCOME_FIT = {RuleOutcome.PAST: Fit.YES, RuleOutcome.MOGELIJK: Fit.MAYBE, RuleOutcome.NIET: Fit.NO}


@dataclass
class Match:
    """How a rule's conditions hold for these answers, in words."""

    holds: list = field(default_factory=list)  # "de kandidaat bijstand heeft"
    unknown: list = field(default_factory=list)  # "de kandidaat in het doelgroepregister staat"
    fails: list = field(default_factory=list)  # "de kandidaat … heeft" (what would be needed)

    @property
    def certain(self):
        return not self.unknown and not self.fails

    @property
    def possible(self):
        return not self.fails


class EligibilityRule(Orderable):
    """One row of an instrument's rule table. All filled-in conditions must hold."""

    instrument = ParentalKey(
        "instrumentenboek.InstrumentPage", on_delete=models.CASCADE, related_name="rules"
    )
    outcome = models.CharField(
        _("uitkomst"),
        max_length=10,
        choices=RuleOutcome.choices,
        default=RuleOutcome.PAST,
        help_text=_("Wat ziet de werkgever als alle voorwaarden van deze regel kloppen?"),
    )
    uitkeringen = choice_list(
        _("uitkering"), UITKERING, _("Welke uitkering heeft de kandidaat? Leeg: maakt niet uit.")
    )
    doelgroepregister = choice_list(
        _("doelgroepregister"),
        DOELGROEPREGISTER,
        _("Staat de kandidaat in het doelgroepregister van UWV? Leeg: maakt niet uit."),
    )
    loonwaarde = choice_list(
        _("loonwaarde"),
        LOONWAARDE,
        _("Is de loonwaarde gemeten? Leeg: maakt niet uit."),
    )
    min_loonwaarde = models.PositiveSmallIntegerField(
        _("loonwaarde vanaf (%)"),
        null=True,
        blank=True,
        help_text=_("Alleen als de loonwaarde gemeten is. Leeg: maakt niet uit."),
    )
    max_loonwaarde = models.PositiveSmallIntegerField(
        _("loonwaarde tot en met (%)"),
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 99: de kandidaat verdient nog niet het volle minimumloon."),
    )
    begeleiding = choice_list(
        _("begeleiding"), BEGELEIDING, _("Welke begeleiding is nodig? Leeg: maakt niet uit.")
    )
    contract = choice_list(
        _("contract"), CONTRACT, _("Wat biedt de werkgever? Leeg: maakt niet uit.")
    )
    aow = choice_list(
        _("AOW-leeftijd"),
        AOW,
        _(
            "Vergeleken met de AOW-leeftijd van dit jaar (een wettelijke parameter). "
            "Leeg: maakt niet uit."
        ),
    )
    min_age = models.PositiveSmallIntegerField(
        _("leeftijd vanaf"), null=True, blank=True, help_text=_("Leeg: maakt niet uit.")
    )
    max_age = models.PositiveSmallIntegerField(
        _("leeftijd tot en met"),
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 26 voor 'jongeren tot 27 jaar'."),
    )
    min_contract_months = models.PositiveSmallIntegerField(
        _("contract minstens (maanden)"),
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 6 als er een contract van minstens een half jaar nodig is."),
    )
    max_contract_months = models.PositiveSmallIntegerField(
        _("contract hoogstens (maanden)"),
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 5 voor een regel die zegt: een te kort contract past niet."),
    )
    min_hours_per_week = models.PositiveSmallIntegerField(
        _("minstens uren per week"),
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 32 voor de werkgeverscheque."),
    )
    max_hours_per_week = models.PositiveSmallIntegerField(
        _("hoogstens uren per week"),
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 31 voor een regel die zegt: te weinig uren past niet."),
    )
    reason = models.CharField(
        _("uitleg voor de werkgever"),
        max_length=300,
        blank=True,
        help_text=_(
            "Maakt de zin af na 'omdat' of 'als', bijvoorbeeld 'UWV een doelgroepverklaring "
            "afgeeft'. Zeg wie iets moet nagaan. Leeg: de wijzer noemt de voorwaarden zelf."
        ),
    )
    estimate_amount = models.DecimalField(
        _("bedrag bij deze regel"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "Vul in als deze regel een vast bedrag geeft (bijvoorbeeld € 4.500 bij een "
            "contract van 12 maanden). Leeg: de wijzer rekent met de feiten van de regeling."
        ),
    )
    estimate_once = models.BooleanField(
        _("bedrag is eenmalig"),
        default=True,
        help_text=_("Aan: eenmalig bedrag. Uit: bedrag per jaar."),
    )
    note = models.CharField(
        _("let op"),
        max_length=250,
        blank=True,
        help_text=_("Extra uitleg bij de uitkomst, bijvoorbeeld 'Vraag het WSP vóór de start'."),
    )

    panels = [
        FieldPanel("outcome"),
        MultiFieldPanel(
            [
                FieldPanel("uitkeringen"),
                FieldRowPanel([FieldPanel("doelgroepregister"), FieldPanel("loonwaarde")]),
                FieldRowPanel([FieldPanel("min_loonwaarde"), FieldPanel("max_loonwaarde")]),
                FieldRowPanel([FieldPanel("begeleiding"), FieldPanel("contract")]),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age"), FieldPanel("aow")]),
                FieldRowPanel(
                    [FieldPanel("min_contract_months"), FieldPanel("max_contract_months")]
                ),
                FieldRowPanel([FieldPanel("min_hours_per_week"), FieldPanel("max_hours_per_week")]),
            ],
            heading=_("Voorwaarden (lege velden maken niet uit)"),
        ),
        FieldPanel("reason"),
        FieldRowPanel([FieldPanel("estimate_amount"), FieldPanel("estimate_once")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("regel voor de instrumentenwijzer")
        verbose_name_plural = _("regels voor de instrumentenwijzer")

    def clean(self):
        super().clean()
        if self.min_age and self.max_age and self.min_age > self.max_age:
            raise ValidationError(
                {"max_age": _("De leeftijd 'tot en met' moet hoger zijn dan 'vanaf'.")}
            )

    # --- Reading the rule ----------------------------------------------------------------
    CONDITIONS = (
        "uitkeringen",
        "doelgroepregister",
        "loonwaarde",
        "min_loonwaarde",
        "max_loonwaarde",
        "begeleiding",
        "contract",
        "aow",
        "min_age",
        "max_age",
        "min_contract_months",
        "max_contract_months",
    )

    def hours_floor(self):
        """The hours a week below which this rule says "past niet" whatever else the employer
        answers (a "niet" rule on hours alone), else None."""
        if self.outcome != RuleOutcome.NIET or self.max_hours_per_week is None:
            return None
        if self.min_hours_per_week is not None or any(
            getattr(self, name) not in (None, "", [], ()) for name in self.CONDITIONS
        ):
            return None
        return self.max_hours_per_week + 1

    def match(self, answers, aow_status):
        """Which of this rule's conditions hold, are unknown, or fail for these answers."""
        found = Match()
        # (allowed values, vocabulary, answer, whether "onbekend" means "weet ik niet")
        categorical = [
            (self.uitkeringen, UITKERING, answers.uitkering, False),
            (self.doelgroepregister, DOELGROEPREGISTER, answers.doelgroepregister, True),
            # "Nog niet gemeten" is a definite answer, not "weet ik niet".
            (self.loonwaarde, LOONWAARDE, answers.loonwaarde, False),
            (self.begeleiding, BEGELEIDING, answers.begeleiding, True),
            (self.contract, CONTRACT, answers.contract, False),
            (self.aow, AOW, aow_status, False),
        ]
        for allowed, vocabulary, given, can_be_unknown in categorical:
            if not allowed:
                continue
            wanted = "de kandidaat " + join_dutch(
                [phrase(vocabulary, value) for value in allowed], last=" of "
            )
            if given in allowed:
                found.holds.append("de kandidaat " + phrase(vocabulary, given))
            elif (can_be_unknown and given == ONBEKEND) or given is None:
                found.unknown.append(wanted)
            else:
                found.fails.append(wanted)
        self._match_numbers(answers, found)
        return found

    def _match_numbers(self, answers, found):
        def check(low, high, given, holds, wanted):
            if low is None and high is None:
                return
            if given is None:
                found.unknown.append(wanted)
            elif (low is not None and given < low) or (high is not None and given > high):
                found.fails.append(wanted)
            else:
                found.holds.append(holds)

        def between(low, high, unit):
            if low is not None and high is not None:
                return f"tussen {low} en {high} {unit}"
            return f"minstens {low} {unit}" if low is not None else f"hoogstens {high} {unit}"

        age = between(self.min_age, self.max_age, "jaar")
        check(
            self.min_age,
            self.max_age,
            answers.leeftijd,
            f"de kandidaat {answers.leeftijd} jaar is",
            f"de kandidaat {age} oud is",
        )
        check(
            self.min_contract_months,
            self.max_contract_months,
            answers.contract_maanden,
            f"u een contract van {answers.contract_maanden} maanden biedt",
            f"u een contract van {between(self.min_contract_months, self.max_contract_months, 'maanden')} biedt",
        )
        check(
            self.min_hours_per_week,
            self.max_hours_per_week,
            answers.uren_per_week,
            f"de kandidaat {answers.uren_per_week} uur per week werkt",
            f"de kandidaat {between(self.min_hours_per_week, self.max_hours_per_week, 'uur')} per week werkt",
        )
        if self.min_loonwaarde is not None or self.max_loonwaarde is not None:
            given = {"gemeten": answers.loonwaarde_procent, "niet_nodig": 100}.get(
                answers.loonwaarde
            )
            span = between(self.min_loonwaarde, self.max_loonwaarde, "%")
            check(
                self.min_loonwaarde,
                self.max_loonwaarde,
                given,
                f"de loonwaarde {given} % is",
                f"de gemeten loonwaarde {span} is",
            )

    def outcome_for(self, found):
        """The Outcome this rule gives when ``found`` certainly or possibly holds."""
        fit = OUTCOME_FIT[self.outcome]
        if found.unknown:
            fit = Fit.MAYBE
        if fit == Fit.YES:
            reason = "omdat " + (self.reason or "u aangaf dat " + join_dutch(found.holds))
            if not self.reason and not found.holds:
                reason = "deze regeling is er voor iedere kandidaat"
        elif fit == Fit.MAYBE:
            conditions = ([self.reason] if self.reason else []) + found.unknown
            reason = "als " + join_dutch(conditions)
        else:
            reason = "omdat " + (self.reason or join_dutch(found.holds))
        return Outcome(fit, reason=reason, open_questions=found.unknown, note=self.note)

    def fixed_estimate(self):
        if self.estimate_amount is None:
            return None
        return Estimate(Decimal(self.estimate_amount), once=self.estimate_once)
