"""Celery tasks of the participatiekaart: geocoding, keeping places current, AVG deletion."""

import datetime
import logging

from celery import shared_task
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from participatiekaart.geocoding import GeocoderUnavailable, geocode
from participatiekaart.models import (
    RETENTION_DAYS,
    STALE_AFTER,
    GeocodeStatus,
    Interest,
    MatchCount,
    Organisation,
    Outcome,
    Place,
)

logger = logging.getLogger(__name__)


@shared_task(
    bind=True,
    autoretry_for=(GeocoderUnavailable,),
    retry_backoff=60,
    retry_backoff_max=3600,
    max_retries=5,
)
def geocode_place(self, place_id):
    """Fill a place's coordinates from its address (never for coordinates set by an editor)."""
    place = Place.objects.select_related("kern").filter(pk=place_id).first()
    if place is None or place.geocode_status == GeocodeStatus.MANUAL:
        return "skipped"
    try:
        location = geocode(place.address_query)
    except GeocoderUnavailable:
        if self.request.retries >= self.max_retries:
            Place.objects.filter(pk=place_id).update(geocode_status=GeocodeStatus.FAILED)
            return "failed"
        raise
    if location is None:
        Place.objects.filter(pk=place_id).update(geocode_status=GeocodeStatus.NOT_FOUND)
        return "not-found"
    # update(), not save(): no new revision and no signal loop for a machine-made change.
    Place.objects.filter(pk=place_id).update(
        latitude=round(location.latitude, 5),
        longitude=round(location.longitude, 5),
        geocode_status=GeocodeStatus.OK,
    )
    return "ok"


@shared_task
def send_confirmation_requests():
    """Monthly: ask every organisation with live places to confirm they are still right."""
    from participatiekaart.services import queue_confirmation_request

    organisations = Organisation.objects.filter(places__live=True).distinct()
    return sum(1 for org in organisations if queue_confirmation_request(org))


@shared_task
def unpublish_stale_places():
    """Daily: places nobody confirmed for six months go offline by themselves; staff hear."""
    from participatiekaart.services import notify_staff_of_unpublished

    today = timezone.localdate()
    stale = list(
        Place.objects.public().unconfirmed_since(today - STALE_AFTER).select_related("organisation")
    )
    for place in stale:
        with transaction.atomic():
            place.unpublish(log_action=True)
            Place.objects.filter(pk=place.pk).update(auto_unpublished_on=today)
    if stale:
        notify_staff_of_unpublished(stale)
    return len(stale)


def _month(value):
    return value.date().replace(day=1)


@shared_task
def delete_expired_interests():
    """Daily (AVG): delete residents' interests after RETENTION_DAYS; keep anonymous counts."""
    cutoff = timezone.now() - datetime.timedelta(days=RETENTION_DAYS)
    expired = Interest.objects.filter(created_at__lt=cutoff)
    with transaction.atomic():
        for interest in expired.only("place_id", "created_at", "outcome"):
            counts, _ = MatchCount.objects.get_or_create(
                place_id=interest.place_id, month=_month(interest.created_at)
            )
            MatchCount.objects.filter(pk=counts.pk).update(
                interests=F("interests") + 1,
                started=F("started") + int(interest.outcome == Outcome.STARTED),
                not_started=F("not_started") + int(interest.outcome == Outcome.NOT_STARTED),
            )
        deleted, _ = expired.delete()
    return deleted
