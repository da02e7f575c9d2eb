"""The instrumentenboek's demo content: facts from the seed policy documents, in our own words,
corrected to the law as of 2026. Amounts are data so the wizard can estimate with them."""

import datetime as dt

D = dt.date
RESEARCHED = D(2026, 11, 25)  # the day the research for issue #12 read the stored sources
CHECKER = "Onderzoek voor issue #12 (opgeslagen bron)"
UNVERIFIED = "Volgens issue #12, niet gecontroleerd"
Y2026 = dict(valid_from=D(2026, 1, 1), valid_until=D(2026, 12, 31))

GEMEENTE = ["geen", "bijstand", "ioaw", "anders"]
UWV = ["ww", "wia", "wajong_oud", "wajong_2010", "wajong_2015", "ziektewet"]
WAJONG = ["wajong_oud", "wajong_2010", "wajong_2015"]

# Seed documents (municipal plans): their year is the source; nobody checked them for 2026.
SEED_OB_2018 = "Van cliënt naar kandidaat (Overbetuwe), 2018"
SEED_OB_2024 = "Uitvoeringsplan re-integratie (Overbetuwe), 2024–2025"
SEED_HVT = "Slim (samen)werken (Hof van Twente), 2018–2021"
SEED_LL = "Werken Werkt! (Lansingerland), 2019–2021"

URL = dict(
    lks_70="https://www.divosa.nl/meedoen/loonkostensubsidie",
    lks_235="https://www.werkzaakrivierenland.nl/ik-bied-werk/nieuws_3266/item/loonkostensubsidie-voor-werkzoekenden-uit-de-participatiewet-wat-betekent-dat-voor-mij-als-werkgever_2881.html",
    lks_forfait="https://www.gemeentemaashorst.nl/ondernemers/maatschappelijk-verantwoord-ondernemen/loonkostensubsidie/",
    lks_meting="https://loket.digitaal.utrecht.nl/nl/products/loonkosten-subsidie-aanvragen",
    lks_wajong="https://www.horstaandemaas.nl/loonkostensubsidie",
    nrp="https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/voordelen-en-regelingen-voor-uw-werkgever/no-riskpolis-en-no-riskverklaring/situaties-waarin-de-no-riskpolis-voor-u-geldt",
    nrp_5jaar="https://vengroot.nl/kennisbank/wat-is-een-no-riskpolis/",
    nrp_wajong="https://www.impact.nl/pages/werkgever/u-zoekt-personeel/subsidiemogelijkheden/no-riskpolis-uwv.php",
    lkv_2026="https://www.fundamentvoor.nl/node/58952",
    lkv_ba="https://www.hulsman.nl/?p=2656",
    lkv_aow="https://www.enroutebv.nl/over-enroute/blogs-en-meer/artikelen/68/Financi%C3%ABle-tegemoetkomingen-voor-werkgevers-.html",
    lkv_oud="https://100-salaris.nl/voorgenomen-stapsgewijze-afschaffing-van-het-lkv-oudere-werknemer/",
    pp_uwv="https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/voordelen-en-regelingen-voor-uw-werkgever/proefplaatsing",
    pp_6="https://www.overstap.nl/faq/voor-wie-is-een-proefplaatsing/",
    pp_gem="https://www.awvn.nl/proefplaatsing",
    ld="https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/voordelen-en-regelingen-voor-uw-werkgever/tegemoetkoming-in-loonkosten-loondispensatie",
    ld_25="https://inspiratie.uwv.nl/meedoen/antwoorden-veelgestelde-vragen-loondispensatie",
    ld_window="https://wspavregio.nl/subsidies/loondispensatie-landelijk",
    jc_uwv="https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/jobcoach",
    jc_gem="https://www.samenvoordeklant.nl/werkgeversdienstverlening/toolbox/jobcoaching",
    wpa="https://www.caict.nl/subsidies/4-5-werkgeversvergoeding-voorzieningen-arbeidsgehandicapten/",
    wpa_gem="https://www.dewolden.nl/raad-en-college/verordeningen-overige-regelingen-en-beleidsregels_43931/item/besluit-werkplekaanpassing_1576.html",
    prak="https://ondernemersklankbord.nl/?p=3954",
    prak_max="https://www.ugoo.nl/subsidietermen/praktijkleren/",
    praktijkroute="https://www.inlichtingenbureau.nl/Beleidsterreinen/Werk-en-Bestaanszekerheid/Re-integratie/Praktijkroute",
    wml="https://www.mkbservicedesk.nl/nieuws/ondernemersnieuws/minimumloon-2026-dit-zijn-de-nieuwe-bedragen-per-1-januari",
    wml_maand="https://www.grootheddeaccountants.nl/wettelijk-minimumloon-per-1-januari-2026",
    aow="https://www.blikopnieuws.nl/nieuws/296350/aow-leeftijd-in-2028-met-drie-maanden-omhoog.html",
    aow_2030="https://inhetnieuws.nl/nieuws/binnenland/aow-leeftijd-blijft-in-2030-65-jaar-en-drie-maanden/13884134",
)

# key, value, valid_from, valid_until, source URL (all read in stored sources on RESEARCHED).
LAW_PARAMETERS = [
    ("aow_leeftijd", "67", D(2024, 1, 1), D(2027, 12, 31), URL["aow"]),
    ("aow_leeftijd", "67.25", D(2028, 1, 1), D(2030, 12, 31), URL["aow_2030"]),
    # The WML of 1 July 2026 was not found in the stored sources: until staff add it, the
    # 1 January 2026 value stays in use (no end date).
    ("wml_uur", "14.71", D(2026, 1, 1), None, URL["wml"]),
    ("wml_maand", "2294.40", D(2026, 1, 1), None, URL["wml_maand"]),
]

DOELGROEPEN = [
    (
        "banenafspraak",
        "Doelgroep banenafspraak (doelgroepregister)",
        "Mensen die in het doelgroepregister van UWV staan. Zij tellen mee voor de banenafspraak.",
    ),
    (
        "bijstand",
        "Bijstand (Participatiewet)",
        "Mensen met een bijstandsuitkering van de gemeente.",
    ),
    (
        "arbeidsbeperking",
        "Arbeidsbeperking of Wajong",
        "Mensen met een ziekte of handicap die het werk beïnvloedt, ook met een Wajong-uitkering.",
    ),
    (
        "ww-arbeidsongeschikt",
        "WW of arbeidsongeschikt",
        "Mensen met een WW-, WIA- of andere uitkering van UWV.",
    ),
    ("jongeren", "Jongeren tot 27 jaar", "Jongeren, ook van het praktijk- of speciaal onderwijs."),
    ("ouderen", "56-plus en ouderen", "Werkzoekenden van 56 jaar en ouder."),
    (
        "statushouders",
        "Statushouders en inburgeraars",
        "Nieuwkomers met een verblijfsvergunning die inburgeren.",
    ),
    (
        "beschut-werk",
        "Nieuw beschut werk",
        "Mensen die alleen in een beschutte omgeving kunnen werken, met een advies van UWV.",
    ),
    (
        "zonder-uitkering",
        "Zonder uitkering",
        "Werkzoekenden zonder uitkering, die de gemeente ook kan helpen.",
    ),
]

CONTACTS = {
    "accountmanager": dict(
        name="Accountmanager werkgevers",
        organisation="Gemeente Voorbeeld",
        phone="14 0000",
        email="accountmanager@gemeente.example.nl",
        availability="Werkdagen van 9.00 tot 17.00 uur",
    ),
    "wsp": dict(
        name="Loket voor werkgevers",
        organisation="Arbeidsmarktregio Voorbeeld",
        phone="0800 000 0000",
        email="wsp@regio.example.nl",
        availability="Werkdagen van 8.30 tot 17.00 uur",
    ),
    "uwv": dict(
        name="Team Werkgevers",
        organisation="UWV",
        url="https://www.uwv.nl/werkgevers",
        availability="Vraag het eerst de accountmanager: die regelt veel voor u.",
    ),
    "belastingdienst": dict(
        name="Belastingdienst",
        organisation="Rijksoverheid",
        url="https://www.belastingdienst.nl",
        availability="Het LKV vraagt u aan in de loonaangifte.",
    ),
}


def rule(outcome="past", reason="", **conditions):
    return dict(outcome=outcome, reason=reason, **conditions)


def fact(
    label,
    kind,
    value=None,
    unit="",
    text="",
    *,
    url="",
    source="",
    checked=True,
    code="",
    **validity,
):
    """A fact read in a stored source on RESEARCHED (checked) or not checked at all."""
    return dict(
        label=label,
        kind=kind,
        value=value,
        unit=unit,
        text=text,
        code=code,
        source_url=url,
        source_name=source or ("Opgeslagen bron" if url else UNVERIFIED),
        checked_on=RESEARCHED if checked and url else None,
        checked_by=CHECKER if checked and url else "",
        **validity,
    )


