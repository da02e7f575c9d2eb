"""What a resident keeps or gets when starting work: the municipality's own amounts and rules.

Werkpremie, uitstroompremie and the inkomstenvrijlating of the Participatiewet change by law,
by municipal decision and every half year. They are data that staff edit (a snippet), with the
dates they are valid; pages show them through ``WorkIncomeBlock``, never as fixed text."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from portal.core.validity import valid_on_q
from portal.core.work_income_kinds import AmountPeriod, WorkIncomeKind


class WorkIncomeQuerySet(models.QuerySet):
    def current(self, on=None):
        """The entries valid on ``on`` (today): started, and not yet ended."""
        on = on or timezone.localdate()
        return self.filter(valid_on_q(on))


class WorkIncomeArrangement(models.Model):
    """One amount or rule, valid for a period: e.g. 'Uitstroompremie 2026, € 500 eenmalig'."""

    kind = models.CharField(
        _("soort"),
        max_length=30,
        choices=WorkIncomeKind.choices,
        help_text=_("Zo kan een pagina kiezen welke soorten zij toont."),
    )
    name = models.CharField(
        _("naam"),
        max_length=120,
        help_text=_("Zoals inwoners het kennen, bijvoorbeeld 'Uitstroompremie'."),
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="work_income_arrangements",
        help_text=_("Alleen invullen als dit niet voor alle gemeenten van dit portaal geldt."),
    )
    amount = models.DecimalField(
        _("bedrag"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_(
            "In euro. Leeg laten als u het bedrag niet zeker weet: de pagina zegt dan dat "
            "de inwoner het aan de consulent kan vragen."
        ),
    )
    amount_period = models.CharField(
        _("per"),
        max_length=20,
        choices=AmountPeriod.choices,
        default=AmountPeriod.EENMALIG,
        help_text=_("Krijgt de inwoner het bedrag één keer, elke maand of elk jaar?"),
    )
    summary = models.TextField(
        _("in het kort"),
        max_length=400,
        help_text=_("Eén of twee zinnen in eenvoudige taal (B1), met u. Wat krijgt of houdt u?"),
    )
    conditions = models.TextField(
        _("voorwaarden"),
        max_length=1500,
        blank=True,
        help_text=_("Elke voorwaarde op een eigen regel. Korte zinnen, met u."),
    )
    how_to_apply = models.TextField(
        _("zo vraagt u het aan"),
        max_length=600,
        blank=True,
        help_text=_("Wat moet de inwoner doen? Laat leeg als de gemeente het vanzelf regelt."),
    )
    valid_from = models.DateField(
        _("geldig vanaf"),
        help_text=_("Vanaf deze dag staat dit op de website."),
    )
    valid_until = models.DateField(
        _("geldig tot en met"),
        null=True,
        blank=True,
        help_text=_("Na deze dag verdwijnt dit van de website. Leeg: geen einddatum."),
    )
    source = models.CharField(
        _("bron"),
        max_length=300,
        help_text=_("Waar dit staat: de verordening, het besluit of de wet, met het jaar."),
    )
    checked_on = models.DateField(
        _("laatst gecontroleerd"),
        default=datetime.date.today,
        help_text=_("De dag waarop iemand de bron voor het laatst heeft nagekeken."),
    )

    objects = WorkIncomeQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("municipality")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("amount_period")]),
        FieldPanel("summary"),
        FieldPanel("conditions"),
        FieldPanel("how_to_apply"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
                FieldRowPanel([FieldPanel("source"), FieldPanel("checked_on")]),
            ],
            heading=_("Geldigheid en bron"),
        ),
    ]

    class Meta:
        ordering = ["kind", "municipality__name", "-valid_from"]
        verbose_name = _("geld bij werk")
        verbose_name_plural = _("geld bij werk")

    def __str__(self):
        where = f" ({self.municipality})" if self.municipality_id else ""
        return f"{self.name}{where}, vanaf {self.valid_from:%d-%m-%Y}"

    def clean(self):
        super().clean()
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError(
                {"valid_until": _("Deze datum ligt vóór 'geldig vanaf'. Kies een latere datum.")}
            )

    def amount_display(self):
        """'€ 750 eenmalig', '€ 1.234,50 per maand'; empty when no amount is known."""
        if self.amount is None:
            return ""
        places = 0 if self.amount == self.amount.to_integral_value() else 2
        number = formats.number_format(self.amount, places, use_l10n=True, force_grouping=True)
        return f"€ {number} {self.get_amount_period_display()}"

    @property
    def condition_lines(self):
        return [line.strip() for line in self.conditions.splitlines() if line.strip()]
