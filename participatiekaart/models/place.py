"""A place or activity on the participatiekaart. Moderated: drafts, revisions, workflows."""

import datetime
import itertools

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.search import index

from participatiekaart.models.taxonomy import DutchLevel, PlaceType
from portal.core.validators import normalise_postcode, validate_postcode

LADDER_STEPS = [(n, str(n)) for n in range(1, 7)]
STALE_AFTER = datetime.timedelta(days=183)  # six months without confirmation
# AVG: the proposer's e-mail address is only needed while staff review the proposal.
PROPOSER_RETENTION_DAYS = 90


class GeocodeStatus(models.TextChoices):
    PENDING = "todo", _("Nog niet opgezocht")
    OK = "ok", _("Gevonden")
    NOT_FOUND = "niet-gevonden", _("Adres niet gevonden")
    FAILED = "mislukt", _("Opzoeken mislukt, wordt opnieuw geprobeerd")
    MANUAL = "handmatig", _("Door een redacteur ingevuld")


class PlaceQuerySet(models.QuerySet):
    def public(self):
        return self.filter(live=True)

    def waiting_proposals(self):
        """Places from the public proposal form that were never published. The proposer's
        address is cleared after a while, so ``proposed_at`` counts too."""
        return self.filter(live=False, first_published_at__isnull=True).filter(
            models.Q(proposed_at__isnull=False) | ~models.Q(proposed_by="")
        )

    def unconfirmed_since(self, cutoff):
        return self.filter(
            models.Q(last_confirmed_on__lt=cutoff) | models.Q(last_confirmed_on__isnull=True)
        )


