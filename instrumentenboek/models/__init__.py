from .contact import Contact
from .index import InstrumentIndexPage
from .instrument import InstrumentPage, RelatedInstrument
from .rules import EligibilityRule
from .taxonomy import Aanbieder, AanvraagBij, BedragEenheid, Doelgroep, Soort

__all__ = [
    "Aanbieder",
    "AanvraagBij",
    "BedragEenheid",
    "Contact",
    "Doelgroep",
    "EligibilityRule",
    "InstrumentIndexPage",
    "InstrumentPage",
    "RelatedInstrument",
    "Soort",
]
