"""An employer's interest in a candidate 'like' a story: routed to the accountmanager, never
to the candidate. Kept only as long as needed (see RETENTION_DAYS and the beat task)."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number

RETENTION_DAYS = 180


class StoryInterest(NormalisedPhoneNumbers, models.Model):
    phone_fields = ["phone"]
    story = models.ForeignKey(
        "storytelling.CandidateStoryPage",
        verbose_name=_("verhaal"),
        on_delete=models.CASCADE,
        related_name="interests",
        help_text=_("Het verhaal waarop de werkgever reageerde."),
    )
    name = models.CharField(
        _("naam"), max_length=100, help_text=_("Contactpersoon bij de werkgever.")
    )
    organisation = models.CharField(
        _("organisatie"), max_length=150, help_text=_("Naam van het bedrijf.")
    )
    email = models.EmailField(_("e-mailadres"), help_text=_("Om de werkgever terug te mailen."))
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Optioneel, als de werkgever gebeld wil worden."),
    )
    message = models.TextField(
        _("bericht"),
        max_length=1000,
        blank=True,
        help_text=_("Wat de werkgever zoekt, in eigen woorden."),
    )
    submission_token = models.UUIDField(
        _("formuliercode"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("Voorkomt dat dubbel klikken twee meldingen geeft."),
    )
    created_at = models.DateTimeField(
        _("ontvangen op"), auto_now_add=True, help_text=_("Wordt na 180 dagen verwijderd.")
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("interesse van een werkgever")
        verbose_name_plural = _("interesse van werkgevers")

    def __str__(self):
        return f"{self.organisation} – {self.story.title}"
