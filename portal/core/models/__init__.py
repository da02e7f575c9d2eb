from .pages import ContentPage, HomePage, SearchPage
from .settings import SiteSettings

__all__ = ["ContentPage", "HomePage", "SearchPage", "SiteSettings"]
