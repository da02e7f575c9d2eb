"""Queue geocoding after a place is saved with a new address (never in the request itself)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from participatiekaart.models import GeocodeStatus, Place
from portal.core.queue import enqueue_after_commit


@receiver(post_save, sender=Place)
def queue_geocoding(sender, instance, **kwargs):
    if instance.geocode_status != GeocodeStatus.PENDING:
        return
    enqueue_after_commit("participatiekaart.tasks.geocode_place", instance.pk)
