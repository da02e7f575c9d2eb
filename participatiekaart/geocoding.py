"""Geocoding with the PDOK Locatieserver (configurable URL, timeouts, cached).

Places are geocoded only in Celery (``tasks.geocode_place``, ``GEOCODER_TIMEOUT``). A
resident's own postcode is the one lookup made in a request (``geocode_postcode``): it uses the
short ``GEOCODER_REQUEST_TIMEOUT``, a failure is remembered for a few minutes, and a circuit
breaker skips the geocoder altogether while it keeps failing. The caller then falls back on the
local table of 4-digit postcode areas (``PostcodeArea``).

Privacy: the query (an address or a resident's postcode) is never logged, and neither is the
exception text of requests (it holds the URL with the query).
"""

import hashlib
import logging
import re
from dataclasses import dataclass

import requests
from django.conf import settings

from portal.core.circuit import UNAVAILABLE, CircuitBreaker, cache_call

logger = logging.getLogger(__name__)

POINT = re.compile(r"POINT\(\s*([-\d.]+)\s+([-\d.]+)\s*\)")
FOUND_TTL = 60 * 60 * 24 * 30
NOT_FOUND_TTL = 60 * 60 * 24
FAILED_TTL = 60 * 5
MISSING = "not-found"
FAILED = "failed"

# Shared by all workers through the cache; see portal/core/circuit.py.
breaker = CircuitBreaker("geocoder", failure_threshold=3, reset_after=60)


class GeocoderUnavailable(Exception):
    """The geocoder could not be reached, answered with an error, or is being skipped."""


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


def _cache_key(query, kind):
    return "geocode:" + hashlib.sha256(f"{kind}|{query.lower().strip()}".encode()).hexdigest()


def _from_cache(key):
    """(True, Location or None) on a cache hit, (False, None) otherwise.

    Raises GeocoderUnavailable for a recently failed lookup. A cache that is down is a miss."""
    cached = cache_call("get", key)
    if cached is UNAVAILABLE or cached is None:
        return False, None
    if cached == FAILED:
        raise GeocoderUnavailable("failed recently")
    if cached == MISSING:
        return True, None
    return True, Location(*cached)


def _remember(key, location):
    if location is None:
        cache_call("set", key, MISSING, NOT_FOUND_TTL)
    else:
        cache_call("set", key, (location.latitude, location.longitude, location.label), FOUND_TTL)


def _lookup(query, kind, timeout):
    """One call to PDOK. Raises GeocoderUnavailable without the query or URL in it."""
    try:
        response = requests.get(
            settings.GEOCODER_URL,
            params={"q": query, "fq": f"type:{kind}", "rows": 1, "fl": "centroide_ll,weergavenaam"},
            timeout=timeout,
        )
        response.raise_for_status()
        return parse_response(response.json())
    except (requests.RequestException, ValueError) as error:
        reason = type(error).__name__
        logger.warning("Geocoder failed (%s)", reason)
        # "from None": the original exception text holds the URL with the query.
        raise GeocoderUnavailable(reason) from None


def geocode(query, kind="adres"):
    """Location for ``query`` or None when nothing matches. Raises GeocoderUnavailable.

    For Celery (``GEOCODER_TIMEOUT``; the task retries with back-off itself)."""
    key = _cache_key(query, kind)
    hit, location = _from_cache(key)
    if hit:
        return location
    location = _lookup(query, kind, settings.GEOCODER_TIMEOUT)
    _remember(key, location)
    return location


def geocode_postcode(postcode):
    """A resident's postcode, inside a request, with the short GEOCODER_REQUEST_TIMEOUT.

    requests applies the timeout to the connect and to each read (not to DNS resolution), so a
    silent or unreachable PDOK costs at most about that long per request.

    At most one PDOK call per postcode a day (results cached), a failure is not retried for
    FAILED_TTL, and while the breaker is open PDOK is not called at all."""
    key = _cache_key(postcode, "postcode")
    hit, location = _from_cache(key)
    if hit:
        return location
    if not breaker.allow():
        raise GeocoderUnavailable("circuit open")
    try:
        location = _lookup(postcode, "postcode", settings.GEOCODER_REQUEST_TIMEOUT)
    except GeocoderUnavailable:
        breaker.record_failure()
        cache_call("set", key, FAILED, FAILED_TTL)
        raise
    breaker.record_success()
    _remember(key, location)
    return location
