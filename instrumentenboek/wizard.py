"""The instrumentenwijzer's vocabulary: an employer's answers, outcomes and Dutch wording.

The eligibility rules themselves are data (``EligibilityRule`` rows that staff edit in Wagtail);
this module only knows how to read a rule against the answers.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum

YES, NO, UNKNOWN = "ja", "nee", "onbekend"


class Fit(IntEnum):
    NO = 0
    MAYBE = 1
    YES = 2


@dataclass(frozen=True)
class Answers:
    banenafspraak: str
    bijstand: str
    arbeidsbeperking: str
    begeleiding: str
    leeftijd: int
    contract_maanden: int
    uren_per_week: int


@dataclass(frozen=True)
class Estimate:
    amount: Decimal
    once: bool  # True: a one-off amount; False: per year

    def __str__(self):
        text = format_euro(self.amount)
        return f"{text} eenmalig" if self.once else f"ongeveer {text} per jaar"


@dataclass
class Outcome:
    fit: Fit
    reason: str = ""
    open_questions: list = field(default_factory=list)
    estimate: Estimate | None = None
    note: str = ""


# Wording of each yes/no question, as "dat …" (satisfied) and "of …" (still unknown).
TRI_STATE_WORDING = {
    "banenafspraak": (
        "de kandidaat een indicatie banenafspraak heeft",
        "de kandidaat geen indicatie banenafspraak heeft",
    ),
    "bijstand": (
        "de kandidaat een bijstandsuitkering heeft",
        "de kandidaat geen bijstandsuitkering heeft",
    ),
    "arbeidsbeperking": (
        "de kandidaat een ziekte of handicap heeft die het werk beïnvloedt",
        "de kandidaat geen ziekte of handicap heeft die het werk beïnvloedt",
    ),
    "begeleiding": (
        "de kandidaat begeleiding nodig heeft op de werkvloer",
        "de kandidaat geen begeleiding nodig heeft op de werkvloer",
    ),
}


def join_dutch(parts):
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]


def format_euro(amount):
    """Dutch notation: € 2.000 for whole amounts, € 1,01 otherwise."""
    amount = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    whole = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")
