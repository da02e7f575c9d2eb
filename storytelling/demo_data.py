"""Demo stories, written for this portal. The people are fictional; their situations come from
the personas and anonymised cases in the seed policy documents (Lansingerland, Hof van Twente,
Overbetuwe). Instruments are referred to by their instrumentenboek slug."""

SECTORS = [
    ("zorg-welzijn", "Zorg en welzijn"),
    ("groen", "Groen en tuinbouw"),
    ("techniek-bouw", "Techniek en bouw"),
    ("vervoer-logistiek", "Vervoer en logistiek"),
    ("horeca-catering", "Horeca en catering"),
    ("schoonmaak", "Schoonmaak en facilitair"),
    ("administratie", "Administratie en kantoor"),
    ("detailhandel", "Detailhandel"),
    ("kinderopvang", "Kinderopvang en onderwijs"),
]

ASPECTS = [
    ("Verantwoordelijkheid nemen", "motivatie"),
    ("Zelfvertrouwen", "motivatie"),
    ("Hulp accepteren", "motivatie"),
    ("Taal", "vaardigheid"),
    ("Certificaten en diploma's", "vaardigheid"),
    ("Sollicitatievaardigheden", "vaardigheid"),
    ("Dagritme en structuur", "vaardigheid"),
    ("Doe-vermogen (stress, schulden, mantelzorg)", "vaardigheid"),
    ("Sociale vaardigheden", "vaardigheid"),
    ("Werken met een GGZ-aandoening", "vaardigheid"),
    ("Werken met een lichamelijke aandoening", "vaardigheid"),
]


def story(*paragraphs):
    return [{"type": "paragraph", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}]


