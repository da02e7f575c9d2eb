"""Demo content for the core page tree. Idempotent: existing pages are left as they are.

Written for this portal in Dutch at B1 level; facts from the municipal policy documents in
``shared/seeds``. No real names, addresses or phone numbers: contact details are examples.
"""

from django.urls import reverse
from wagtail.models import Locale, Page, Site

from portal.core.models import (
    Begrip,
    ContentPage,
    GlossaryPage,
    HomePage,
    Municipality,
    SearchPage,
    SiteSettings,
)


def h2(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def p(html):
    return {"type": "paragraph", "value": html}


def faq(title, items):
    return {
        "type": "faq",
        "value": {"title": title, "items": [{"question": q, "answer": a} for q, a in items]},
    }


def cta(title, text, url, link_text):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "page": None,
            "url": url,
            "link_text": link_text,
        },
    }


def publish(page):
    page.save_revision().publish()
    return page


def ensure_child(parent, model, slug, **fields):
    """Return the child page with ``slug``; create and publish it when missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page), True


def ensure_root():
    """Wagtail's migrations create the root page and default locale; a flushed DB lacks them."""
    from django.conf import settings
    from wagtail.coreutils import get_supported_content_language_variant

    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))


def ensure_home():
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.first()
    if home is None:
        root = ensure_root()
        home = HomePage(title="Samen aan het werk", slug="portaal", **HOME)
        root.add_child(instance=home)
        publish(home)
    if site is None:
        site = Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Participatieportaal",
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Participatieportaal"
        site.save()
        if old_root.depth == 2 and type(old_root.specific) is Page and old_root.slug == "home":
            old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" page
    return home, site


HOME = {
    "intro": "Werk geeft inkomen, contacten en zelfvertrouwen. Op dit portaal vinden werkgevers "
    "en inwoners wat de gemeente voor hen kan doen.",
    "employers_title": "Voor werkgevers",
    "employers_text": "U wilt iemand een kans geven, maar weet niet wat dat kost en wie u helpt. "
    "Bekijk de regelingen, lees verhalen van kandidaten en meld uw vacature.",
    "residents_title": "Voor inwoners",
    "residents_text": "U wilt meedoen, leren of werken. Zoek vrijwilligerswerk, een taalcafé, "
    "sport of een werkervaringsplaats bij u in de buurt.",
}

# Where the employer gets things done; the paths of Django views, fixed here for the demo.
# "/werkgevers/vraag/" is the accountmanager's question form.
EMPLOYERS_BODY = [
    h2("Eén aanspreekpunt"),
    p(
        "<p>Heeft u werk dat past bij iemand met een afstand tot de arbeidsmarkt? Dan helpt de "
        "gemeente u. De accountmanager werkgevers van de gemeente is uw vaste "
        "contactpersoon. Hij of zij zoekt met u naar een kandidaat die past, regelt de papieren en "
        "blijft bereikbaar als het werk begonnen is.</p>"
    ),
    h2("Direct regelen"),
    p(
        "<p>Met een account meldt u zelf een vacature aan. U ziet ook wat ermee gebeurt.</p>"
        '<ul><li><a href="/account/login/">Inloggen</a> of '
        '<a href="/account/signup/">een account maken</a>.</li>'
        '<li><a href="/werkgevers/omgeving/vacatures/nieuw/">Vacature aanmelden</a>.</li>'
        '<li><a href="/werkgevers/omgeving/">Mijn organisatie</a>: uw vacatures en uw '
        "collega's.</li>"
        '<li><a href="/werkgevers/vraag/">Stel uw vraag aan de accountmanager</a>. Dat '
        "kan ook zonder account.</li></ul>"
    ),
    h2("Wat de gemeente voor u kan doen"),
    p(
        "<ul><li>Een kandidaat zoeken en voorstellen, ook voor een werkervaringsplaats of "
        "proefplaatsing.</li><li>De loonwaarde laten meten, zodat u alleen betaalt voor wat iemand "
        "kan. Het verschil vult de gemeente aan met loonkostensubsidie.</li><li>Begeleiding op de "
        "werkvloer door een jobcoach.</li><li>Het risico afdekken als uw nieuwe medewerker ziek "
        "wordt, met de no-risk polis van UWV.</li><li>Taken in uw bedrijf anders verdelen "
        "(jobcarving), zodat er een baan ontstaat die past.</li></ul>"
    ),
    faq(
        "Veelgestelde vragen",
        [
            (
                "Wat kost het mij?",
                "<p>U betaalt loon naar wat iemand kan. Vaak krijgt u subsidie of een korting op de "
                "premies. Wat voor u geldt, hangt af van de kandidaat. De accountmanager rekent het met "
                "u door.</p>",
            ),
            (
                "Wat is de banenafspraak?",
                "<p>Werkgevers en overheid hebben afgesproken extra banen te maken voor mensen met een "
                "arbeidsbeperking. Wie in het doelgroepregister staat, telt mee voor die afspraak.</p>",
            ),
            (
                "Wat is SROI?",
                "<p>Social return (SROI) betekent dat u bij een opdracht van de gemeente een deel van de "
                "opdrachtwaarde besteedt aan werk voor mensen met een afstand tot de arbeidsmarkt. "
                "Vaak is dat 5 procent.</p>",
            ),
        ],
    ),
]

