"""Per-example isolation and the checks every fuzzed request gets.

The tests run on SQLite, which accepts things PostgreSQL (production) refuses. ``postgres_rules``
makes the SQLite connection refuse NUL characters in query parameters, as psycopg does, and
``assert_rows_fit_postgres`` checks saved rows against column lengths and integer ranges, so a
500 that would only happen in production is still found here.
"""

import contextlib
import datetime
import os

from django.core.cache import cache
from django.db import DataError, connection, models, transaction
from hypothesis import HealthCheck, event, settings

# FUZZ_EXAMPLES=500 for a deep run by hand; the suite itself stays fast.
FUZZ_SETTINGS = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", 40)),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

SMALLINT = (-32768, 32767)
INTEGER = (-2147483648, 2147483647)


class NoRollback(Exception):
    pass


def _reject_nul(execute, sql, params, many, context):
    rows = params if many else [params]
    for row in rows or []:
        values = row.values() if isinstance(row, dict) else (row or [])
        for value in values:
            if isinstance(value, str) and "\x00" in value:
                # What psycopg raises for NUL in a text parameter on PostgreSQL.
                raise DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes")
    return execute(sql, params, many, context)


@contextlib.contextmanager
def isolated_example():
    """One Hypothesis example: empty cache, a savepoint rolled back afterwards, PostgreSQL's
    refusal of NUL characters."""
    cache.clear()
    from participatiekaart.geocoding import breaker

    breaker.reset()
    with connection.execute_wrapper(_reject_nul), transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)


def counts(*model_classes):
    return {m: m.objects.count() for m in model_classes}


def new_rows(model, before_ids):
    return list(model.objects.exclude(pk__in=before_ids))


def ids(model):
    return set(model.objects.values_list("pk", flat=True))


def assert_fits_postgres(obj):
    """Values SQLite stores but PostgreSQL would refuse with a DataError (a 500)."""
    for field in obj._meta.concrete_fields:
        value = getattr(obj, field.attname)
        if value is None:
            continue
        if isinstance(value, str):
            assert "\x00" not in value, f"{field.name} holds NUL"
            if getattr(field, "max_length", None) and not isinstance(field, models.TextField):
                assert len(value) <= field.max_length, (
                    f"{field.name}: {len(value)} > {field.max_length}"
                )
        if isinstance(field, models.SmallIntegerField | models.PositiveSmallIntegerField):
            assert SMALLINT[0] <= value <= SMALLINT[1], f"{field.name}={value} out of smallint"
        elif isinstance(field, models.IntegerField) and not isinstance(
            field, models.BigIntegerField | models.AutoField | models.BigAutoField
        ):
            assert INTEGER[0] <= value <= INTEGER[1], f"{field.name}={value} out of integer"
        if isinstance(value, datetime.date):
            assert 1 <= value.year <= 9999


def assert_no_server_error(response):
    assert response.status_code < 500, response.status_code


def sent(data, name):
    """The value Django reads for ``name`` (``QueryDict.get``: the last one of a list)."""
    value = data.get(name)
    return value[-1] if isinstance(value, list) else value


def check_public_post(response, before, after, primary, data, also=()):
    """Rejected: nothing changed. Accepted (302, not a bot): one ``primary`` row, complete."""
    assert_no_server_error(response)
    assert response.status_code in (200, 302, 429), response.status_code
    event(f"status {response.status_code}{' (honeypot)' if sent(data, 'website') else ''}")
    if response.status_code != 302 or sent(data, "website"):
        assert after == before, "a rejected or spam submission changed the database"
        return
    assert after[primary] == before[primary] + 1
    for model in also:
        assert after[model] == before[model] + 1, f"{model.__name__} missing: half-saved"


def post_and_check(client, url, data, primary, also=(), watch=(), honeypot=False):
    """POST ``data``; return the one new ``primary`` row when accepted, else None.

    Rejected (200, or 429 over a rate limit), or a bot's honeypot: none of ``primary``,
    ``also`` and ``watch`` changed. Accepted (302): exactly one new ``primary`` and one new row
    of each model in ``also`` (nothing half-saved), and the new row fits PostgreSQL."""
    from portal.core.models import OutboxMessage

    models_ = (primary, *also, *watch)
    before_ids = ids(primary)
    mails_before = ids(OutboxMessage)
    before = counts(*models_)
    response = client.post(url, data)
    check_public_post(response, before, counts(*models_), primary, data if honeypot else {}, also)
    if response.status_code != 302 or (honeypot and sent(data, "website")):
        return None
    (new,) = primary.objects.exclude(pk__in=before_ids)
    assert_fits_postgres(new)
    assert_mails_deliverable(OutboxMessage.objects.exclude(pk__in=mails_before))
    return new


def assert_mails_deliverable(rows):
    """The queued mails of a submission can be built into MIME messages (a header with a
    newline or an impossible address would fail in the worker: a mail silently lost)."""
    from portal.core.outbox import _as_email

    for row in rows:
        assert_fits_postgres(row)
        _as_email(row).message().as_bytes()
