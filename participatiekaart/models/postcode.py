"""4-digit postcode areas with their centre: distance search keeps working without PDOK."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

# Roughly the Netherlands (European part): catches swapped or mistyped coordinates.
LATITUDE_RANGE = (50.7, 53.7)
LONGITUDE_RANGE = (3.2, 7.3)
PC4 = RegexValidator(r"^[1-9][0-9]{3}$", _("Vul vier cijfers in, zoals 6661."))


class PostcodeArea(models.Model):
    """Open data (CBS/PDOK), loaded with ``manage.py load_postcode_areas``; no personal data."""

    pc4 = models.CharField(
        _("postcodegebied"),
        max_length=4,
        primary_key=True,
        validators=[PC4],
        help_text=_("De vier cijfers van de postcode, bijvoorbeeld 6661."),
    )
    latitude = models.DecimalField(
        _("breedtegraad"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(LATITUDE_RANGE[0]), MaxValueValidator(LATITUDE_RANGE[1])],
        help_text=_("Midden van het postcodegebied, bijvoorbeeld 51.91972."),
    )
    longitude = models.DecimalField(
        _("lengtegraad"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(LONGITUDE_RANGE[0]), MaxValueValidator(LONGITUDE_RANGE[1])],
        help_text=_("Midden van het postcodegebied, bijvoorbeeld 5.84722."),
    )
    municipality = models.CharField(
        _("gemeente"),
        max_length=80,
        blank=True,
        help_text=_("De gemeente waar dit postcodegebied (vooral) in ligt. Mag leeg blijven."),
    )

    class Meta:
        ordering = ["pc4"]
        verbose_name = _("postcodegebied")
        verbose_name_plural = _("postcodegebieden")

    def __str__(self):
        return f"{self.pc4} ({self.municipality})" if self.municipality else self.pc4
