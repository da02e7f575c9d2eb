"""The portal's generic page types: home, content pages and site search."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from portal.core import restrictions, routing
from portal.core.blocks import BodyBlock, ContentBodyBlock, HomeTilesBlock


class PortalPage(Page):
    """The base of every page type of the portal: a Wagtail page that is served with fewer
    queries. Page types name the relations their template shows in ``serve_select_related``;
    the router (``portal.core.routing``) fetches them together with the page."""

    serve_select_related = ()
    serve_prefetch_related = ()  # many-valued relations the template shows on every visit

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        if getattr(self, routing.PUBLIC_ATTR, False):  # routing already knows: none apply
            return PageViewRestriction.objects.none()
        return restrictions.view_restrictions(self, super().get_view_restrictions)


class HomePage(PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=400,
        blank=True,
        help_text=_("Eén of twee zinnen onder de titel: wat kan iemand hier doen?"),
    )
    tiles = StreamField(
        HomeTilesBlock(),
        verbose_name=_("tegels"),
        blank=True,
        help_text=_(
            "De taken waarvoor bezoekers het vaakst komen, in de volgorde die u kiest. Vier tot "
            "acht tegels werkt het best."
        ),
    )
    employers_title = models.CharField(
        _("titel ingang werkgevers"),
        max_length=80,
        default="Voor werkgevers",
        help_text=_("Kop van het blok voor werkgevers."),
    )
    employers_text = models.TextField(
        _("tekst ingang werkgevers"),
        max_length=300,
        blank=True,
        help_text=_("Wat vindt een werkgever achter deze ingang?"),
    )
    employers_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina werkgevers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De pagina waar de ingang voor werkgevers naartoe gaat."),
    )
    residents_title = models.CharField(
        _("titel ingang inwoners"),
        max_length=80,
        default="Voor inwoners",
        help_text=_("Kop van het blok voor inwoners."),
    )
    residents_text = models.TextField(
        _("tekst ingang inwoners"),
        max_length=300,
        blank=True,
        help_text=_("Wat vindt een inwoner achter deze ingang?"),
    )
    residents_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina inwoners"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("De pagina waar de ingang voor inwoners naartoe gaat."),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_("Overige inhoud onder de twee ingangen."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("tiles"),
        MultiFieldPanel(
            [
                FieldPanel("employers_title"),
                FieldPanel("employers_text"),
                FieldPanel("employers_page"),
            ],
            heading=_("Ingang werkgevers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("residents_title"),
                FieldPanel("residents_text"),
                FieldPanel("residents_page"),
            ],
            heading=_("Ingang inwoners"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("homepagina")

    def route(self, request, path_components):
        """Every URL of the site starts here: find its page in two queries, not two a level."""
        return routing.route(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The two entrances' pages in one query (Wagtail fetched the home page on its own).
        entrances = Page.objects.in_bulk(
            [pk for pk in (self.employers_page_id, self.residents_page_id) if pk]
        )
        context["employers_page"] = entrances.get(self.employers_page_id)
        context["residents_page"] = entrances.get(self.residents_page_id)
        return context


class ContentPage(PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=500,
        blank=True,
        help_text=_("Korte samenvatting bovenaan de pagina en in zoekresultaten."),
    )
    body = StreamField(
        ContentBodyBlock(),
        verbose_name=_("inhoud"),
        blank=True,
        help_text=_(
            "Koppen, tekst, afbeeldingen, vragen en meer, ook de bedragen van 'Geld bij werk'."
        ),
    )
    show_child_pages = models.BooleanField(
        _("toon onderliggende pagina's"),
        default=True,
        help_text=_("Toon onder de inhoud een lijst met de pagina's onder deze pagina."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("show_child_pages"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("inhoudspagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.show_child_pages:
            context["child_pages"] = restrictions.public(self.get_children().live())
        return context


class SearchPage(PortalPage):
    intro = models.TextField(
        _("introductie"),
        max_length=300,
        blank=True,
        help_text=_("Korte uitleg boven het zoekveld."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    max_count = 1
    subpage_types = []

    class Meta:
        verbose_name = _("zoekpagina")

    def get_context(self, request, *args, **kwargs):
        from portal.search.services import normalise_query, search_pages

        context = super().get_context(request, *args, **kwargs)
        query = normalise_query(request.GET.get("q", ""))
        context["query"] = query
        # The request's site: Wagtail found it (with its root page) when it routed here.
        site = Site.find_for_request(request) or self.get_site()
        context["results"] = search_pages(query, request.GET.get("pagina"), site=site)
        return context
