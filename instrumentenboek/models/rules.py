"""Eligibility rules of the instrumentenwijzer: data that staff edit on each instrument."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from instrumentenboek.wizard import (
    NO,
    TRI_STATE_WORDING,
    UNKNOWN,
    YES,
    Estimate,
    Fit,
    Outcome,
    join_dutch,
)

TRI_STATE_CHOICES = [("", _("Maakt niet uit")), (YES, _("Moet ja zijn")), (NO, _("Moet nee zijn"))]


def tri_state_field(label, help_text):
    return models.CharField(
        label, max_length=3, blank=True, choices=TRI_STATE_CHOICES, default="", help_text=help_text
    )


class EligibilityRule(Orderable):
    """One way a candidate can qualify for an instrument. All filled-in conditions must hold.

    An instrument applies when any of its rules applies; the first rule (in the editor's order)
    that fits decides the reason and the estimated amount.
    """

    instrument = ParentalKey(
        "instrumentenboek.InstrumentPage", on_delete=models.CASCADE, related_name="rules"
    )
    banenafspraak = tri_state_field(
        _("indicatie banenafspraak"), _("Staat de kandidaat in het doelgroepregister?")
    )
    bijstand = tri_state_field(
        _("bijstandsuitkering"), _("Heeft de kandidaat nu een bijstandsuitkering?")
    )
    arbeidsbeperking = tri_state_field(
        _("ziekte of handicap"),
        _("Heeft de kandidaat een ziekte of handicap die het werk beïnvloedt (arbeidsbeperking)?"),
    )
    begeleiding = tri_state_field(
        _("begeleiding nodig"), _("Heeft de kandidaat begeleiding nodig op de werkvloer?")
    )
    min_age = models.PositiveSmallIntegerField(
        _("leeftijd vanaf"),
        null=True,
        blank=True,
        help_text=_("Laat leeg als de leeftijd niet uitmaakt."),
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
    min_hours_per_week = models.PositiveSmallIntegerField(
        _("minstens uren per week"),
        null=True,
        blank=True,
        help_text=_("Bijvoorbeeld 32 voor de werkgeverscheque."),
    )
    estimate_amount = models.DecimalField(
        _("bedrag bij deze regel"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "Vul in als deze regel een vast bedrag geeft (bijvoorbeeld € 4.500 bij een "
            "contract van 12 maanden). Leeg: het bedrag van de regeling wordt gebruikt."
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
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("banenafspraak"), FieldPanel("bijstand")]),
                FieldRowPanel([FieldPanel("arbeidsbeperking"), FieldPanel("begeleiding")]),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age")]),
                FieldRowPanel(
                    [FieldPanel("min_contract_months"), FieldPanel("min_hours_per_week")]
                ),
            ],
            heading=_("Voorwaarden (lege velden maken niet uit)"),
        ),
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

    def evaluate(self, answers):
        """Return an Outcome for these answers (estimate filled in by the instrument)."""
        satisfied, unknown = [], []
        for name, (if_yes, if_no) in TRI_STATE_WORDING.items():
            required = getattr(self, name)
            if not required:
                continue
            given = getattr(answers, name)
            wording = if_yes if required == YES else if_no
            if given == UNKNOWN:
                unknown.append(wording)
            elif given != required:
                return Outcome(Fit.NO)
            else:
                satisfied.append(wording)
        if self.min_age is not None or self.max_age is not None:
            if self.min_age is not None and answers.leeftijd < self.min_age:
                return Outcome(Fit.NO)
            if self.max_age is not None and answers.leeftijd > self.max_age:
                return Outcome(Fit.NO)
            satisfied.append(f"de kandidaat {answers.leeftijd} jaar is")
        if self.min_contract_months is not None:
            if answers.contract_maanden < self.min_contract_months:
                return Outcome(Fit.NO)
            satisfied.append(f"u een contract van {answers.contract_maanden} maanden biedt")
        if self.min_hours_per_week is not None:
            if answers.uren_per_week < self.min_hours_per_week:
                return Outcome(Fit.NO)
            satisfied.append(f"de kandidaat {answers.uren_per_week} uur per week gaat werken")

        if satisfied:
            reason = f"Omdat u aangaf dat {join_dutch(satisfied)}."
        else:
            reason = "Deze regeling is er voor iedere kandidaat."
        fit = Fit.MAYBE if unknown else Fit.YES
        return Outcome(fit, reason=reason, open_questions=unknown, note=self.note)

    def fixed_estimate(self):
        if self.estimate_amount is None:
            return None
        return Estimate(Decimal(self.estimate_amount), once=self.estimate_once)
