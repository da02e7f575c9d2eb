"""'Stel uw vraag aan de accountmanager': an employer's question (no account needed), routed
by municipality or kern and subject, handled by staff in an inbox with a reply log.

The status rules live here (``EmployerQuestion.TRANSITIONS``); the routing rule is
``QuestionRoute.objects.best_match``. Kept ``RETENTION_DAYS`` after it was handled (see
docs/privacy.md and ``vacatures.tasks.delete_expired_questions``).
"""

import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number

# AVG: a handled question is deleted a year after it was handled; one never handled two years
# after it came in (an inbox nobody keeps up must not keep personal data for ever).
RETENTION_DAYS = 365
UNHANDLED_RETENTION_DAYS = 730
QUESTION_MAX_LENGTH = 2000


class QuestionSubject(models.TextChoices):
    PERSONNEL = "personeel", _("Personeel zoeken")
    SUBSIDY = "regeling", _("Subsidie of regeling")
    SROI = "sroi", _("SROI (social return)")
    STORY = "kandidaat", _("Een kandidaat uit een verhaal")
    OTHER = "anders", _("Iets anders")


class QuestionStatus(models.TextChoices):
    NEW = "nieuw", _("Nieuw")
    PICKED_UP = "opgepakt", _("Opgepakt")
    HANDLED = "afgehandeld", _("Afgehandeld")


class TransitionError(Exception):
    pass


class QuestionRouteQuerySet(models.QuerySet):
    def best_match(self, municipality=None, kern=None, subject=""):
        """The most specific rule for a question, or None (then the site settings decide).

        Order: kern + subject, kern, municipality + subject, municipality, subject. A rule for
        a kern applies to that kern only; a rule for a municipality to all its kernen. Among
        equally specific rules the oldest wins, so the answer never depends on chance.
        """
        if kern is not None and municipality is None:
            municipality = kern.municipality
        rules = self.all()
        for field, value in (("kern", kern), ("municipality", municipality), ("subject", subject)):
            empty = "" if field == "subject" else None
            if value:
                rules = rules.filter(models.Q(**{field: empty}) | models.Q(**{field: value}))
            else:
                rules = rules.filter(**{field: empty})
        candidates = rules.order_by("pk")
        ranked = [rule for rule in candidates if rule.specificity is not None]
        return max(ranked, key=lambda rule: rule.specificity, default=None)


