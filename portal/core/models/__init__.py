from .glossary import Begrip, GlossaryPage
from .municipality import Municipality
from .outbox import OutboxMessage, OutboxStatus
from .pages import ContentPage, HomePage, PortalPage, SearchPage
from .settings import SiteSettings
from .work_income import WorkIncomeArrangement

__all__ = [
    "Begrip",
    "GlossaryPage",
    "ContentPage",
    "HomePage",
    "Municipality",
    "OutboxMessage",
    "OutboxStatus",
    "PortalPage",
    "SearchPage",
    "SiteSettings",
    "WorkIncomeArrangement",
]
