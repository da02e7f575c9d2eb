"""The fixed vocabularies of the instrumentenboek: who an instrument is for, what kind it is."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Soort(models.TextChoices):
    FINANCIEEL = "financieel", _("Financieel voordeel")
    RISICO = "risico", _("Risico-afdekking")
    PROEF = "proef", _("Proefperiode")
    BEGELEIDING = "begeleiding", _("Begeleiding op de werkvloer")
    SCHOLING = "scholing", _("Scholing")
    ADVIES = "advies", _("Advies en bemiddeling")
    DETACHERING = "detachering", _("Detachering")


class Opbrengst(models.TextChoices):
    """What an instrument gives the employer: the groups of the instrumentenwijzer's advice,
    in this order. Follows from the instrument's soort (``OPBRENGST_VAN_SOORT``)."""

    GELD = "geld", _("Geld")
    HULP = "hulp", _("Hulp en begeleiding")
    RISICO = "risico", _("Minder risico")


OPBRENGST_UITLEG = {
    Opbrengst.GELD.value: _("Subsidies en kortingen op de loonkosten."),
    Opbrengst.HULP.value: _("Begeleiding, scholing, advies en eerst op proef werken."),
    Opbrengst.RISICO.value: _("U loopt minder risico, bijvoorbeeld als de werknemer ziek wordt."),
}

OPBRENGST_VAN_SOORT = {
    Soort.FINANCIEEL.value: Opbrengst.GELD,
    Soort.RISICO.value: Opbrengst.RISICO,
    Soort.DETACHERING.value: Opbrengst.RISICO,  # the candidate stays employed by someone else
    Soort.PROEF.value: Opbrengst.HULP,
    Soort.BEGELEIDING.value: Opbrengst.HULP,
    Soort.SCHOLING.value: Opbrengst.HULP,
    Soort.ADVIES.value: Opbrengst.HULP,
}


class Aanbieder(models.TextChoices):
    GEMEENTE = "gemeente", _("Gemeente")
    WSP = "wsp", _("Werkgeversservicepunt (WSP)")
    UWV = "uwv", _("UWV")
    RIJK = "rijk", _("Rijk (Belastingdienst)")


class AanvraagBij(models.TextChoices):
    GEMEENTE = "gemeente", _("Gemeente")
    WSP = "wsp", _("WSP")
    UWV = "uwv", _("UWV")
    BELASTINGDIENST = "belastingdienst", _("Belastingdienst")


class BedragEenheid(models.TextChoices):
    GEEN = "", _("Geen bedrag (dienst of regeling zonder geld)")
    PER_UUR = "uur", _("per uur")
    PER_MAAND = "maand", _("per maand")
    PER_JAAR = "jaar", _("per jaar")
    EENMALIG = "eenmalig", _("eenmalig")


class Calculation(models.TextChoices):
    PER_UUR = (
        "per_uur",
        _("Per uur met maximum per jaar (LKV): feiten 'bedrag_per_uur', 'maximum_per_jaar'"),
    )
    LKS = (
        "lks",
        _(
            "Loonkostensubsidie: (100 % − loonwaarde, hoogstens 'maximum_percentage') × minimumloon "
            "+ 'werkgeverslasten'"
        ),
    )
    LKS_FORFAITAIR = (
        "lks_forfaitair",
        _(
            "Forfaitaire loonkostensubsidie: 'forfaitaire_loonwaarde' × minimumloon + "
            "'werkgeverslasten', voor 'maanden'"
        ),
    )
    VAST = "vast", _("Vast bedrag: feit 'bedrag'")


class Doelgroep(index.Indexed, models.Model):
    """A candidate group ('voor wie'). Staff edit the list as a snippet."""

    name = models.CharField(
        _("naam"),
        max_length=80,
        unique=True,
        help_text=_("Zoals werkgevers het begrijpen, bijvoorbeeld 'Jongeren tot 27 jaar'."),
    )
    slug = models.SlugField(
        _("korte naam in de URL"),
        max_length=80,
        unique=True,
        help_text=_("Wordt gebruikt in filterlinks. Verander dit liever niet na publicatie."),
    )
    description = models.TextField(
        _("uitleg"),
        blank=True,
        max_length=400,
        help_text=_("Wie hoort bij deze groep? Eén of twee zinnen in eenvoudige taal."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"),
        default=0,
        help_text=_("Lager getal staat eerder in lijsten en filters."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")

    def __str__(self):
        return self.name
