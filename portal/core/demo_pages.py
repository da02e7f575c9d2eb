"""Demo pages the seed documents ask for: for residents (statushouders, jongeren, praktische hulp,
geld bij werk, vrijwilligers en initiatieven) and for employers (de gemeente als werkgever,
banenafspraak en quotum), and the 'Geld bij werk' amounts they show. Idempotent: what exists is
left as it is.

Facts come from the seed documents in ``shared/seeds`` and were checked against the law on
25 November 2026 (research notes outside the repository). Where a fact could not be checked,
the text sends the reader to the consulent or accountmanager instead of naming a figure. The
loader runs after the feature apps, so calls to action can open their pages (found by slug:
core never imports a feature app); when such a page is missing the call to action is left out.
"""

import datetime

from wagtail.models import Page

from portal.core.demo import ensure_child, h2, p
from portal.core.models import Begrip, ContentPage, HomePage, WorkIncomeArrangement
from portal.core.work_income_kinds import AmountPeriod, WorkIncomeKind

PEILDATUM = "25 november 2026"
D = datetime.date


def page_cta(title, text, page, link_text, query=""):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "page": page.pk,
            "url": "",
            "link_text": link_text,
            "query": query,
        },
    }


def sources(text):
    """The 'Bronnen en peildatum' line of a page that states legal facts."""
    return p(f"<p><strong>Bronnen en peildatum:</strong> {text} Gecontroleerd op {PEILDATUM}.</p>")


def work_income(title, kinds=()):
    return {"type": "work_income", "value": {"title": title, "kinds": list(kinds)}}


# --- residents ---------------------------------------------------------------------------------


def statushouders_body(kaart):
    body = [
        p(
            "<p>Heeft u een verblijfsvergunning en woont u nu in onze gemeente? Welkom! U gaat "
            "de taal leren en inburgeren. De gemeente helpt u daarbij. U hoeft niet te wachten "
            "met werk tot u klaar bent. Leren en werken gaan samen.</p>"
        ),
        h2("De gemeente helpt u met inburgeren"),
        p(
            "<p>Dat staat in de Wet inburgering 2021. Eerst praat u met een consulent. Die "
            "vraagt wat u kunt en wat u wilt. Samen maakt u een plan. Daarin staat hoe u de "
            "taal leert. En hoe u gaat meedoen en werken.</p>"
        ),
        h2("Drie routes"),
        p(
            "<p>Welke route u volgt, hangt af van wat u kunt.</p>"
            "<ul><li><strong>De B1-route.</strong> U leert Nederlands op niveau B1. Daar "
            "heeft u hoogstens 3 jaar voor. Vaak werkt u er naast, of u doet "
            "vrijwilligerswerk.</li>"
            "<li><strong>De onderwijsroute.</strong> Voor jonge mensen. U gaat naar school, "
            "bijvoorbeeld naar het mbo.</li>"
            "<li><strong>De Z-route.</strong> Voor wie de B1-route te zwaar is. U leert de taal "
            "die u elke dag nodig heeft. En u doet mee in de buurt.</li></ul>"
        ),
        h2("De participatieverklaring"),
        p(
            "<p>Iedereen volgt het participatieverklaringstraject (PVT). U leert hoe het in "
            "Nederland gaat. Over vrijheid, gelijkheid en meedoen. Aan het eind tekent u de "
            "participatieverklaring. Ook leert u hoe werk hier gaat. De gemeente regelt deze "
            "lessen.</p>"
        ),
        h2("Werk"),
        p(
            "<p>Werk helpt u om de taal sneller te leren. En u leert mensen kennen. Had u in "
            "uw land al een vak? Vertel het uw consulent. Soms kunt u een diploma laten "
            "waarderen. Of u laat zien wat u kunt met een bewijs van ervaring. Dan heeft u "
            "meer kans bij een werkgever.</p>"
            "<p>Krijgt u bijstand? Dan moet u goed genoeg Nederlands leren. Dat heet de "
            "taaleis. Die blijft bestaan.</p>"
        ),
    ]
    if kaart:
        body.append(
            page_cta(
                "Oefen de taal bij u in de buurt",
                "Een taalcafé, een taalhuis of een taalmaatje. Kijk wat er bij u in de buurt is.",
                kaart,
                "Zoek een plek om taal te oefenen",
                "soort=taal",
            )
        )
    body.append(
        sources(
            "Wet inburgering 2021 (in werking sinds 1 januari 2022); Participatiewet in "
            "balans (taaleis blijft); beleidsplannen van de gemeenten Nijkerk (2018) en Hof "
            "van Twente (2018–2021)."
        )
    )
    return body


