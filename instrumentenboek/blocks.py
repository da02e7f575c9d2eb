from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from instrumentenboek.models.taxonomy import AanvraagBij


class ConditionBlock(blocks.CharBlock):
    class Meta:
        icon = "tick"
        label = _("Voorwaarde")
        help_text = _("Eén voorwaarde per regel, in eenvoudige taal.")


class ApplicationStepBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Stap"), max_length=300, help_text=_("Wat doet de werkgever in deze stap?")
    )
    where = blocks.ChoiceBlock(
        label=_("Waar"),
        choices=AanvraagBij.choices,
        required=False,
        help_text=_("Bij wie gebeurt deze stap?"),
    )

    class Meta:
        icon = "list-ol"
        label = _("Stap")
