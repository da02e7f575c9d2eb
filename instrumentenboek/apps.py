from django.apps import AppConfig


class InstrumentenboekConfig(AppConfig):
    name = "instrumentenboek"
    verbose_name = "Instrumentenboek"

    def ready(self):
        from . import documents  # noqa: F401  (registers the Elasticsearch document)
