"""A small circuit breaker for outbound calls (geocoder now, other services later).

After ``failure_threshold`` consecutive failures the circuit opens: ``allow()`` says no for
``reset_after`` seconds, so a dead service costs nothing per request. Then it is half-open: one
trial call is let through; its success closes the circuit, its failure opens it again.

The state lives in the cache (Redis in production, so all workers share it) while the cache
answers, and in a process-local copy otherwise. A cache call that raises never breaks the
caller. Counting is read-modify-write, so under heavy concurrency a failure may be counted
twice or not at all; for a breaker that is good enough.

Usage::

    breaker = CircuitBreaker("geocoder", failure_threshold=3, reset_after=60)
    if not breaker.allow():
        return fallback()
    try:
        result = call_the_service()
    except ServiceError:
        breaker.record_failure()
        raise
    breaker.record_success()
"""

import logging
import math
import threading
import time

from django.core.cache import caches

logger = logging.getLogger(__name__)

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half-open"
STATE_TTL = 60 * 60 * 24
UNAVAILABLE = object()

_local_lock = threading.Lock()
_local_states = {}  # name -> state dict, the fallback while the cache is down
_local_trials = {}  # name -> time the last half-open trial was let through


def cache_call(operation, *args, alias="default", **kwargs):
    """Run one cache operation; UNAVAILABLE when the cache raises (logged by class only)."""
    try:
        return getattr(caches[alias], operation)(*args, **kwargs)
    except Exception as error:  # any backend error: the caller goes on without the cache
        logger.warning("Cache %s failed (%s)", operation, type(error).__name__)
        return UNAVAILABLE


def _closed():
    return {"failures": 0, "opened_at": None}


class CircuitBreaker:
    def __init__(
        self, name, failure_threshold=3, reset_after=60.0, *, clock=time.time, cache_alias="default"
    ):
        self.name = name
        self.failure_threshold = failure_threshold
        self.reset_after = reset_after
        self.clock = clock  # wall clock: the state is shared between processes
        self.cache_alias = cache_alias
        self.key = f"circuit:{name}"
        self.trial_key = f"circuit:{name}:trial"

    # --- public API ---------------------------------------------------------------------

    @property
    def state(self):
        opened_at = self._load()["opened_at"]
        if opened_at is None:
            return CLOSED
        return OPEN if self.clock() - opened_at < self.reset_after else HALF_OPEN

    def allow(self):
        """May the call go out now? In half-open state only one caller gets a yes."""
        state = self.state
        if state == CLOSED:
            return True
        if state == OPEN:
            return False
        return self._claim_trial()

    def record_success(self):
        if self._load() != _closed():
            self._save(_closed())
            self._cache("delete", self.trial_key)

    def record_failure(self):
        state = self._load()
        state["failures"] += 1
        if state["opened_at"] is not None or state["failures"] >= self.failure_threshold:
            if state["opened_at"] is None:
                logger.warning("Circuit %s opened after %d failures", self.name, state["failures"])
            state["opened_at"] = self.clock()
            self._cache("delete", self.trial_key)
            with _local_lock:
                _local_trials.pop(self.name, None)
        self._save(state)

    def reset(self):
        """Forget everything (tests, or staff after a repair)."""
        with _local_lock:
            _local_states.pop(self.name, None)
            _local_trials.pop(self.name, None)
        self._cache("delete", self.key)
        self._cache("delete", self.trial_key)

    # --- storage --------------------------------------------------------------------------

    def _cache(self, operation, *args, **kwargs):
        return cache_call(operation, *args, alias=self.cache_alias, **kwargs)

    def _load(self):
        state = self._cache("get", self.key)
        if state is UNAVAILABLE:
            with _local_lock:
                state = _local_states.get(self.name)
        return dict(state) if state else _closed()

    def _save(self, state):
        with _local_lock:
            _local_states[self.name] = dict(state)
        self._cache("set", self.key, state, STATE_TTL)

    def _claim_trial(self):
        """cache.add is atomic, so one process wins; a trial that never reports back expires."""
        claimed = self._cache(
            "add", self.trial_key, True, timeout=max(1, math.ceil(self.reset_after))
        )
        if claimed is not UNAVAILABLE:
            return bool(claimed)
        now = self.clock()
        with _local_lock:
            last = _local_trials.get(self.name)
            if last is not None and now - last < self.reset_after:
                return False
            _local_trials[self.name] = now
            return True
