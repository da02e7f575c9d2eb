from django.apps import AppConfig


class ParticipatiekaartConfig(AppConfig):
    name = "participatiekaart"
    verbose_name = "Participatiekaart"

    def ready(self):
        from . import documents, signals  # noqa: F401
