"""Business rules of the participatiekaart: search, distance, interest, proposals, upkeep."""

import json
import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, FloatField, Q, Value
from django.db.models.functions import ACos, Cast, Cos, Greatest, Least, Radians, Sin
from django.utils import timezone

from participatiekaart.geocoding import GeocoderUnavailable, geocode_postcode
from participatiekaart.models import (
    Interest,
    Organisation,
    Outcome,
    Place,
    PlaceReport,
    PostcodeArea,
)
from portal.core import choices
from portal.core.mail import queue_notification
from portal.core.models import SiteSettings

logger = logging.getLogger(__name__)

EARTH_RADIUS_KM = 6371.0
INTEREST_LIMIT_PER_HOUR = 5
PROPOSAL_LIMIT_PER_HOUR = 5
REPORT_LIMIT_PER_HOUR = 10


@dataclass
class Origin:
    latitude: float
    longitude: float
    label: str


@dataclass
class SearchOutcome:
    places: object  # QuerySet
    origin: Origin | None = None
    geocoder_down: bool = False
    postcode_not_found: bool = False
    approximate_area: str = ""  # pc4 whose centre was used because the geocoder failed


def base_queryset():
    return Place.objects.public().select_related("organisation", "kern__municipality")


def distance_expression(origin):
    """Great-circle distance in km, computed by the database (SQLite and PostgreSQL)."""
    lat = Radians(Cast(F("latitude"), FloatField()))
    lon = Radians(Cast(F("longitude"), FloatField()))
    lat0, lon0 = math.radians(origin.latitude), math.radians(origin.longitude)
    cosine = Value(math.cos(lat0)) * Cos(lat) * Cos(lon - Value(lon0)) + Value(
        math.sin(lat0)
    ) * Sin(lat)
    return Value(EARTH_RADIUS_KM) * ACos(Least(Value(1.0), Greatest(Value(-1.0), cosine)))


def apply_filters(places, filters):
    if filters.get("soort"):
        places = places.filter(place_type=filters["soort"])
    if filters.get("kern"):
        places = places.filter(kern=filters["kern"])
    if filters.get("trede"):
        places = places.filter(ladder_min__lte=filters["trede"], ladder_max__gte=filters["trede"])
    if filters.get("taal") is not None and filters.get("taal") != "":
        places = places.filter(dutch_level__lte=filters["taal"])
    if filters.get("uren"):
        places = places.filter(hours_min__lte=filters["uren"])
    if filters.get("rolstoel"):
        places = places.filter(wheelchair_accessible=True)
    if filters.get("begeleiding"):
        places = places.filter(guidance_available=True)
    if filters.get("gratis"):
        places = places.filter(is_free=True)
    if filters.get("q"):
        places = apply_text_search(places, filters["q"])
    return places


def apply_text_search(places, query):
    """Elasticsearch when configured (falls back on failure), else every word must match."""
    if settings.ELASTICSEARCH_URL:
        from participatiekaart.documents import PlaceSearch

        try:
            return places.filter(pk__in=PlaceSearch(query).ids())
        except Exception:
            logger.exception("Elasticsearch failed for place search; using the database")
    for word in query.split()[:6]:
        places = places.filter(
            Q(title__icontains=word)
            | Q(description__icontains=word)
            | Q(organisation__name__icontains=word)
            | Q(kern__name__icontains=word)
        )
    return places


def resolve_origin(filters):
    """Where to measure distance from: the resident's postcode, else a chosen kern.

    The postcode goes: cache, PDOK (unless the breaker is open), and when that fails the
    centre of its 4-digit postcode area (approximate). Only without that area does the page
    say the geocoder is down and offer the kern list."""
    outcome = SearchOutcome(places=None)
    postcode = filters.get("postcode")
    if postcode:
        try:
            location = geocode_postcode(postcode)
        except GeocoderUnavailable:
            area = PostcodeArea.objects.filter(pc4=postcode[:4]).first()
            if area:
                outcome.approximate_area = area.pc4
                outcome.origin = Origin(float(area.latitude), float(area.longitude), postcode)
            else:
                outcome.geocoder_down = True
        else:
            if location:
                outcome.origin = Origin(location.latitude, location.longitude, postcode)
            else:
                outcome.postcode_not_found = True
    if outcome.origin is None and filters.get("dichtbij"):
        kern = filters["dichtbij"]
        outcome.origin = Origin(float(kern.latitude), float(kern.longitude), kern.name)
    return outcome


