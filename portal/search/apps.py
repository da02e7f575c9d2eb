from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "portal.search"
    label = "portal_search"
    verbose_name = "Zoeken"

    def ready(self):
        from . import signals  # noqa: F401
