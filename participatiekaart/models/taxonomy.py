"""Vocabularies of the participatiekaart (field ideas borrowed from Open Referral HSDS)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceType(models.TextChoices):
    VRIJWILLIGERSWERK = "vrijwilligerswerk", _("Vrijwilligerswerk")
    WERKERVARING = "werkervaring", _("Werkervaringsplaats")
    DAGBESTEDING = "dagbesteding", _("(Arbeidsmatige) dagbesteding")
    TAAL = "taal", _("Taal (taalcafé, taalhuis, taalmaatje)")
    SPORT = "sport", _("Bewegen en sport")
    ONTMOETING = "ontmoeting", _("Ontmoeting en inloop")
    CURSUS = "cursus", _("Training en cursus")
    ACTIVERING = "activering", _("Sociale activering")


class DutchLevel(models.IntegerChoices):
    NIET_NODIG = 0, _("Niet nodig")
    BEETJE = 1, _("Een beetje")
    GOED = 2, _("Goed")


class OrganisationKind(models.TextChoices):
    WELZIJN = "welzijn", _("Welzijnsorganisatie")
    BIBLIOTHEEK = "bibliotheek", _("Bibliotheek of taalhuis")
    VRIJWILLIGERSPUNT = "vrijwilligerspunt", _("Vrijwilligerspunt")
    KRINGLOOP = "kringloop", _("Kringloopwinkel")
    FIETSENSTALLING = "fietsenstalling", _("Fietsenstalling")
    BUURTHUIS = "buurthuis", _("Buurthuis")
    SPORT = "sport", _("Sportaanbieder")
    SW_BEDRIJF = "sw-bedrijf", _("SW-bedrijf")
    ZORGBOERDERIJ = "zorgboerderij", _("Zorgboerderij")
    OVERIG = "overig", _("Anders")


class Kern(models.Model):
    """A village or town (kern) with its approximate centre: distance sorting works offline."""

    name = models.CharField(
        _("naam"),
        max_length=80,
        unique=True,
        help_text=_("Zoals inwoners het noemen, bijvoorbeeld 'Elst'."),
    )
    slug = models.SlugField(
        _("korte naam in de URL"),
        max_length=80,
        unique=True,
        help_text=_("Wordt gebruikt in filterlinks."),
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        related_name="kernen",
        help_text=_("De gemeente waar deze kern bij hoort."),
    )
    latitude = models.DecimalField(
        _("breedtegraad"),
        max_digits=8,
        decimal_places=5,
        help_text=_("Midden van de kern, bijvoorbeeld 51.91972."),
    )
    longitude = models.DecimalField(
        _("lengtegraad"),
        max_digits=8,
        decimal_places=5,
        help_text=_("Midden van de kern, bijvoorbeeld 5.84722."),
    )

    class Meta:
        ordering = ["municipality__name", "name"]
        verbose_name = _("kern")
        verbose_name_plural = _("kernen")

    def __str__(self):
        return f"{self.name} ({self.municipality})"
