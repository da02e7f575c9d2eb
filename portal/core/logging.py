"""Log formatting: one JSON object a line in production (``LOG_FORMAT=json``), plain elsewhere.

No Django import here: gunicorn's master process uses the formatter before Django is set up
(gunicorn.conf.py). Nothing is written that holds a query string: residents' postcodes are in
query strings.
"""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else came in through ``extra={...}``.
_STANDARD_ATTRIBUTES = frozenset(vars(logging.LogRecord("", logging.INFO, "", 0, "", (), None))) | {
    "message",
    "asctime",
    "taskName",
}

# gunicorn's access log passes its atoms as the record's args; only these become fields.
_ACCESS_FIELDS = {"m": "method", "U": "path", "s": "status", "B": "bytes", "M": "duration_ms"}


def _field(value):
    # A Django request (extra of django.request and django.security) would print its URL with
    # the query string: keep the method and path only.
    if hasattr(value, "META") and hasattr(value, "path") and hasattr(value, "method"):
        return {"method": value.method, "path": value.path}
    return value


class JsonFormatter(logging.Formatter):
    """A log record as a JSON object: time (UTC), level, logger, message, extras, exception."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            for atom, name in _ACCESS_FIELDS.items():
                entry[name] = record.args.get(atom)
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRIBUTES and not key.startswith("_"):
                entry[key] = _field(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, default=str, ensure_ascii=False)
