"""The instrumentenwijzer's vocabulary: the questions about a candidate, their answers, the three
outcomes and the Dutch wording of each answer.

The rules themselves are data (``EligibilityRule`` rows that staff edit in Wagtail); this module
only names the answers so that a rule can be read as a sentence.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum

ONBEKEND = "onbekend"


class Fit(IntEnum):
    NO = 0
    MAYBE = 1
    YES = 2


# Each categorical question: value -> (label in the form, phrase after "de kandidaat …").
UITKERING = {
    "geen": ("Geen uitkering", "geen uitkering heeft"),
    "bijstand": ("Bijstand (Participatiewet)", "bijstand (Participatiewet) heeft"),
    "ww": ("WW", "een WW-uitkering heeft"),
    "wia": ("WIA (WGA of IVA)", "een WIA-uitkering heeft"),
    "wajong_oud": ("Oude Wajong (aangevraagd vóór 2010)", "een oude Wajong-uitkering heeft"),
    "wajong_2010": ("Wajong 2010 (aangevraagd 2010 tot 2015)", "Wajong 2010 heeft"),
    "wajong_2015": (
        "Wajong 2015 (geen arbeidsvermogen vastgesteld)",
        "Wajong 2015 heeft, zonder arbeidsvermogen",
    ),
    "ziektewet": ("Ziektewet", "een Ziektewet-uitkering heeft"),
    "ioaw": ("IOW of IOAW", "een IOW- of IOAW-uitkering heeft"),
    "anders": ("Een andere uitkering", "een andere uitkering heeft"),
}
DOELGROEPREGISTER = {
    "ja": ("Ja", "in het doelgroepregister staat"),
    "nee": ("Nee", "niet in het doelgroepregister staat"),
    ONBEKEND: ("Weet ik niet", "misschien in het doelgroepregister staat"),
}
LOONWAARDE = {
    "gemeten": ("Ja, gemeten", "een gemeten loonwaarde heeft"),
    ONBEKEND: ("Nog niet gemeten", "nog geen gemeten loonwaarde heeft"),
    "niet_nodig": (
        "Niet nodig: de kandidaat kan het werk helemaal",
        "het werk helemaal kan (geen loonwaardemeting nodig)",
    ),
}
BEGELEIDING = {
    "nee": ("Nee", "geen begeleiding nodig heeft"),
    "eigen": (
        "Ja, en onze eigen mensen kunnen dat al",
        "begeleiding nodig heeft die uw eigen mensen al kunnen geven",
    ),
    "ja": ("Ja, begeleiding op de werkvloer", "begeleiding nodig heeft op de werkvloer"),
    "intensief": (
        "Ja, meer dan een getrainde collega kan geven",
        "meer begeleiding nodig heeft dan een getrainde collega kan geven",
    ),
    ONBEKEND: ("Weet ik niet", "misschien begeleiding nodig heeft"),
}
CONTRACT = {
    "geen": ("Nog geen contract", "nog geen contract krijgt"),
    "proef": (
        "Eerst op proef (proefplaatsing), daarna een contract",
        "eerst op proef werkt (proefplaatsing)",
    ),
    "contract": ("Een contract", "een contract krijgt"),
    "leerbaan": (
        "Een leerwerkplek of bbl-contract bij een erkend leerbedrijf",
        "een leerwerkplek of bbl-contract krijgt",
    ),
}
AOW = {
    "nee": ("Nog niet bij de AOW-leeftijd", "de AOW-leeftijd nog niet bereikt"),
    "binnen_jaar": (
        "Bereikt binnen een jaar de AOW-leeftijd",
        "binnen een jaar de AOW-leeftijd bereikt",
    ),
    "bereikt": ("Heeft de AOW-leeftijd bereikt", "de AOW-leeftijd heeft bereikt"),
}

UWV_UITKERINGEN = ("ww", "wia", "wajong_oud", "wajong_2010", "wajong_2015", "ziektewet")


def choices(vocabulary):
    return [(value, label) for value, (label, _phrase) in vocabulary.items()]


def phrase(vocabulary, value):
    return vocabulary[value][1]


@dataclass(frozen=True)
class Answers:
    leeftijd: int
    uitkering: str
    doelgroepregister: str
    loonwaarde: str
    loonwaarde_procent: int | None
    begeleiding: str
    contract: str
    contract_maanden: int
    uren_per_week: int
    gemeente: str = ""  # Municipality slug; "" is "another municipality or unknown"

    @classmethod
    def from_form(cls, data):
        gemeente = data.get("gemeente")
        values = {name: data.get(name) for name in cls.__dataclass_fields__ if name != "gemeente"}
        values["gemeente"] = getattr(gemeente, "slug", gemeente or "")
        return cls(**values)


@dataclass(frozen=True)
class Estimate:
    amount: Decimal
    once: bool  # True: a one-off amount (or for a fixed period); False: per year
    formula: str = ""
    period: str = ""  # e.g. "voor 6 maanden"; replaces "per jaar" when set
    months: Decimal | None = None  # the length of that period, when it is known

    @property
    def first_year_amount(self):
        """What falls in the first year: a yearly amount, a one-off amount, or the first 12
        months' share of an amount spread over a longer period."""
        if self.months and self.months > 12:
            return self.amount * 12 / Decimal(self.months)
        return self.amount

    def __str__(self):
        text = format_euro(self.amount)
        if self.period:
            return f"ongeveer {text} {self.period}"
        return f"{text} eenmalig" if self.once else f"ongeveer {text} per jaar"


@dataclass
class Outcome:
    fit: Fit
    reason: str = ""
    open_questions: list = field(default_factory=list)
    estimate: Estimate | None = None
    note: str = ""

    @property
    def to_check(self):
        """For 'past mogelijk': what must still be checked (the reason without its 'als')."""
        return self.reason.removeprefix("als ") if self.fit == Fit.MAYBE else ""

    @property
    def sentence(self):
        """'Past, omdat …', 'Past mogelijk, als …' or 'Past niet, omdat …'."""
        lead = {Fit.YES: "Past", Fit.MAYBE: "Past mogelijk", Fit.NO: "Past niet"}[self.fit]
        return f"{lead}, {self.reason}" if self.reason else lead


def join_dutch(parts, last=" en "):
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + last + parts[-1]


def format_euro(amount):
    """Dutch notation: € 2.000 for whole amounts, € 1,01 otherwise."""
    amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")
