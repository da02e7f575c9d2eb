import datetime

from celery import shared_task
from django.utils import timezone

from vacatures import services
from vacatures.models.response import RETENTION_DAYS, VacancyResponse


@shared_task
def close_expired_vacancies():
    from vacatures.services import close_expired

    return close_expired()


@shared_task
def delete_expired_responses():
    """AVG: candidates' responses are kept 90 days."""
    cutoff = timezone.now() - datetime.timedelta(days=RETENTION_DAYS)
    return VacancyResponse.objects.filter(created_at__lt=cutoff).delete()[0]


@shared_task
def delete_expired_questions():
    """AVG: employers' questions, with their reply log, a year after they were handled (two
    years after they came in when nobody handled them)."""
    return services.delete_expired_questions()
