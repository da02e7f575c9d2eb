"""Kandidaatverhalen and werkgeversverhalen."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.core.blocks import BodyBlock
from portal.core.models import PortalPage
from storytelling.ladder import LADDER_CHOICES, STEPS, Klantprofiel
from storytelling.models.base import StoryPageForm, StoryPrivacyMixin


class StoryInstrumentLink(Orderable):
    """An instrument from the instrumentenboek that helps in this story."""

    page = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="instrument_links"
    )
    instrument = models.ForeignKey(
        "instrumentenboek.InstrumentPage",
        verbose_name=_("regeling"),
        on_delete=models.CASCADE,
        related_name="story_links",
        help_text=_("Een regeling uit het instrumentenboek."),
    )

    panels = [FieldPanel("instrument")]

    class Meta(Orderable.Meta):
        verbose_name = _("regeling die helpt")
        verbose_name_plural = _("regelingen die helpen")

    def clean(self):
        """A story may only show an instrument whose rules its job meets: the werkgeverscheque
        needs 32 hours a week, so a story of a 24-hour job cannot promise it. (The editor form
        runs the same check with the hours just typed: see ``StoryPageForm.is_valid``.)"""
        super().clean()
        page = self._state.fields_cache.get("page")  # only a story held in memory
        if self.instrument_id and page is not None:
            message = self.hours_error(self.instrument, getattr(page, "hours_per_week", None))
            if message:
                raise ValidationError({"instrument": message})

    @staticmethod
    def hours_error(instrument, hours):
        """The Dutch error when a job of ``hours`` a week misses the instrument's hour floor."""
        minimum = instrument.minimum_hours_per_week()
        if minimum is None or (hours is not None and hours >= minimum):
            return None
        return _(
            "%(instrument)s geldt alleen bij minstens %(minimum)s uur per week. Vul bij het "
            "verhaal de uren per week in (%(minimum)s of meer), of kies een andere regeling."
        ) % {"instrument": instrument.title, "minimum": minimum}


class StoryHoursMixin(models.Model):
    hours_per_week = models.PositiveSmallIntegerField(
        _("uren per week"),
        null=True,
        blank=True,
        help_text=_(
            "Hoeveel uur per week werkt de kandidaat (of de werknemer) in dit verhaal? Nodig "
            "voor regelingen met een urengrens, zoals de werkgeverscheque (minstens 32 uur)."
        ),
    )

    class Meta:
        abstract = True


class StoryLinksMixin:
    """What story pages show of the instruments that helped (``StoryInstrumentLink``)."""

    #: Fetched together with the page when it is served (``portal.core.routing``).
    serve_select_related = ("image",)

    def instrument_links_shown(self):
        """The links with their instruments, in one query."""
        return self.instrument_links.select_related("instrument")


class StoryImageMixin(models.Model):
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel. Nooit een foto van een echte kandidaat zonder toestemming."),
    )
    image_alt = models.CharField(
        _("alternatieve tekst"),
        max_length=250,
        blank=True,
        help_text=_("Verplicht bij een afbeelding: wat is erop te zien?"),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Vul een alternatieve tekst in voor de afbeelding.")}
            )