CANDIDATES = [
    dict(
        slug="mohammed",
        title="Mohammed wil weer rijden",
        first_name="Mohammed",
        age=33,
        intro="Mohammed was taxichauffeur in Syrië. Hij leert Nederlands en wil geld verdienen "
        "voor zijn gezin.",
        body=story(
            "Twee jaar geleden vluchtte Mohammed naar Nederland. Sinds een half jaar is "
            "zijn gezin bij hem. Hij volgt de inburgering en oefent elke dag Nederlands. "
            "Dat gaat langzaam, want hij kent nog weinig mensen om mee te praten.",
            "In Syrië reed hij tien jaar taxi. Hij kent het werk en is graag onderweg. "
            "Met een Nederlands rijbewijs voor de vrachtwagen en code 95 kan hij aan de "
            "slag als chauffeur. Op de werkvloer leert hij de taal sneller dan in de klas.",
        ),
        ladder_now=3,
        ladder_goal=5,
        klantprofiel=2,
        aspects=["Taal", "Certificaten en diploma's"],
        sectors=["vervoer-logistiek"],
        groups=["statushouders", "bijstand"],
        needs="Collega's die rustig uitleggen en Nederlands met hem praten. Een eerste tijd "
        "samen rijden met een ervaren chauffeur. Begrip voor afspraken van de inburgering.",
        hours_per_week=32,
        instruments=["scholing", "werkervaringsplaats", "werkgeverscheque"],
    ),
    dict(
        slug="willemijn",
        title="Willemijn zoekt een plek waar ze gemist wordt",
        first_name="Willemijn",
        age=28,
        intro="Willemijn heeft depressies. Ze wil weer iets bijdragen, maar weet niet hoe "
        "ze moet beginnen.",
        body=story(
            "Als het goed gaat, kan Willemijn prima werken. Maar na een tijd valt ze uit. "
            "Ze zit nu bijna een jaar thuis. Op sommige dagen komt ze de deur niet uit.",
            "Samen met haar consulent kijkt ze naar een kleine eerste stap: een paar "
            "ochtenden per week bij een inloop in de buurt. Daar verwachten ze haar, en "
            "merken ze het als ze er niet is. Later wil ze weer betaald werk, met een "
            "werkgever die weet wat een depressie is.",
        ),
        ladder_now=1,
        ladder_goal=3,
        klantprofiel=3,
        aspects=["Werken met een GGZ-aandoening", "Dagritme en structuur", "Zelfvertrouwen"],
        sectors=["administratie", "zorg-welzijn"],
        groups=["bijstand", "arbeidsbeperking"],
        needs="Later, bij een werkgever: vaste en korte werkdagen om te beginnen, een vast "
        "aanspreekpunt en ruimte om een slechte dag te melden zonder meteen ontslag.",
        instruments=["jobcoaching-extern", "proefplaatsing"],
    ),
    dict(
        slug="charlotte",
        title="Charlotte durft stap voor stap meer",
        first_name="Charlotte",
        age=52,
        intro="Charlotte heeft een bipolaire stoornis. Nieuwe mensen vindt ze spannend.",
        body=story(
            "Charlotte voelt zich onzeker bij mensen die ze niet kent. Daarom durfde ze "
            "niet mee te doen aan een traject naar werk. Haar dochter regelt veel "
            "praktische dingen voor haar.",
            "Haar consulent komt bij haar thuis. Samen zoeken ze een kleine groep waar "
            "Charlotte welkom is, bijvoorbeeld bij het handwerkcafé van het buurthuis. "
            "Ze mag eerst kijken en pas meedoen als ze dat wil.",
        ),
        ladder_now=2,
        ladder_goal=3,
        klantprofiel=3,
        aspects=["Sociale vaardigheden", "Werken met een GGZ-aandoening", "Hulp accepteren"],
        sectors=["zorg-welzijn"],
        groups=["bijstand", "arbeidsbeperking"],
        needs="Nu nog geen werkgever. Wel een vrijwilligersorganisatie met een vaste begeleider, "
        "een kleine groep en geen druk.",
        instruments=["jobcoaching-extern"],
    ),
    dict(
        slug="job",
        title="Job wil buiten werken",
        first_name="Job",
        age=19,
        intro="Job zit op het praktijkonderwijs en loopt stage bij een hovenier. Daar wil hij "
        "blijven.",
        body=story(
            "Job werkt graag met zijn handen, het liefst buiten. Op zijn stage bij een "
            "hovenier doet hij het goed: hij is op tijd en werkt hard. Maar er is geen "
            "vacature.",
            "Samenwerken vindt Job lastig. Collega's begrijpen hem niet altijd, en hij "
            "hen ook niet. Met duidelijke opdrachten en een vaste collega die hem helpt, "
            "gaat het goed. Job staat in het doelgroepregister. Een werkgever die hem "
            "aanneemt, krijgt loonkostensubsidie en kan een collega een HARRIE-training "
            "laten volgen.",
        ),
        ladder_now=4,
        ladder_goal=5,
        klantprofiel=1,
        aspects=["Sociale vaardigheden", "Sollicitatievaardigheden"],
        sectors=["groen"],
        groups=["banenafspraak", "jongeren"],
        needs="Duidelijke opdrachten, één vaste collega als maatje en werk buiten. Geen "
        "ingewikkelde planning die steeds verandert.",
        instruments=["loonkostensubsidie", "harrie-training", "lkv-banenafspraak", "no-risk-polis"],
    ),
    dict(
        slug="henk",
        title="Henk is niet te oud",
        first_name="Henk",
        age=58,
        intro="Henk had jarenlang een eigen bedrijf. Na het faillissement vindt hij geen werk.",
        body=story(
            "Henk heeft veel kennis van bouw en inkoop. Hij stuurde tientallen brieven, "
            "maar kreeg geen gesprek. Hij denkt dat bedrijven hem te oud vinden, en "
            "vraagt zich af of solliciteren nog zin heeft.",
            "Via de accountmanager werkgevers kan Henk op proef bij een bedrijf beginnen. "
            "Zo ziet de werkgever wat Henk kan, voordat er een contract is. Let op: het "
            "loonkostenvoordeel voor ouderen bestaat sinds 2026 niet meer. Wel zijn er "
            "de proefplaatsing en de werkgeverscheque.",
        ),
        ladder_now=3,
        ladder_goal=6,
        klantprofiel=1,
        aspects=["Zelfvertrouwen", "Sollicitatievaardigheden"],
        sectors=["techniek-bouw", "administratie"],
        groups=["ouderen", "bijstand"],
        needs="Een kans om te laten zien wat hij kan. Een werkgever die ervaring waardeert en "
        "hem als collega ziet, niet als oudere.",
        hours_per_week=36,
        instruments=["proefplaatsing", "werkgeverscheque", "werving-en-bemiddeling"],
    ),
    dict(
        slug="melissa",
        title="Melissa wil werken naast de zorg voor haar kinderen",
        first_name="Melissa",
        age=26,
        intro="Melissa heeft twee jonge kinderen en schulden. Ze wil graag werken, maar hoe "
        "regelt ze dat?",
        body=story(
            "Melissa moet een grote schuld afbetalen. Post maakt ze vaak niet open, uit "
            "angst voor nieuwe rekeningen. Dat geeft veel stress.",
            "De gemeente helpt eerst met de schulden en met opvang voor de kinderen. "
            "Daarna kan Melissa op een werkervaringsplaats beginnen, op vaste ochtenden "
            "als de kinderen naar de opvang gaan. Zo bouwt ze ritme en ervaring op.",
        ),
        ladder_now=2,
        ladder_goal=4,
        klantprofiel=3,
        aspects=["Doe-vermogen (stress, schulden, mantelzorg)", "Dagritme en structuur"],
        sectors=["detailhandel", "schoonmaak"],
        groups=["bijstand"],
        needs="Werktijden binnen de opvanguren en begrip als een kind ziek is. Vaste dagen "
        "helpen haar om alles te plannen.",
        instruments=["werkervaringsplaats", "jobcoach-gemeente"],
    ),
    dict(
        slug="kevin",
        title="Kevin klust graag",
        first_name="Kevin",
        age=56,
        intro="Kevin verloor twee jaar geleden zijn baan. Hij is druk met vrijwilligerswerk en "
        "klussen.",
        body=story(
            "Kevin heeft een IOAW-uitkering. Eigenlijk vindt hij het zo wel goed. Hij "
            "laat drie keer per dag zijn hond uit, helpt in het buurthuis en klust bij "
            "vrienden in hun nieuwe huis.",
            "Zijn consulent ziet dat Kevin handig en betrouwbaar is. Waarom zou een "
            "onderhoudsbedrijf hem niet willen? Ze spreken een proefplaatsing af bij een "
            "woningcorporatie. Kevin twijfelt nog, maar gaat het proberen.",
        ),
        ladder_now=3,
        ladder_goal=5,
        klantprofiel=2,
        aspects=["Verantwoordelijkheid nemen"],
        sectors=["techniek-bouw"],
        groups=["ouderen"],  # IOAW, not WW: no UWV benefit
        needs="Afwisselend, praktisch werk met zichtbaar resultaat. Een werkgever die zijn "
        "vakmanschap ziet en hem tijd geeft om te wennen aan vaste werktijden.",
        instruments=["proefplaatsing", "werving-en-bemiddeling"],
    ),
    dict(
        slug="audrey",
        title="Audrey zoekt nieuw administratief werk",
        first_name="Audrey",
        age=42,
        intro="Audrey werkte jaren bij een bank. Na een bezuiniging was er geen plek meer.",
        body=story(
            "Audrey heeft altijd administratief werk gedaan. Nu weet ze niet goed wat ze "
            "wil. De zorg voor haar moeder kost haar ook veel tijd.",
            "Met een korte training en gesprekken met een loopbaancoach ontdekt ze dat "
            "ze goed is in plannen en klantcontact. Een baan van 24 tot 32 uur past "
            "naast de mantelzorg.",
        ),
        ladder_now=3,
        ladder_goal=6,
        klantprofiel=1,
        aspects=["Doe-vermogen (stress, schulden, mantelzorg)", "Sollicitatievaardigheden"],
        sectors=["administratie"],
        groups=["bijstand"],
        needs="Een baan van 24 tot 32 uur met wat ruimte in de werktijden vanwege de zorg voor "
        "haar moeder.",
        hours_per_week=28,  # 24 to 32 hours: below the werkgeverscheque's 32
        instruments=["proefplaatsing", "scholing"],
    ),
    dict(
        slug="sandra",
        title="Sandra wil meer uren werken",
        first_name="Sandra",
        age=52,
        intro="Sandra werkt al parttime als huishoudelijk hulp. Ze wil meer uren, maar moet om "
        "twee uur thuis zijn.",
        body=story(
            "Sandra is alleenstaande moeder. Haar jongste zoon heeft autisme en kan niet "
            "alleen thuis zijn. Elke middag om twee uur moet zij er zijn.",
            "Ze wil tot 28 uur per week werken. Dat kan, als een werkgever haar uren in "
            "de ochtend en op vaste dagen plant. Met wat extra uren verdient ze genoeg "
            "om zonder uitkering rond te komen.",
        ),
        ladder_now=5,
        ladder_goal=6,
        klantprofiel=1,
        aspects=["Doe-vermogen (stress, schulden, mantelzorg)", "Werken met een GGZ-aandoening"],
        sectors=["schoonmaak", "zorg-welzijn"],
        groups=["bijstand"],
        needs="Werk in de ochtend, nooit na twee uur. Vaste dagen en een werkgever die dat "
        "vooraf goed afspreekt.",
        hours_per_week=28,  # below the werkgeverscheque's 32 hours
        instruments=["werving-en-bemiddeling"],
    ),
    dict(
        slug="gerrit",
        title="Gerrit zet een eerste stap naar buiten",
        first_name="Gerrit",
        age=61,
        intro="Gerrit leeft erg op zichzelf. Een kleine groep zonder druk kan een begin zijn.",
        body=story(
            "Gerrit heeft schizofrenie en woont alleen. Hij heeft weinig contact met "
            "anderen. Zijn medicijnen wil hij niet nemen, vanwege de bijwerkingen.",
            "Betaald werk is voor Gerrit geen doel meer. Wel kan hij een paar uur per "
            "week actief zijn in een kleine groep, bijvoorbeeld bij een zorgboerderij. "
            "Eerst wacht zijn consulent op een nieuw medisch advies.",
        ),
        ladder_now=1,
        ladder_goal=2,
        klantprofiel=3,
        aspects=["Werken met een GGZ-aandoening", "Hulp accepteren"],
        sectors=["groen"],
        groups=["bijstand", "arbeidsbeperking", "ouderen"],
        needs="Geen werkgever, maar een dagbesteding met weinig mensen, vaste begeleiding en "
        "werk zonder tijdsdruk.",
        instruments=[],
    ),
    dict(
        slug="ria",
        title="Ria wil zorgen voor anderen",
        first_name="Ria",
        age=60,
        intro="Ria heeft al jaren rugklachten. Vrijwilligerswerk in de zorg past bij haar.",
        body=story(
            "Ria werkte in de kinderopvang, in de reiswereld en als analist in een "
            "laboratorium. Door haar rug kan ze niet lang staan of tillen.",
            "Betaald werk lijkt niet meer haalbaar. Maar Ria zorgt graag voor anderen. "
            "Ze gaat een paar dagdelen per week als vrijwilliger koffie schenken en "
            "praten met bewoners van een zorgcentrum.",
        ),
        ladder_now=2,
        ladder_goal=3,
        klantprofiel=3,
        aspects=["Werken met een lichamelijke aandoening"],
        sectors=["zorg-welzijn"],
        groups=["bijstand", "ouderen"],
        needs="Werk waarbij ze kan zitten en afwisselen, en niet hoeft te tillen.",
        instruments=[],
    ),
    dict(
        slug="karim",
        title="Karim is automonteur",
        first_name="Karim",
        age=48,
        intro="Karim was twintig jaar automonteur in Irak. Nederlands leren is voor hem erg "
        "moeilijk.",
        body=story(
            "Karim kwam in 2012 naar Nederland. Hij heeft een mbo-diploma als "
            "automonteur en jaren ervaring. Omdat Nederlands leren niet lukt, heeft hij "
            "een ontheffing voor de taaleis.",
            "Met een ervaringscertificaat kan Karim laten zien wat hij kan. Een garage "
            "kan hem via een werkervaringsplaats leren kennen. In de werkplaats leert "
            "hij vaak ook de woorden die hij nodig heeft.",
        ),
        ladder_now=3,
        ladder_goal=4,
        klantprofiel=2,
        aspects=["Taal", "Certificaten en diploma's"],
        sectors=["techniek-bouw"],
        groups=["statushouders", "bijstand"],
        needs="Een garage die met handen en voorbeelden uitlegt. Een collega die helpt met "
        "werkbonnen en instructies.",
        instruments=["werkervaringsplaats", "plaatsingssubsidie", "indienstnemingssubsidie"],
    ),
    dict(
        slug="lotte",
        title="Lotte werkt weer zelfstandig",
        first_name="Lotte",
        age=31,
        intro="Lotte had een uitkering. Na een werkervaringsplaats heeft ze nu een vaste baan.",
        body=story(
            "Na een scheiding kwam Lotte in de bijstand. Ze had lang niet gewerkt en "
            "twijfelde aan zichzelf.",
            "Via het werkcentrum kreeg ze een sollicitatietraining. Daarna begon ze op "
            "een werkervaringsplaats bij een groothandel. Na drie maanden kreeg ze een "
            "contract. Inmiddels werkt ze zonder extra begeleiding en heeft ze geen "
            "uitkering meer.",
        ),
        ladder_now=6,
        ladder_goal=6,
        klantprofiel=1,
        aspects=["Zelfvertrouwen", "Sollicitatievaardigheden"],
        sectors=["vervoer-logistiek", "administratie"],
        groups=["bijstand"],
        needs="Niets extra meer. In het begin hielp een vaste collega die haar inwerkte.",
        instruments=["werkervaringsplaats", "uitstroompremie"],
    ),
]