class QuestionRoute(models.Model):
    """A row of the routing table staff keep: where questions of a kind go."""

    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Vragen uit deze gemeente. Leeg: uit elke gemeente."),
    )
    kern = models.ForeignKey(
        "participatiekaart.Kern",
        verbose_name=_("kern"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Alleen vragen uit deze kern. Gaat voor een regel voor de hele gemeente."),
    )
    subject = models.CharField(
        _("onderwerp"),
        max_length=16,
        choices=QuestionSubject.choices,
        blank=True,
        help_text=_("Alleen vragen over dit onderwerp. Leeg: elk onderwerp."),
    )
    name = models.CharField(
        _("naam accountmanager"),
        max_length=100,
        blank=True,
        help_text=_("Optioneel. Staat in de bevestiging aan de werkgever."),
    )
    email = models.EmailField(
        _("e-mailadres"),
        blank=True,
        help_text=_(
            "Waar de vraag heen gaat. Leeg: naar het e-mailadres van het werkgeversservicepunt "
            "(WSP) uit de instellingen."
        ),
    )

    objects = QuestionRouteQuerySet.as_manager()

    class Meta:
        ordering = ["municipality__name", "kern__name", "subject", "pk"]
        verbose_name = _("verdeling van vragen")
        verbose_name_plural = _("verdeling van vragen")

    def __str__(self):
        where = self.kern or self.municipality or _("Alle gemeenten")
        what = self.get_subject_display() or _("elk onderwerp")
        return f"{where} · {what} → {self.name or self.email or _('loket voor werkgevers')}"

    @property
    def specificity(self):
        """Higher is more specific (see ``QuestionRouteQuerySet.best_match``); None for a rule
        that names nothing (it would only repeat the settings' fallback)."""
        if self.kern_id:
            return 5 if self.subject else 4
        if self.municipality_id:
            return 3 if self.subject else 2
        return 1 if self.subject else None

    def clean(self):
        super().clean()
        if not (self.kern_id or self.municipality_id or self.subject):
            raise ValidationError(
                _("Kies een gemeente, een kern of een onderwerp. Anders geldt de instelling.")
            )
        if (
            self.kern_id
            and self.municipality_id
            and self.kern.municipality_id != (self.municipality_id)
        ):
            raise ValidationError(
                {"kern": _("Deze kern hoort niet bij de gekozen gemeente.")},
            )
        if self.kern_id:
            self.municipality_id = self.kern.municipality_id
        same = QuestionRoute.objects.filter(
            kern_id=self.kern_id, municipality_id=self.municipality_id, subject=self.subject
        ).exclude(pk=self.pk)
        if same.exists():
            raise ValidationError(_("Er is al een regel voor deze plek en dit onderwerp."))


class EmployerQuestion(NormalisedPhoneNumbers, models.Model):
    phone_fields = ["phone"]
    TRANSITIONS = {
        QuestionStatus.NEW: {QuestionStatus.PICKED_UP, QuestionStatus.HANDLED},
        QuestionStatus.PICKED_UP: {QuestionStatus.HANDLED},
        QuestionStatus.HANDLED: set(),
    }

    organisation_name = models.CharField(
        _("organisatie"), max_length=150, help_text=_("Naam van het bedrijf of de organisatie.")
    )
    contact_name = models.CharField(
        _("contactpersoon"), max_length=100, help_text=_("Wie de vraag stelt.")
    )
    email = models.EmailField(_("e-mailadres"), help_text=_("Hierop krijgt de werkgever antwoord."))
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Optioneel, als de werkgever gebeld wil worden."),
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Waar het bedrijf zit of het werk is."),
    )
    kern = models.ForeignKey(
        "participatiekaart.Kern",
        verbose_name=_("kern"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel: het dorp of de stad."),
    )
    subject = models.CharField(
        _("onderwerp"),
        max_length=16,
        choices=QuestionSubject.choices,
        help_text=_("Waar de vraag over gaat."),
    )
    question = models.TextField(
        _("vraag"), max_length=QUESTION_MAX_LENGTH, help_text=_("De vraag in eigen woorden.")
    )
    routed_to_name = models.CharField(
        _("naam accountmanager"),
        max_length=100,
        blank=True,
        help_text=_("Aan wie de vraag is doorgestuurd, volgens de verdeling van vragen."),
    )
    routed_to_email = models.EmailField(
        _("doorgestuurd naar"),
        blank=True,
        help_text=_("Het e-mailadres dat de melding van deze vraag kreeg."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=QuestionStatus.choices,
        default=QuestionStatus.NEW,
        db_index=True,
        help_text=_("Nieuw, opgepakt of afgehandeld."),
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opgepakt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De medewerker die de vraag beantwoordt."),
    )
    submission_token = models.UUIDField(
        _("formuliercode"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("Voorkomt dat dubbel klikken twee vragen geeft."),
    )
    created_at = models.DateTimeField(
        _("ontvangen op"), auto_now_add=True, help_text=_("Wanneer de vraag binnenkwam.")
    )
    picked_up_at = models.DateTimeField(
        _("opgepakt op"), null=True, blank=True, help_text=_("Wanneer iemand de vraag oppakte.")
    )
    handled_at = models.DateTimeField(
        _("afgehandeld op"),
        null=True,
        blank=True,
        help_text=_("Een jaar hierna wordt de vraag verwijderd."),
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("vraag van een werkgever")
        verbose_name_plural = _("vragen van werkgevers")

    def __str__(self):
        return f"{self.organisation_name} – {self.get_subject_display()}"

    def can_become(self, status):
        return QuestionStatus(status) in self.TRANSITIONS[QuestionStatus(self.status)]

    @property
    def can_pick_up(self):
        return self.can_become(QuestionStatus.PICKED_UP)

    @property
    def can_mark_handled(self):
        return self.can_become(QuestionStatus.HANDLED)

    def move_to(self, status, user, now=None):
        """Change the status (only along ``TRANSITIONS``) and save. Picking up assigns the
        question to ``user``; handling an unassigned question assigns it too."""
        status = QuestionStatus(status)
        if not self.can_become(status):
            raise TransitionError(f"{self.status} → {status} is not allowed")
        now = now or timezone.now()
        self.status = status
        if status == QuestionStatus.PICKED_UP:
            self.assigned_to = user
            self.picked_up_at = now
        if status == QuestionStatus.HANDLED:
            self.assigned_to = self.assigned_to or user
            self.handled_at = now
        self.save(update_fields=["status", "assigned_to", "picked_up_at", "handled_at"])

    @classmethod
    def expired(cls, now=None):
        """Questions past their retention period (``RETENTION_DAYS`` after handling,
        ``UNHANDLED_RETENTION_DAYS`` after arrival when never handled)."""
        now = now or timezone.now()
        return cls.objects.filter(
            models.Q(handled_at__lt=now - datetime.timedelta(days=RETENTION_DAYS))
            | models.Q(
                handled_at__isnull=True,
                created_at__lt=now - datetime.timedelta(days=UNHANDLED_RETENTION_DAYS),
            )
        )


class QuestionNote(models.Model):
    """One entry of a question's reply log: what staff did or answered."""

    question = models.ForeignKey(
        EmployerQuestion,
        verbose_name=_("vraag"),
        on_delete=models.CASCADE,
        related_name="notes",
        help_text=_("De vraag waar dit bij hoort."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("medewerker"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Wie de notitie schreef."),
    )
    note = models.TextField(
        _("notitie"),
        max_length=2000,
        blank=True,
        help_text=_("Wat u heeft geantwoord of afgesproken."),
    )
    emailed = models.BooleanField(
        _("gemaild"),
        default=False,
        help_text=_("Aanvinken als u de werkgever een e-mail heeft gestuurd."),
    )
    created_at = models.DateTimeField(
        _("datum"), auto_now_add=True, help_text=_("Wanneer de notitie werd geschreven.")
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("notitie bij een vraag")
        verbose_name_plural = _("notities bij vragen")

    def __str__(self):
        return f"{self.created_at:%d-%m-%Y} {self.user or ''}".strip()
