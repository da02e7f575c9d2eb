"""The shared municipality: kernen, instruments, contacts, places and SROI refer to it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Municipality(index.Indexed, models.Model):
    """A municipality (gemeente) in the labour-market region the portal serves."""

    name = models.CharField(
        _("naam"),
        max_length=80,
        unique=True,
        help_text=_("De officiële naam zonder 'gemeente', bijvoorbeeld 'Overbetuwe'."),
    )
    slug = models.SlugField(
        _("korte naam in de URL"),
        max_length=80,
        unique=True,
        help_text=_("Wordt gebruikt in links en filters. Verander dit liever niet."),
    )
    cbs_code = models.CharField(
        _("CBS-gemeentecode"),
        max_length=6,
        blank=True,
        help_text=_("Optioneel: de code van het CBS, bijvoorbeeld 'GM0000'."),
    )
    region = models.CharField(
        _("arbeidsmarktregio"),
        max_length=120,
        blank=True,
        help_text=_("De arbeidsmarktregio van de gemeente, bijvoorbeeld 'Midden-Gelderland'."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("cbs_code"), FieldPanel("region")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")

    def __str__(self):
        return self.name
