"""A vacancy an employer registers: a regular job, a werkervaringsplaats, a proefplaatsing,
a BBL place, an internship or a set of jobcarving tasks. Moderated by the accountmanager."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number


class VacancyType(models.TextChoices):
    REGULAR = "baan", _("Reguliere baan")
    WERKERVARING = "werkervaringsplaats", _("Werkervaringsplaats")
    PROEF = "proefplaatsing", _("Proefplaatsing")
    BBL = "leerwerkplek", _("Leerwerkplek (BBL)")
    STAGE = "stage", _("Stage")
    JOBCARVING = "jobcarving", _("Jobcarving: losse taken")


class Status(models.TextChoices):
    CONCEPT = "concept", _("Concept")
    SUBMITTED = "ingediend", _("Ingediend")
    IN_REVIEW = "in-behandeling", _("In behandeling")
    PUBLISHED = "gepubliceerd", _("Gepubliceerd")
    FILLED = "vervuld", _("Vervuld")
    CLOSED = "gesloten", _("Gesloten")
    REJECTED = "afgewezen", _("Afgewezen")


class VacancyQuerySet(models.QuerySet):
    def for_organisation(self, organisation):
        return self.filter(organisation=organisation)

    def public(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=Status.PUBLISHED).filter(
            models.Q(closing_date__isnull=True) | models.Q(closing_date__gte=today)
        )


class Vacancy(NormalisedPhoneNumbers, models.Model):
    phone_fields = ["contact_phone"]
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("werkgever"),
        on_delete=models.CASCADE,
        related_name="vacancies",
        help_text=_("De werkgever die de vacature aanbiedt."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangemaakt door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De medewerker van de werkgever."),
    )
    title = models.CharField(
        _("functie of titel"),
        max_length=150,
        help_text=_("Kort en duidelijk, bijvoorbeeld 'Medewerker magazijn'."),
    )
    vacancy_type = models.CharField(
        _("soort"),
        max_length=24,
        choices=VacancyType.choices,
        help_text=_("Wat voor plek biedt u aan?"),
    )
    description = models.TextField(
        _("omschrijving"),
        max_length=3000,
        help_text=_("Wat gaat iemand doen? Schrijf in eenvoudige taal (B1)."),
    )
    hours_per_week = models.PositiveSmallIntegerField(
        _("uren per week"), help_text=_("Gemiddeld aantal uren.")
    )
    contract_months = models.PositiveSmallIntegerField(
        _("duur (maanden)"),
        null=True,
        blank=True,
        help_text=_("Hoe lang duurt het contract of de plaatsing? Leeg als het vast is."),
    )
    start_date = models.DateField(
        _("startdatum"),
        null=True,
        blank=True,
        help_text=_("Wanneer kan iemand beginnen? Leeg: in overleg."),
    )
    postcode = models.CharField(
        _("postcode"), max_length=7, help_text=_("Postcode van de werkplek, zoals 1234 AB.")
    )
    city = models.CharField(_("plaats"), max_length=80, help_text=_("Plaats van de werkplek."))
    requirements = models.TextField(
        _("wat vraagt u"),
        max_length=1500,
        blank=True,
        help_text=_("Diploma's, rijbewijs, taal… Alleen wat echt nodig is."),
    )
    support_offered = models.TextField(
        _("begeleiding op de werkvloer"),
        max_length=1000,
        blank=True,
        help_text=_("Bijvoorbeeld een collega met een HARRIE-training of een vaste inwerkperiode."),
    )
    doelgroepen = models.ManyToManyField(
        "instrumentenboek.Doelgroep",
        verbose_name=_("open voor"),
        blank=True,
        related_name="vacancies",
        help_text=_("Voor welke kandidaten staat de plek open?"),
    )
    instruments = models.ManyToManyField(
        "instrumentenboek.InstrumentPage",
        verbose_name=_("regelingen waar u meer over wilt weten"),
        blank=True,
        related_name="vacancies",
        help_text=_("De accountmanager vertelt u er meer over."),
    )
    contact_name = models.CharField(
        _("contactpersoon"), max_length=100, help_text=_("Wie kan de accountmanager bellen?")
    )
    contact_email = models.EmailField(
        _("e-mailadres contactpersoon"), help_text=_("Voor vragen over deze vacature.")
    )
    contact_phone = models.CharField(
        _("telefoonnummer contactpersoon"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Optioneel."),
    )
    closing_date = models.DateField(
        _("sluitingsdatum"),
        null=True,
        blank=True,
        help_text=_("Tot wanneer staat de vacature op de site? Daarna sluit ze vanzelf."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.CONCEPT,
        db_index=True,
        help_text=_("Waar de vacature is in de beoordeling."),
    )
    rejection_reason = models.TextField(
        _("reden van afwijzing"),
        blank=True,
        max_length=1000,
        help_text=_("Wordt aan de werkgever gemaild."),
    )
    submission_token = models.UUIDField(
        _("formuliercode"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("Voorkomt dubbele vacatures bij dubbel klikken."),
    )
    created_at = models.DateTimeField(
        _("aangemaakt op"), auto_now_add=True, help_text=_("Wanneer de vacature werd aangemaakt.")
    )
    updated_at = models.DateTimeField(
        _("gewijzigd op"), auto_now=True, help_text=_("Laatste wijziging.")
    )
    submitted_at = models.DateTimeField(
        _("ingediend op"), null=True, blank=True, help_text=_("Laatste keer ingediend.")
    )
    published_at = models.DateTimeField(
        _("gepubliceerd op"), null=True, blank=True, help_text=_("Wanneer de vacature online kwam.")
    )

    objects = VacancyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vacature")
        verbose_name_plural = _("vacatures")

    def __str__(self):
        return self.title

    @property
    def slug(self):
        return slugify(self.title)[:80] or "vacature"


class VacancyTask(models.Model):
    """One separate task, for jobcarving (and a clear task list for any vacancy)."""

    vacancy = models.ForeignKey(
        Vacancy,
        verbose_name=_("vacature"),
        on_delete=models.CASCADE,
        related_name="tasks",
        help_text=_("De vacature."),
    )
    text = models.CharField(
        _("taak"), max_length=200, help_text=_("Eén taak, bijvoorbeeld 'Post sorteren'.")
    )
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"), default=0, help_text=_("Lager getal staat eerder.")
    )

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("taak")
        verbose_name_plural = _("taken")

    def __str__(self):
        return self.text