EMPLOYERS = [
    dict(
        slug="marja-catering",
        title="Marja vond een opvolger voor Corrie",
        employer="Marja, cateringbedrijf",
        sector="horeca-catering",
        question="Mijn vaste kracht gaat met pensioen. Zij regelt de telefoon, de offertes en "
        "de planning. Ik wil best iemand met een afstand tot de arbeidsmarkt, maar "
        "ben bang dat het me veel tijd kost.",
        how=story(
            "De accountmanager bekeek met Marja welke taken er zijn. De telefoon en de "
            "planning bleken goed te leren; de offertes houdt Marja zelf.",
            "Een kandidaat begon op een werkervaringsplaats. Een collega volgde de "
            "HARRIE-training, zodat zij de nieuwe medewerker goed kon inwerken.",
        ),
        result="Na drie maanden kreeg de nieuwe medewerker een contract voor 24 uur. Marja "
        "besteedt minder tijd aan inwerken dan ze dacht.",
        instruments=["jobcarving-bedrijfsadvies", "werkervaringsplaats", "harrie-training"],
    ),
    dict(
        slug="john-groothandel",
        title="John leidt zelf chauffeurs op",
        employer="John, HR-manager bij een groothandel",
        sector="vervoer-logistiek",
        question="Wij zoeken met spoed vrachtwagenchauffeurs en technici. Die zijn gewoon niet "
        "te vinden. Hoe kom ik aan mensen?",
        how=story(
            "De accountmanager zocht kandidaten die het werk willen leren, ook zonder "
            "diploma. De gemeente betaalde het rijbewijs en code 95 voor twee kandidaten met een "
            "uitkering, omdat John hun een contract van een jaar beloofde."
        ),
        result="Twee nieuwe chauffeurs rijden nu op vaste routes. John kreeg voor allebei een "
        "werkgeverscheque, want ze werken 38 uur per week. Die gebruikte hij voor een extra "
        "rijcursus.",
        hours_per_week=38,
        instruments=["scholing", "werkgeverscheque", "werving-en-bemiddeling"],
    ),
    dict(
        slug="isabel-kinderopvang",
        title="Isabel vond pedagogisch medewerkers",
        employer="Isabel, manager kinderdagverblijf",
        sector="kinderopvang",
        question="We hebben te weinig personeel. Op onze vacatures reageren weinig mensen met "
        "het juiste diploma. Wie kan mij helpen?",
        how=story(
            "De accountmanager zocht inwoners die ervaring hebben met kinderen. En die de opleiding "
            "willen doen. Zij begonnen met een proefplaatsing. Daarna gingen zij leren en "
            "werken tegelijk."
        ),
        result="Drie nieuwe mensen volgen nu de opleiding. Intussen werken zij al op de groep.",
        instruments=["proefplaatsing", "werving-en-bemiddeling"],
    ),
    dict(
        slug="ties-kwekerij",
        title="Ties heeft extra handen in het seizoen",
        employer="Ties, kweker van kruiden en pepers",
        sector="groen",
        question="In sommige periodes heb ik extra productiemedewerkers nodig. Kan de gemeente "
        "daarbij helpen?",
        how=story(
            "Ties wilde geen vaste mensen voor werk dat maar een paar maanden duurt. Het "
            "SW-bedrijf detacheert daarom een groepje medewerkers met een begeleider. "
            "Buiten het seizoen werken zij bij andere bedrijven."
        ),
        result="Elk seizoen komt hetzelfde team terug. Ties hoeft geen werkgever te zijn en "
        "weet wie hij krijgt.",
        instruments=["detachering-sw-bedrijf"],
    ),
    dict(
        slug="aad-aannemer",
        title="Aad leidt timmerlieden op",
        employer="Aad, aannemer",
        sector="techniek-bouw",
        question="Ik wil extra timmerlieden opleiden in mijn bedrijf. Waar vind ik betrouwbare "
        "mensen die het vak graag willen leren?",
        how=story(
            "De jobhunter van de gemeente kent de leerlingen van het praktijkonderwijs. "
            "Een leerling uit het doelgroepregister liep eerst stage bij Aad.",
            "Na de loonwaardemeting kreeg Aad loonkostensubsidie. De jobcoach van de "
            "gemeente komt in het begin elke week langs.",
        ),
        result="De leerling werkt nu 32 uur per week in de bouw en haalt zijn diploma in de "
        "praktijk.",
        instruments=[
            "loonwaardemeting",
            "loonkostensubsidie",
            "jobcoach-gemeente",
            "no-risk-polis",
        ],
    ),
    dict(
        slug="carla-eetcafe",
        title="Carla vond personeel voor de bediening",
        employer="Carla, eigenaar van een eetcafé",
        sector="horeca-catering",
        question="Ik heb net een eetcafé geopend en zoek mensen voor de bediening. Waar kan ik "
        "terecht met mijn vraag?",
        how=story(
            "Eén telefoontje naar de gemeente was genoeg. De accountmanager "
            "stelde drie kandidaten voor. Twee begonnen met een proefplaatsing van een "
            "paar weken."
        ),
        result="Beide kandidaten kregen een contract. Carla kreeg voor één van hen een "
        "werkgeverscheque, omdat die 32 uur per week werkt.",
        hours_per_week=32,
        instruments=["werving-en-bemiddeling", "proefplaatsing", "werkgeverscheque"],
    ),
]
