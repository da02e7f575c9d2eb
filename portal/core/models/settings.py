"""Per-site settings: who the municipality is and where notifications go."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from portal.core.validators import NormalisedPhoneNumbers, validate_phone_number


@register_setting(icon="site")
class SiteSettings(NormalisedPhoneNumbers, BaseSiteSetting):
    phone_fields = ["contact_phone", "employer_service_phone"]
    # Every page's header and footer link to these: fetch them with the settings, in one query.
    select_related = [
        "logo",
        "accessibility_page",
        "privacy_page",
        "contact_page",
        "cookies_page",
        "search_page",
        "glossary_page",
    ]
    municipality_name = models.CharField(
        _("naam gemeente of regio"),
        max_length=120,
        default="Gemeente Voorbeeld",
        help_text=_("Staat in de kop, de voettekst en in e-mails. Bijvoorbeeld 'Gemeente Elst'."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel. Zonder logo toont de site de naam van de gemeente."),
    )
    contact_phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Algemeen nummer voor vragen, bijvoorbeeld 14 0123."),
    )
    contact_email = models.EmailField(
        _("e-mailadres voor vragen"),
        blank=True,
        help_text=_("Algemeen adres dat inwoners en werkgevers mogen gebruiken."),
    )
    contact_address = models.TextField(
        _("bezoekadres"),
        blank=True,
        help_text=_("Straat, postcode en plaats van het gemeentehuis of werkplein."),
    )
    accountmanager_email = models.EmailField(
        _("e-mailadres accountmanager werkgevers"),
        blank=True,
        help_text=_(
            "Krijgt meldingen over nieuwe vacatures, SROI-afspraken en interesse van "
            "werkgevers in kandidaten."
        ),
    )
    employer_service_name = models.CharField(
        _("naam loket voor werkgevers"),
        max_length=80,
        default="Werkgeversservicepunt",
        help_text=_(
            "Zo heet het loket voor werkgevers in uw regio, bijvoorbeeld 'Werkgeversservicepunt' "
            "of 'Werkcentrum'. Staat in de voettekst, in e-mails en in teksten van de site."
        ),
    )
    employer_service_short_name = models.CharField(
        _("korte naam loket voor werkgevers"),
        max_length=30,
        blank=True,
        default="WSP",
        help_text=_(
            "Optioneel. De afkorting die in lopende tekst staat, bijvoorbeeld 'WSP'. Leeg: de "
            "site gebruikt de volledige naam."
        ),
    )
    wsp_email = models.EmailField(
        _("e-mailadres loket voor werkgevers"),
        blank=True,
        help_text=_(
            "Het e-mailadres van het loket voor werkgevers. Staat in de voettekst en krijgt een "
            "kopie van meldingen over werkgevers."
        ),
    )
    employer_service_phone = models.CharField(
        _("telefoonnummer loket voor werkgevers"),
        max_length=30,
        blank=True,
        validators=[validate_phone_number],
        help_text=_("Optioneel. Het nummer dat werkgevers bellen, bijvoorbeeld 088 123 45 67."),
    )
    employer_service_hours = models.CharField(
        _("openingstijden loket voor werkgevers"),
        max_length=200,
        blank=True,
        help_text=_("Optioneel. Bijvoorbeeld 'Maandag tot en met vrijdag van 9.00 tot 17.00 uur'."),
    )
    employer_service_address = models.TextField(
        _("adres loket voor werkgevers"),
        blank=True,
        help_text=_("Optioneel. Straat, postcode en plaats waar werkgevers langs kunnen komen."),
    )
    participatiekaart_email = models.EmailField(
        _("e-mailadres beheer participatiekaart"),
        blank=True,
        help_text=_(
            "Krijgt voorstellen voor nieuwe plekken, meldingen 'klopt niet meer' en de "
            "lijst van plekken die automatisch offline gingen."
        ),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina toegankelijkheidsverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Link in de voettekst."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Link in de voettekst."),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contactpagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Link in de voettekst."),
    )
    cookies_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina over cookies"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Link in de voettekst."),
    )
    glossary_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("begrippenlijst"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Link in de voettekst; moeilijke woorden op de pagina's linken hierheen."),
    )
    search_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("zoekpagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Het zoekveld in de kop stuurt bezoekers naar deze pagina."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("municipality_name"), FieldPanel("logo")], heading=_("Gemeente")
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_phone"),
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("employer_service_name"),
                FieldPanel("employer_service_short_name"),
                FieldPanel("wsp_email"),
                FieldPanel("employer_service_phone"),
                FieldPanel("employer_service_hours"),
                FieldPanel("employer_service_address"),
            ],
            heading=_("Loket voor werkgevers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accountmanager_email"),
                FieldPanel("participatiekaart_email"),
            ],
            heading=_("Meldingen"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_page"),
                FieldPanel("privacy_page"),
                FieldPanel("contact_page"),
                FieldPanel("cookies_page"),
                FieldPanel("search_page"),
                FieldPanel("glossary_page"),
            ],
            heading=_("Vaste pagina's"),
        ),
    ]

    class Meta:
        verbose_name = _("instellingen portaal")

    @classmethod
    def for_request(cls, request):
        """Wagtail's per-request settings, kept between requests in the cache with the menu
        (``portal.core.chrome``): the header and footer of every page need no query."""
        from portal.core import chrome

        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        settings = chrome.remembered("settings", site, lambda: cls.for_site(site))
        settings._request = request  # as Wagtail does: page URLs relative to this request
        setattr(request, attr_name, settings)
        return settings

    @property
    def employer_service(self):
        """The employer service's name as running text uses it: the short name when set."""
        return self.employer_service_short_name or self.employer_service_name

    def kaart_recipients(self):
        """Who hears about the participatiekaart (falls back to the general address)."""
        return [a for a in (self.participatiekaart_email or self.contact_email,) if a]

    def notification_recipients(self):
        """Addresses that receive employer-related notifications, without duplicates."""
        return list(dict.fromkeys(a for a in (self.accountmanager_email, self.wsp_email) if a))
