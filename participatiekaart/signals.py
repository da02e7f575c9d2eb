"""Queue geocoding after a place is saved with a new address (never in the request itself)."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from participatiekaart.models import GeocodeStatus, Place


@receiver(post_save, sender=Place)
def queue_geocoding(sender, instance, **kwargs):
    if instance.geocode_status != GeocodeStatus.PENDING:
        return
    from participatiekaart.tasks import geocode_place

    place_id = instance.pk
    transaction.on_commit(lambda: geocode_place.delay(place_id))