def jongeren_body(kaart):
    body = [
        p(
            "<p>Bent u jonger dan 27? Dan kijkt de gemeente eerst naar school. Een diploma "
            "geeft u meer kans op goed werk. Daarna kijken we naar werk.</p>"
        ),
        h2("School en een startkwalificatie"),
        p(
            "<p>Een startkwalificatie is een diploma havo of vwo. Of een diploma mbo, niveau 2 "
            "of hoger. Tot 18 jaar moet u naar school, tot u die heeft. Dat is de "
            "kwalificatieplicht. Bent u tussen 18 en 23 en heeft u geen startkwalificatie? Dan "
            "helpt het RMC u. Dat is een loket van gemeenten en scholen in de regio. Zij zoeken "
            "met u een school of opleiding die past.</p>"
        ),
        h2("Leren en werken tegelijk"),
        p(
            "<p>Leert u liever in de praktijk? Kies dan een BBL-opleiding. U werkt dan vier "
            "dagen bij een bedrijf. Eén dag gaat u naar school. U krijgt loon. Uw plek bij het "
            "bedrijf heet een leerwerkplek.</p>"
            "<p>Ook een stage of een werkervaringsplaats is een goede stap. U leert hoe werk "
            "gaat. En u bouwt een netwerk op.</p>"
        ),
        h2("Werk en bijstand"),
        p(
            "<p>Vraagt u bijstand en bent u jonger dan 27? Dan zoekt u eerst 4 weken zelf naar "
            "werk of school. Daarna beslist de gemeente over uw aanvraag. Kan u dat niet, "
            "bijvoorbeeld door ziekte? Zeg het dan meteen.</p>"
            "<p>Vanaf 1 januari 2027 mogen jongeren met bijstand meer bijverdienen. Sommige "
            "gemeenten doen dat in 2026 al. Vraag uw consulent wat nu voor u geldt.</p>"
        ),
        h2("Praktijkonderwijs of speciaal onderwijs"),
        p(
            "<p>Komt u van het praktijkonderwijs of het voortgezet speciaal onderwijs? Dan "
            "kunt u in het doelgroepregister komen. Een werkgever krijgt dan hulp als hij u "
            "aanneemt. Vraag uw school of de gemeente hoe dat gaat.</p>"
        ),
    ]
    if kaart:
        body.append(
            page_cta(
                "Werkervaring opdoen",
                "Zoek een werkervaringsplaats bij u in de buurt.",
                kaart,
                "Zoek een werkervaringsplaats",
                "soort=werkervaring",
            )
        )
    body.append(
        sources(
            "Leerplichtwet (kwalificatieplicht tot 18 jaar); RMC-taak tot 23 jaar; "
            "Participatiewet (zoektermijn van 4 weken tot 27 jaar); Participatiewet in balans "
            "(meer bijverdienen voor jongeren per 1 januari 2027, 2026 is een overgangsjaar); "
            "beleidsplannen van Overbetuwe (2018) en Nijkerk (2018)."
        )
    )
    return body


