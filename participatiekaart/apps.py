from django.apps import AppConfig


class ParticipatiekaartConfig(AppConfig):
    name = "participatiekaart"
    verbose_name = "Participatiekaart"
