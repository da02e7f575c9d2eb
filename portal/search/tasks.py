"""Search indexing runs in Celery, never in the request that publishes a page."""

import logging

from celery import shared_task
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from elastic_transport import ConnectionError as ESConnectionError
from elastic_transport import ConnectionTimeout
from wagtail.search.backends import get_search_backends

from portal.search import documents

logger = logging.getLogger(__name__)

# What an unreachable or slow search backend raises: the Elasticsearch client's transport errors
# do not inherit from Python's ConnectionError/TimeoutError, so both families are listed.
RETRYABLE = (ESConnectionError, ConnectionTimeout, ConnectionError, TimeoutError)
RETRY = {"autoretry_for": RETRYABLE, "retry_backoff": True, "max_retries": 5}


def _load(content_type_id, object_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return model._default_manager.filter(pk=object_id).first()


@shared_task(bind=True, **RETRY)
def index_object(self, content_type_id, object_id):
    """(Re)index one object in every configured search backend."""
    obj = _load(content_type_id, object_id)
    if obj is None:
        return "missing"
    indexed = obj.get_indexed_instance() if hasattr(obj, "get_indexed_instance") else obj
    if indexed is None:
        return "skipped"
    for backend in get_search_backends():
        backend.add(indexed)
    return "indexed"


@shared_task(bind=True, **RETRY)
def remove_object(self, content_type_id, object_id):
    """Remove one object from every search backend (after unpublish or delete)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return "missing"
    stub = model(pk=object_id)
    for backend in get_search_backends():
        backend.delete(stub)
    return "removed"


@shared_task(bind=True, **RETRY)
def sync_document(self, model_label, object_id):
    """Write (or delete) the app's Elasticsearch document for one object.

    Live objects are written, anything else (unpublished, deleted) is removed from the index.
    """
    document_class = documents.document_for(model_label)
    if document_class is None or not documents.is_enabled():
        return "disabled"
    documents.ensure_connection()
    model = apps.get_model(model_label)
    obj = model._default_manager.filter(pk=object_id).first()
    if obj is not None and getattr(obj, "live", True):
        document_class.from_instance(obj).save()
        return "indexed"
    document_class(meta={"id": object_id}).delete(ignore=404)
    return "deleted"