def search_places(filters):
    """Filtered public places; ordered by distance when there is an origin, else by title.

    Places without coordinates come last when sorting by distance (they have no distance)."""
    outcome = resolve_origin(filters)
    places = apply_filters(base_queryset(), filters)
    if outcome.origin:
        places = places.annotate(distance=distance_expression(outcome.origin)).order_by(
            F("distance").asc(nulls_last=True), "title"
        )
    else:
        places = places.order_by("title", "pk")
    outcome.places = places
    return outcome


# --- Open data ------------------------------------------------------------------------------

CSV_FIELDS = [
    "id",
    "titel",
    "soort",
    "organisatie",
    "straat",
    "postcode",
    "kern",
    "gemeente",
    "breedtegraad",
    "lengtegraad",
    "trede_van",
    "trede_tot",
    "uren_min",
    "uren_max",
    "dagen",
    "gratis",
    "kosten",
    "rolstoeltoegankelijk",
    "nederlands_nodig",
    "begeleiding",
    "vrije_plekken",
    "laatst_bevestigd",
    "voorbeeld",
    "url",
]


def place_record(place, url):
    return {
        "id": place.pk,
        "titel": place.title,
        "soort": choices.label(place, "place_type"),
        "organisatie": place.organisation.name,
        "straat": place.street,
        "postcode": place.postcode,
        "kern": place.kern.name,
        "gemeente": place.kern.municipality.name,
        "breedtegraad": float(place.latitude) if place.latitude is not None else None,
        "lengtegraad": float(place.longitude) if place.longitude is not None else None,
        "trede_van": place.ladder_min,
        "trede_tot": place.ladder_max,
        "uren_min": place.hours_min,
        "uren_max": place.hours_max,
        "dagen": place.days,
        "gratis": place.is_free,
        "kosten": place.cost,
        "rolstoeltoegankelijk": place.wheelchair_accessible,
        "nederlands_nodig": choices.label(place, "dutch_level"),
        "begeleiding": place.guidance_available,
        "vrije_plekken": place.places_available,
        "laatst_bevestigd": place.last_confirmed_on.isoformat()
        if place.last_confirmed_on
        else None,
        "voorbeeld": place.is_example,
        "url": url,
    }


def geojson_feature(place, url):
    properties = place_record(place, url)
    distance = getattr(place, "distance", None)
    if distance is not None:
        properties["afstand_km"] = round(distance, 1)
    return {
        "type": "Feature",
        "id": place.pk,
        "geometry": {
            "type": "Point",
            "coordinates": [float(place.longitude), float(place.latitude)],
        },
        "properties": properties,
    }


