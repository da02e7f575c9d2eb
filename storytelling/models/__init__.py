from .base import ConsentBasis, StoryPageForm, StoryPrivacyMixin
from .index import StoryIndexPage
from .interest import RETENTION_DAYS, StoryInterest
from .stories import CandidateStoryPage, EmployerStoryPage, StoryInstrumentLink
from .taxonomy import Aspect, Sector

__all__ = [
    "RETENTION_DAYS",
    "Aspect",
    "CandidateStoryPage",
    "ConsentBasis",
    "EmployerStoryPage",
    "Sector",
    "StoryIndexPage",
    "StoryInstrumentLink",
    "StoryInterest",
    "StoryPageForm",
    "StoryPrivacyMixin",
]
