"""Hand work to Celery after the transaction commits, without ever failing the request.

A broker outage must not turn a saved submission into a 500: the request only *asks* for the
task; what must not be lost (mails) is already in the outbox and is swept up later, and the
other tasks (search index, geocoding) have their own catch-up beat jobs.
"""

import logging

from django.db import transaction
from kombu.exceptions import OperationalError

from portal.celery import app

logger = logging.getLogger(__name__)

BROKER_ERRORS = (OperationalError, ConnectionError, OSError, TimeoutError)


def _task(task_name):
    if task_name not in app.tasks:
        app.loader.import_default_modules()  # web processes discover the apps' tasks lazily
    return app.tasks[task_name]


def send_task_safely(task_name, args=(), kwargs=None):
    """Queue a task by name; returns False (and logs) when the broker cannot be reached."""
    task = _task(task_name)
    try:
        task.apply_async(args=args, kwargs=kwargs or {})
    except BROKER_ERRORS as error:
        if app.conf.task_always_eager:
            raise  # eager mode has no broker: this is the task's own error
        logger.warning(
            "Broker unreachable, task %s not queued (%s)", task_name, type(error).__name__
        )
        return False
    return True


def enqueue_after_commit(task_name, *args):
    """Queue ``task_name(*args)`` once the current transaction commits (at once in autocommit)."""
    transaction.on_commit(lambda: send_task_safely(task_name, args))