def hulp_body(contact):
    body = [
        p(
            "<p>U wilt aan het werk. Maar wie past er op de kinderen? Hoe komt u op uw werk? En wat "
            "doet u met uw schulden? Voor al die vragen is hulp. Vraag het op tijd.</p>"
        ),
        h2("Kinderopvang"),
        p(
            "<p>Gaat u werken? Dan kunt u kinderopvangtoeslag krijgen. Dat geld krijgt u van Dienst "
            "Toeslagen. Heeft u een partner? Dan moet die ook werken, leren of een traject "
            "volgen.</p>"
            "<p>Volgt u een traject naar werk van de gemeente? Of volgt u een inburgering? Dan kunt "
            "u ook toeslag krijgen. De gemeente helpt u met de aanvraag. Vraag de toeslag zo "
            "snel mogelijk aan. Te laat aanvragen kost u geld.</p>"
        ),
        h2("Vervoer"),
        p(
            "<p>Komt u niet goed op uw werk of stage? Bespreek het met uw consulent. Soms betaalt "
            "de gemeente de reis, bijvoorbeeld naar een werkervaringsplaats of een cursus. Vraag dit "
            "voor u begint. Soms helpt een fiets al. Ook daar kan de gemeente bij helpen.</p>"
        ),
        h2("Schulden"),
        p(
            "<p>Schulden geven veel zorgen. Dan is werken lastig. De gemeente helpt u gratis. Dat "
            "heet schuldhulpverlening. Binnen 4 weken heeft u een eerste gesprek. Moet u uit uw "
            "huis? Of worden uw gas, water of stroom afgesloten? Dan helpt de gemeente u binnen "
            "een paar dagen.</p>"
            "<p>Samen maakt u een overzicht van wat u heeft en wat u moet betalen. Dan kijkt u "
            "wat nodig is. Wacht niet te lang. Hoe eerder u belt, hoe meer we kunnen doen.</p>"
        ),
    ]
    if contact:
        body.append(
            page_cta(
                "Hulp nodig?",
                "Bel of mail de gemeente. Zeg waar u hulp bij wilt.",
                contact,
                "Naar contact",
            )
        )
    body.append(
        sources(
            "Wet kinderopvang (kinderopvangtoeslag, ook bij een traject naar werk of inburgering); "
            "Wet gemeentelijke schuldhulpverlening; beleidsplannen van Overbetuwe (2018) en Hof van "
            "Twente (2018–2021)."
        ),
    )
    return body


GELD_BODY = [
    p(
        "<p>Als u gaat werken, heeft u meestal meer geld dan met een uitkering. Soms geeft de "
        "gemeente u nog iets extra. En werkt u een paar uur naast de bijstand? Dan mag u soms "
        "een deel van uw loon houden.</p>"
    ),
    h2("Bijverdienen naast de bijstand"),
    p(
        "<p>Werkt u naast de bijstand? Dan mag u een deel van uw loon houden. Nu is dat 25 "
        "procent, tot een bedrag per maand. Dat kan hoogstens 6 maanden. Dat heet de "
        "inkomstenvrijlating. Het bedrag verandert elk half jaar.</p>"
        "<p>Vanaf 1 januari 2027 worden de regels voor bijverdienen eenvoudiger. Dat staat in "
        "de wet Participatiewet in balans. Uw consulent vertelt wat er voor u verandert. Meld "
        "wat u verdient altijd aan de gemeente.</p>"
    ),
    h2("Premies van de gemeente"),
    p(
        "<p>Elke gemeente kiest zelf of zij een premie geeft. En hoe hoog die is. Met een "
        "werkpremie beloont de gemeente u als u meedoet. Bijvoorbeeld met vrijwilligerswerk of "
        "een traject naar werk. Een uitstroompremie krijgt u als u lang een uitkering had. En "
        "als u daarna een tijd blijft werken.</p>"
    ),
    work_income("Wat de gemeente nu geeft"),
    sources(
        "Participatiewet, artikel 31 (inkomstenvrijlating: 25 procent, hoogstens 6 maanden); "
        "Participatiewet in balans (nieuwe regels voor bijverdienen per 1 januari 2027); "
        "werkpremie en uitstroompremie zijn keuzes van de gemeente (beleidsplannen van Hof van "
        "Twente 2018–2021 en Lansingerland 2019–2021)."
    ),
]


