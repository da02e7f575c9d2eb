from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number


class Contact(NormalisedPhoneNumbers, index.Indexed, models.Model):
    """Who an employer calls about an instrument: a role, never a named civil servant."""

    phone_fields = ["phone"]

    name = models.CharField(
        _("naam (functie of team)"),
        max_length=120,
        help_text=_(
            "Bijvoorbeeld 'Accountmanager werkgevers' of 'Werkgeversservicepunt'. "
            "Geen persoonsnamen: mensen wisselen van baan."
        ),
    )
    organisation = models.CharField(
        _("organisatie"),
        max_length=120,
        blank=True,
        help_text=_("Bijvoorbeeld 'Gemeente Voorbeeld' of 'UWV'."),
    )
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Algemeen nummer van de functie of het team."),
    )
    email = models.EmailField(
        _("e-mailadres"), blank=True, help_text=_("Algemeen adres, geen persoonlijk adres.")
    )
    url = models.URLField(
        _("website"), blank=True, help_text=_("Pagina met meer informatie of een formulier.")
    )
    availability = models.CharField(
        _("bereikbaarheid"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld 'Werkdagen van 9.00 tot 17.00 uur'."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("organisation"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("url"),
        FieldPanel("availability"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("organisation")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("contactpersoon")
        verbose_name_plural = _("contactpersonen")

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name
