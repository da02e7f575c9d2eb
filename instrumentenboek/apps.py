from django.apps import AppConfig


class InstrumentenboekConfig(AppConfig):
    name = "instrumentenboek"
    verbose_name = "Instrumentenboek"

    def ready(self):
        from portal.core.page_cache import purge_on_change

        from . import documents  # noqa: F401  (registers the Elasticsearch document)
        from .models import Contact, Doelgroep

        purge_on_change(Contact, Doelgroep)
