"""Celery tasks of the participatiekaart: geocoding, keeping places current, AVG deletion."""

import datetime
import logging

from celery import shared_task
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Revision

from participatiekaart.geocoding import GeocoderUnavailable, geocode
from participatiekaart.models import (
    PROPOSER_RETENTION_DAYS,
    REPORT_RETENTION_DAYS,
    RETENTION_DAYS,
    STALE_AFTER,
    UNCHECKED_ORGANISATION_RETENTION_DAYS,
    GeocodeStatus,
    Interest,
    MatchCount,
    Organisation,
    Outcome,
    Place,
    PlaceReport,
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
def geocode_pending_places(limit=200):
    """Hourly catch-up: places whose geocoding was never queued (broker down at save time) or
    gave up are looked up again. Returns how many were queued."""
    pending = Place.objects.filter(
        geocode_status__in=[GeocodeStatus.PENDING, GeocodeStatus.FAILED]
    ).values_list("pk", flat=True)[:limit]
    for place_id in pending:
        geocode_place.delay(place_id)
    return len(pending)


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


def _cutoff(days, now=None):
    return (now or timezone.now()) - datetime.timedelta(days=days)


@shared_task
def delete_expired_reports(now=None):
    """Daily (AVG): delete 'klopt niet meer' reports REPORT_RETENTION_DAYS after they came in
    (their comment may hold personal data), handled or not."""
    deleted, _ = PlaceReport.objects.filter(
        created_at__lt=_cutoff(REPORT_RETENTION_DAYS, now)
    ).delete()
    return deleted


@shared_task
def clear_expired_proposers(now=None):
    """Daily (AVG): PROPOSER_RETENTION_DAYS after a proposal, clear the proposer's e-mail
    address in the place and in every revision of it (Wagtail keeps the fields as JSON)."""
    place_ids = list(
        Place.objects.filter(proposed_at__lt=_cutoff(PROPOSER_RETENTION_DAYS, now))
        .exclude(proposed_by="")
        .values_list("pk", flat=True)
    )
    if not place_ids:
        return 0
    revisions = Revision.objects.filter(
        base_content_type=Place.get_base_content_type(),
        object_id__in=[str(pk) for pk in place_ids],
    )
    with transaction.atomic():
        for revision in revisions.select_for_update():
            if revision.content.get("proposed_by"):
                revision.content["proposed_by"] = ""
                revision.save(update_fields=["content"])
        Place.objects.filter(pk__in=place_ids).update(proposed_by="")
    return len(place_ids)


@shared_task
def delete_unchecked_organisations(now=None):
    """Daily (AVG): an organisation created by a proposal that staff never checked and that has
    no place online is deleted UNCHECKED_ORGANISATION_RETENTION_DAYS after the proposal,
    together with its proposed places that were never published (and their revisions).

    An organisation with a place that is live, was ever published or was made by staff is
    kept: staff have worked with it."""
    kept = Place.objects.filter(
        Q(live=True) | Q(first_published_at__isnull=False) | Q(proposed_at__isnull=True)
    ).values("organisation_id")
    organisations = (
        Organisation.objects.proposed()
        .filter(proposed_at__lt=_cutoff(UNCHECKED_ORGANISATION_RETENTION_DAYS, now))
        .exclude(pk__in=kept)
    )
    deleted = 0
    with transaction.atomic():
        for organisation in organisations:
            for place in organisation.places.all():
                place.delete()  # one by one: its revisions and workflow states go with it
            organisation.delete()
            deleted += 1
    return deleted
