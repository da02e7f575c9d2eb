"""'Reageren' on a public vacancy: routed to the municipality, which matches candidates."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number

RETENTION_DAYS = 90


class VacancyResponse(NormalisedPhoneNumbers, models.Model):
    phone_fields = ["phone"]
    vacancy = models.ForeignKey(
        "vacatures.Vacancy",
        verbose_name=_("vacature"),
        on_delete=models.CASCADE,
        related_name="responses",
        help_text=_("De vacature waarop iemand reageert."),
    )
    name = models.CharField(_("naam"), max_length=100, help_text=_("Naam van wie reageert."))
    email = models.EmailField(
        _("e-mailadres"), blank=True, help_text=_("E-mail of telefoon is nodig.")
    )
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("E-mail of telefoon is nodig."),
    )
    message = models.TextField(
        _("bericht"), max_length=800, blank=True, help_text=_("Waarom deze vacature?")
    )
    submission_token = models.UUIDField(
        _("formuliercode"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("Tegen dubbel versturen."),
    )
    created_at = models.DateTimeField(
        _("ontvangen op"), auto_now_add=True, help_text=_("Wordt na 90 dagen verwijderd.")
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("reactie op een vacature")
        verbose_name_plural = _("reacties op vacatures")

    def __str__(self):
        return f"{self.vacancy} – {self.created_at:%d-%m-%Y}"
