"""The shared StreamField blocks every page type of the portal uses."""

import re

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock

from portal.core import teasers
from portal.core.work_income_kinds import WorkIncomeKind


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("Tekst"), max_length=120, help_text=_("Korte kop, liefst minder dan 8 woorden.")
    )
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop 2")), ("h3", _("Kop 3")), ("h4", _("Kop 4"))],
        default="h2",
        help_text=_("Kop 2 voor een nieuw onderdeel, kop 3 of 4 daarbinnen. Sla geen niveau over."),
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("Alternatieve tekst"),
        max_length=250,
        help_text=_("Verplicht. Beschrijf wat op de afbeelding staat voor wie haar niet ziet."),
    )
    caption = blocks.CharBlock(
        label=_("Onderschrift"),
        required=False,
        max_length=250,
        help_text=_("Optioneel, zichtbaar onder de afbeelding."),
    )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image.html"


class PageOrUrlMixin:
    """For a struct block with a ``page`` and a ``url``: exactly one of them is filled in."""

    page_or_url_message = _("Kies een pagina óf vul een URL in.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(self.page_or_url_message)}
            )
        return value


class CallToActionBlock(PageOrUrlMixin, blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Titel"), max_length=120, help_text=_("Waar gaat de actie over?")
    )
    text = blocks.TextBlock(
        label=_("Tekst"), required=False, max_length=400, help_text=_("Eén of twee zinnen uitleg.")
    )
    page = blocks.PageChooserBlock(
        label=_("Pagina"),
        required=False,
        help_text=_("Kies een pagina op deze site, of vul een URL in."),
    )
    url = blocks.URLBlock(
        label=_("URL"), required=False, help_text=_("Alleen voor een link naar een andere website.")
    )
    link_text = blocks.CharBlock(
        label=_("Linktekst"),
        max_length=60,
        help_text=_("Zeg wat er gebeurt, bijvoorbeeld 'Bekijk de vacatures'."),
    )

    class Meta:
        icon = "link"
        label = _("Oproep tot actie")
        template = "blocks/call_to_action.html"


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(
        label=_("Vraag"), max_length=200, help_text=_("Zoals een bezoeker de vraag zou stellen.")
    )
    answer = blocks.RichTextBlock(
        label=_("Antwoord"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Kort en in eenvoudige taal (B1)."),
    )


class FaqBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Titel"),
        required=False,
        max_length=120,
        help_text=_("Bijvoorbeeld 'Veelgestelde vragen'."),
    )
    items = blocks.ListBlock(FaqItemBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Veelgestelde vragen")
        template = "blocks/faq.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("Citaat"),
        max_length=600,
        help_text=_("Zonder aanhalingstekens; die voegt de site toe."),
    )
    attribution = blocks.CharBlock(
        label=_("Wie zegt dit"),
        required=False,
        max_length=120,
        help_text=_("Gebruik geen echte namen zonder toestemming."),
    )

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "blocks/quote.html"


class PortalTableBlock(TableBlock):
    class Meta:
        icon = "table"
        label = _("Tabel")


RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Tekst"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph.html",
    )
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    faq = FaqBlock()
    quote = QuoteBlock()
    table = PortalTableBlock(
        table_options={"startRows": 3, "startCols": 3, "colHeaders": False, "rowHeaders": False}
    )

    class Meta:
        label = _("Inhoud")


# A query string such as "soort=taal&trede=3": letters, digits and the separators of a query.
QUERY = re.compile(r"^[\w.~%+-]+=[\w.~%+-]*(&[\w.~%+-]+=[\w.~%+-]*)*$")


class FilteredCallToActionBlock(CallToActionBlock):
    """A call to action that can open a page of this site with its filters set, for example
    the participatiekaart with only language places (``soort=taal``)."""

    query = blocks.CharBlock(
        label=_("Filter"),
        required=False,
        max_length=200,
        help_text=_(
            "Optioneel, alleen bij een pagina op deze site: wat na het vraagteken in de "
            "adresbalk staat als u de filters heeft gekozen, bijvoorbeeld 'soort=taal'."
        ),
    )

    class Meta:
        icon = "link"
        label = _("Oproep tot actie")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        query = (value.get("query") or "").strip().lstrip("?")
        value["query"] = query
        if query and not value.get("page"):
            raise blocks.StructBlockValidationError(
                block_errors={"query": ValidationError(_("Een filter kan alleen bij een pagina."))}
            )
        if query and not QUERY.match(query):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "query": ValidationError(
                        _("Schrijf het filter als 'naam=waarde', bijvoorbeeld 'soort=taal'.")
                    )
                }
            )
        return value