RESIDENTS_BODY = [
    h2("Meedoen op uw eigen manier"),
    p(
        "<p>Niet iedereen kan meteen aan het werk. Dat hoeft ook niet. U kunt beginnen met "
        "vrijwilligerswerk, een taalcafé, sport of een cursus. Zo bouwt u stap voor stap aan een "
        "dagritme, contacten en ervaring.</p>"
    ),
    h2("De participatieladder"),
    p(
        "<p>De gemeente gebruikt een ladder met zes treden om te zien waar iemand staat:</p>"
        "<ol><li>Geïsoleerd: weinig contact met anderen.</li><li>Sociale contacten buitenshuis."
        "</li><li>Deelname aan georganiseerde activiteiten, zoals een sportclub of taalcafé.</li>"
        "<li>Onbetaald werk, zoals vrijwilligerswerk of een werkervaringsplaats.</li>"
        "<li>Betaald werk met ondersteuning.</li><li>Betaald werk zonder ondersteuning.</li></ol>"
        "<p>Op elke trede is een volgende stap mogelijk. Uw consulent denkt met u mee.</p>"
    ),
    cta(
        "Vragen over werk of een uitkering?",
        "Neem contact op met de gemeente. Wij helpen u verder.",
        "https://www.example.nl/contact",
        "Naar contact",
    ),
]

ABOUT_BODY = [
    p(
        "<p>Het Participatieportaal is een website van de gemeente. De gemeente voert de "
        "Participatiewet uit: de wet die mensen helpt om mee te doen en zo mogelijk te werken. Het "
        "portaal brengt werkgevers, inwoners en organisaties in de buurt bij elkaar.</p>"
    ),
    h2("Open source"),
    p(
        "<p>De software is open source. Andere gemeenten en arbeidsmarktregio's mogen haar "
        "gebruiken en verbeteren. Zo betalen we als overheid maar één keer voor goede software.</p>"
    ),
]

