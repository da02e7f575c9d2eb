from .pages import QuestionPage, VacancyIndexPage
from .question import (
    EmployerQuestion,
    QuestionNote,
    QuestionRoute,
    QuestionStatus,
    QuestionSubject,
)
from .response import VacancyResponse
from .vacancy import Status, Vacancy, VacancyTask, VacancyType

__all__ = [
    "EmployerQuestion",
    "QuestionNote",
    "QuestionPage",
    "QuestionRoute",
    "QuestionStatus",
    "QuestionSubject",
    "Status",
    "Vacancy",
    "VacancyIndexPage",
    "VacancyResponse",
    "VacancyTask",
    "VacancyType",
]