def lkv_2026_amounts(per_hour, per_year):
    """The two amounts of an LKV in 2026: per hour and the yearly maximum (same source)."""
    return [
        fact("Bedrag per uur", "bedrag", per_hour, "per uur", url=URL["lkv_2026"],
             code="bedrag_per_uur", **Y2026),
        fact("Maximum per jaar", "bedrag", per_year, "per jaar", url=URL["lkv_2026"],
             code="maximum_per_jaar", **Y2026),
    ]  # fmt: skip


def seed_fact(label, kind, value=None, unit="", text="", *, source, code=""):
    """A fact from a municipal plan: its year is the source, and nobody checked it for 2026."""
    return fact(label, kind, value, unit, text, source=source, checked=False, code=code)


AOW_NO = rule("niet", "het alleen tot de AOW-leeftijd geldt", aow=["bereikt"])
NO_CONTRACT = rule("niet", "er nog geen arbeidscontract is", max_contract_months=0)

INSTRUMENTS = [
    dict(
        slug="werving-en-bemiddeling",
        title="Werving en bemiddeling van kandidaten",
        summary="De gemeente zoekt gratis een kandidaat die past bij uw vacature.",
        soort="advies",
        aanbieder="wsp",
        contact="wsp",
        groups=[],
        amount_note="Gratis voor werkgevers.",
        conditions=["U heeft werk voor iemand met een afstand tot de arbeidsmarkt."],
        steps=[
            ("Vertel de accountmanager welk werk u heeft.", "wsp"),
            ("De accountmanager stelt een of meer kandidaten aan u voor.", "wsp"),
            ("U maakt kennis en beslist zelf.", ""),
        ],
        rules=[rule(reason="de gemeente voor iedere werkgever gratis kandidaten zoekt")],
        facts=[
            seed_fact("Kosten", "voorwaarde", text="Gratis voor werkgevers.", source=SEED_OB_2018)
        ],
        source=SEED_OB_2018,
    ),
    dict(
        slug="jobcarving-bedrijfsadvies",
        title="Jobcarving en Bedrijfsadvies Inclusieve Arbeidsorganisatie",
        summary="Een adviseur kijkt met u welke taken u kunt bundelen tot een nieuwe baan.",
        soort="advies",
        aanbieder="wsp",
        contact="wsp",
        groups=["banenafspraak", "arbeidsbeperking"],
        amount_note="Het advies is gratis.",
        conditions=["U wilt taken anders verdelen om ruimte te maken voor een nieuwe medewerker."],
        steps=[
            ("Vraag het bedrijfsadvies aan bij de accountmanager.", "wsp"),
            ("Een arbeidsdeskundige bekijkt de taken in uw bedrijf.", "uwv"),
            ("U krijgt een advies met taken die samen een baan kunnen vormen.", ""),
        ],
        rules=[rule(reason="iedere werkgever dit gratis advies kan vragen")],
        facts=[seed_fact("Kosten", "voorwaarde", text="Het advies is gratis.", source=SEED_LL)],
        source=SEED_LL,
    ),
    dict(
        slug="indienstnemingssubsidie",
        title="Indienstnemingssubsidie",
        summary="Een bijdrage als u iemand uit de bijstand een contract geeft, terwijl hij of zij nog moet inwerken.",
        soort="financieel",
        aanbieder="gemeente",
        municipalities=["overbetuwe"],
        contact="accountmanager",
        groups=["bijstand", "statushouders"],
        amount_note="Het bedrag spreekt de gemeente met u af. Het hangt af van hoe lang de kandidaat nodig heeft om in te werken.",
        conditions=[
            "De kandidaat heeft een bijstandsuitkering.",
            "U biedt een contract voor bepaalde tijd en betaalt minstens het minimumloon.",
            "De kandidaat heeft geen arbeidsbeperking (dan past loonkostensubsidie beter).",
        ],
        steps=[
            ("Bespreek de kandidaat met de accountmanager, vóór de start.", "gemeente"),
            ("De gemeente legt het bedrag vast in een beschikking.", "gemeente"),
        ],
        rules=[
            NO_CONTRACT,
            rule(
                "mogelijk",
                "de gemeente vindt dat de kandidaat nog moet inwerken (vraag het de accountmanager vóór de start)",
                uitkeringen=["bijstand"],
                loonwaarde=["niet_nodig"],
            ),
        ],
        facts=[
            seed_fact(
                "Voor wie",
                "voorwaarde",
                text="Contract voor bepaalde tijd, niet bedoeld voor een arbeidsbeperking.",
                source=SEED_OB_2018,
            )
        ],
        source=SEED_OB_2018,
    ),
    dict(
        slug="werkervaringsplaats",
        title="Werkervaringsplaats met intentie",
        summary="De kandidaat werkt maximaal drie maanden met behoud van uitkering bij u mee. Gaat het goed, dan neemt u hem of haar in dienst.",
        soort="proef",
        aanbieder="gemeente",
        municipalities=["overbetuwe"],
        contact="accountmanager",
        groups=["bijstand", "jongeren", "statushouders"],
        duration_months=3,
        amount_note="U betaalt geen loon: de kandidaat houdt de uitkering.",
        conditions=[
            "De kandidaat heeft een bijstandsuitkering.",
            "U heeft de intentie de kandidaat daarna in dienst te nemen.",
            "Samen legt u leerdoelen vast in een overeenkomst.",
        ],
        steps=[
            ("Spreek de leerdoelen af met de kandidaat en de klantmanager.", "gemeente"),
            ("Teken de overeenkomst werkervaringsplaats.", "gemeente"),
            ("Evalueer halverwege en aan het eind.", ""),
        ],
        rules=[
            rule(
                reason="de kandidaat met behoud van bijstand eerst bij u meewerkt en u de intentie heeft hem of haar daarna aan te nemen",
                uitkeringen=["bijstand"],
                contract=["proef"],
            ),
            rule(
                "mogelijk",
                "u de kandidaat eerst hoogstens 3 maanden wilt laten meewerken",
                uitkeringen=["bijstand"],
            ),
        ],
        facts=[seed_fact("Duur", "duur", "3", "maanden, hoogstens", source=SEED_OB_2018)],
        source=SEED_OB_2018,
    ),
    dict(
        slug="proefplaatsing",
        title="Proefplaats via de gemeente (Participatiewet)",
        summary="De kandidaat werkt een korte tijd op proef bij u, met behoud van bijstand, voordat het contract ingaat.",
        soort="proef",
        aanbieder="gemeente",
        contact="accountmanager",
        groups=["bijstand"],
        duration_months=2,
        amount_note="U betaalt geen loon tijdens de proefplaats.",
        conditions=[
            "De kandidaat heeft een bijstandsuitkering (Participatiewet).",
            "U wilt daarna een contract van minstens zes maanden bieden.",
            "De regels verschillen per gemeente: vraag de accountmanager.",
        ],
        steps=[("Vraag de proefplaats aan bij de gemeente, vóór de start.", "gemeente")],
        rules=[
            rule(
                "niet",
                "u na de proefplaats een contract van minstens 6 maanden moet bieden",
                max_contract_months=5,
            ),
            rule(
                reason="de kandidaat bijstand heeft, eerst op proef werkt en u daarna een contract van minstens 6 maanden wilt bieden",
                uitkeringen=["bijstand"],
                contract=["proef"],
                min_contract_months=6,
            ),
            rule(
                "mogelijk",
                "u de kandidaat eerst op proef wilt laten werken en de gemeente toestemming geeft",
                uitkeringen=["bijstand"],
                min_contract_months=6,
            ),
        ],
        facts=[
            fact(
                "Wie geeft toestemming",
                "voorwaarde",
                text="Bij een uitkering uit de Participatiewet kan de gemeente een proefplaatsing toestaan.",
                url=URL["pp_gem"],
            ),
            seed_fact(
                "Contract daarna",
                "voorwaarde",
                text="Een contract van minstens 6 maanden.",
                source=SEED_HVT,
            ),
        ],
        related=["proefplaatsing-uwv"],
        source="Participatiewet; " + SEED_OB_2018,
    ),
    dict(
        slug="proefplaatsing-uwv",
        title="Proefplaatsing via UWV",
        summary="Heeft de kandidaat een uitkering van UWV? Dan kan hij of zij 2 maanden op proef bij u werken, met behoud van uitkering.",
        soort="proef",
        aanbieder="uwv",
        contact="uwv",
        groups=["ww-arbeidsongeschikt", "arbeidsbeperking"],
        duration_months=2,
        amount_note="U betaalt geen loon. De kandidaat houdt de uitkering van UWV.",
        conditions=[
            "De kandidaat heeft een WW-, WIA-, WAO-, WAZ-, Wajong- of Ziektewet-uitkering.",
            "U belooft vooraf op papier een contract van minstens 6 maanden, voor minstens dezelfde uren.",
            "In dat contract staat geen proeftijd meer.",
        ],
        steps=[("Vraag de proefplaatsing vooraf aan bij UWV.", "uwv")],
        rules=[
            rule(
                "niet",
                "u daarna een contract van minstens 6 maanden moet bieden",
                max_contract_months=5,
            ),
            rule(
                reason="de kandidaat een uitkering van UWV heeft, eerst op proef werkt en u daarna een contract van minstens 6 maanden biedt",
                uitkeringen=UWV,
                contract=["proef"],
                min_contract_months=6,
                note="UWV moet vooraf akkoord geven.",
            ),
            rule(
                "mogelijk",
                "u de kandidaat eerst 2 maanden op proef wilt laten werken en UWV vooraf akkoord geeft",
                uitkeringen=UWV,
                min_contract_months=6,
            ),
        ],
        facts=[
            fact("Duur", "duur", "2", "maanden", url=URL["pp_uwv"], source="UWV"),
            fact(
                "Duur met verlenging",
                "duur",
                "6",
                "maanden, hoogstens",
                text="Alleen in bijzondere gevallen.",
                url=URL["pp_6"],
            ),
            fact(
                "Contract daarna",
                "voorwaarde",
                text="Minstens 6 maanden, voor minstens dezelfde uren als op proef.",
                url=URL["pp_uwv"],
                source="UWV",
            ),
        ],
        related=["proefplaatsing"],
        source="UWV",
    ),
    dict(
        slug="loonwaardemeting",
        title="Loonwaardemeting",
        summary="Een deskundige meet op de werkplek hoeveel de kandidaat kan. Dat is de basis voor loonkostensubsidie.",
        soort="advies",
        aanbieder="gemeente",
        contact="accountmanager",
        groups=["banenafspraak", "arbeidsbeperking", "beschut-werk"],
        amount_note="Gratis. De gemeente betaalt de meting.",
        conditions=[
            "De kandidaat hoort bij de Participatiewet en de loonwaarde is nog niet gemeten.",
            "De kandidaat werkt al bij u, bijvoorbeeld op proef.",
            "Is de loonwaarde lager dan het minimumloon? Dan komt de kandidaat in het doelgroepregister (de praktijkroute).",
        ],
        steps=[
            ("De accountmanager vraagt de meting aan.", "gemeente"),
            ("Een deskundige bekijkt het werk op de werkplek.", ""),
            ("U krijgt de uitkomst: de loonwaarde in procenten.", ""),
        ],
        rules=[
            rule("niet", "bij Wajong UWV de loonwaarde vaststelt", uitkeringen=WAJONG),
            rule("niet", "de loonwaarde al gemeten is", loonwaarde=["gemeten"]),
            rule("niet", "de kandidaat het werk helemaal kan", loonwaarde=["niet_nodig"]),
            rule(
                reason="de loonwaarde nog niet gemeten is: de gemeente laat haar op de werkplek meten",
                uitkeringen=GEMEENTE,
                loonwaarde=["onbekend"],
            ),
        ],
        facts=[
            fact(
                "Wie meet",
                "voorwaarde",
                text="Een loonwaarde-deskundige stelt de loonwaarde op de werkplek vast.",
                url=URL["lks_meting"],
            ),
            fact(
                "Praktijkroute",
                "voorwaarde",
                text="Na een meting onder het minimumloon telt de baan mee voor de banenafspraak en geldt de no-risk polis.",
                url=URL["praktijkroute"],
                source="Inlichtingenbureau",
            ),
        ],
        source=SEED_OB_2018,
    ),
    dict(
        slug="loonkostensubsidie",
        title="Loonkostensubsidie",
        summary="U betaalt alleen voor wat de kandidaat kan. De gemeente vult het verschil met het minimumloon aan.",
        soort="financieel",
        aanbieder="gemeente",
        contact="accountmanager",
        groups=["banenafspraak", "arbeidsbeperking", "bijstand", "zonder-uitkering"],
        calculation="lks",
        amount_note="Het verschil tussen het minimumloon en de loonwaarde, tot 70% van het minimumloon, plus 23,5% voor werkgeverslasten. Het bedrag hangt dus af van de loonwaarde.",
        conditions=[
            "De kandidaat kan door een arbeidsbeperking niet het volle minimumloon verdienen met voltijds werk.",
            "Ook voor mensen zonder uitkering uit de doelgroep van de Participatiewet. Niet bij een Wajong-uitkering: dan is er loondispensatie van UWV.",
            "Wie alleen in deeltijd kan werken, maar per uur wel alles kan, krijgt geen loonkostensubsidie.",
            "De loonwaarde wordt op de werkplek gemeten.",
        ],
        steps=[
            ("Bespreek de kandidaat met de accountmanager.", "gemeente"),
            ("Laat de loonwaarde meten.", "gemeente"),
            ("De gemeente betaalt de subsidie elke maand aan u.", "gemeente"),
        ],
        rules=[
            rule(
                "niet",
                "iemand met Wajong loondispensatie van UWV krijgt, geen loonkostensubsidie van de gemeente",
                uitkeringen=WAJONG,
            ),
            rule(
                "niet",
                "de kandidaat een uitkering van UWV heeft; loonkostensubsidie is voor de doelgroep van de Participatiewet",
                uitkeringen=["ww", "wia", "ziektewet"],
            ),
            NO_CONTRACT,
            rule(
                "niet",
                "de kandidaat het werk helemaal kan (ook als dat alleen in deeltijd is)",
                loonwaarde=["niet_nodig"],
            ),
            rule(
                "niet", "de gemeten loonwaarde 100 % is", loonwaarde=["gemeten"], min_loonwaarde=100
            ),
            rule(
                "mogelijk",
                "de gemeente bevestigt dat de kandidaat na de AOW-leeftijd nog bij de doelgroep hoort (niet gecontroleerd in de wet)",
                aow=["bereikt"],
            ),
            rule(
                reason="de gemeten loonwaarde lager is dan 100 %: de gemeente vult het verschil met het minimumloon aan",
                loonwaarde=["gemeten"],
                max_loonwaarde=99,
            ),
            rule(
                "niet",
                "de loonwaarde nog niet gemeten is: de eerste 6 maanden geldt de forfaitaire loonkostensubsidie",
                loonwaarde=["onbekend"],
                doelgroepregister=["ja"],
            ),
            rule(
                "mogelijk",
                "de loonwaardemeting van de gemeente laat zien dat de kandidaat niet het volle minimumloon kan verdienen",
                loonwaarde=["onbekend"],
            ),
        ],
        facts=[
            fact(
                "Maximum",
                "percentage",
                "70",
                "% van het minimumloon",
                url=URL["lks_70"],
                source="Divosa",
                code="maximum_percentage",
            ),
            fact(
                "Werkgeverslasten",
                "percentage",
                "23.5",
                "% bovenop de subsidie",
                url=URL["lks_235"],
                code="werkgeverslasten",
                valid_from=D(2018, 1, 1),
            ),
            fact(
                "Loonwaardemeting",
                "voorwaarde",
                text="Een loonwaarde-deskundige meet de loonwaarde op de werkplek.",
                url=URL["lks_meting"],
            ),
            fact(
                "Niet bij Wajong",
                "voorwaarde",
                text="De werknemer krijgt geen Wajong-uitkering van UWV.",
                url=URL["lks_wajong"],
            ),
            fact(
                "Zonder uitkering",
                "voorwaarde",
                text="Ook voor mensen zonder uitkering uit de doelgroep van de Participatiewet.",
                checked=False,
            ),
        ],
        related=["loonwaardemeting", "loonkostensubsidie-forfaitair", "no-risk-polis"],
        source="Participatiewet; Besluit loonkostensubsidie Participatiewet 2021",
        source_url="https://wetten.overheid.nl/BWBR0044894/2023-01-01/1",
        body=True,
    ),
    dict(
        slug="loonkostensubsidie-forfaitair",
        title="Loonkostensubsidie bij de start (forfaitair)",
        summary="Is de loonwaarde nog niet gemeten? Dan krijgt u de eerste 6 maanden een vaste loonkostensubsidie. Dat is geld voor een deel van het loon.",
        soort="financieel",
        aanbieder="gemeente",
        contact="accountmanager",
        groups=["banenafspraak", "arbeidsbeperking"],
        duration_months=6,
        calculation="lks_forfaitair",
        amount_note="U krijgt 50% van het minimumloon, naar rato van de uren. Daar komt 23,5% bij voor de werkgeverslasten. Dit geldt hoogstens de eerste 6 maanden. Daarna wordt de loonwaarde gemeten.",
        conditions=[
            "De kandidaat hoort bij de doelgroep loonkostensubsidie.",
            "De loonwaarde is nog niet gemeten.",
        ],
        steps=[("Vraag het aan als het contract begint.", "gemeente")],
        rules=[
            rule("niet", "iemand met Wajong loondispensatie van UWV krijgt", uitkeringen=WAJONG),
            rule(
                "niet",
                "de kandidaat een uitkering van UWV heeft",
                uitkeringen=["ww", "wia", "ziektewet"],
            ),
            NO_CONTRACT,
            rule(
                "niet",
                "de loonwaarde al gemeten is: dan geldt de gewone loonkostensubsidie",
                loonwaarde=["gemeten"],
            ),
            rule("niet", "de kandidaat het werk helemaal kan", loonwaarde=["niet_nodig"]),
            rule(
                "mogelijk",
                "de gemeente bevestigt dat de kandidaat na de AOW-leeftijd nog bij de doelgroep hoort",
                aow=["bereikt"],
            ),
            rule(
                reason="de kandidaat in het doelgroepregister staat en de loonwaarde nog niet gemeten is",
                loonwaarde=["onbekend"],
                doelgroepregister=["ja"],
            ),
            rule(
                "mogelijk",
                "de gemeente vindt dat de kandidaat bij de doelgroep loonkostensubsidie hoort",
                loonwaarde=["onbekend"],
            ),
        ],
        facts=[
            fact(
                "Vaste loonwaarde",
                "percentage",
                "50",
                "% (de subsidie is 50 % van het minimumloon)",
                url=URL["lks_forfait"],
                code="forfaitaire_loonwaarde",
            ),
            fact(
                "Werkgeverslasten",
                "percentage",
                "23.5",
                "% bovenop de subsidie",
                url=URL["lks_forfait"],
                code="werkgeverslasten",
            ),
            fact("Duur", "duur", "6", "maanden, hoogstens", url=URL["lks_meting"], code="maanden"),
        ],
        related=["loonkostensubsidie", "loonwaardemeting"],
        source="Participatiewet",
    ),
    dict(
        slug="scholing",
        title="Scholing: heftruck, VCA of code 95",
        summary="De gemeente betaalt een korte opleiding als u de kandidaat daarna minstens een half jaar in dienst neemt.",
        soort="scholing",
        aanbieder="gemeente",
        municipalities=["overbetuwe"],
        contact="accountmanager",
        groups=["bijstand", "jongeren", "statushouders"],
        amount_note="De gemeente betaalt de cursus, bijvoorbeeld een heftruckcertificaat, VCA of code 95 voor chauffeurs.",
        conditions=[
            "De opleiding leidt tot een baan van minstens zes maanden.",
            "De kandidaat heeft een bijstandsuitkering.",
        ],
        steps=[
            ("Spreek de baan en de opleiding af met de accountmanager.", "gemeente"),
            ("De gemeente regelt en betaalt de cursus.", "gemeente"),
        ],
        rules=[
            rule(
                "niet",
                "de opleiding moet leiden tot een baan van minstens 6 maanden",
                max_contract_months=5,
            ),
            rule(uitkeringen=["bijstand"], min_contract_months=6),
        ],
        facts=[seed_fact("Baan daarna", "duur", "6", "maanden, minstens", source=SEED_OB_2018)],
        source=SEED_OB_2018,
    ),
    dict(
        slug="lkv-banenafspraak",
        title="Loonkostenvoordeel (LKV) doelgroep banenafspraak",
        summary="Een tegemoetkoming van de Belastingdienst als u iemand uit het doelgroepregister in dienst heeft.",
        soort="financieel",
        aanbieder="rijk",
        contact="belastingdienst",
        groups=["banenafspraak"],
        amount_min="1.01",
        amount_unit="uur",
        amount_cap_per_year="2000",
        calculation="per_uur",
        amount_note="Voor elk verloond uur, zolang de werknemer bij u werkt. Vanaf 2026 is geen doelgroepverklaring meer nodig.",
        conditions=[
            "De werknemer staat in het doelgroepregister. Dat kijkt u na in het werkgeversportaal van UWV.",
            "De werknemer heeft de AOW-leeftijd nog niet bereikt.",
        ],
        steps=[
            (
                "Kijk in het werkgeversportaal van UWV of de werknemer in het doelgroepregister staat.",
                "uwv",
            ),
            ("Geef het LKV aan in uw loonaangifte.", "belastingdienst"),
            ("De Belastingdienst betaalt het jaar daarna uit.", "belastingdienst"),
        ],
        rules=[
            AOW_NO,
            NO_CONTRACT,
            rule(
                "mogelijk",
                "alleen over de uren tot de kandidaat de AOW-leeftijd bereikt",
                doelgroepregister=["ja"],
                aow=["binnen_jaar"],
            ),
            rule(
                reason="de kandidaat in het doelgroepregister staat; vanaf 2026 is geen doelgroepverklaring meer nodig",
                doelgroepregister=["ja"],
            ),
            rule(
                "mogelijk",
                "de kandidaat via de praktijkroute (loonwaardemeting van de gemeente) in het doelgroepregister komt",
                doelgroepregister=["nee"],
                loonwaarde=["onbekend"],
                uitkeringen=GEMEENTE,
            ),
        ],
        facts=[
            fact(
                "Bedrag per uur",
                "bedrag",
                "1.01",
                "per uur",
                url=URL["lkv_2026"],
                code="bedrag_per_uur",
                valid_from=D(2026, 1, 1),
            ),
            fact(
                "Maximum per jaar",
                "bedrag",
                "2000",
                "per jaar",
                url=URL["lkv_2026"],
                code="maximum_per_jaar",
                valid_from=D(2026, 1, 1),
            ),
            fact(
                "Duur",
                "duur",
                text="Zolang de werknemer in dienst is.",
                url=URL["lkv_ba"],
                valid_from=D(2026, 1, 1),
            ),
            fact(
                "Doelgroepverklaring",
                "voorwaarde",
                text="Niet meer nodig vanaf 1 januari 2026.",
                url=URL["lkv_ba"],
                valid_from=D(2026, 1, 1),
            ),
            fact("Leeftijd", "voorwaarde", text="Tot de AOW-leeftijd.", url=URL["lkv_aow"]),
        ],
        related=["no-risk-polis", "loonkostensubsidie"],
        change_note="Vanaf 1 januari 2026: zolang de werknemer in dienst is, zonder doelgroepverklaring.",
        source="Wet tegemoetkomingen loondomein",
    ),
    dict(
        slug="lkv-arbeidsgehandicapte-werknemer",
        title="Loonkostenvoordeel (LKV) arbeidsgehandicapte werknemer",
        summary="Een tegemoetkoming van de Belastingdienst als u iemand aanneemt die een WIA-uitkering had of arbeidsbeperkt is volgens UWV.",
        soort="financieel",
        aanbieder="rijk",
        contact="belastingdienst",
        groups=["arbeidsbeperking", "ww-arbeidsongeschikt"],
        amount_min="3.05",
        amount_unit="uur",
        amount_cap_per_year="6000",
        duration_months=36,
        calculation="per_uur",
        amount_note="Voor elk verloond uur, hoogstens drie jaar.",
        conditions=[
            "De werknemer had een WIA-uitkering in de maand voor de start, of UWV stelde vast dat hij of zij minder dan 35% arbeidsongeschikt is.",
            "De werknemer werkte de 6 maanden ervoor niet bij u.",
            "U vraagt binnen 3 maanden na de start een doelgroepverklaring aan bij UWV.",
        ],
        steps=[
            ("Vraag binnen drie maanden een doelgroepverklaring aan.", "uwv"),
            ("Geef het LKV aan in uw loonaangifte.", "belastingdienst"),
        ],
        rules=[
            AOW_NO,
            NO_CONTRACT,
            rule(
                "mogelijk",
                "UWV een doelgroepverklaring afgeeft (vraag die binnen 3 maanden na de start aan)",
                uitkeringen=["wia"],
            ),
        ],
        facts=[
            *lkv_2026_amounts("3.05", "6000"),
            fact("Duur", "duur", "36", "maanden, hoogstens", url=URL["lkv_2026"]),
            fact("Leeftijd", "voorwaarde", text="Tot de AOW-leeftijd.", url=URL["lkv_aow"]),
        ],
        source="Wet tegemoetkomingen loondomein",
    ),
    dict(
        slug="lkv-herplaatsen",
        title="Loonkostenvoordeel (LKV) herplaatsen arbeidsgehandicapte werknemer",
        summary="Een tegemoetkoming als u een eigen werknemer die arbeidsongeschikt werd, ander of aangepast werk geeft.",
        soort="financieel",
        aanbieder="rijk",
        contact="belastingdienst",
        groups=["ww-arbeidsongeschikt"],
        amount_min="3.05",
        amount_unit="uur",
        amount_cap_per_year="6000",
        duration_months=12,
        calculation="per_uur",
        amount_note="Voor elk verloond uur, hoogstens één jaar.",
        conditions=[
            "Het gaat om een eigen werknemer die arbeidsongeschikt is geworden.",
            "U geeft hem of haar een nieuwe of aangepaste functie.",
            "U heeft een doelgroepverklaring van UWV.",
        ],
        steps=[
            ("Vraag een doelgroepverklaring aan.", "uwv"),
            ("Geef het LKV aan in uw loonaangifte.", "belastingdienst"),
        ],
        rules=[
            AOW_NO,
            rule(
                "mogelijk",
                "het om uw eigen werknemer gaat die arbeidsongeschikt werd en nu ander of aangepast werk bij u krijgt, en UWV een doelgroepverklaring afgeeft",
                uitkeringen=["wia"],
            ),
        ],
        facts=[
            *lkv_2026_amounts("3.05", "6000"),
            fact("Duur", "duur", "12", "maanden, hoogstens", url=URL["lkv_2026"]),
        ],
        source="Wet tegemoetkomingen loondomein",
    ),
    dict(
        slug="lkv-oudere-werknemer",
        title="Loonkostenvoordeel (LKV) oudere werknemer (56+)",
        summary="Alleen nog voor werknemers van 56 jaar of ouder die vóór 1 januari 2024 uit een uitkering bij u in dienst kwamen.",
        soort="financieel",
        aanbieder="rijk",
        contact="belastingdienst",
        groups=["ouderen", "ww-arbeidsongeschikt", "bijstand"],
        amount_min="3.05",
        amount_unit="uur",
        amount_cap_per_year="6000",
        duration_months=36,
        valid_until=D(2026, 12, 31),
        amount_note="Alleen voor wie vóór 1 januari 2024 in dienst kwam, hoogstens 3 jaar. Voor nieuwe werknemers is het afgeschaft.",
        change_note="Voor werknemers die vanaf 1 januari 2024 in dienst kwamen, is er in 2026 niets meer. Wie eerder in dienst kwam, valt onder de overgangsregeling.",
        conditions=[
            "De werknemer kwam vóór 1 januari 2024 bij u in dienst, was toen 56 jaar of ouder en had een uitkering."
        ],
        steps=[("Geef het LKV aan in uw loonaangifte.", "belastingdienst")],
        rules=[
            rule(
                "niet",
                "het alleen nog geldt voor werknemers die vóór 1 januari 2024 in dienst kwamen; voor een nieuwe werknemer is het afgeschaft",
            )
        ],
        facts=[
            fact(
                "Bedrag per uur",
                "bedrag",
                "3.05",
                "per uur",
                text="Alleen bij indiensttreding vóór 1 januari 2024.",
                url=URL["lkv_2026"],
                **Y2026,
            ),
            fact("Maximum per jaar", "bedrag", "6000", "per jaar", url=URL["lkv_2026"], **Y2026),
            fact(
                "Afbouw",
                "voorwaarde",
                text="In dienst in 2024 of 2025: in 2026 niets meer.",
                url=URL["lkv_oud"],
            ),
        ],
        source="Wet tegemoetkomingen loondomein",
    ),
    dict(
        slug="lage-inkomensvoordeel",
        title="Lage-inkomensvoordeel (LIV)",
        summary="Een tegemoetkoming per jaar voor werknemers met een laag loon.",
        soort="financieel",
        aanbieder="rijk",
        contact="belastingdienst",
        groups=[],
        valid_until=D(2024, 12, 31),
        change_note="Afgeschaft per 1 januari 2025. Die datum komt uit de eerdere tekst. Wij hebben hem nog niet gecontroleerd.",
        conditions=["Het gold voor werknemers vanaf 22 jaar met een laag uurloon."],
        steps=[],
        rules=[rule()],
        source="Wet tegemoetkomingen loondomein",
    ),
    dict(
        slug="premiekorting",
        title="Premiekorting",
        summary="Met deze korting betaalde u minder premie. Dat gold voor sommige mensen die bij u werkten. Het ging om mensen met een arbeidsbeperking, om ouderen en om de doelgroep banenafspraak.",
        soort="financieel",
        aanbieder="rijk",
        contact="belastingdienst",
        groups=["banenafspraak", "arbeidsbeperking", "ouderen"],
        valid_until=D(2017, 12, 31),
        change_note="Op 1 januari 2018 is de korting gestopt. Het loonkostenvoordeel (LKV) kwam ervoor in de plaats.",
        replaced_by="lkv-arbeidsgehandicapte-werknemer",
        conditions=[],
        steps=[],
        rules=[rule(doelgroepregister=["ja"])],
        source=SEED_OB_2018,
    ),
    dict(
        slug="no-risk-polis",
        title="No-risk polis",
        summary="Wordt uw nieuwe werknemer ziek? Dan betaalt UWV een ziektewetuitkering en loopt u minder risico.",
        soort="risico",
        aanbieder="uwv",
        contact="uwv",
        groups=["banenafspraak", "arbeidsbeperking", "ww-arbeidsongeschikt"],
        amount_note="UWV betaalt een ziektewetuitkering die u met het loon mag verrekenen. U hoeft de polis niet aan te vragen.",
        conditions=[
            "De werknemer staat in het doelgroepregister (en begon op of na 1 januari 2015 met werken).",
            "Of de werknemer heeft of had Wajong: dan geldt de polis zolang hij of zij bij u werkt.",
            "Of de werknemer had een WIA-, WAO- of WAZ-uitkering bij de start: dan geldt de polis 5 jaar.",
        ],
        steps=[
            ("Meld de werknemer ziek bij UWV binnen de termijn van de ziektewet.", "uwv"),
            ("UWV betaalt de uitkering aan u.", "uwv"),
        ],
        rules=[
            rule(
                "mogelijk",
                "UWV bevestigt dat de polis ook na de AOW-leeftijd geldt (dat staat niet in de bronnen)",
                aow=["bereikt"],
                doelgroepregister=["ja"],
            ),
            rule(
                "mogelijk",
                "UWV bevestigt dat de polis ook na de AOW-leeftijd geldt (dat staat niet in de bronnen)",
                aow=["bereikt"],
                uitkeringen=WAJONG + ["wia"],
            ),
            rule(
                reason="de kandidaat Wajong heeft: de polis geldt zolang de werknemer bij u werkt",
                uitkeringen=WAJONG,
            ),
            rule(
                reason="de kandidaat bij de start een WIA-uitkering heeft: de polis geldt 5 jaar",
                uitkeringen=["wia"],
            ),
            rule(
                reason="de kandidaat in het doelgroepregister staat; u hoeft niets aan te vragen",
                doelgroepregister=["ja"],
            ),
            rule(
                "niet",
                "een WW- of Ziektewet-uitkering alleen geen grond is voor de polis (de WW-regeling gold alleen in 2018 en 2019)",
                uitkeringen=["ww", "ziektewet"],
                doelgroepregister=["nee"],
            ),
            rule(
                "mogelijk",
                "de kandidaat via de praktijkroute (loonwaardemeting van de gemeente) in het doelgroepregister komt",
                doelgroepregister=["nee"],
                loonwaarde=["onbekend"],
                uitkeringen=GEMEENTE,
            ),
        ],
        facts=[
            fact(
                "Aanvragen",
                "voorwaarde",
                text="U hoeft de no-risk polis niet aan te vragen.",
                url=URL["nrp"],
                source="UWV",
            ),
            fact(
                "Doelgroepregister",
                "voorwaarde",
                text="Geldt bij opname in het doelgroepregister en start op of na 1 januari 2015.",
                url=URL["nrp"],
                source="UWV",
            ),
            fact(
                "Wajong",
                "voorwaarde",
                text="Geldt zolang de werknemer werkt.",
                url=URL["nrp_wajong"],
            ),
            fact("WIA, WAO of WAZ", "duur", "5", "jaar na de start", url=URL["nrp_5jaar"]),
            fact(
                "Na de AOW-leeftijd",
                "voorwaarde",
                text="Niet gevonden in de bronnen: vraag het UWV.",
                checked=False,
            ),
        ],
        source="Ziektewet",
    ),
    dict(
        slug="harrie-training",
        title="HARRIE-training",
        summary="Een tweedaagse training voor een collega die de nieuwe werknemer op de werkvloer gaat helpen. Dit is de eerste stap als er begeleiding nodig is.",
        soort="scholing",
        aanbieder="gemeente",
        municipalities=["overbetuwe"],
        contact="wsp",
        groups=["banenafspraak", "arbeidsbeperking"],
        amount_note="De gemeente betaalt de training.",
        conditions=["Er is een collega die de werknemer wil begeleiden."],
        steps=[("Meld de collega bij ons aan.", "wsp")],
        rules=[
            rule("niet", "bij een uitkering van UWV regelt UWV de begeleiding", uitkeringen=UWV),
            rule("niet", "de kandidaat geen begeleiding nodig heeft", begeleiding=["nee"]),
            rule("niet", "uw eigen mensen de begeleiding al kunnen geven", begeleiding=["eigen"]),
            rule(
                "niet",
                "een getrainde collega niet genoeg is: dan komt de jobcoach van de gemeente",
                begeleiding=["intensief"],
            ),
            rule(
                reason="er begeleiding nodig is: eerst leert een collega dat in een tweedaagse HARRIE-training",
                begeleiding=["ja"],
            ),
        ],
        facts=[seed_fact("Duur", "duur", "2", "dagen", source=SEED_OB_2024)],
        related=["jobcoach-gemeente"],
        source=SEED_OB_2024,
    ),
    dict(
        slug="jobcoach-gemeente",
        title="De jobcoach van de gemeente",
        summary="Is een getrainde collega niet genoeg? Dan is er de jobcoach van de gemeente. Die helpt de werknemer en u op de werkvloer.",
        soort="begeleiding",
        aanbieder="gemeente",
        municipalities=["overbetuwe"],
        contact="accountmanager",
        groups=["banenafspraak", "bijstand", "jongeren"],
        amount_note="Het kost u niets.",
        conditions=[
            "De werknemer komt via de gemeente (Participatiewet).",
            "Eerst kijkt de gemeente of uw eigen mensen genoeg zijn. Of dat een HARRIE-training genoeg is.",
        ],
        steps=[("Vraag de accountmanager naar de jobcoach.", "gemeente")],
        rules=[
            rule("niet", "bij een uitkering van UWV regelt UWV de jobcoach", uitkeringen=UWV),
            rule("niet", "de kandidaat geen begeleiding nodig heeft", begeleiding=["nee"]),
            rule("niet", "uw eigen mensen de begeleiding al kunnen geven", begeleiding=["eigen"]),
            rule(
                reason="een getrainde collega niet genoeg is: de jobcoach van de gemeente komt vóór een externe jobcoach",
                begeleiding=["intensief"],
            ),
            rule("mogelijk", "de HARRIE-training niet genoeg blijkt", begeleiding=["ja"]),
        ],
        facts=[
            fact(
                "Voor wie",
                "voorwaarde",
                text="Mensen uit de doelgroep van de Participatiewet, via de gemeente.",
                url=URL["jc_gem"],
            ),
            seed_fact(
                "Volgorde",
                "voorwaarde",
                text="Eigen begeleiding, dan HARRIE-training, dan de jobcoach van de gemeente, dan een externe jobcoach.",
                source=SEED_OB_2024,
            ),
        ],
        source=SEED_OB_2024,
    ),
    dict(
        slug="jobcoaching-extern",
        title="Jobcoaching door een externe jobcoach",
        summary="Kan het echt niet anders? Alleen dan begeleidt een jobcoach van buiten de werknemer. Die jobcoach heeft er speciale kennis van.",
        soort="begeleiding",
        aanbieder="gemeente",
        municipalities=["overbetuwe"],
        contact="accountmanager",
        groups=["banenafspraak", "arbeidsbeperking"],
        amount_note="De gemeente betaalt de jobcoach. Zij betaalt de lichtste vorm van hulp die past.",
        conditions=[
            "De werknemer heeft gespecialiseerde begeleiding nodig.",
            "Eerst kijkt de gemeente of een HARRIE-training genoeg is. Of dat de jobcoach van de gemeente genoeg is.",
        ],
        steps=[
            ("Praat met de accountmanager over de begeleiding.", "gemeente"),
            ("Samen kiest u de lichtste vorm van hulp die past.", "gemeente"),
        ],
        rules=[
            rule("niet", "bij een uitkering van UWV regelt UWV de jobcoach", uitkeringen=UWV),
            rule("niet", "de kandidaat geen begeleiding nodig heeft", begeleiding=["nee"]),
            rule("niet", "uw eigen mensen de begeleiding al kunnen geven", begeleiding=["eigen"]),
            rule(
                "mogelijk",
                "gespecialiseerde begeleiding nodig is die de jobcoach van de gemeente niet kan geven",
                begeleiding=["ja", "intensief"],
            ),
        ],
        facts=[
            seed_fact(
                "Wanneer",
                "voorwaarde",
                text="Alleen als het echt niet anders kan, in het laagste regime.",
                source=SEED_OB_2024,
            )
        ],
        source=SEED_OB_2024,
    ),
    dict(
        slug="jobcoaching-intern",
        title="Vergoeding voor interne jobcoaching",
        summary="Een collega helpt de nieuwe werknemer op weg. Voor de uren die dat kost, krijgt u een beperkte vergoeding.",
        soort="begeleiding",
        aanbieder="gemeente",
        municipalities=["overbetuwe"],
        contact="accountmanager",
        groups=["banenafspraak", "arbeidsbeperking", "bijstand"],
        amount_note="U krijgt een beperkte vergoeding. Wat u krijgt, spreekt u vooraf af met de gemeente.",
        conditions=[
            "Een collega in uw bedrijf begeleidt de werknemer.",
            "U spreekt vooraf af hoeveel hulp nodig is.",
        ],
        steps=[("Maak met de accountmanager afspraken over de hulp.", "gemeente")],
        rules=[
            rule("niet", "bij een uitkering van UWV regelt UWV de begeleiding", uitkeringen=UWV),
            rule(
                "mogelijk",
                "de gemeente een vergoeding afspreekt voor de uren die uw collega begeleidt",
                begeleiding=["eigen"],
            ),
        ],
        facts=[
            seed_fact(
                "Vergoeding",
                "voorwaarde",
                text="Een beperkte vergoeding voor interne begeleiding.",
                source=SEED_OB_2024,
            )
        ],
        related=["harrie-training"],
        source=SEED_OB_2024,
    ),
    dict(
        slug="jobcoach-uwv",
        title="Jobcoach via UWV",
        summary="Heeft de werknemer een uitkering van UWV, zoals Wajong of WIA? Dan betaalt UWV een jobcoach.",
        soort="begeleiding",
        aanbieder="uwv",
        contact="uwv",
        groups=["arbeidsbeperking", "ww-arbeidsongeschikt"],
        amount_note="UWV betaalt een jobcoach van een erkende jobcoachorganisatie. Voor een interne jobcoach gelden eigen voorwaarden.",
        conditions=[
            "De werknemer heeft een uitkering van UWV, bijvoorbeeld Wajong of WIA.",
            "De jobcoach werkt voor een jobcoachorganisatie die UWV heeft goedgekeurd.",
            "Interne jobcoach: contract van minstens 6 maanden en minstens 12 uur per week.",
        ],
        steps=[("Vraag de jobcoach aan bij UWV.", "uwv")],
        rules=[
            rule("niet", "de kandidaat geen begeleiding nodig heeft", begeleiding=["nee"]),
            rule(
                reason="UWV een jobcoach betaalt voor mensen met een Wajong- of WIA-uitkering",
                uitkeringen=WAJONG + ["wia"],
                begeleiding=["ja", "intensief", "eigen"],
            ),
            rule(
                "mogelijk",
                "UWV de jobcoach ook bij WW of Ziektewet betaalt (niet gecontroleerd)",
                uitkeringen=["ww", "ziektewet"],
                begeleiding=["ja", "intensief", "eigen"],
            ),
        ],
        facts=[
            fact(
                "Jobcoachorganisatie",
                "voorwaarde",
                text="De jobcoach werkt voor een goedgekeurde jobcoachorganisatie.",
                url=URL["jc_uwv"],
                source="UWV",
            ),
            fact("Bij WW en Ziektewet", "voorwaarde", text="Niet nagekeken.", checked=False),
        ],
        source="UWV",
    ),
    dict(
        slug="werkgeverscheque",
        title="Werkgeverscheque",
        summary="Een vrij te besteden bedrag als u iemand uit de bijstand minstens een half jaar en 32 uur per week in dienst neemt.",
        soort="financieel",
        aanbieder="gemeente",
        municipalities=["lansingerland"],
        contact="wsp",
        groups=["bijstand", "ouderen", "statushouders"],
        amount_min="2250",
        amount_max="4500",
        amount_unit="eenmalig",
        amount_note="Tot € 2.250 bij een contract van zes maanden, tot € 4.500 bij twaalf maanden. U mag het vrij besteden, bijvoorbeeld aan begeleiding of een training.",
        conditions=[
            "De werknemer heeft een bijstandsuitkering van de gemeente.",
            "Het contract duurt minstens zes maanden.",
            "De werknemer werkt minstens 32 uur per week.",
        ],
        steps=[
            ("Maak afspraken met de accountmanager vóór de start.", "wsp"),
            ("Vraag de cheque aan na ondertekening van het contract.", "gemeente"),
        ],
        rules=[
            rule(
                "niet", "de werknemer minstens 32 uur per week moet werken", max_hours_per_week=31
            ),
            rule("niet", "het contract minstens 6 maanden moet duren", max_contract_months=5),
            rule(uitkeringen=["bijstand"], min_contract_months=12, estimate_amount="4500"),
            rule(uitkeringen=["bijstand"], min_contract_months=6, estimate_amount="2250"),
        ],
        facts=[
            seed_fact("Bij 6 maanden", "bedrag", "2250", "eenmalig, hoogstens", source=SEED_LL),
            seed_fact("Bij 12 maanden", "bedrag", "4500", "eenmalig, hoogstens", source=SEED_LL),
            seed_fact("Uren", "voorwaarde", text="Minstens 32 uur per week.", source=SEED_LL),
        ],
        source=SEED_LL,
    ),
    dict(
        slug="werkplekaanpassing",
        title="Vergoeding voor een aangepaste werkplek",
        summary="Is er een aanpassing nodig die in uw bedrijf blijft, zoals een traplift? Dan kunnen de kosten vergoed worden.",
        soort="financieel",
        aanbieder="uwv",
        contact="uwv",
        groups=["arbeidsbeperking", "banenafspraak"],
        amount_note="De echte kosten, na goedkeuring vooraf. Alleen voor aanpassingen die niet meegaan met de werknemer.",
        conditions=[
            "Het gaat om een aanpassing die in uw bedrijf blijft (niet meeneembaar), bijvoorbeeld een traplift.",
            "Het dienstverband duurt nog minstens 6 maanden.",
            "Bij een uitkering van UWV vraagt u het aan bij UWV; bij de Participatiewet bij de gemeente.",
            "U vraagt het aan vóór u het koopt.",
        ],
        steps=[("Vraag de vergoeding vooraf aan, bij UWV of bij de gemeente.", "uwv")],
        rules=[
            rule(
                "niet", "het dienstverband nog minstens 6 maanden moet duren", max_contract_months=5
            ),
            rule(
                "mogelijk",
                "een niet-meeneembare aanpassing nodig is; bij de Participatiewet vraagt u het vooraf aan bij de gemeente",
                uitkeringen=GEMEENTE,
            ),
            rule(
                "mogelijk",
                "een niet-meeneembare aanpassing nodig is; u vraagt het vooraf aan bij UWV",
                uitkeringen=UWV,
            ),
        ],
        facts=[
            fact(
                "Wat",
                "voorwaarde",
                text="Alleen niet-meeneembare voorzieningen, zoals een traplift.",
                url=URL["wpa"],
            ),
            fact("Duur dienstverband", "duur", "6", "maanden, nog minstens", url=URL["wpa"]),
            fact(
                "Participatiewet",
                "voorwaarde",
                text="De gemeente betaalt, volgens haar eigen verordening.",
                url=URL["wpa_gem"],
            ),
        ],
        source="UWV; Participatiewet",
    ),
    dict(
        slug="detachering-sw-bedrijf",
        title="Detachering via het SW-bedrijf",
        summary="Het SW-bedrijf neemt de kandidaat in dienst en detacheert hem of haar bij u. U hoeft geen werkgever te zijn.",
        soort="detachering",
        aanbieder="gemeente",
        municipalities=["hof-van-twente"],
        contact="accountmanager",
        groups=["bijstand", "banenafspraak", "beschut-werk"],
        amount_note="U betaalt de loonkosten (minstens het minimumloon), de werkgeverslasten en € 250 per maand voor de uitvoering en begeleiding.",
        conditions=[
            "U heeft werk, maar wilt (nog) geen werkgever zijn.",
            "Ook mogelijk als u geen fulltime of vast werk heeft: meerdere bedrijven delen één kandidaat.",
        ],
        steps=[
            ("Bespreek het werk met de accountmanager.", "gemeente"),
            ("Het SW-bedrijf stelt een kandidaat voor en maakt een detacheringsovereenkomst.", ""),
        ],
        rules=[
            rule(
                "mogelijk",
                "u de werknemer liever via het SW-bedrijf inleent",
                uitkeringen=GEMEENTE,
                begeleiding=["ja", "intensief"],
            ),
        ],
        facts=[seed_fact("Vergoeding", "bedrag", "250", "per maand", source=SEED_HVT)],
        source=SEED_HVT,
    ),
    dict(
        slug="plaatsingssubsidie",
        title="Plaatsingssubsidie of voucher",
        summary="Een bijdrage voor begeleiding of scholing als u een statushouder of iemand zonder diploma in dienst neemt.",
        soort="financieel",
        aanbieder="gemeente",
        municipalities=["hof-van-twente"],
        contact="accountmanager",
        groups=["statushouders", "bijstand"],
        amount_note="Het bedrag hangt af van wat nodig is. U besteedt het aan begeleiding, nazorg of scholing.",
        conditions=[
            "De kandidaat heeft een bijstandsuitkering.",
            "De kandidaat hoort niet bij de doelgroep loonkostensubsidie.",
            "Bijvoorbeeld een statushouder, of iemand zonder startkwalificatie.",
        ],
        steps=[("Vraag het aan bij de accountmanager vóór de start.", "gemeente")],
        rules=[
            rule(
                "niet",
                "de kandidaat bij de doelgroep loonkostensubsidie hoort",
                loonwaarde=["gemeten"],
                max_loonwaarde=99,
            ),
            rule(
                reason="de kandidaat bijstand heeft en niet bij de doelgroep loonkostensubsidie hoort",
                uitkeringen=["bijstand"],
                loonwaarde=["niet_nodig"],
            ),
            rule(
                "mogelijk",
                "de kandidaat geen startkwalificatie heeft en de gemeente de regeling ook bij een IOAW-uitkering toepast",
                uitkeringen=["ioaw"],
                loonwaarde=["niet_nodig"],
            ),
        ],
        facts=[
            seed_fact(
                "Voor wie",
                "voorwaarde",
                text="Buiten de doelgroep loonkostensubsidie, bijvoorbeeld statushouders.",
                source=SEED_HVT,
            )
        ],
        source=SEED_HVT,
    ),
    dict(
        slug="beschut-werk",
        title="Beschut werk",
        summary="Werk in een beschermde omgeving voor wie veel begeleiding of aanpassing nodig heeft.",
        soort="begeleiding",
        aanbieder="gemeente",
        contact="accountmanager",
        groups=["beschut-werk"],
        amount_note="De gemeente betaalt loonkostensubsidie en begeleiding. Vaak via het SW-bedrijf. Er is geen LKV voor beschut werk.",
        conditions=[
            "UWV heeft een positief advies 'beschut werk' gegeven.",
            "Het werk is aangepast aan wat de werknemer kan.",
        ],
        steps=[
            ("De gemeente vraagt het advies beschut werk aan bij UWV.", "uwv"),
            ("De gemeente zoekt een passende beschutte werkplek.", "gemeente"),
        ],
        rules=[
            rule(
                "mogelijk",
                "UWV een positief advies beschut werk geeft",
                uitkeringen=GEMEENTE,
                begeleiding=["intensief"],
            ),
        ],
        facts=[
            seed_fact(
                "Advies",
                "voorwaarde",
                text="Alleen met een advies beschut werk van UWV.",
                source=SEED_OB_2018,
            )
        ],
        source=SEED_OB_2018,
    ),
    dict(
        slug="uitstroompremie",
        title="Uitstroompremie Lansingerland (voor de werknemer)",
        summary="Wie na een jaar in de bijstand een half jaar werkt, krijgt eenmalig € 500 van de gemeente. Goed om te weten voor uw nieuwe werknemer.",
        soort="financieel",
        aanbieder="gemeente",
        municipalities=["lansingerland"],
        contact="accountmanager",
        groups=["bijstand"],
        amount_min="500",
        amount_unit="eenmalig",
        amount_note="Deze premie is voor de werknemer, niet voor u.",
        conditions=[
            "De werknemer had langer dan een jaar een bijstandsuitkering.",
            "De werknemer werkt langer dan een half jaar zonder onderbreking.",
        ],
        steps=[("De werknemer vraagt de premie aan bij de gemeente.", "gemeente")],
        rules=[
            rule(
                "mogelijk",
                "de kandidaat langer dan een jaar een uitkering had en langer dan een half jaar bij u werkt",
                uitkeringen=["bijstand", "ioaw"],
                min_contract_months=7,
            ),
        ],
        facts=[seed_fact("Premie", "bedrag", "500", "eenmalig, voor de werknemer", source=SEED_LL)],
        source=SEED_LL,
    ),
    dict(
        slug="uitstroompremie-hof-van-twente",
        title="Uitstroompremie Hof van Twente (voor de werknemer)",
        summary="Wie na een jaar met een uitkering langer dan een half jaar werkt, krijgt € 750 van de gemeente, in twee delen.",
        soort="financieel",
        aanbieder="gemeente",
        municipalities=["hof-van-twente"],
        contact="accountmanager",
        groups=["bijstand"],
        amount_min="750",
        amount_unit="eenmalig",
        amount_note="Deze premie is voor de werknemer, niet voor u. Na 3 en na 6 maanden werk.",
        conditions=[
            "De werknemer had langer dan een jaar bijstand, IOAW of IOAZ.",
            "De werknemer werkt langer dan een half jaar.",
        ],
        steps=[("De werknemer vraagt de premie aan bij de gemeente.", "gemeente")],
        rules=[
            rule(
                "mogelijk",
                "de kandidaat langer dan een jaar een uitkering had en langer dan een half jaar bij u werkt",
                uitkeringen=["bijstand", "ioaw"],
                min_contract_months=7,
            ),
        ],
        facts=[
            seed_fact(
                "Premie", "bedrag", "750", "in twee delen, voor de werknemer", source=SEED_HVT
            )
        ],
        source=SEED_HVT,
    ),
    dict(
        slug="loondispensatie",
        title="Loondispensatie (UWV, Wajong)",
        summary="Kan uw werknemer met Wajong minder dan een collega? Dan mag u minder dan het minimumloon betalen. UWV vult het inkomen aan.",
        soort="financieel",
        aanbieder="uwv",
        contact="uwv",
        groups=["arbeidsbeperking"],
        amount_note="U betaalt loon naar wat de werknemer kan. UWV vult het inkomen van de werknemer aan.",
        conditions=[
            "De werknemer heeft een Wajong-uitkering met arbeidsvermogen.",
            "De werknemer is minstens 25% minder productief, naar verwachting minstens 6 maanden.",
            "Voor Wajong zonder arbeidsvermogen en WIA-IVA kon u het alleen aanvragen tot en met 31 oktober 2026.",
        ],
        steps=[("Vraag loondispensatie aan bij UWV.", "uwv")],
        rules=[
            rule(
                "niet",
                "u voor Wajong 2015 zonder arbeidsvermogen alleen tot en met 31 oktober 2026 loondispensatie kon aanvragen (niet gecontroleerd of dat is verlengd)",
                uitkeringen=["wajong_2015"],
            ),
            rule(
                "niet",
                "loondispensatie voor WIA-IVA alleen tot en met 31 oktober 2026 kon worden aangevraagd, en niet voor WGA",
                uitkeringen=["wia"],
            ),
            rule(
                "niet",
                "de werknemer minstens 25 % minder productief moet zijn",
                loonwaarde=["gemeten", "niet_nodig"],
                min_loonwaarde=76,
            ),
            rule(
                reason="de kandidaat Wajong heeft met arbeidsvermogen en minstens 25 % minder productief is; UWV stelt dat vast",
                uitkeringen=["wajong_oud", "wajong_2010"],
                loonwaarde=["gemeten"],
                max_loonwaarde=75,
            ),
            rule(
                "mogelijk",
                "UWV vaststelt dat de kandidaat minstens 25 % minder productief is, voor minstens 6 maanden",
                uitkeringen=["wajong_oud", "wajong_2010"],
            ),
        ],
        facts=[
            fact(
                "Voor wie",
                "voorwaarde",
                text="Alleen bij een Wajong- of IVA-uitkering.",
                url=URL["ld"],
                source="UWV",
            ),
            fact(
                "Drempel",
                "percentage",
                "25",
                "% minder productief, minstens",
                url=URL["ld_25"],
                source="UWV",
            ),
            fact(
                "Aanvragen bij Wajong zonder arbeidsvermogen of IVA",
                "voorwaarde",
                text="Kon van 22 april 2023 tot en met 31 oktober 2026.",
                url=URL["ld_window"],
                valid_from=D(2023, 4, 22),
                valid_until=D(2026, 10, 31),
            ),
        ],
        source="UWV",
    ),
    dict(
        slug="praktijkleren",
        title="Subsidieregeling praktijkleren",
        summary="Bent u een erkend leerbedrijf met een leerling uit het praktijkonderwijs, vso of mbo-bbl? Dan krijgt u hoogstens € 2.700 per plaats per schooljaar.",
        soort="financieel",
        aanbieder="rijk",
        contact="belastingdienst",
        groups=["jongeren"],
        amount_max="2700",
        amount_unit="eenmalig",
        calculation="vast",
        amount_note="Hoogstens € 2.700 per praktijk- of werkleerplaats per schooljaar. Het echte bedrag is het budget gedeeld door het aantal plaatsen.",
        conditions=[
            "U bent een erkend leerbedrijf.",
            "De leerling volgt praktijkonderwijs, vso, een entreeopleiding, vmbo-bb of mbo-bbl.",
            "Aanvragen bij RVO met eHerkenning, in 2026 van 2 juni tot en met 17 september.",
        ],
        steps=[("Vraag de subsidie aan bij RVO na het schooljaar.", "")],
        rules=[
            rule(
                reason="u een leerwerkplek of bbl-plaats biedt; u moet een erkend leerbedrijf zijn",
                contract=["leerbaan"],
            ),
        ],
        facts=[
            fact(
                "Bedrag",
                "bedrag",
                "2700",
                "per plaats per schooljaar, hoogstens",
                url=URL["prak"],
                code="bedrag",
            ),
            fact(
                "Verdeling",
                "voorwaarde",
                text="Het budget wordt verdeeld over alle plaatsen: € 2.700 is een maximum.",
                url=URL["prak_max"],
            ),
            fact(
                "Aanvragen in 2026",
                "voorwaarde",
                text="Van 2 juni tot en met 17 september 2026.",
                url=URL["prak"],
                valid_from=D(2026, 6, 2),
                valid_until=D(2026, 9, 17),
            ),
        ],
        source="Subsidieregeling praktijkleren",
    ),
]