# The official model of digitoegankelijk.nl (status, dates, scope and method of the check, known
# problems with their fix, feedback and the Nationale ombudsman), in plain words. Status B:
# automatic and manual checks by the team, no independent audit yet, and known problems.
ACCESSIBILITY_BODY = [
    p(
        "<p>Wij willen dat iedereen deze website kan gebruiken. Ook als u slecht ziet of slecht "
        "hoort. Of als u geen muis gebruikt. Daarom volgen wij de regels voor websites van de "
        "overheid. Die regels heten WCAG 2.2, niveau AA. Deze verklaring gaat over de hele "
        "website van het Participatieportaal.</p>"
    ),
    h2("Status: B, voldoet gedeeltelijk"),
    p(
        "<p>Deze website voldoet nog niet aan alle regels. Wij weten wat nog niet goed werkt. "
        "Hieronder leest u wat dat is. En wanneer wij het oplossen.</p>"
    ),
    h2("Over deze verklaring"),
    p(
        "<ul><li>Datum van deze verklaring: 25 november 2026.</li>\n"
        "<li>Laatste controle: 25 november 2026.</li>\n"
        "<li>Wat wij controleerden: elk soort pagina van de website. Ook de formulieren, de kaart "
        "en het inloggen voor werkgevers.</li>\n"
        "<li>Hoe wij controleerden: bij elke nieuwe versie test een computer alle soorten pagina's. "
        "Dat doet het programma axe-core, met de regels van WCAG 2.2 AA. Ook testen wij zelf. Met "
        "alleen een toetsenbord, op een smal scherm en met grote letters.</li>\n"
        "<li>Een bureau van buiten heeft de website nog niet getest. Dat doen wij in 2027.</li></ul>"
    ),
    h2("Wat werkt nog niet goed?"),
    p(
        "<ul><li>Op een smal scherm passen sommige lange woorden niet. U moet dan opzij schuiven. "
        "Dat is regel 1.4.10 van WCAG. Wij lossen dit op voor 1 maart 2027.</li>\n"
        "<li>Maakt u zelf de ruimte tussen letters en regels groter? Dan moet u op sommige pagina's "
        "opzij schuiven. Dat is regel 1.4.12. Wij lossen dit op voor 1 maart 2027.</li>\n"
        "<li>Op de kaart met plekken om mee te doen zijn de punten soms niet te zien. De lijst "
        "onder de kaart geeft dezelfde plekken. Wij lossen dit op voor 1 maart 2027.</li></ul>"
    ),
    h2("Kaarten"),
    p(
        "<p>Op een kaart staat altijd ook een lijst met dezelfde informatie. U heeft de kaart dus "
        "nooit nodig.</p>"
    ),
    h2("Loopt u ergens tegenaan?"),
    p(
        "<p>Laat het ons weten via de contactpagina. Zeg op welke pagina het was en wat er mis "
        "ging. Wij antwoorden binnen 5 werkdagen. Wij zoeken dan samen met u een oplossing.</p>"
    ),
    h2("Niet tevreden met ons antwoord?"),
    p(
        "<p>Dan kunt u een klacht indienen bij de gemeente. Bent u daarna nog steeds niet "
        "tevreden? Dan kunt u naar de Nationale ombudsman. Dat is gratis. Kijk op "
        '<a href="https://www.nationaleombudsman.nl">nationaleombudsman.nl</a>.</p>'
    ),
]

