import uuid

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from participatiekaart.models.taxonomy import OrganisationKind
from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number, validate_postcode

# AVG: an organisation someone proposed, that staff never checked and that has no place online,
# is deleted (with its never-published proposed places) this long after the proposal.
UNCHECKED_ORGANISATION_RETENTION_DAYS = 180


class OrganisationQuerySet(models.QuerySet):
    def checked(self):
        return self.filter(is_proposed=False)

    def proposed(self):
        return self.filter(is_proposed=True)


class Organisation(NormalisedPhoneNumbers, index.Indexed, models.Model):
    """An organisation that offers places: welzijn, bibliotheek, buurthuis, sportclub, …

    Anyone can propose a place through the public form. Such a proposal always creates a new
    organisation marked ``is_proposed``: it never attaches itself to an existing one by name
    (else anyone could add places under 'Bibliotheek Goor' and receive its residents'
    sign-ups). A proposed organisation gets no residents' mails until staff have checked it;
    the names of checked organisations are unique, proposed ones may repeat them.
    """

    phone_fields = ["phone"]

    name = models.CharField(
        _("naam"), max_length=150, help_text=_("De naam zoals inwoners die kennen.")
    )
    kind = models.CharField(
        _("soort organisatie"),
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.OVERIG,
        help_text=_("Wat voor organisatie is het?"),
    )
    description = models.TextField(
        _("beschrijving"),
        blank=True,
        max_length=600,
        help_text=_("Wat doet de organisatie? Eenvoudige taal."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("Optioneel."))
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Algemeen nummer van de organisatie."),
    )
    email = models.EmailField(
        _("e-mailadres"),
        help_text=_(
            "Hier komen aanmeldingen van inwoners en de maandelijkse "
            "vraag om de plekken te bevestigen."
        ),
    )
    street = models.CharField(
        _("straat en huisnummer"),
        max_length=150,
        blank=True,
        help_text=_("Bezoekadres van de organisatie."),
    )
    postcode = models.CharField(
        _("postcode"),
        max_length=7,
        blank=True,
        validators=[validate_postcode],
        help_text=_("Zoals 1234 AB."),
    )
    city = models.CharField(
        _("plaats"), max_length=80, blank=True, help_text=_("Woonplaats van het bezoekadres.")
    )
    confirm_token = models.UUIDField(
        _("code voor de bevestigingslink"),
        default=uuid.uuid4,
        unique=True,
        editable=False,
        help_text=_("Geheime code in de link waarmee de organisatie haar plekken bevestigt."),
    )
    is_example = models.BooleanField(
        _("voorbeeld"), default=False, help_text=_("Aan voor demo-organisaties.")
    )
    is_proposed = models.BooleanField(
        _("voorgesteld, nog niet gecontroleerd"),
        default=False,
        help_text=_(
            "Aan als de organisatie via het formulier 'Plek voorstellen' is gemaakt. Zolang "
            "dit aan staat, krijgt de organisatie geen aanmeldingen van inwoners: die gaan "
            "naar de gemeente. Zet het uit als u heeft gecontroleerd dat de organisatie en "
            "het e-mailadres kloppen."
        ),
    )
    proposed_at = models.DateTimeField(
        _("voorgesteld op"),
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Wanneer de organisatie via het formulier werd voorgesteld. Niet gecontroleerd "
            "en na 180 dagen geen plek online: dan wordt zij verwijderd."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("phone"), FieldPanel("email")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [FieldPanel("street"), FieldPanel("postcode"), FieldPanel("city")], heading=_("Adres")
        ),
        FieldPanel("is_example"),
        FieldPanel("is_proposed"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(is_proposed=False),
                name="participatiekaart_checked_organisation_name_unique",
                violation_error_message=_(
                    "Er is al een gecontroleerde organisatie met deze naam. Verplaats de "
                    "plekken van deze voorgestelde organisatie naar die organisatie."
                ),
            )
        ]

    def __str__(self):
        return self.name