def iter_geojson(places, url_for):
    """Stream a FeatureCollection; places without coordinates cannot be on a map."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for place in places.filter(latitude__isnull=False).iterator(chunk_size=500):
        yield ("" if first else ",") + json.dumps(
            geojson_feature(place, url_for(place)), ensure_ascii=False
        )
        first = False
    yield "]}"


# --- Ik wil meedoen ---------------------------------------------------------------------


def is_duplicate_interest(token):
    return Interest.objects.filter(submission_token=token).exists()


def register_interest(place, data, site_url, place_url):
    """Save; mail the organisation (with the outcome link) and confirm to the resident.

    Idempotent per form token. Returns (interest, created)."""
    if is_duplicate_interest(data["token"]):
        return Interest.objects.get(submission_token=data["token"]), False
    fields = {k: data[k] for k in ("name", "email", "phone", "message", "consent")}
    # An organisation nobody checked yet gets no residents' data: staff get the mail instead.
    unchecked = place.organisation.is_proposed
    recipients = staff_recipients() if unchecked else [place.organisation.email]
    try:
        with transaction.atomic():
            interest = Interest.objects.create(
                place=place, submission_token=data["token"], **fields
            )
            outcome_url = site_url + reverse_outcome(place, interest)
            context = {
                "place": place,
                "interest": interest,
                "place_url": place_url,
                "outcome_url": outcome_url,
                "unchecked": unchecked,
            }
            queue_notification(
                "participatiekaart/mail/interest_organisation",
                context,
                to=recipients,
                reply_to=[interest.email] if interest.email else None,
            )
            if interest.email:
                queue_notification(
                    "participatiekaart/mail/interest_confirmation", context, to=[interest.email]
                )
    except IntegrityError:
        return Interest.objects.get(submission_token=data["token"]), False
    return interest, True


def reverse_outcome(place, interest):
    index = place_index_page()
    return index.url + index.reverse_subpage("outcome", kwargs={"token": interest.outcome_token})


def place_index_page():
    from participatiekaart.models import ParticipatiekaartPage

    return ParticipatiekaartPage.objects.live().first()


def record_outcome(interest, outcome):
    if outcome not in (Outcome.STARTED, Outcome.NOT_STARTED):
        raise ValueError(outcome)
    interest.outcome = outcome
    interest.outcome_set_at = timezone.now()
    interest.save(update_fields=["outcome", "outcome_set_at"])


# --- Keeping it current -----------------------------------------------------------------


def is_duplicate_report(token):
    return PlaceReport.objects.filter(submission_token=token).exists()


def register_report(place, data):
    """Save a resident's 'klopt niet meer'. Returns True when it is new (False for a double
    submit, also one that arrives twice at once)."""
    try:
        with transaction.atomic():
            PlaceReport.objects.create(
                place=place,
                reason=data["reason"],
                comment=data["comment"],
                submission_token=data["token"],
            )
    except IntegrityError:
        if PlaceReport.objects.filter(submission_token=data["token"]).exists():
            return False  # the same form, sent twice at once: the other request saved it
        raise
    return True


def site_url():
    return settings.SITE_URL


def queue_confirmation_request(organisation):
    index = place_index_page()
    if index is None:
        return False
    places = list(organisation.places.filter(live=True).order_by("title"))
    confirm_url = (
        site_url()
        + index.url
        + index.reverse_subpage("confirm", kwargs={"token": organisation.confirm_token})
    )
    return queue_notification(
        "participatiekaart/mail/confirm_request",
        {"organisation": organisation, "places": places, "confirm_url": confirm_url},
        to=[organisation.email],
    )


def confirm_places(organisation, today=None):
    """The organisation says its live places are still right."""
    today = today or timezone.localdate()
    return organisation.places.filter(live=True).update(last_confirmed_on=today)


def staff_recipients(site=None):
    """The participatiekaart address in the site settings of ``site`` (default: the main site)."""
    from wagtail.models import Site

    site = site or Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).kaart_recipients() if site else []


def notify_staff_of_unpublished(places):
    return queue_notification(
        "participatiekaart/mail/stale_unpublished",
        {"places": places, "admin_url": site_url() + "/admin/"},
        to=staff_recipients(),
    )


def admin_edit_url(obj):
    from django.urls import reverse

    return site_url() + reverse(
        f"wagtailsnippets_participatiekaart_{obj._meta.model_name}:edit", args=[obj.pk]
    )


def notify_staff_of_proposal(place, site):
    """Tell staff; name the checked organisations with the same name, so they can move the
    place to one of them instead of checking a second organisation."""
    same_name = Organisation.objects.checked().filter(name__iexact=place.organisation.name)
    return queue_notification(
        "participatiekaart/mail/proposal",
        {
            "place": place,
            "admin_url": site_url() + "/admin/",
            "place_url": admin_edit_url(place),
            "organisation_url": admin_edit_url(place.organisation),
            "same_name": [(org, admin_edit_url(org)) for org in same_name],
        },
        to=staff_recipients(site),
    )


def is_duplicate_proposal(token):
    return Place.objects.filter(proposal_token=token).exists()


def create_proposal(form, site):
    """Save a proposed place as a draft with a revision; staff publish it after review.

    The proposer always gets a new organisation marked as proposed (never an existing one
    found by name): it receives no residents' data until staff have checked it. Idempotent
    per form token, also when the same token arrives twice at once. Returns the new place,
    or None for a double submit."""
    data = form.cleaned_data
    now = timezone.now()
    try:
        with transaction.atomic():
            place = form.save(commit=False)
            place.organisation = Organisation.objects.create(
                name=data["organisation_name"].strip(),
                email=data["organisation_email"],
                is_proposed=True,
                proposed_at=now,
            )
            place.proposed_by = data["organisation_email"]
            place.proposed_at = now
            place.proposal_token = data["token"]
            place.live = False
            place.save()
            place.save_revision(log_action=True)
            notify_staff_of_proposal(place, site)
    except IntegrityError:
        if Place.objects.filter(proposal_token=data["token"]).exists():
            return None  # the same form, sent twice at once: the other request saved it
        raise
    return place
