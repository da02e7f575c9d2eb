"""Facts with provenance: every amount, percentage, duration and condition of an instrument,
each with its own validity period and source; and the law parameters (AOW age, WML) by year."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable

from instrumentenboek.wizard import format_euro
from portal.core.validity import ValidityMixin, valid_on_q

REVIEW_WARNING = datetime.timedelta(days=30)


class FactKind(models.TextChoices):
    BEDRAG = "bedrag", _("Bedrag")
    PERCENTAGE = "percentage", _("Percentage")
    DUUR = "duur", _("Duur")
    VOORWAARDE = "voorwaarde", _("Voorwaarde")


class InstrumentFact(ValidityMixin, Orderable):
    """One fact of an instrument, e.g. 'Bedrag per uur: € 3,05 from 1-1-2026, source X'."""

    page = ParentalKey(
        "instrumentenboek.InstrumentPage", on_delete=models.CASCADE, related_name="facts"
    )
    label = models.CharField(
        _("omschrijving"),
        max_length=120,
        help_text=_("Bijvoorbeeld 'Bedrag per uur' of 'Werkgeverslasten'."),
    )
    code = models.SlugField(
        _("code voor berekeningen"),
        max_length=40,
        blank=True,
        help_text=_(
            "Alleen nodig als de instrumentenwijzer met dit feit rekent, bijvoorbeeld "
            "'bedrag_per_uur', 'maximum_per_jaar', 'werkgeverslasten', 'maximum_percentage' "
            "of 'forfaitaire_loonwaarde'."
        ),
    )
    kind = models.CharField(
        _("soort feit"),
        max_length=12,
        choices=FactKind.choices,
        help_text=_("Een bedrag, een percentage, een duur of een voorwaarde in woorden."),
    )
    value = models.DecimalField(
        _("waarde"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Het getal, bijvoorbeeld 3.05 of 23.5. Leeg bij een voorwaarde in woorden."),
    )
    unit = models.CharField(
        _("eenheid"),
        max_length=80,
        blank=True,
        help_text=_("Bijvoorbeeld 'per uur', 'per jaar', '% van het minimumloon' of 'maanden'."),
    )
    text = models.CharField(
        _("tekst"),
        max_length=300,
        blank=True,
        help_text=_("De voorwaarde of uitleg in eenvoudige taal (B1)."),
    )
    valid_from = models.DateField(
        _("geldig van"), null=True, blank=True, help_text=_("Leeg: geldt al lang.")
    )
    valid_until = models.DateField(
        _("geldig tot en met"),
        null=True,
        blank=True,
        help_text=_("Laatste dag dat dit feit geldt, bijvoorbeeld 31 december bij een jaarbedrag."),
    )
    source_name = models.CharField(
        _("bron"),
        max_length=200,
        blank=True,
        help_text=_("De naam van de bron, bijvoorbeeld 'UWV' of 'Beleidsplan 2019'."),
    )
    source_url = models.URLField(
        _("link naar de bron"),
        max_length=500,
        blank=True,
        help_text=_("Waar staat dit feit? Leeg als de bron niet online staat."),
    )
    checked_on = models.DateField(
        _("gecontroleerd op"),
        null=True,
        blank=True,
        help_text=_(
            "De dag waarop iemand dit feit in de bron heeft nagekeken. Laat leeg als niemand "
            "het heeft nagekeken: een datum die niet klopt, is erger dan geen datum."
        ),
    )
    checked_by = models.CharField(
        _("gecontroleerd door"),
        max_length=120,
        blank=True,
        help_text=_("Een functie of team, geen persoonsnaam. Bijvoorbeeld 'Team werkgevers'."),
    )
    review_by = models.DateField(
        _("opnieuw controleren vóór"),
        null=True,
        blank=True,
        help_text=_("Na deze datum vraagt het beheer om dit feit opnieuw na te kijken."),
    )

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("kind"), FieldPanel("code")]),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("source_name"), FieldPanel("source_url")]),
                FieldRowPanel(
                    [FieldPanel("checked_on"), FieldPanel("checked_by"), FieldPanel("review_by")]
                ),
            ],
            heading=_("Bron en controle"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("feit")
        verbose_name_plural = _("feiten")

    def __str__(self):
        return f"{self.label}: {self.display_value()}"

    def clean(self):
        super().clean()
        self.clean_validity()
        if self.kind != FactKind.VOORWAARDE and self.value is None:
            raise ValidationError({"value": _("Vul een waarde in, of kies 'voorwaarde'.")})

    def display_value(self):
        """'€ 3,05 per uur', '23,5 % werkgeverslasten', '36 maanden' or the condition text."""
        if self.value is None:
            return self.text
        if self.kind == FactKind.BEDRAG:
            number = format_euro(self.value)
        else:
            number = format_number(self.value)
            if self.kind == FactKind.PERCENTAGE and not self.unit.startswith("%"):
                number += " %"
        return " ".join(part for part in (number, self.unit) if part)

    def problems(self, today=None):
        """Why staff should look at this fact now (empty: nothing to do)."""
        today = today or timezone.localdate()
        found = []
        if self.review_by and self.review_by < today:
            found.append(_("controledatum %(date)s is voorbij") % {"date": self.review_by})
        if self.valid_until and today <= self.valid_until <= today + REVIEW_WARNING:
            found.append(_("geldig tot %(date)s") % {"date": self.valid_until})
        return found


def format_number(value):
    """Dutch notation without trailing zeros: 23,5 and 70."""
    text = f"{value.normalize():f}" if value == value.to_integral_value() else f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


class LawParameterKey(models.TextChoices):
    AOW_LEEFTIJD = "aow_leeftijd", _("AOW-leeftijd (in jaren, 67,25 is 67 jaar en 3 maanden)")
    WML_UUR = "wml_uur", _("Wettelijk minimumloon per uur, 21 jaar en ouder")
    WML_MAAND = "wml_maand", _("Referentiemaandloon minimumloon, 21 jaar en ouder")


class LawParameter(ValidityMixin, models.Model):
    """A number from the law that changes by year: the AOW age, the minimum wage."""

    key = models.CharField(
        _("parameter"),
        max_length=40,
        choices=LawParameterKey.choices,
        help_text=_("Welk getal uit de wet is dit?"),
    )
    value = models.DecimalField(
        _("waarde"),
        max_digits=10,
        decimal_places=2,
        help_text=_("Bijvoorbeeld 67 voor de AOW-leeftijd of 14.71 voor het minimumloon per uur."),
    )
    valid_from = models.DateField(
        _("geldig van"), help_text=_("Eerste dag waarop deze waarde geldt.")
    )
    valid_until = models.DateField(
        _("geldig tot en met"),
        null=True,
        blank=True,
        help_text=_("Laatste dag. Leeg: geldt tot er een nieuwe waarde is."),
    )
    source_url = models.URLField(
        _("link naar de bron"), max_length=500, help_text=_("Waar staat deze waarde?")
    )
    checked_on = models.DateField(
        _("gecontroleerd op"),
        null=True,
        blank=True,
        help_text=_("De dag waarop iemand de waarde in de bron heeft nagekeken."),
    )

    panels = [
        FieldPanel("key"),
        FieldPanel("value"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("source_url"),
        FieldPanel("checked_on"),
    ]

    class Meta:
        ordering = ["key", "valid_from"]
        verbose_name = _("wettelijke parameter")
        verbose_name_plural = _("wettelijke parameters")

    def __str__(self):
        return f"{self.get_key_display()}: {format_number(self.value)} ({self.valid_from})"

    def clean(self):
        super().clean()
        self.clean_validity()

    @classmethod
    def values_on(cls, today=None):
        """{key: value} of every parameter that applies on ``today``, in one query."""
        today = today or timezone.localdate()
        values = {}
        for parameter in cls.objects.filter(valid_on_q(today)).order_by("valid_from"):
            values[parameter.key] = parameter.value  # the latest start wins
        return values


class InstrumentCheckFlag(models.Model):
    """Set by the daily beat task: an instrument whose facts need a look from staff."""

    instrument = models.ForeignKey(
        "instrumentenboek.InstrumentPage",
        verbose_name=_("regeling"),
        on_delete=models.CASCADE,
        related_name="check_flags",
        help_text=_("De regeling die gecontroleerd moet worden."),
    )
    reason = models.CharField(
        _("reden"), max_length=300, help_text=_("Waarom de regeling controle nodig heeft.")
    )
    flagged_on = models.DateField(
        _("gemeld op"), help_text=_("De dag waarop de dagelijkse controle dit vond.")
    )

    class Meta:
        ordering = ["flagged_on", "instrument__title"]
        verbose_name = _("controlemelding")
        verbose_name_plural = _("controlemeldingen")

    def __str__(self):
        return f"{self.instrument}: {self.reason}"
