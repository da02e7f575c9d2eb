"""The begrippenlijst: jargon explained in B1, maintained by editors."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from portal.core.models.pages import PortalPage


class Begrip(index.Indexed, models.Model):
    term = models.CharField(
        _("begrip"),
        max_length=80,
        unique=True,
        help_text=_(
            "Het woord of de afkorting zoals die in teksten staat, bijvoorbeeld 'LKV' of "
            "'doelgroepregister'. Afkortingen in hoofdletters worden alleen zo herkend."
        ),
    )
    full_name = models.CharField(
        _("voluit"),
        max_length=160,
        blank=True,
        help_text=_("Bij een afkorting: wat die voluit betekent. Anders leeg laten."),
    )
    explanation = models.TextField(
        _("uitleg"),
        max_length=400,
        help_text=_("Eén of twee korte zinnen in eenvoudige taal (B1). Spreek de lezer aan met u."),
    )
    link = models.URLField(
        _("meer informatie"),
        blank=True,
        help_text=_("Optioneel: een pagina met meer uitleg, bijvoorbeeld van UWV."),
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("full_name"),
        FieldPanel("explanation"),
        FieldPanel("link"),
    ]
    search_fields = [index.SearchField("term"), index.SearchField("explanation")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("begrip")
        verbose_name_plural = _("begrippen")

    def __str__(self):
        return self.term

    @property
    def anchor(self):
        return "begrip-" + slugify(self.term)

    @property
    def short_text(self):
        """The explanation as one line, for a title attribute."""
        lead = f"{self.full_name}: " if self.full_name else ""
        return lead + " ".join(self.explanation.split())


class GlossaryPage(PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=500,
        blank=True,
        help_text=_("Korte uitleg boven de lijst. De begrippen zelf beheert u onder 'Begrippen'."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count = 1
    subpage_types = []

    class Meta:
        verbose_name = _("begrippenlijst")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["begrippen"] = Begrip.objects.all()
        return context
