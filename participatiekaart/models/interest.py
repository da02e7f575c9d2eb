"""'Ik wil meedoen': a resident's interest in a place, and the organisation's outcome.

AVG: personal data is collected for one purpose (the organisation contacts the resident) and
deleted after RETENTION_DAYS by a beat task; the outcome survives only as an anonymous count.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number

RETENTION_DAYS = 90
# A 'klopt niet meer' report is anonymous, but its free-text comment may hold personal data.
# Six months: as long as a place may go unconfirmed before it goes offline by itself, so staff
# have had a whole upkeep round (monthly confirmation mails, the stale-place task) to act.
REPORT_RETENTION_DAYS = 180


class Outcome(models.TextChoices):
    UNKNOWN = "", _("Nog niet bekend")
    STARTED = "gestart", _("Gestart")
    NOT_STARTED = "niet-gestart", _("Niet gestart")


class Interest(NormalisedPhoneNumbers, models.Model):
    phone_fields = ["phone"]
    place = models.ForeignKey(
        "participatiekaart.Place",
        verbose_name=_("plek"),
        on_delete=models.CASCADE,
        related_name="interests",
        help_text=_("De plek waar de inwoner aan mee wil doen."),
    )
    name = models.CharField(
        _("naam"), max_length=100, help_text=_("Zodat de organisatie weet wie zich meldt.")
    )
    email = models.EmailField(
        _("e-mailadres"), blank=True, help_text=_("E-mail of telefoon: één van de twee is nodig.")
    )
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("E-mail of telefoon: één van de twee is nodig."),
    )
    message = models.TextField(
        _("bericht"),
        max_length=800,
        blank=True,
        help_text=_("Wat de inwoner wil vertellen of vragen."),
    )
    consent = models.BooleanField(
        _("toestemming"),
        default=False,
        help_text=_("De inwoner gaf toestemming om de gegevens door te sturen."),
    )
    submission_token = models.UUIDField(
        _("formuliercode"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("Voorkomt dubbele aanmeldingen."),
    )
    outcome_token = models.UUIDField(
        _("code voor de uitkomst"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("Geheime code in de link voor de organisatie."),
    )
    outcome = models.CharField(
        _("uitkomst"),
        max_length=12,
        choices=Outcome.choices,
        blank=True,
        default="",
        help_text=_("Gestart of niet, zoals de organisatie doorgaf."),
    )
    outcome_set_at = models.DateTimeField(
        _("uitkomst doorgegeven op"),
        null=True,
        blank=True,
        help_text=_("Wanneer de organisatie dat doorgaf."),
    )
    created_at = models.DateTimeField(
        _("aangemeld op"), auto_now_add=True, help_text=_("Wordt na 90 dagen verwijderd.")
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")

    def __str__(self):
        return f"{self.place} ({self.created_at:%d-%m-%Y})"


class MatchCount(models.Model):
    """Anonymous monthly counts per place that survive the deletion of the interests."""

    place = models.ForeignKey(
        "participatiekaart.Place",
        verbose_name=_("plek"),
        on_delete=models.CASCADE,
        related_name="match_counts",
        help_text=_("De plek waar de aanmeldingen voor waren."),
    )
    month = models.DateField(_("maand"), help_text=_("De eerste dag van de maand."))
    interests = models.PositiveIntegerField(
        _("aanmeldingen"), default=0, help_text=_("Aantal aanmeldingen.")
    )
    started = models.PositiveIntegerField(
        _("gestart"), default=0, help_text=_("Aantal inwoners dat begon.")
    )
    not_started = models.PositiveIntegerField(
        _("niet gestart"), default=0, help_text=_("Aantal inwoners dat niet begon.")
    )

    class Meta:
        unique_together = [("place", "month")]
        ordering = ["-month"]
        verbose_name = _("telling aanmeldingen")
        verbose_name_plural = _("tellingen aanmeldingen")

    def __str__(self):
        return f"{self.place} {self.month:%m-%Y}"


class ReportReason(models.TextChoices):
    GONE = "bestaat-niet", _("De plek of activiteit bestaat niet meer")
    WRONG_INFO = "klopt-niet", _("Tijden, adres of andere gegevens kloppen niet")
    FULL = "vol", _("Er is geen plek meer")
    OTHER = "anders", _("Iets anders")


class PlaceReport(models.Model):
    """A resident's 'klopt niet meer' on a place. Anonymous: no contact details asked.

    Deleted REPORT_RETENTION_DAYS after it came in (``tasks.delete_expired_reports``)."""

    place = models.ForeignKey(
        "participatiekaart.Place",
        verbose_name=_("plek"),
        on_delete=models.CASCADE,
        related_name="reports",
        help_text=_("De plek waar de melding over gaat."),
    )
    reason = models.CharField(
        _("wat klopt er niet"),
        max_length=14,
        choices=ReportReason.choices,
        help_text=_("Wat de inwoner aankruiste."),
    )
    comment = models.TextField(
        _("toelichting"),
        max_length=500,
        blank=True,
        help_text=_("Optionele uitleg van de inwoner."),
    )
    handled = models.BooleanField(
        _("afgehandeld"), default=False, help_text=_("Zet aan als de plek is nagekeken.")
    )
    submission_token = models.UUIDField(
        _("formuliercode"),
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("Voorkomt dat een melding die twee keer is verstuurd dubbel binnenkomt."),
    )
    created_at = models.DateTimeField(
        _("gemeld op"),
        auto_now_add=True,
        help_text=_("Wanneer de melding binnenkwam. Wordt na 180 dagen verwijderd."),
    )

    class Meta:
        ordering = ["handled", "-created_at"]
        verbose_name = _("melding 'klopt niet meer'")
        verbose_name_plural = _("meldingen 'klopt niet meer'")

    def __str__(self):
        return f"{self.place}: {self.get_reason_display()}"