def initiatieven_body(kaart):
    body = [
        p(
            "<p>Wilt u iets doen voor een ander? Of heeft u zelf een goed idee voor uw buurt? "
            "Dan bent u hier goed. Meedoen kan op veel manieren.</p>"
        ),
        h2("Vrijwilligerswerk"),
        p(
            "<p>Met vrijwilligerswerk doet u mee. U leert nieuwe dingen en u leert mensen "
            "kennen. Op de participatieladder is dat trede 3. Krijgt u een uitkering? Overleg "
            "dan eerst met uw consulent. Soms krijgt u een kleine vergoeding. Een deel daarvan "
            "mag u houden. Meld het altijd aan de gemeente.</p>"
            "<p>Vanaf 2027 heet dit in de wet 'maatschappelijke participatie'. U mag dan meer "
            "zelf kiezen wat u doet.</p>"
        ),
        h2("Ambassadeurs"),
        p(
            "<p>Een ambassadeur heeft zelf de stap naar werk of meedoen gezet. Nu vertelt hij "
            "of zij daarover aan anderen. Dat geeft moed. Sommige ambassadeurs werken bij de "
            "gemeente. Anderen zijn ondernemers die mensen met een afstand tot werk een kans "
            "geven.</p>"
            "<p>Wilt u ook ambassadeur worden? Vertel het uw consulent. Wij zoeken samen hoe u "
            "uw verhaal kan delen. Uw naam delen we alleen als u dat wilt.</p>"
        ),
        h2("Zelf iets starten"),
        p(
            "<p>Heeft u een idee, zoals een moestuin, een repair café of een eetclub? Zo "
            "begint u:</p>"
            "<ol><li>Schrijf op wat u wilt doen en voor wie.</li>"
            "<li>Zoek een paar mensen die mee willen doen.</li>"
            "<li>Praat met de welzijnsorganisatie of het vrijwilligerspunt. Zij helpen met "
            "vrijwilligers, een ruimte en verzekering.</li>"
            "<li>Vraag de gemeente of er geld is voor ideeën van inwoners.</li>"
            "<li>Zet uw activiteit op de participatiekaart. Zo vinden anderen u.</li></ol>"
        ),
    ]
    if kaart:
        body.append(
            page_cta(
                "Vrijwilligerswerk zoeken",
                "Kijk welk vrijwilligerswerk er bij u in de buurt is.",
                kaart,
                "Zoek vrijwilligerswerk",
                "soort=vrijwilligerswerk",
            )
        )
    body.append(
        sources(
            "Participatiewet in balans (maatschappelijke participatie per 1 januari 2027); "
            "beleidsplannen van Overbetuwe (2018), Hof van Twente (2018–2021) en Lansingerland "
            "(2019–2021)."
        )
    )
    return body


# --- employers ---------------------------------------------------------------------------------


