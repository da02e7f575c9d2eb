from django.apps import AppConfig


class VacaturesConfig(AppConfig):
    name = "vacatures"
    verbose_name = "Vacatures en SROI"