class WorkIncomeBlock(blocks.StructBlock):
    """The municipality's current amounts for residents who start work (werkpremie,
    uitstroompremie, inkomstenvrijlating), read from the 'Geld bij werk' snippets: entries
    that have ended or not yet started are not shown."""

    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=120,
        default=_("Wat u krijgt of houdt als u gaat werken"),
        help_text=_("De kop boven de bedragen."),
    )
    kinds = blocks.MultipleChoiceBlock(
        label=_("Soorten"),
        choices=WorkIncomeKind.choices,
        required=False,
        help_text=_("Welke soorten deze pagina toont. Niets gekozen: alle soorten."),
    )

    class Meta:
        icon = "tag"
        label = _("Geld bij werk (bedragen van de gemeente)")
        template = "blocks/work_income.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        arrangements = apps.get_model("core", "WorkIncomeArrangement").objects.current()
        if value.get("kinds"):
            arrangements = arrangements.filter(kind__in=value["kinds"])
        context["arrangements"] = list(arrangements.select_related("municipality"))
        return context


class ContentBodyBlock(BodyBlock):
    """The body of a content page: the shared blocks, a call to action that can set a page's
    filters, and the municipality's amounts for residents who start work."""

    call_to_action = FilteredCallToActionBlock()
    work_income = WorkIncomeBlock()

    class Meta:
        label = _("Inhoud")


# --- Home page tiles ---------------------------------------------------------------------------

# A path on this site ("/werkgevers/vraag/") or a full web, mail or phone link.
LINK = re.compile(r"(/(?![/\\])\S*|https?://\S+|mailto:\S+|tel:\+?[0-9 ]+)")

# The small, fixed set of tile icons (drawn in templates/blocks/tile_icon.html).
TILE_ICONS = [
    ("wijzer", _("Wegwijzer")),
    ("formulier", _("Formulier")),
    ("kaart", _("Kaart")),
    ("werk", _("Werk")),
    ("contact", _("Telefoon")),
    ("verhaal", _("Verhaal")),
]


def tile_icon_block():
    return blocks.ChoiceBlock(
        label=_("Pictogram"),
        choices=TILE_ICONS,
        required=False,
        help_text=_("Optioneel. Een klein plaatje naast de titel."),
    )


def validate_link(value):
    if not LINK.fullmatch(value or ""):
        raise ValidationError(
            _(
                "Vul een pad op deze site in dat begint met /, of een volledig adres dat begint "
                "met https://, mailto: of tel:."
            )
        )


class LinkBlock(blocks.CharBlock):
    """A link typed in: a path on this site or a full address (``URLBlock`` refuses paths)."""

    def __init__(self, **kwargs):
        super().__init__(max_length=300, validators=[validate_link], **kwargs)


class TaskTileBlock(PageOrUrlMixin, blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Titel"),
        max_length=60,
        help_text=_("De taak in de woorden van de bezoeker, bijvoorbeeld 'Vacature aanmelden'."),
    )
    text = blocks.CharBlock(
        label=_("Tekst"),
        required=False,
        max_length=120,
        help_text=_("Optioneel. Eén korte zin: wat vindt de bezoeker hier?"),
    )
    page = blocks.PageChooserBlock(
        label=_("Pagina"),
        required=False,
        help_text=_("Kies een pagina op deze site, of vul hieronder een link in."),
    )
    url = LinkBlock(
        label=_("Link"),
        required=False,
        help_text=_(
            "Alleen als er geen pagina is: een pad op deze site (/werkgevers/vraag/) of een "
            "volledig adres (https://…)."
        ),
    )
    icon = tile_icon_block()

    page_or_url_message = _("Kies een pagina óf vul een link in.")

    class Meta:
        icon = "link"
        label = _("Tegel")
        template = "blocks/task_tile.html"


class TeaserTileBlock(blocks.StructBlock):
    source = blocks.ChoiceBlock(
        label=_("Wat tonen"),
        choices=teasers.choices,
        help_text=_("De tegel toont steeds het nieuwste stuk van deze soort."),
    )
    title = blocks.CharBlock(
        label=_("Kop boven de tegel"),
        required=False,
        max_length=60,
        help_text=_("Optioneel, bijvoorbeeld 'Verhaal van een kandidaat'."),
    )
    icon = tile_icon_block()

    class Meta:
        icon = "pick"
        label = _("Uitgelicht")
        template = "blocks/teaser_tile.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        context["teaser"] = teasers.fetch(value["source"], request) if request else None
        return context


class HomeTilesBlock(blocks.StreamBlock):
    tile = TaskTileBlock()
    teaser = TeaserTileBlock()

    class Meta:
        label = _("Tegels")
