"""The transactional outbox: every mail the portal sends is first a row in this table.

The row is written in the same database transaction as the submission that causes it, so a
mail is never lost (broker down) and never sent for a rolled-back change. A Celery task
delivers it right after the commit; a beat sweep delivers whatever that missed.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_ATTEMPTS = 8
# Sent mails are kept for a month (proof of delivery for staff), failed ones three months.
SENT_RETENTION = datetime.timedelta(days=30)
FAILED_RETENTION = datetime.timedelta(days=90)


class OutboxStatus(models.TextChoices):
    PENDING = "wachtend", _("Wacht op verzending")
    SENT = "verzonden", _("Verzonden")
    FAILED = "mislukt", _("Mislukt, niet meer geprobeerd")


class OutboxMessageQuerySet(models.QuerySet):
    def due(self, now=None):
        now = now or timezone.now()
        return self.filter(status=OutboxStatus.PENDING, available_at__lte=now)


class OutboxMessage(models.Model):
    subject = models.CharField(
        _("onderwerp"), max_length=255, help_text=_("Het onderwerp van de e-mail.")
    )
    to = models.JSONField(_("aan"), default=list, help_text=_("De ontvangers."))
    reply_to = models.JSONField(
        _("antwoorden aan"), default=list, blank=True, help_text=_("Waar een antwoord heen gaat.")
    )
    from_email = models.CharField(
        _("afzender"),
        max_length=255,
        blank=True,
        help_text=_("Leeg: de standaardafzender van het portaal."),
    )
    body = models.TextField(_("tekst"), help_text=_("De platte tekst van de e-mail."))
    html = models.TextField(_("HTML"), blank=True, help_text=_("De opgemaakte versie, optioneel."))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=OutboxStatus.choices,
        default=OutboxStatus.PENDING,
        help_text=_("Of de e-mail al verstuurd is."),
    )
    attempts = models.PositiveSmallIntegerField(
        _("pogingen"), default=0, help_text=_("Hoe vaak de mailserver al geprobeerd is.")
    )
    last_error = models.CharField(
        _("laatste fout"),
        max_length=200,
        blank=True,
        help_text=_("Het soort fout bij de laatste poging (zonder inhoud van de mail)."),
    )
    created_at = models.DateTimeField(
        _("aangemaakt op"), default=timezone.now, help_text=_("Wanneer de e-mail klaarstond.")
    )
    available_at = models.DateTimeField(
        _("volgende poging"),
        default=timezone.now,
        help_text=_("Niet eerder dan dit moment wordt het (opnieuw) geprobeerd."),
    )
    sent_at = models.DateTimeField(
        _("verzonden op"), null=True, blank=True, help_text=_("Wanneer de mailserver hem aannam.")
    )

    objects = OutboxMessageQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitgaande e-mail")
        verbose_name_plural = _("uitgaande e-mails")
        indexes = [models.Index(fields=["status", "available_at"])]

    def __str__(self):
        return self.subject

    def record_failure(self, error, now=None):
        """Back off exponentially (1, 2, 4 … 64 minutes); give up after MAX_ATTEMPTS."""
        now = now or timezone.now()
        self.attempts += 1
        self.last_error = type(error).__name__[:200]
        if self.attempts >= MAX_ATTEMPTS:
            self.status = OutboxStatus.FAILED
        else:
            self.available_at = now + datetime.timedelta(minutes=2 ** (self.attempts - 1))

    def mark_sent(self, now=None):
        self.status = OutboxStatus.SENT
        self.sent_at = now or timezone.now()
        self.attempts += 1
        self.last_error = ""
