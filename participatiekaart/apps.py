from django.apps import AppConfig


class ParticipatiekaartConfig(AppConfig):
    name = "participatiekaart"
    verbose_name = "Participatiekaart"

    def ready(self):
        from portal.core.page_cache import purge_on_change

        from . import documents, signals  # noqa: F401
        from .models import Kern, Organisation, Place

        purge_on_change(Place, Organisation, Kern)
