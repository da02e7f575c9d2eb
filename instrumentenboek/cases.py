"""Candidate cases for the instrumentenwijzer, written from the official conditions in the
issue #12 research (/work/research/instrumenten-2026.md, §13, reference date 2026-11-25).

Each case: the answers, the instruments that must be "past", "past mogelijk" and "past niet",
and why. Where the wizard cannot know something the research assumes (for example that UWV
will issue a doelgroepverklaring), the case expects "past mogelijk" and says so.
"""

import datetime
from dataclasses import dataclass, field

from instrumentenboek.wizard import Answers

REFERENCE_DATE = datetime.date(2026, 11, 25)


@dataclass(frozen=True)
class Case:
    key: str
    title: str
    answers: Answers
    past: tuple = ()
    mogelijk: tuple = ()
    niet: tuple = ()
    why: str = ""
    expected: dict = field(default_factory=dict, compare=False)


def answers(**given):
    base = dict(
        leeftijd=35,
        uitkering="bijstand",
        doelgroepregister="nee",
        loonwaarde="niet_nodig",
        loonwaarde_procent=None,
        begeleiding="nee",
        contract="contract",
        contract_maanden=12,
        uren_per_week=32,
        gemeente="overbetuwe",
    )
    base.update(given)
    if "loonwaarde_procent" in given and "loonwaarde" not in given:
        base["loonwaarde"] = "gemeten"
    return Answers(**base)


LKS, FORF, LWM, NRP = (
    "loonkostensubsidie",
    "loonkostensubsidie-forfaitair",
    "loonwaardemeting",
    "no-risk-polis",
)
LKV_BA, LKV_AG, LKV_HER, LKV_OUD = (
    "lkv-banenafspraak",
    "lkv-arbeidsgehandicapte-werknemer",
    "lkv-herplaatsen",
    "lkv-oudere-werknemer",
)
PP_UWV, PP_GEM, LD = "proefplaatsing-uwv", "proefplaatsing", "loondispensatie"
JC_UWV, JC_GEM, JC_INT, JC_EXT, HARRIE = (
    "jobcoach-uwv",
    "jobcoach-gemeente",
    "jobcoaching-intern",
    "jobcoaching-extern",
    "harrie-training",
)
WPA, CHEQUE, PLAATS, UITSTR_LL, UITSTR_HVT = (
    "werkplekaanpassing",
    "werkgeverscheque",
    "plaatsingssubsidie",
    "uitstroompremie",
    "uitstroompremie-hof-van-twente",
)
SCHOL, IND, WEP, BESCHUT, DET, PRAK = (
    "scholing",
    "indienstnemingssubsidie",
    "werkervaringsplaats",
    "beschut-werk",
    "detachering-sw-bedrijf",
    "praktijkleren",
)