LOONKOSTENSUBSIDIE_BODY = [
    {"type": "heading", "value": {"text": "Loonwaarde in drie groepen", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>De gemeente deelt kandidaten in naar loonwaarde. Zo staat het in een "
            "beleidsplan uit 2018; de tabel daarin is in de bron deels onleesbaar, dus de grenzen "
            "boven en onder zijn afgeleid.</p>"
            "<ul><li>Boven 80% (afgeleid): klaar voor gewoon betaald werk.</li>"
            "<li>Tussen 40% en 80%: de groep voor loonkostensubsidie en jobcoaching. De "
            "accountmanager helpt werkgevers vooral met deze kandidaten.</li>"
            "<li>Onder 40% (afgeleid): vaak beschut werk of dagbesteding.</li></ul>"
            "<p>Volgens de wet kan loonkostensubsidie bij elke loonwaarde onder het minimumloon, "
            "tot hoogstens 70% van het minimumloon. Bij een loonwaarde van 20% krijgt u dus 70%, "
            "plus 23,5% werkgeverslasten. Is de loonwaarde nog niet duidelijk, dan wordt ze na "
            "de start op de werkplek gemeten.</p>"
        ),
    },
    {"type": "heading", "value": {"text": "Een voorbeeld", "level": "h2"}},
    {
        "type": "paragraph",
        "value": (
            "<p>Een werknemer met een loonwaarde van 60% werkt 32 uur per week bij u. U betaalt het "
            "loon uit de cao. De gemeente betaalt u elke maand het verschil tussen het minimumloon "
            "en 60% daarvan, plus een vergoeding voor werkgeverslasten. Stijgt de loonwaarde, dan "
            "daalt de subsidie.</p>"
        ),
    },
    {
        "type": "faq",
        "value": {
            "title": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Hoe vaak wordt de loonwaarde opnieuw gemeten?",
                    "answer": "<p>Meestal eens per jaar, of eerder als het werk verandert.</p>",
                },
                {
                    "question": "Wat als de werknemer ziek wordt?",
                    "answer": "<p>Dan helpt de no-risk polis van UWV. De loonkostensubsidie loopt door "
                    "zolang u loon betaalt.</p>",
                },
            ],
        },
    },
]

