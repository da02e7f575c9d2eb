from django.apps import AppConfig


class VacaturesConfig(AppConfig):
    name = "vacatures"
    verbose_name = "Vacatures en SROI"

    def ready(self):
        from portal.accounts.models import Organisation
        from portal.core.models import Municipality
        from portal.core.page_cache import purge_on_change

        from .models import Vacancy, VacancyTask

        # Municipality: the list on the question form (QuestionPage).
        purge_on_change(Vacancy, VacancyTask, Organisation, Municipality)