def social_employer_body(contact):
    body = [
        p(
            "<p>De gemeente vraagt werkgevers om mensen met een afstand tot werk een kans te "
            "geven. Dat doen wij zelf ook. Wij vragen niets wat wij zelf niet doen.</p>"
        ),
        h2("Wie er bij ons werkt"),
        p(
            "<p>Bij de gemeente werken mensen die eerst een uitkering hadden. Ook nieuwe "
            "Nederlanders werken bij ons. En collega's uit het doelgroepregister. Zij hebben "
            "een baan uit de banenafspraak.</p>"
        ),
        h2("Wat wij bieden"),
        p(
            "<ul><li><strong>Banen uit de banenafspraak.</strong> Wij passen werk aan, zodat "
            "het past bij wat iemand kan.</li>"
            "<li><strong>Stages.</strong> Voor leerlingen van het mbo, het praktijkonderwijs en "
            "het speciaal onderwijs.</li>"
            "<li><strong>Leerwerkplekken.</strong> Iemand leert een vak in de praktijk en gaat "
            "één dag per week naar school.</li>"
            "<li><strong>Werkervaringsplaatsen.</strong> Voor inwoners die weer willen wennen "
            "aan werk.</li></ul>"
        ),
        h2("Social return"),
        p(
            "<p>Krijgt u een opdracht van de gemeente? Dan vragen wij vaak om social return. U "
            "geeft dan werk aan mensen met een afstand tot werk. Vaak gaat het om 5 procent van "
            "de waarde van de opdracht.</p>"
        ),
        h2("Leer van onze ervaring"),
        p(
            "<p>Wilt u weten hoe het bij ons gaat? Kom langs. Collega's vertellen graag wat werkt "
            "en wat lastig is. Sommigen zijn ambassadeur. Zij hebben zelf de stap naar werk "
            "gezet.</p>"
        ),
    ]
    if contact:
        body.append(
            page_cta(
                "Kom kijken of stel een vraag",
                "De accountmanager werkgevers maakt graag een afspraak met u.",
                contact,
                "Neem contact op",
            )
        )
    body.append(
        sources(
            "Beleidsplannen van Overbetuwe (2018) en Lansingerland (2019–2021); social return "
            "van 5 procent uit het plan van Lansingerland."
        )
    )
    return body


def banenafspraak_body(lkv):
    body = [
        p(
            "<p>Werkgevers en de overheid willen dat meer mensen met een beperking gewoon werk "
            "hebben. Daarom is er de banenafspraak. Hier leest u in gewone woorden wat dat voor "
            "u betekent.</p>"
        ),
        h2("Wat is de banenafspraak?"),
        p(
            "<p>In 2013 spraken werkgevers, vakbonden en het kabinet iets af. Er komen 125.000 "
            "extra banen voor mensen met een beperking: 100.000 bij bedrijven en 25.000 bij de "
            "overheid. Dat doel blijft ook na 2026.</p>"
        ),
        h2("Wie telt mee?"),
        p(
            "<p>Iemand telt mee als hij of zij in het doelgroepregister van UWV staat. "
            "Bijvoorbeeld:</p>"
            "<ul><li>mensen die niet zelf het minimumloon kunnen verdienen;</li>"
            "<li>jongeren van het praktijkonderwijs of het speciaal onderwijs;</li>"
            "<li>mensen met Wajong die kunnen werken.</li></ul>"
            "<p>Een baan van 25,5 uur per week telt als één baan. Werkt iemand minder uren? Dan "
            "telt een deel mee. Vanaf 2026 heeft u geen doelgroepverklaring meer nodig.</p>"
        ),
        h2("Wat is het quotum?"),
        p(
            "<p>Het quotum is de stok achter de deur. Halen werkgevers samen te weinig banen? "
            "Dan kan het kabinet het quotum aanzetten. Grote werkgevers met te weinig mensen uit "
            "de doelgroep betalen dan een heffing. Dat geldt vanaf ongeveer 25 werknemers.</p>"
            "<p>De regels over het quotum veranderen. Wilt u weten of er nu een heffing is voor "
            "uw bedrijf? Vraag het de accountmanager werkgevers.</p>"
        ),
        h2("Wat levert het u op?"),
        p(
            "<p>U krijgt een goede medewerker. En er is hulp. Denk aan loonkostensubsidie, een "
            "jobcoach en de no-risk polis. Ook krijgt u loonkostenvoordeel zolang de medewerker "
            "bij u werkt.</p>"
        ),
    ]
    if lkv:
        body.append(
            page_cta(
                "Loonkostenvoordeel",
                "Lees hoeveel u krijgt en hoe u het aanvraagt.",
                lkv,
                "Naar het loonkostenvoordeel",
            )
        )
    body.append(
        sources(
            "Wet banenafspraak en quotum arbeidsbeperkten (2015); Sociaal Akkoord 2013; Wet "
            "banenafspraak, Kamerstuk 36 449 (vereenvoudiging, geen doelgroepverklaring meer "
            "vanaf 2026); een baan is 25,5 uur per week. Of de quotumheffing nu geldt, is niet "
            "nagekeken: vraag het de accountmanager."
        )
    )
    return body