PRIVACY_BODY = [
    p(
        "<p>De gemeente gaat zorgvuldig om met uw gegevens. Wij vragen alleen wat nodig is. En wij "
        "bewaren het niet langer dan nodig. Dit staat in de Algemene verordening "
        "gegevensbescherming (AVG). Dat is de wet voor privacy.</p>"
    ),
    h2("Welke gegevens bewaren wij?"),
    p(
        "<ul><li><strong>Werkgevers met een account:</strong> naam, e-mailadres en de gegevens van "
        "uw organisatie en vacatures. Die hebben wij nodig om met u samen te werken.</li>\n"
        "<li><strong>Inwoners die zich aanmelden voor een activiteit:</strong> naam, e-mailadres of "
        "telefoonnummer en uw bericht. Wij sturen dit door naar de organisatie. Na 90 dagen wissen "
        "wij het.</li>\n"
        "<li><strong>Werkgevers die reageren op een verhaal:</strong> naam, organisatie, "
        "e-mailadres, eventueel telefoonnummer en bericht. Dit gaat naar de accountmanager "
        "werkgevers. Het gaat nooit naar de persoon uit het verhaal. Na 180 dagen wissen wij "
        "het.</li>\n"
        "<li><strong>Reacties op een vacature:</strong> naam, e-mailadres of telefoonnummer en uw "
        "bericht. Dit gaat naar de gemeente. Na 90 dagen wissen wij het.</li>\n"
        "<li><strong>Vragen aan de accountmanager:</strong> naam van uw bedrijf, uw naam, "
        "e-mailadres, eventueel telefoonnummer, gemeente en uw vraag. Een jaar nadat uw vraag is "
        "afgehandeld, wissen wij het.</li>\n"
        "<li><strong>Meldingen 'klopt niet meer':</strong> die wissen wij na 180 dagen.</li>\n"
        "<li><strong>Plekken die organisaties voorstellen:</strong> het e-mailadres van wie een "
        "plek voorstelt, bewaren wij 90 dagen.</li>\n"
        "<li><strong>Accounts die nooit zijn bevestigd</strong>, wissen wij na 7 dagen. "
        "<strong>Uitnodigingen en toegangsaanvragen</strong> wissen wij 30 dagen nadat ze zijn "
        "gebruikt of verlopen.</li>\n"
        "<li><strong>E-mails die de website stuurt</strong>, bewaren wij 30 dagen. Zo kunnen wij "
        "zien of ze zijn aangekomen.</li>\n"
        "<li><strong>Postcodes</strong> waarmee u zoekt, slaan wij niet op.</li>\n"
        "<li><strong>Contactformulieren:</strong> wij bewaren alleen wat u invult. Dat is om uw "
        "vraag te beantwoorden.</li></ul>"
    ),
    h2("Verhalen van kandidaten"),
    p(
        "<p>De verhalen op deze website zijn verzonnen of geanonimiseerd. Dat wil zeggen: niemand "
        "is erin te herkennen. Echte namen, adressen en telefoonnummers staan er niet in.</p>"
    ),
    h2("Uw rechten"),
    p(
        "<p>U mag vragen welke gegevens wij van u hebben. U mag ook vragen om ze te verbeteren of "
        "te verwijderen. Neem daarvoor contact op met de gemeente.</p>"
    ),
]

COOKIES_BODY = [
    p(
        "<p>Deze website gebruikt alleen functionele cookies. Die zijn nodig om de website te "
        "laten werken. Wij plaatsen geen cookies om u te volgen. En wij laten geen reclame "
        "zien.</p>"
    ),
    p(
        "<ul><li><strong>csrftoken</strong>: die beschermt formulieren tegen misbruik.</li>\n"
        "<li><strong>sessionid</strong>: die onthoudt dat u bent ingelogd. Alleen als u "
        "inlogt.</li>\n"
        "</ul><p>Dit zijn alleen functionele cookies. Daarom vragen wij u niet om "
        "toestemming.</p>"
    ),
]

CONTACT_BODY = [
    p(
        "<p>Heeft u een vraag over werk, een uitkering of dit portaal? Bel of mail dan de "
        "gemeente. Bent u werkgever? Dan kunt u ook direct contact opnemen met het loket voor "
        "werkgevers. De gegevens staan onderaan elke pagina.</p>"
    ),
    h2("Bereikbaarheid"),
    p(
        "<p>Wij zijn op werkdagen te bereiken van 9.00 tot 17.00 uur. Stuurt u een e-mail? Dan "
        "krijgt u binnen 5 werkdagen antwoord.</p>"
    ),
]


def tile(title, text, icon, page=None, url=""):
    return {
        "type": "tile",
        "value": {
            "title": title,
            "text": text,
            "page": page.pk if page else None,
            "url": "" if page else url,
            "icon": icon,
        },
    }


