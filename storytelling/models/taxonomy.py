from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Sector(index.Indexed, models.Model):
    """A sector where a candidate could work, or where an employer works."""

    name = models.CharField(
        _("naam"), max_length=80, unique=True, help_text=_("Bijvoorbeeld 'Groen en tuinbouw'.")
    )
    slug = models.SlugField(
        _("korte naam in de URL"),
        max_length=80,
        unique=True,
        help_text=_("Wordt gebruikt in filterlinks."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectoren")

    def __str__(self):
        return self.name


class Aspect(models.Model):
    """A motivation or skills aspect from the municipality's profiles (brede uitvraag)."""

    MOTIVATIE, VAARDIGHEID = "motivatie", "vaardigheid"
    name = models.CharField(
        _("naam"),
        max_length=80,
        unique=True,
        help_text=_("Bijvoorbeeld 'Taal' of 'Zelfvertrouwen'."),
    )
    kind = models.CharField(
        _("soort"),
        max_length=12,
        choices=[(MOTIVATIE, _("Motivatie")), (VAARDIGHEID, _("Vaardigheid"))],
        help_text=_("Gaat het om motivatie of om een vaardigheid?"),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"), default=0, help_text=_("Lager getal staat eerder.")
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("aandachtspunt")
        verbose_name_plural = _("aandachtspunten")

    def __str__(self):
        return self.name
