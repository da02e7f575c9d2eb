"""Celery application. Broker and schedule come from Django settings (``CELERY_*``)."""

import os

from celery import Celery

# Production unless told otherwise: those settings refuse to start without SECRET_KEY and
# ALLOWED_HOSTS, so a server never runs on the dev settings by accident. make run/worker and
# the tests set DJANGO_SETTINGS_MODULE themselves.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
