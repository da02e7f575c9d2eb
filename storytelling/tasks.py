import datetime

from celery import shared_task
from django.utils import timezone

from storytelling.models import RETENTION_DAYS, StoryInterest


@shared_task
def delete_expired_interests():
    """AVG: an employer's interest is deleted RETENTION_DAYS after it came in."""
    cutoff = timezone.now() - datetime.timedelta(days=RETENTION_DAYS)
    deleted, _ = StoryInterest.objects.filter(created_at__lt=cutoff).delete()
    return deleted