class CandidateStoryPage(  # noqa: DJ008 (Page.__str__)
    RoutablePageMixin,
    StoryLinksMixin,
    StoryHoursMixin,
    StoryImageMixin,
    StoryPrivacyMixin,
    PortalPage,
):
    first_name = models.CharField(
        _("voornaam (verzonnen)"),
        max_length=40,
        help_text=_("Een verzonnen voornaam. Nooit de echte naam van de kandidaat."),
    )
    age = models.PositiveSmallIntegerField(_("leeftijd"), help_text=_("In jaren."))
    intro = models.CharField(
        _("korte introductie"),
        max_length=250,
        help_text=_("Eén of twee zinnen: wie is dit en wat zoekt hij of zij?"),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("verhaal"),
        blank=True,
        help_text=_("Het verhaal in eenvoudige taal."),
    )
    ladder_now = models.PositiveSmallIntegerField(
        _("trede nu"),
        choices=LADDER_CHOICES,
        help_text=_("Op welke trede van de participatieladder staat de kandidaat nu?"),
    )
    ladder_goal = models.PositiveSmallIntegerField(
        _("doel"), choices=LADDER_CHOICES, help_text=_("Naar welke trede werkt de kandidaat toe?")
    )
    klantprofiel = models.PositiveSmallIntegerField(
        _("klantprofiel"),
        choices=Klantprofiel.choices,
        help_text=_("Het profiel van de gemeente: hoe snel kan iemand naar werk?"),
    )
    aspects = ParentalManyToManyField(
        "storytelling.Aspect",
        verbose_name=_("aandachtspunten"),
        blank=True,
        help_text=_("Waar let de gemeente op bij motivatie en vaardigheden?"),
    )
    sectors = ParentalManyToManyField(
        "storytelling.Sector",
        verbose_name=_("sectoren die passen"),
        blank=True,
        related_name="candidate_stories",
        help_text=_("Waar zou de kandidaat kunnen werken?"),
    )
    doelgroepen = ParentalManyToManyField(
        "instrumentenboek.Doelgroep",
        verbose_name=_("kandidaatgroep"),
        blank=True,
        related_name="candidate_stories",
        help_text=_("Dezelfde groepen als in het instrumentenboek."),
    )
    needs_from_employer = models.TextField(
        _("wat heeft deze kandidaat nodig van een werkgever"),
        max_length=800,
        help_text=_("Concreet: uitleg, vaste tijden, een maatje, aangepaste taken…"),
    )

    base_form_class = StoryPageForm
    privacy_scanned_fields = ["intro", "body", "needs_from_employer", "first_name"]
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("first_name"), FieldPanel("age")]),
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ladder_now"), FieldPanel("ladder_goal")]),
                FieldPanel("klantprofiel"),
                FieldPanel("hours_per_week"),
            ],
            heading=_("Participatieladder en profiel"),
        ),
        FieldPanel("aspects"),
        FieldPanel("sectors"),
        FieldPanel("doelgroepen"),
        FieldPanel("needs_from_employer"),
        InlinePanel("instrument_links", heading=_("Regelingen die helpen"), label=_("Regeling")),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding (optioneel)")
        ),
        *StoryPrivacyMixin.privacy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("needs_from_employer"),
        index.FilterField("ladder_now"),
        index.FilterField("klantprofiel"),
    ]
    parent_page_types = ["storytelling.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("kandidaatverhaal")
        verbose_name_plural = _("kandidaatverhalen")

    def clean(self):
        super().clean()
        if self.ladder_now and self.ladder_goal and self.ladder_goal < self.ladder_now:
            raise ValidationError(
                {
                    "ladder_goal": _(
                        "Het doel ligt lager op de ladder dan de "
                        "trede nu. Kies een hogere of dezelfde "
                        "trede."
                    )
                }
            )

    def get_context(self, request, *args, **kwargs):
        from storytelling.forms import InterestForm
        from storytelling.ladder import LADDER

        context = super().get_context(request, *args, **kwargs)
        context["ladder_steps"] = LADDER
        context.setdefault("interest_form", InterestForm())
        return context

    @property
    def step_now(self):
        return STEPS[self.ladder_now]

    @property
    def step_goal(self):
        return STEPS[self.ladder_goal]

    @path("")
    def story(self, request):
        from storytelling.views import story_with_interest_form

        return story_with_interest_form(self, request)

    @path("bedankt/")
    def thanks(self, request):
        return self.render(
            request,
            template="storytelling/interest_thanks.html",
            context_overrides={"route_title": _("Bedankt")},
        )


class EmployerStoryPage(  # noqa: DJ008 (Page.__str__)
    StoryLinksMixin, StoryHoursMixin, StoryImageMixin, StoryPrivacyMixin, PortalPage
):
    employer = models.CharField(
        _("werkgever"),
        max_length=120,
        help_text=_("Verzonnen voornaam en soort bedrijf, bijvoorbeeld 'Marja, cateringbedrijf'."),
    )
    sector = models.ForeignKey(
        "storytelling.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="employer_stories",
        help_text=_("In welke sector werkt dit bedrijf?"),
    )
    question = models.TextField(
        _("de vraag van de werkgever"),
        max_length=600,
        help_text=_("In de woorden van de werkgever zelf."),
    )
    how_helped = StreamField(
        BodyBlock(),
        verbose_name=_("hoe de gemeente en het WSP hielpen"),
        help_text=_("Wat deden gemeente en WSP, stap voor stap?"),
    )
    result = models.TextField(
        _("resultaat"),
        max_length=600,
        help_text=_("Wat leverde het op, voor de werkgever en de werknemer?"),
    )

    base_form_class = StoryPageForm
    serve_select_related = ("image", "sector")
    privacy_scanned_fields = ["employer", "question", "how_helped", "result"]
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("employer"), FieldPanel("sector")]),
        FieldPanel("question"),
        FieldPanel("how_helped"),
        FieldPanel("result"),
        FieldPanel("hours_per_week"),
        InlinePanel("instrument_links", heading=_("Regelingen die hielpen"), label=_("Regeling")),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding (optioneel)")
        ),
        *StoryPrivacyMixin.privacy_panels,
    ]
    search_fields = Page.search_fields + [
        index.SearchField("question"),
        index.SearchField("how_helped"),
        index.SearchField("result"),
    ]
    parent_page_types = ["storytelling.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("werkgeversverhaal")
        verbose_name_plural = _("werkgeversverhalen")
