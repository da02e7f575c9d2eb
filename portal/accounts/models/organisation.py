"""Employer organisations, their members and invitations."""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.validators import (
    NormalisedPhoneNumbers,
    validate_kvk_number,
    validate_phone_number,
)

INVITATION_VALID_FOR = datetime.timedelta(days=14)


class Size(models.TextChoices):
    MICRO = "1-9", _("1 tot 10 medewerkers")
    SMALL = "10-49", _("10 tot 50 medewerkers")
    MEDIUM = "50-249", _("50 tot 250 medewerkers")
    LARGE = "250+", _("250 of meer medewerkers")


class Role(models.TextChoices):
    BEHEERDER = "beheerder", _("Beheerder")
    MEDEWERKER = "medewerker", _("Medewerker")


class Organisation(NormalisedPhoneNumbers, models.Model):
    phone_fields = ["contact_phone"]
    name = models.CharField(
        _("naam"), max_length=150, help_text=_("De naam van het bedrijf of de organisatie.")
    )
    kvk_number = models.CharField(
        _("KvK-nummer"),
        max_length=8,
        unique=True,
        validators=[validate_kvk_number],
        help_text=_("8 cijfers, zoals 12345678."),
    )
    city = models.CharField(
        _("vestigingsplaats"), max_length=80, help_text=_("Waar zit het bedrijf?")
    )
    sector = models.ForeignKey(
        "storytelling.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="employer_organisations",
        help_text=_("In welke sector werkt het bedrijf?"),
    )
    size = models.CharField(
        _("grootte"), max_length=10, choices=Size.choices, help_text=_("Hoeveel mensen werken er?")
    )
    contact_email = models.EmailField(
        _("algemeen e-mailadres"), help_text=_("Bijvoorbeeld info@bedrijf.nl.")
    )
    contact_phone = models.CharField(
        _("algemeen telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Optioneel."),
    )
    created_at = models.DateTimeField(
        _("aangemaakt op"), auto_now_add=True, help_text=_("Wanneer de organisatie zich aanmeldde.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("werkgever")
        verbose_name_plural = _("werkgevers")

    def __str__(self):
        return self.name


class Membership(models.Model):
    """A user works for one organisation, as beheerder or medewerker."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="membership",
        help_text=_("Het account van de medewerker."),
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="memberships",
        help_text=_("De werkgever waar deze gebruiker bij hoort."),
    )
    role = models.CharField(
        _("rol"),
        max_length=12,
        choices=Role.choices,
        default=Role.MEDEWERKER,
        help_text=_("Beheerders kunnen collega's uitnodigen."),
    )

    class Meta:
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"

    @property
    def is_beheerder(self):
        return self.role == Role.BEHEERDER


class Invitation(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="invitations",
        help_text=_("Voor welke werkgever de uitnodiging is."),
    )
    email = models.EmailField(_("e-mailadres"), help_text=_("Van de collega die u uitnodigt."))
    role = models.CharField(
        _("rol"),
        max_length=12,
        choices=Role.choices,
        default=Role.MEDEWERKER,
        help_text=_("De rol van de collega."),
    )
    token = models.UUIDField(
        _("code"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Geheime code in de uitnodigingslink."),
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uitgenodigd door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wie de uitnodiging verstuurde."),
    )
    created_at = models.DateTimeField(
        _("verstuurd op"), auto_now_add=True, help_text=_("Een uitnodiging is 14 dagen geldig.")
    )
    accepted_at = models.DateTimeField(
        _("geaccepteerd op"),
        null=True,
        blank=True,
        help_text=_("Wanneer de collega de uitnodiging aannam."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self):
        return f"{self.email} → {self.organisation}"

    def is_valid(self, now=None):
        now = now or timezone.now()
        return self.accepted_at is None and now < self.created_at + INVITATION_VALID_FOR


JOIN_REQUEST_KEPT_FOR = datetime.timedelta(days=30)


class JoinRequestStatus(models.TextChoices):
    OPEN = "open", _("Wacht op goedkeuring")
    APPROVED = "goedgekeurd", _("Goedgekeurd")
    DECLINED = "afgewezen", _("Afgewezen")


class JoinRequest(models.Model):
    """Someone signed up with a KvK-nummer that is already registered. They only get access
    when a beheerder of that organisation (or municipality staff) approves."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="join_requests",
        help_text=_("De werkgever waar de gebruiker bij wil."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gebruiker"),
        on_delete=models.CASCADE,
        related_name="join_requests",
        help_text=_("Wie toegang vraagt."),
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=JoinRequestStatus.choices,
        default=JoinRequestStatus.OPEN,
        help_text=_("Of de aanvraag al beoordeeld is."),
    )
    created_at = models.DateTimeField(
        _("aangevraagd op"), auto_now_add=True, help_text=_("Wordt na 30 dagen verwijderd.")
    )
    decided_at = models.DateTimeField(
        _("beoordeeld op"), null=True, blank=True, help_text=_("Wanneer er besloten werd.")
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De beheerder of medewerker van de gemeente die besliste."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("toegangsaanvraag")
        verbose_name_plural = _("toegangsaanvragen")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status="open"),
                name="one_open_join_request_per_user",
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.organisation}"

    @property
    def is_open(self):
        return self.status == JoinRequestStatus.OPEN