CASES = [
    Case(
        "TC01",
        "24 jaar, bijstand, doelgroepregister, loonwaarde 55 %, begeleiding, Overbetuwe",
        answers(
            leeftijd=24,
            doelgroepregister="ja",
            loonwaarde_procent=55,
            begeleiding="ja",
            uren_per_week=24,
        ),
        past=(LKS, NRP, LKV_BA, HARRIE),
        mogelijk=(JC_GEM, JC_EXT, WPA),
        niet=(FORF, LD, CHEQUE),
        why="LKS met gemeten loonwaarde; no-risk en LKV via het doelgroepregister; eerst HARRIE, dan de jobcoach van de gemeente; de cheque is van Lansingerland.",
    ),
    Case(
        "TC02",
        "30 jaar, bijstand, doelgroepregister, loonwaarde nog niet gemeten, geen begeleiding",
        answers(leeftijd=30, doelgroepregister="ja", loonwaarde="onbekend"),
        past=(FORF, LWM, NRP, LKV_BA),
        mogelijk=(PP_GEM,),
        niet=(LKS, JC_GEM, JC_EXT),
        why="Zonder meting eerst de forfaitaire LKS (50 % WML + 23,5 %, 6 maanden) en de meting; geen begeleiding nodig.",
    ),
    Case(
        "TC03",
        "35 jaar, bijstand, niet in het register, vermoeden arbeidsbeperking, eerst op proef",
        answers(loonwaarde="onbekend", contract="proef"),
        past=(LWM, PP_GEM),
        mogelijk=(LKS, NRP, LKV_BA),
        niet=(LKV_AG,),
        why="De praktijkroute: na een meting onder het minimumloon komt de kandidaat in het register.",
    ),
    Case(
        "TC04",
        "40 jaar, bijstand, loonwaarde 100 %, 36 uur, Lansingerland",
        answers(leeftijd=40, uren_per_week=36, gemeente="lansingerland"),
        past=(CHEQUE,),
        mogelijk=(UITSTR_LL,),
        niet=(LKS, NRP, LKV_BA, LKV_AG),
        why="Cheque bij ≥ 6 maanden en ≥ 32 uur. De uitstroompremie hangt af van meer dan een jaar bijstand (de wijzer vraagt dat niet): past mogelijk.",
    ),
    Case(
        "TC05",
        "40 jaar, bijstand, 28 uur, Lansingerland",
        answers(leeftijd=40, uren_per_week=28, gemeente="lansingerland"),
        mogelijk=(UITSTR_LL,),
        niet=(CHEQUE,),
        why="De cheque vraagt minstens 32 uur per week.",
    ),
    Case(
        "TC06",
        "45 jaar, bijstand, contract 6 maanden, Lansingerland",
        answers(leeftijd=45, contract_maanden=6, gemeente="lansingerland"),
        past=(CHEQUE,),
        why="Cheque tot € 2.250 bij 6 maanden.",
    ),
    Case(
        "TC07",
        "29 jaar, bijstand, statushouder, loonwaarde 100 %, Hof van Twente",
        answers(leeftijd=29, begeleiding="ja", gemeente="hof-van-twente"),
        past=(PLAATS,),
        mogelijk=(UITSTR_HVT,),
        niet=(LKS, CHEQUE),
        why="Plaatsingssubsidie voor wie buiten de LKS-doelgroep valt.",
    ),
    Case(
        "TC08",
        "50 jaar, bijstand, 20 uur om medische redenen maar per uur volledig productief",
        answers(leeftijd=50, uren_per_week=20),
        mogelijk=(IND,),
        niet=(LKS, LKV_BA),
        why="Wie per uur alles kan, krijgt geen LKS (seed 000); geen register.",
    ),
    Case(
        "TC09",
        "22 jaar, Wajong 2010, register, loonwaarde nog niet vastgesteld, jobcoach nodig, Lansingerland",
        answers(
            leeftijd=22,
            uitkering="wajong_2010",
            doelgroepregister="ja",
            loonwaarde="onbekend",
            begeleiding="ja",
            uren_per_week=24,
            gemeente="lansingerland",
        ),
        past=(NRP, LKV_BA, JC_UWV),
        mogelijk=(LD, PP_UWV),
        niet=(LKS, JC_GEM),
        why="Wajong: UWV-route (loondispensatie, jobcoach van UWV), geen LKS van de gemeente.",
    ),
    Case(
        "TC10",
        "45 jaar, oude Wajong, register, Hof van Twente",
        answers(
            leeftijd=45,
            uitkering="wajong_oud",
            doelgroepregister="ja",
            loonwaarde="onbekend",
            gemeente="hof-van-twente",
        ),
        past=(NRP, LKV_BA),
        mogelijk=(LD,),
        niet=(LKS, PLAATS),
        why="Oude Wajong met arbeidsvermogen: loondispensatie als UWV ≥ 25 % minder productief vaststelt.",
    ),
    Case(
        "TC11",
        "20 jaar, Wajong 2015 zonder arbeidsvermogen, register nog onbekend, veel begeleiding",
        answers(
            leeftijd=20,
            uitkering="wajong_2015",
            doelgroepregister="onbekend",
            loonwaarde="onbekend",
            begeleiding="intensief",
            contract_maanden=6,
            uren_per_week=16,
        ),
        past=(NRP,),
        mogelijk=(LKV_BA,),
        niet=(LD, LKS),
        why="Het loket voor loondispensatie bij Wajong zonder arbeidsvermogen sloot op 31-10-2026.",
    ),
    Case(
        "TC12",
        "38 jaar, WIA-WGA, begeleiding onbekend, Nijkerk",
        answers(leeftijd=38, uitkering="wia", begeleiding="onbekend", gemeente="nijkerk"),
        past=(NRP,),
        mogelijk=(LKV_AG, PP_UWV, JC_UWV, WPA),
        niet=(LKS, LKV_BA),
        why="No-risk 5 jaar. LKV-AG en werkplekaanpassing hangen af van een doelgroepverklaring en een aanpassing die de wijzer niet kent: past mogelijk (research noemt ze 'past').",
    ),
    Case(
        "TC13",
        "58 jaar, WW, geen beperking, Lansingerland",
        answers(leeftijd=58, uitkering="ww", uren_per_week=40, gemeente="lansingerland"),
        mogelijk=(PP_UWV,),
        niet=(LKV_OUD, NRP, CHEQUE),
        why="LKV oudere werknemer is afgeschaft voor nieuwe werknemers; de WW-route van de no-risk gold in 2018–2019.",
    ),
    Case(
        "TC16",
        "61 jaar, bijstand, Lansingerland",
        answers(leeftijd=61, gemeente="lansingerland"),
        past=(CHEQUE,),
        mogelijk=(UITSTR_LL,),
        niet=(LKV_OUD,),
        why="Een nieuwe werknemer in 2026 krijgt geen LKV oudere werknemer.",
    ),
    Case(
        "TC17",
        "67 jaar (AOW-leeftijd), register, loonwaarde 50 %",
        answers(
            leeftijd=67,
            uitkering="geen",
            doelgroepregister="ja",
            loonwaarde_procent=50,
            contract_maanden=6,
            uren_per_week=16,
        ),
        mogelijk=(LKS, NRP),
        niet=(LKV_BA,),
        why="LKV stopt bij de AOW-leeftijd. Voor LKS en no-risk is een AOW-grens niet gecontroleerd in de bronnen: past mogelijk.",
    ),
    Case(
        "TC18",
        "66 jaar, bijstand, register, loonwaarde 60 %",
        answers(leeftijd=66, doelgroepregister="ja", loonwaarde_procent=60, uren_per_week=24),
        past=(LKS, NRP),
        mogelijk=(LKV_BA,),
        why="LKV alleen over de uren tot de AOW-datum.",
    ),
    Case(
        "TC19",
        "19 jaar, praktijkonderwijs, geen uitkering, register, loonwaarde 50 %, Lansingerland",
        answers(
            leeftijd=19,
            uitkering="geen",
            doelgroepregister="ja",
            loonwaarde_procent=50,
            begeleiding="ja",
            uren_per_week=24,
            gemeente="lansingerland",
        ),
        past=(LKS, NRP, LKV_BA),
        niet=(CHEQUE, UITSTR_LL),
        why="Ook zonder uitkering (niet-uitkeringsgerechtigde) hoort de kandidaat bij de LKS-doelgroep.",
    ),
    Case(
        "TC20",
        "17 jaar, vso, leerwerkplek bij een erkend leerbedrijf",
        answers(
            leeftijd=17,
            uitkering="geen",
            doelgroepregister="ja",
            contract="leerbaan",
            contract_maanden=0,
            uren_per_week=16,
        ),
        past=(PRAK,),
        niet=(LKS,),
        why="Praktijkleren, hoogstens € 2.700 per plaats per schooljaar; LKS vraagt een arbeidscontract.",
    ),
    Case(
        "TC21",
        "26 jaar, geen uitkering, niet in het register, loonwaarde nog niet gemeten",
        answers(leeftijd=26, uitkering="geen", loonwaarde="onbekend"),
        past=(LWM,),
        mogelijk=(LKS, NRP),
        niet=(UITSTR_LL,),
        why="Praktijkroute via de meting van de gemeente.",
    ),
    Case(
        "TC22",
        "60 jaar, IOAW, Hof van Twente",
        answers(leeftijd=60, uitkering="ioaw", gemeente="hof-van-twente"),
        mogelijk=(UITSTR_HVT, PLAATS),
        niet=(LKV_OUD, LKS),
        why="De premie van Hof van Twente noemt de IOAW uitdrukkelijk.",
    ),
    Case(
        "TC23",
        "44 jaar, Ziektewet (vangnet)",
        answers(leeftijd=44, uitkering="ziektewet"),
        mogelijk=(PP_UWV,),
        niet=(NRP, LKS),
        why="Een Ziektewet-uitkering alleen is geen grond voor de no-risk polis.",
    ),
    Case(
        "TC25",
        "48 jaar, eigen werknemer met WIA-WGA, herplaatst",
        answers(leeftijd=48, uitkering="wia"),
        past=(NRP,),
        mogelijk=(LKV_HER, WPA),
        why="LKV herplaatsen vraagt dat het uw eigen werknemer is (de wijzer vraagt dat niet): past mogelijk.",
    ),
    Case(
        "TC26",
        "30 jaar, bijstand, register, loonwaarde 20 %, intensieve begeleiding, Hof van Twente",
        answers(
            leeftijd=30,
            doelgroepregister="ja",
            loonwaarde_procent=20,
            begeleiding="intensief",
            uren_per_week=20,
            gemeente="hof-van-twente",
        ),
        past=(LKS, NRP),
        mogelijk=(BESCHUT, DET),
        why="LKS tot hoogstens 70 % van het minimumloon plus 23,5 %, niet 80 %.",
    ),
    Case(
        "TC27",
        "35 jaar, bijstand, register, loonwaarde 55 %, contract 3 maanden",
        answers(doelgroepregister="ja", loonwaarde_procent=55, contract_maanden=3),
        past=(LKS, LKV_BA, NRP),
        niet=(SCHOL, PP_GEM, PP_UWV, WPA),
        why="Scholing, proefplaatsing en werkplekaanpassing vragen minstens 6 maanden.",
    ),
    Case(
        "TC28",
        "28 jaar, bijstand, register, loonwaarde 60 %, begeleiding, 10 uur",
        answers(
            leeftijd=28,
            doelgroepregister="ja",
            loonwaarde_procent=60,
            begeleiding="ja",
            uren_per_week=10,
        ),
        past=(LKS, LKV_BA, NRP, HARRIE),
        mogelijk=(JC_GEM,),
        niet=(JC_UWV,),
        why="Eerst HARRIE, dan de jobcoach van de gemeente; de jobcoach van UWV is voor UWV-klanten.",
    ),
    Case(
        "TC29",
        "23 jaar, bijstand, bbl-contract bij een erkend leerbedrijf",
        answers(leeftijd=23, contract="leerbaan"),
        past=(PRAK,),
        mogelijk=(IND,),
        niet=(LKS,),
        why="Praktijkleren bij mbo-bbl; geen arbeidsbeperking, dus geen LKS.",
    ),
    Case(
        "TC30",
        "36 jaar, bijstand, register, loonwaarde 65 %, HARRIE was niet genoeg",
        answers(
            leeftijd=36,
            doelgroepregister="ja",
            loonwaarde_procent=65,
            begeleiding="intensief",
            uren_per_week=28,
        ),
        past=(JC_GEM, LKS, NRP, LKV_BA),
        mogelijk=(JC_EXT,),
        niet=(HARRIE,),
        why="Stap 4 van de volgorde: de jobcoach van de gemeente vóór een externe.",
    ),
    Case(
        "TC31",
        "36 jaar, bijstand, register, loonwaarde 65 %, eigen mensen begeleiden genoeg",
        answers(
            leeftijd=36,
            doelgroepregister="ja",
            loonwaarde_procent=65,
            begeleiding="eigen",
            uren_per_week=28,
        ),
        past=(LKS, NRP, LKV_BA),
        mogelijk=(JC_INT,),
        niet=(JC_GEM, JC_EXT),
        why="Stap 2: is de eigen begeleiding genoeg, dan geen extra jobcoach.",
    ),
    Case(
        "TC33",
        "34 jaar, Wajong 2010, register, loonwaarde 60 %",
        answers(
            leeftijd=34, uitkering="wajong_2010", doelgroepregister="ja", loonwaarde_procent=60
        ),
        past=(LD, NRP, LKV_BA),
        niet=(LKS, JC_GEM),
        why="Wajong krijgt loondispensatie via UWV, geen LKS van de gemeente.",
    ),
    Case(
        "TC34",
        "45 jaar, WIA-IVA, 12 uur",
        answers(leeftijd=45, uitkering="wia", contract_maanden=6, uren_per_week=12, gemeente=""),
        past=(NRP,),
        mogelijk=(LKV_AG,),
        niet=(LD,),
        why="Het tijdelijke loket voor IVA sloot op 31-10-2026.",
    ),
    Case(
        "TC35",
        "39 jaar, bijstand, register, loonwaarde 55 %, Nijkerk",
        answers(leeftijd=39, doelgroepregister="ja", loonwaarde_procent=55, gemeente="nijkerk"),
        past=(LKS, NRP, LKV_BA),
        niet=(CHEQUE, PLAATS, UITSTR_LL, HARRIE, JC_GEM),
        why="De stukken van Nijkerk noemen geen eigen regelingen.",
    ),
    Case(
        "TC36",
        "27 jaar, bijstand, loonwaarde 100 %, eerst werkervaring",
        answers(leeftijd=27, contract="proef"),
        past=(WEP,),
        mogelijk=(IND,),
        niet=(LKS, NRP, LKV_BA),
        why="Werkervaringsplaats met intentie, hoogstens 3 maanden.",
    ),
]
