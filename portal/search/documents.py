"""Shared plumbing for the apps' Elasticsearch documents (``<app>/documents.py``).

Each app defines an ``elasticsearch.dsl.Document`` with a ``from_instance`` classmethod and
registers it for its model. Documents are written only by Celery tasks (``portal.search.tasks``)
after publish/unpublish, never in a request. Without ELASTICSEARCH_URL nothing is written and the
apps search the database instead.
"""

from django.conf import settings
from elasticsearch.dsl import connections

REGISTRY = {}


def register(model_label):
    """Class decorator: ``@register("instrumentenboek.instrumentpage")``."""

    def decorator(document_class):
        REGISTRY[model_label.lower()] = document_class
        return document_class

    return decorator


def index_name(suffix):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{suffix}"


def is_enabled():
    return bool(settings.ELASTICSEARCH_URL)


def ensure_connection():
    """Create the default DSL connection lazily (never at import time)."""
    try:
        return connections.get_connection()
    except KeyError:
        return connections.create_connection(
            hosts=[settings.ELASTICSEARCH_URL], request_timeout=5, max_retries=1
        )


def document_for(model_label):
    return REGISTRY.get(model_label.lower())