class Place(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    title = models.CharField(
        _("titel"),
        max_length=150,
        help_text=_("Wat kan een inwoner hier doen? Bijvoorbeeld 'Taalcafé in de bibliotheek'."),
    )
    slug = models.SlugField(
        _("korte naam in de URL"),
        max_length=160,
        unique=True,
        blank=True,
        help_text=_("Leeg laten: wordt gemaakt uit de titel."),
    )
    organisation = models.ForeignKey(
        "participatiekaart.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="places",
        help_text=_("De organisatie die de plek aanbiedt."),
    )
    place_type = models.CharField(
        _("soort"),
        max_length=20,
        choices=PlaceType.choices,
        help_text=_("Wat voor plek of activiteit is het?"),
    )
    description = models.TextField(
        _("beschrijving"),
        max_length=1500,
        help_text=_("In eenvoudige taal (B1), met u: wat doet u, met wie, wat leert u?"),
    )
    street = models.CharField(
        _("straat en huisnummer"),
        max_length=150,
        help_text=_("Waar is het? Bijvoorbeeld 'Dorpsstraat 12'."),
    )
    postcode = models.CharField(
        _("postcode"), max_length=7, validators=[validate_postcode], help_text=_("Zoals 1234 AB.")
    )
    kern = models.ForeignKey(
        "participatiekaart.Kern",
        verbose_name=_("kern of woonplaats"),
        on_delete=models.PROTECT,
        related_name="places",
        help_text=_("Het dorp of de wijk waar de plek is."),
    )
    latitude = models.DecimalField(
        _("breedtegraad"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("Wordt automatisch opgezocht bij het adres. Vul alleen in als dat niet lukt."),
    )
    longitude = models.DecimalField(
        _("lengtegraad"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("Wordt automatisch opgezocht bij het adres."),
    )
    geocode_status = models.CharField(
        _("locatie"),
        max_length=14,
        choices=GeocodeStatus.choices,
        default=GeocodeStatus.PENDING,
        editable=False,
        help_text=_("Of de coördinaten zijn gevonden."),
    )
    ladder_min = models.PositiveSmallIntegerField(
        _("geschikt vanaf trede"),
        choices=LADDER_STEPS,
        default=1,
        help_text=_("De laagste trede van de participatieladder waarvoor de plek past."),
    )
    ladder_max = models.PositiveSmallIntegerField(
        _("geschikt tot en met trede"),
        choices=LADDER_STEPS,
        default=4,
        help_text=_("De hoogste trede waarvoor de plek past."),
    )
    hours_min = models.PositiveSmallIntegerField(
        _("uren per week (minimaal)"), default=1, help_text=_("Hoeveel uur per week minstens?")
    )
    hours_max = models.PositiveSmallIntegerField(
        _("uren per week (maximaal)"), default=4, help_text=_("Hoeveel uur per week hoogstens?")
    )
    days = models.CharField(
        _("dagen"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld 'maandag- en donderdagochtend'."),
    )
    is_free = models.BooleanField(
        _("gratis"), default=True, help_text=_("Aan als meedoen niets kost.")
    )
    cost = models.CharField(
        _("kosten"),
        max_length=100,
        blank=True,
        help_text=_("Alleen als het niet gratis is, bijvoorbeeld '€ 2 per keer'."),
    )
    wheelchair_accessible = models.BooleanField(
        _("rolstoeltoegankelijk"),
        default=False,
        help_text=_("Kan iemand in een rolstoel erin en meedoen?"),
    )
    dutch_level = models.PositiveSmallIntegerField(
        _("Nederlands nodig"),
        choices=DutchLevel.choices,
        default=DutchLevel.BEETJE,
        help_text=_("Hoeveel Nederlands moet iemand spreken?"),
    )
    guidance_available = models.BooleanField(
        _("begeleiding aanwezig"), default=False, help_text=_("Is er iemand die helpt en uitlegt?")
    )
    places_available = models.PositiveSmallIntegerField(
        _("vrije plekken"),
        null=True,
        blank=True,
        help_text=_("Hoeveel mensen kunnen er nu bij? Leeg als dat niet vastligt."),
    )
    contact_person = models.CharField(
        _("contactpersoon"),
        max_length=100,
        blank=True,
        help_text=_("Functie of voornaam, bijvoorbeeld 'de coördinator vrijwilligers'."),
    )
    last_confirmed_on = models.DateField(
        _("laatst bevestigd op"),
        default=datetime.date.today,
        help_text=_(
            "Wanneer de organisatie voor het laatst zei dat alles klopt. Na zes maanden "
            "zonder bevestiging gaat de plek automatisch offline."
        ),
    )
    auto_unpublished_on = models.DateField(
        _("automatisch offline gehaald op"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Gezet als de plek offline ging omdat niemand haar bevestigde."),
    )
    is_example = models.BooleanField(
        _("voorbeeld"),
        default=False,
        help_text=_("Aan voor demo-plekken: het adres is een voorbeeld."),
    )
    proposed_by = models.EmailField(
        _("voorgesteld door"),
        blank=True,
        editable=False,
        help_text=_(
            "E-mailadres van wie de plek via het formulier voorstelde. Wordt 90 dagen na het "
            "voorstel gewist, ook in de eerdere versies."
        ),
    )
    proposed_at = models.DateTimeField(
        _("voorgesteld op"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Wanneer de plek via het formulier 'Plek voorstellen' binnenkwam."),
    )
    proposal_token = models.UUIDField(
        _("formuliercode voorstel"),
        null=True,
        blank=True,
        unique=True,
        editable=False,
        help_text=_("Voorkomt dat een voorstel dat twee keer is verstuurd twee plekken maakt."),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="place")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="place",
        for_concrete_model=False,
    )

    objects = PlaceQuerySet.as_manager()

    ADDRESS_FIELDS = ("street", "postcode", "kern_id")

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("organisation"),
        FieldPanel("place_type"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("kern")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Adres"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ladder_min"), FieldPanel("ladder_max")]),
                FieldRowPanel([FieldPanel("hours_min"), FieldPanel("hours_max")]),
                FieldPanel("days"),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost")]),
                FieldRowPanel(
                    [
                        FieldPanel("wheelchair_accessible"),
                        FieldPanel("guidance_available"),
                        FieldPanel("dutch_level"),
                    ]
                ),
                FieldRowPanel([FieldPanel("places_available"), FieldPanel("contact_person")]),
            ],
            heading=_("Voor wie en hoe"),
        ),
        FieldPanel("last_confirmed_on"),
        FieldPanel("is_example"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("description"),
        index.FilterField("place_type"),
        index.FilterField("live"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("plek")
        verbose_name_plural = _("plekken")
        indexes = [
            models.Index(fields=["live", "place_type"]),
            models.Index(fields=["live", "kern"]),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            self._update_geocode_status()
        if self.slug:
            return super().save(*args, **kwargs)
        self._save_with_new_slug(*args, **kwargs)

    def _slug_taken(self, slug):
        return Place.objects.filter(slug=slug).exclude(pk=self.pk).exists()

    def _save_with_new_slug(self, *args, **kwargs):
        """Make a slug from title and kern; race-safe: when another request took the same slug
        between the check and the insert, try the next suffix. Other integrity errors (such
        as a proposal token seen before) are raised."""
        base = slugify(f"{self.title} {self.kern.name if self.kern_id else ''}")[:150]
        for n in itertools.count(1):
            slug = base if n == 1 else f"{base}-{n}"
            if self._slug_taken(slug):
                continue
            self.slug = slug
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not self._slug_taken(slug):
                    self.slug = ""
                    raise

    def clean(self):
        super().clean()
        errors = {}
        if self.postcode:
            try:
                self.postcode = normalise_postcode(self.postcode)
            except ValidationError as error:
                errors["postcode"] = error
        if self.ladder_min and self.ladder_max and self.ladder_max < self.ladder_min:
            errors["ladder_max"] = _("De hoogste trede is lager dan de laagste.")
        if self.hours_max < self.hours_min:
            errors["hours_max"] = _("Het maximum aantal uren is lager dan het minimum.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Vul zowel breedte- als lengtegraad in, of geen van beide.")
        if errors:
            raise ValidationError(errors)

    @property
    def revisions(self):
        return self._revisions

    def _update_geocode_status(self):
        """Coordinates typed by an editor win; a new address means: look it up again.

        Compared with the stored row, not the instance: a published revision carries the
        values of when it was written, and the geocoder writes with update()."""
        old = (
            Place.objects.filter(pk=self.pk)
            .values(*self.ADDRESS_FIELDS, "latitude", "longitude", "geocode_status")
            .first()
        )
        if old is None:
            self.geocode_status = (
                GeocodeStatus.MANUAL if self.has_coordinates else GeocodeStatus.PENDING
            )
            return
        self.geocode_status = old["geocode_status"]
        coordinates_changed = (old["latitude"], old["longitude"]) != (self.latitude, self.longitude)
        address_changed = any(old[name] != getattr(self, name) for name in self.ADDRESS_FIELDS)
        if self.has_coordinates and coordinates_changed:
            self.geocode_status = GeocodeStatus.MANUAL
        elif address_changed and self.geocode_status != GeocodeStatus.MANUAL:
            self.latitude = self.longitude = None
            self.geocode_status = GeocodeStatus.PENDING
        elif not self.has_coordinates:
            self.geocode_status = GeocodeStatus.PENDING

    @property
    def address_query(self):
        return f"{self.street}, {self.postcode} {self.kern.name}"

    @property
    def hours_text(self):
        """The hours per week as text: "2 tot 4 uur", or "2 uur" when the least and the most
        are the same (never "2–2")."""
        if self.hours_min == self.hours_max:
            return _("%(hours)s uur") % {"hours": self.hours_min}
        return _("%(least)s tot %(most)s uur") % {"least": self.hours_min, "most": self.hours_max}

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def openstreetmap_url(self):
        """The place on openstreetmap.org. Formatted here, never in a template: the template
        language writes decimals the Dutch way (52,21520), which OpenStreetMap cannot read."""
        if not self.has_coordinates:
            return ""
        lat, lon = f"{self.latitude:.5f}", f"{self.longitude:.5f}"
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"

    def ladder_steps(self):
        return list(range(self.ladder_min, self.ladder_max + 1))

    def needs_confirmation(self, today=None):
        today = today or timezone.localdate()
        return self.last_confirmed_on is None or self.last_confirmed_on < today - STALE_AFTER
