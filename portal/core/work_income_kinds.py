"""The kinds of 'geld bij werk' and their periods: shared by the model and the page block
(the block cannot import the models package, which imports the blocks)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkIncomeKind(models.TextChoices):
    WERKPREMIE = "werkpremie", _("Werkpremie")
    UITSTROOMPREMIE = "uitstroompremie", _("Uitstroompremie")
    INKOMSTENVRIJLATING = "inkomstenvrijlating", _("Inkomstenvrijlating (bijverdienen)")
    ANDERS = "anders", _("Anders")


class AmountPeriod(models.TextChoices):
    EENMALIG = "eenmalig", _("eenmalig")
    PER_MAAND = "per_maand", _("per maand")
    PER_JAAR = "per_jaar", _("per jaar")
