from .pages import VacancyIndexPage
from .response import VacancyResponse
from .vacancy import Status, Vacancy, VacancyTask, VacancyType

__all__ = [
    "Status",
    "Vacancy",
    "VacancyIndexPage",
    "VacancyResponse",
    "VacancyTask",
    "VacancyType",
]
