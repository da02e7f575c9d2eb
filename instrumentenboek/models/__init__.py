from .contact import Contact
from .facts import FactKind, InstrumentCheckFlag, InstrumentFact, LawParameter, LawParameterKey
from .index import InstrumentIndexPage
from .instrument import InstrumentPage, RelatedInstrument
from .rules import EligibilityRule
from .taxonomy import Aanbieder, AanvraagBij, BedragEenheid, Calculation, Doelgroep, Soort

__all__ = [
    "Calculation",
    "FactKind",
    "InstrumentCheckFlag",
    "InstrumentFact",
    "LawParameter",
    "LawParameterKey",
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