# --- 'Geld bij werk' demo amounts ---------------------------------------------------------------

# Example amounts for the demo municipality, based on the seed plans. Municipalities choose their
# own premiums; staff replace these in Wagtail (Geld bij werk).
ARRANGEMENTS = [
    dict(
        kind=WorkIncomeKind.UITSTROOMPREMIE,
        name="Uitstroompremie",
        amount="750",
        amount_period=AmountPeriod.EENMALIG,
        summary="Had u meer dan een jaar een uitkering? En werkt u nu? Dan krijgt u een premie "
        "van de gemeente. U krijgt de helft na 3 maanden werk en de helft na 6 maanden.",
        conditions="U had meer dan een jaar bijstand, IOAW of IOAZ.\n"
        "U werkt en heeft geen uitkering meer nodig.\n"
        "U werkt minstens 6 maanden.",
        how_to_apply="Uw consulent vertelt u hoe u de premie aanvraagt.",
        valid_from=D(2026, 1, 1),
        valid_until=D(2026, 12, 31),
        source="Voorbeeld voor de demo, naar het beleidsplan Slim (samen)werken van Hof van "
        "Twente (2018–2021). Uw gemeente vult haar eigen bedrag in",
    ),
    dict(
        kind=WorkIncomeKind.WERKPREMIE,
        name="Werkpremie",
        amount=None,
        amount_period=AmountPeriod.PER_MAAND,
        summary="Doet u vrijwilligerswerk of volgt u een traject naar werk? Dan kunt u een "
        "werkpremie krijgen. De gemeente betaalt die elke maand.",
        conditions="U heeft bijstand.\nU doet vrijwilligerswerk of volgt een traject naar werk.",
        how_to_apply="",
        valid_from=D(2026, 1, 1),
        valid_until=D(2026, 12, 31),
        source="Voorbeeld voor de demo, naar het beleidsplan Slim (samen)werken van Hof van "
        "Twente (2018–2021). De gemeente stelt het bedrag elk jaar vast",
    ),
    dict(
        kind=WorkIncomeKind.INKOMSTENVRIJLATING,
        name="Bijverdienen naast de bijstand",
        amount=None,
        amount_period=AmountPeriod.PER_MAAND,
        summary="Werkt u naast de bijstand? Dan mag u 25 procent van uw loon houden, tot een "
        "bedrag per maand. Dat kan hoogstens 6 maanden.",
        conditions="U heeft bijstand.\nU werkt naast de bijstand.\nU meldt wat u verdient.",
        how_to_apply="De gemeente regelt het als u uw loon meldt.",
        valid_from=D(2026, 1, 1),
        valid_until=D(2026, 12, 31),
        source="Participatiewet, artikel 31 lid 2 onder n. Het maximum verandert elk half jaar; "
        "per 1 januari 2027 gelden nieuwe regels (Participatiewet in balans)",
    ),
]


def ensure_arrangements():
    created = []
    for data in ARRANGEMENTS:
        _item, was_created = WorkIncomeArrangement.objects.get_or_create(
            kind=data["kind"],
            name=data["name"],
            municipality=None,
            valid_from=data["valid_from"],
            defaults={**data, "checked_on": D(2026, 11, 25)},
        )
        if was_created:
            created.append(f"Geld bij werk: {data['name']}")
    return created


# Terms these pages use, for the begrippenlijst (added only when an editor has not yet).
BEGRIPPEN = [
    (
        "startkwalificatie",
        "Een diploma havo of vwo, of een diploma mbo op niveau 2 of hoger. Daarmee heeft u "
        "meer kans op werk.",
    ),
    (
        "inkomstenvrijlating",
        "Werkt u naast de bijstand? Dan mag u een deel van uw loon houden. Dat deel heet de "
        "inkomstenvrijlating.",
    ),
    (
        "uitstroompremie",
        "Geld van de gemeente als u na een lange tijd met een uitkering weer werkt. Elke "
        "gemeente kiest zelf of zij deze premie geeft.",
    ),
    (
        "quotum",
        "Het aantal banen voor mensen uit het doelgroepregister dat grote werkgevers moeten "
        "hebben. Alleen als het kabinet het quotum aanzet, volgt er een heffing.",
    ),
]


