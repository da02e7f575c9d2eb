from .index import ParticipatiekaartPage
from .interest import RETENTION_DAYS, Interest, MatchCount, Outcome, PlaceReport, ReportReason
from .organisation import Organisation
from .place import STALE_AFTER, GeocodeStatus, Place
from .postcode import PostcodeArea
from .taxonomy import DutchLevel, Kern, OrganisationKind, PlaceType

__all__ = [
    "RETENTION_DAYS",
    "STALE_AFTER",
    "DutchLevel",
    "GeocodeStatus",
    "Interest",
    "Kern",
    "MatchCount",
    "Organisation",
    "OrganisationKind",
    "Outcome",
    "ParticipatiekaartPage",
    "Place",
    "PlaceReport",
    "PlaceType",
    "PostcodeArea",
    "ReportReason",
]