# The order of instruments without a computed amount in the wizard's advice (lower first;
# the rest keep the default 100): first what lets the employer try, then support, then advice.
WIZARD_ORDER = {
    "proefplaatsing": 10,
    "proefplaatsing-uwv": 10,
    "werkervaringsplaats": 20,
    "jobcoach-gemeente": 30,
    "jobcoach-uwv": 30,
    "jobcoaching-extern": 35,
    "jobcoaching-intern": 35,
    "scholing": 40,
    "harrie-training": 45,
    "loonwaardemeting": 50,
    "werving-en-bemiddeling": 60,
    "jobcarving-bedrijfsadvies": 70,
    "beschut-werk": 80,
    "no-risk-polis": 10,
    "detachering-sw-bedrijf": 20,
    "werkplekaanpassing": 10,
    "loondispensatie": 20,
}

# 'Niet te combineren met' (one direction is enough). The LKV's: the total plays safe and
# counts one LKV per employee, the highest (not checked against a stored source: staff should
# confirm it with the Belastingdienst's rules). The forfaitaire loonkostensubsidie is the first
# months of the same subsidy, so it is never added to the loonkostensubsidie.
NOT_COMBINABLE = {
    "lkv-banenafspraak": [
        "lkv-arbeidsgehandicapte-werknemer",
        "lkv-herplaatsen",
        "lkv-oudere-werknemer",
    ],
    "lkv-arbeidsgehandicapte-werknemer": ["lkv-herplaatsen", "lkv-oudere-werknemer"],
    "lkv-herplaatsen": ["lkv-oudere-werknemer"],
    "loonkostensubsidie": ["loonkostensubsidie-forfaitair"],
}