def ensure_begrippen():
    created = []
    for term, explanation in BEGRIPPEN:
        _begrip, was_created = Begrip.objects.get_or_create(
            term=term, defaults={"explanation": explanation}
        )
        if was_created:
            created.append(f"Begrip {term}")
    return created


def _find(parent, slug):
    """A live page below ``parent`` by slug (a feature app's page; None when not there)."""
    if parent is None:
        return None
    return Page.objects.descendant_of(parent).live().filter(slug=slug).first()


def load():
    home = HomePage.objects.first()
    residents = ContentPage.objects.child_of(home).filter(slug="inwoners").first()
    employers = ContentPage.objects.child_of(home).filter(slug="werkgevers").first()
    if residents is None or employers is None:
        return []
    created = ensure_arrangements() + ensure_begrippen()
    kaart = _find(residents, "participatiekaart")
    contact = ContentPage.objects.child_of(home).filter(slug="contact").first()
    lkv = _find(employers, "lkv-banenafspraak")

    pages = [
        (
            residents,
            "statushouders",
            "Nieuw in Nederland: taal, inburgering en werk",
            "De gemeente helpt u met de taal, met inburgeren en met werk.",
            "Inburgeren, de taal leren en werken: zo helpt de gemeente u.",
            lambda: statushouders_body(kaart),
        ),
        (
            residents,
            "jongeren",
            "Jongeren: school, diploma en werk",
            "Bent u jonger dan 27? Zo helpen wij u naar school of werk.",
            "Een diploma halen, leren en werken tegelijk, en hulp tot 27 jaar.",
            lambda: jongeren_body(kaart),
        ),
        (
            residents,
            "hulp-bij-werk",
            "Hulp bij kinderopvang, vervoer en schulden",
            "Praktische hulp, zodat u kunt gaan werken.",
            "Kinderopvang, vervoer naar uw werk en hulp bij schulden.",
            lambda: hulp_body(contact),
        ),
        (
            residents,
            "geld-bij-werk",
            "Wat u krijgt of houdt als u gaat werken",
            "Bijverdienen, een werkpremie of een uitstroompremie: dit geldt nu.",
            "Bijverdienen naast de bijstand, werkpremie en uitstroompremie.",
            lambda: GELD_BODY,
        ),
        (
            residents,
            "vrijwilligers-en-initiatieven",
            "Vrijwilligers, ambassadeurs en eigen initiatieven",
            "Doe mee in uw buurt, vertel uw verhaal of start zelf iets.",
            "Vrijwilligerswerk, ambassadeurs en hoe u zelf iets start.",
            lambda: initiatieven_body(kaart),
        ),
        (
            employers,
            "gemeente-als-werkgever",
            "De gemeente als sociale werkgever",
            "Wij geven zelf het goede voorbeeld. Kom kijken hoe wij dat doen.",
            "Banen, stages en leerwerkplekken bij de gemeente zelf.",
            lambda: social_employer_body(contact),
        ),
        (
            employers,
            "banenafspraak",
            "De banenafspraak en het quotum in gewone woorden",
            "Wat de banenafspraak is, wie meetelt en wat het quotum betekent.",
            "De banenafspraak en het quotum, kort en helder uitgelegd.",
            lambda: banenafspraak_body(lkv),
        ),
    ]
    for parent, slug, title, intro, description, body in pages:
        if parent.get_children().filter(slug=slug).exists():
            continue  # an editor's page stays as it is; the body is only built when needed
        page, was_created = ensure_child(
            parent,
            ContentPage,
            slug,
            title=title,
            intro=intro,
            search_description=description,
            body=body(),
        )
        if was_created:
            created.append(page.title)
    return created
