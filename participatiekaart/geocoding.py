"""Geocoding with the PDOK Locatieserver (configurable URL, timeout, cached).

Places are geocoded only in Celery (``tasks.geocode_place``). A resident's own postcode is the
one lookup made in a request, with the short GEOCODER_TIMEOUT; when it fails the page says so.
"""

import hashlib
import logging
import re
from dataclasses import dataclass

import requests
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

POINT = re.compile(r"POINT\(\s*([-\d.]+)\s+([-\d.]+)\s*\)")
FOUND_TTL = 60 * 60 * 24 * 30
NOT_FOUND_TTL = 60 * 60 * 24
MISSING = "not-found"


class GeocoderUnavailable(Exception):
    """The geocoder could not be reached or answered with an error."""


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    label: str


def parse_response(payload):
    docs = (payload.get("response") or {}).get("docs") or []
    if not docs:
        return None
    match = POINT.search(docs[0].get("centroide_ll", ""))
    if not match:
        return None
    longitude, latitude = float(match.group(1)), float(match.group(2))
    return Location(latitude, longitude, docs[0].get("weergavenaam", ""))


def geocode(query, kind="adres"):
    """Location for ``query`` or None when nothing matches. Raises GeocoderUnavailable."""
    key = "geocode:" + hashlib.sha256(f"{kind}|{query.lower().strip()}".encode()).hexdigest()
    cached = cache.get(key)
    if cached == MISSING:
        return None
    if cached:
        return Location(*cached)
    try:
        response = requests.get(
            settings.GEOCODER_URL,
            params={"q": query, "fq": f"type:{kind}", "rows": 1, "fl": "centroide_ll,weergavenaam"},
            timeout=settings.GEOCODER_TIMEOUT,
        )
        response.raise_for_status()
        location = parse_response(response.json())
    except (requests.RequestException, ValueError) as error:
        logger.warning("Geocoder unavailable for %r: %s", query, error)
        raise GeocoderUnavailable(str(error)) from error
    if location is None:
        cache.set(key, MISSING, NOT_FOUND_TTL)
        return None
    cache.set(key, (location.latitude, location.longitude, location.label), FOUND_TTL)
    return location


def geocode_postcode(postcode):
    return geocode(postcode, kind="postcode")
