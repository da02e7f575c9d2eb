from .index import ParticipatiekaartPage
from .interest import (
    REPORT_RETENTION_DAYS,
    RETENTION_DAYS,
    Interest,
    MatchCount,
    Outcome,
    PlaceReport,
    ReportReason,
)
from .organisation import UNCHECKED_ORGANISATION_RETENTION_DAYS, Organisation
from .place import PROPOSER_RETENTION_DAYS, STALE_AFTER, GeocodeStatus, Place
from .postcode import PostcodeArea
from .taxonomy import DutchLevel, Kern, OrganisationKind, PlaceType

__all__ = [
    "PROPOSER_RETENTION_DAYS",
    "REPORT_RETENTION_DAYS",
    "RETENTION_DAYS",
    "STALE_AFTER",
    "UNCHECKED_ORGANISATION_RETENTION_DAYS",
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
