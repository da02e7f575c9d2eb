from django.apps import AppConfig


class InstrumentenboekConfig(AppConfig):
    name = "instrumentenboek"
    verbose_name = "Instrumentenboek"
