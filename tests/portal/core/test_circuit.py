import pytest

from portal.core.circuit import (
    CLOSED,
    HALF_OPEN,
    OPEN,
    UNAVAILABLE,
    CircuitBreaker,
    cache_call,
)
from tests.portal.core.cache_backends import BROKEN_CACHES


class Clock:
    """Injected time: tests move it forward instead of sleeping."""

    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def breaker(clock):
    breaker = CircuitBreaker("test-service", failure_threshold=3, reset_after=60, clock=clock)
    breaker.reset()
    yield breaker
    breaker.reset()


@pytest.fixture
def broken_cache(settings):
    settings.CACHES = BROKEN_CACHES


def fail(breaker, times):
    for _ in range(times):
        assert breaker.allow()
        breaker.record_failure()


def test_opens_after_the_threshold_of_consecutive_failures(breaker):
    fail(breaker, 2)
    assert breaker.state == CLOSED
    fail(breaker, 1)
    assert breaker.state == OPEN
    assert not breaker.allow()


def test_a_success_resets_the_count_of_consecutive_failures(breaker):
    fail(breaker, 2)
    breaker.record_success()
    fail(breaker, 2)
    assert breaker.state == CLOSED


def test_half_open_after_the_cooldown_lets_one_trial_through(breaker, clock):
    fail(breaker, 3)
    clock.advance(59)
    assert not breaker.allow()
    clock.advance(1)
    assert breaker.state == HALF_OPEN
    assert breaker.allow()
    assert not breaker.allow()  # only one trial at a time


def test_a_successful_trial_closes_the_circuit(breaker, clock):
    fail(breaker, 3)
    clock.advance(60)
    assert breaker.allow()
    breaker.record_success()
    assert breaker.state == CLOSED
    assert breaker.allow() and breaker.allow()


def test_a_failed_trial_opens_it_again_for_a_full_cooldown(breaker, clock):
    fail(breaker, 3)
    clock.advance(60)
    fail(breaker, 1)
    assert breaker.state == OPEN
    clock.advance(59)
    assert not breaker.allow()
    clock.advance(1)
    assert breaker.allow()


def test_state_is_shared_through_the_cache_by_other_processes(breaker, clock):
    other_worker = CircuitBreaker("test-service", failure_threshold=3, reset_after=60, clock=clock)
    fail(breaker, 3)
    assert not other_worker.allow()


def test_without_a_cache_the_breaker_works_in_the_process(breaker, clock, broken_cache):
    assert cache_call("get", "anything") is UNAVAILABLE  # the cache raises, the call does not
    fail(breaker, 3)
    assert breaker.state == OPEN and not breaker.allow()
    clock.advance(60)
    assert breaker.allow()
    assert not breaker.allow()
    breaker.record_success()
    assert breaker.state == CLOSED


def test_state_kept_while_the_cache_answered_survives_a_cache_outage(breaker, settings):
    fail(breaker, 3)
    settings.CACHES = BROKEN_CACHES
    assert breaker.state == OPEN