def load_home_tiles(stdout=None):
    """The home page's top tasks, once every app has made its pages (the last loader). A task
    whose page is missing is left out; tiles an editor has set are left as they are."""
    home = HomePage.objects.first()
    if home is None or home.tiles:
        return []

    def page_at(path):
        return Page.objects.filter(url_path=f"{home.url_path}{path}").first()

    book, kaart, vacancies = (
        page_at("werkgevers/instrumentenboek/"),
        page_at("inwoners/participatiekaart/"),
        page_at("inwoners/vacatures/"),
    )
    tiles = []
    if book:
        tiles.append(
            tile(
                "Welke regeling past bij mijn kandidaat?",
                "Beantwoord een paar vragen. U ziet welke regelingen passen.",
                "wijzer",
                url=f"{book.get_url()}wijzer/",
            )
        )
    tiles.append(
        tile(
            "Vacature aanmelden",
            "Log in en meld uw vacature bij de gemeente.",
            "formulier",
            url=reverse("werkgevers:vacancy_create"),
        )
    )
    if kaart:
        tiles.append(
            tile(
                "Zoek een plek om mee te doen",
                "Vrijwilligerswerk, taal, sport en meer bij u in de buurt.",
                "kaart",
                page=kaart,
            )
        )
    if vacancies:
        tiles.append(
            tile("Vacatures", "Werk en plekken om ervaring op te doen.", "werk", page=vacancies)
        )
    # The question form: its page when the vacatures app made it, else its path.
    question = page_at("werkgevers/vraag/")
    tiles.append(
        tile(
            "Bel of mail de accountmanager",
            "Stel uw vraag. U heeft geen account nodig.",
            "contact",
            page=question,
            url="/werkgevers/vraag/",
        )
    )
    tiles.append(
        {
            "type": "teaser",
            "value": {
                "source": "nieuwste_kandidaatverhaal",
                "title": "Verhaal van een kandidaat",
                "icon": "verhaal",
            },
        }
    )
    home.tiles = tiles
    publish(home)
    return ["Tegels op de homepagina"]


# The four municipalities of the seed documents, with their arbeidsmarktregio (seed facts).
# CBS codes are left empty: none of the stored sources gives them.
MUNICIPALITIES = [
    ("overbetuwe", "Overbetuwe", "Midden-Gelderland"),
    ("nijkerk", "Nijkerk", "Amersfoort"),
    ("hof-van-twente", "Hof van Twente", "Twente"),
    ("lansingerland", "Lansingerland", "Zuid-Holland Centraal"),
]


def ensure_municipalities():
    created = []
    for slug, name, region in MUNICIPALITIES:
        _municipality, was_created = Municipality.objects.get_or_create(
            name=name, defaults={"slug": slug, "region": region}
        )
        if was_created:
            created.append(f"Gemeente {name}")
    return created


BEGRIPPEN = [
    (
        "banenafspraak",
        "",
        "Afspraak tussen werkgevers en overheid: er komen extra banen voor mensen met een arbeidsbeperking. Wie in het doelgroepregister staat, telt mee.",
    ),
    (
        "doelgroepregister",
        "",
        "Lijst van UWV met mensen die meetellen voor de banenafspraak. Staat uw werknemer erin? Dan zijn er meer regelingen voor u.",
    ),
    (
        "jobcoach",
        "",
        "Begeleider die uw nieuwe werknemer en uw team helpt op de werkvloer. Vooral in de eerste maanden.",
    ),
    (
        "LKS",
        "loonkostensubsidie",
        "Geld van de gemeente als uw werknemer minder kan dan een collega. U betaalt loon, de gemeente vult het verschil aan.",
    ),
    (
        "LKV",
        "loonkostenvoordeel",
        "Bedrag dat u van de Belastingdienst krijgt als u iemand aanneemt uit een bepaalde groep. U vraagt het aan via uw loonaangifte.",
    ),
    (
        "loonwaarde",
        "",
        "Hoeveel iemand kan vergeleken met een collega zonder beperking, in procenten. Een deskundige meet dit op de werkplek.",
    ),
    (
        "no-risk polis",
        "",
        "Is uw werknemer ziek? Dan betaalt UWV de ziektewet-uitkering. U hoeft dan minder loon door te betalen.",
    ),
    (
        "participatieladder",
        "",
        "Zes treden die laten zien hoe ver iemand is: van thuis zitten tot betaald werk. Vrijwilligerswerk is trede 3.",
    ),
    (
        "proefplaatsing",
        "",
        "De kandidaat werkt eerst een tijd op proef bij u, met behoud van uitkering. U betaalt dan geen loon.",
    ),
    (
        "WSP",
        "Werkgeversservicepunt",
        "Het loket in de regio voor werkgevers. Gemeenten en UWV werken hier samen.",
    ),
    (
        "loondispensatie",
        "",
        "Regeling van UWV voor werknemers met Wajong. U betaalt minder loon als uw werknemer minder kan. UWV vult het inkomen aan.",
    ),
]


def ensure_begrippen():
    created = []
    for term, full_name, explanation in BEGRIPPEN:
        _begrip, was_created = Begrip.objects.get_or_create(
            term=term, defaults={"full_name": full_name, "explanation": explanation}
        )
        if was_created:
            created.append(f"Begrip {term}")
    return created


def load(stdout=None):
    home, site = ensure_home()
    created = ensure_municipalities()

    def child(model, slug, **fields):
        page, was_created = ensure_child(home, model, slug, **fields)
        if was_created:
            created.append(page.title)
        return page

    employers = child(
        ContentPage,
        "werkgevers",
        title="Werkgevers",
        show_in_menus=True,
        intro="Iemand aannemen met een afstand tot de arbeidsmarkt: zo helpen wij u.",
        search_description="Regelingen, kandidaten en hulp voor werkgevers.",
        body=EMPLOYERS_BODY,
    )
    residents = child(
        ContentPage,
        "inwoners",
        title="Inwoners",
        show_in_menus=True,
        intro="Meedoen, leren en werken in uw eigen buurt.",
        search_description="Vrijwilligerswerk, taal, sport en werkervaring.",
        body=RESIDENTS_BODY,
    )
    child(
        ContentPage,
        "over",
        title="Over dit portaal",
        show_in_menus=True,
        intro="Waarom dit portaal er is en wie het maakt.",
        body=ABOUT_BODY,
    )
    accessibility = child(
        ContentPage,
        "toegankelijkheidsverklaring",
        title="Toegankelijkheidsverklaring",
        intro="Iedereen moet deze website kunnen gebruiken.",
        body=ACCESSIBILITY_BODY,
    )
    privacy = child(
        ContentPage,
        "privacy",
        title="Privacyverklaring",
        intro="Welke gegevens wij bewaren, waarom en hoe lang.",
        body=PRIVACY_BODY,
    )
    cookies = child(
        ContentPage,
        "cookies",
        title="Cookies",
        intro="Wij gebruiken alleen cookies die nodig zijn.",
        body=COOKIES_BODY,
    )
    contact = child(
        ContentPage,
        "contact",
        title="Contact",
        intro="Zo bereikt u de gemeente en het loket voor werkgevers.",
        body=CONTACT_BODY,
    )
    glossary = child(
        GlossaryPage,
        "begrippenlijst",
        title="Begrippenlijst",
        intro="Moeilijke woorden van werk en regelingen, kort uitgelegd.",
    )
    created += ensure_begrippen()
    search = child(
        SearchPage, "zoeken", title="Zoeken", intro="Zoek op alle pagina's van het portaal."
    )

    if not home.employers_page_id or not home.residents_page_id:
        home.employers_page, home.residents_page = employers, residents
        publish(home)

    settings = SiteSettings.for_site(site)
    defaults = {
        "municipality_name": "Gemeente Voorbeeld",
        "contact_phone": "14 0000",
        "contact_email": "info@gemeente.example.nl",
        "contact_address": "Voorbeeldplein 1\n1234 AB Voorbeeld",
        "accountmanager_email": "accountmanager@gemeente.example.nl",
        "wsp_email": "wsp@regio.example.nl",
        "employer_service_phone": "088 000 0000",
        "employer_service_hours": "Maandag tot en met vrijdag van 9.00 tot 17.00 uur",
        "employer_service_address": "Werkplein 1\n1234 AB Voorbeeld",
        "accessibility_page": accessibility,
        "privacy_page": privacy,
        "contact_page": contact,
        "cookies_page": cookies,
        "search_page": search,
        "glossary_page": glossary,
    }
    changed = False
    for field_name, value in defaults.items():
        attname = settings._meta.get_field(field_name).attname  # "<name>_id" for page links
        if not getattr(settings, attname):  # only fill what an editor left empty
            setattr(settings, field_name, value)
            changed = True
    if changed:
        settings.save()
    return created
