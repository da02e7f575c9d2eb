"""Search indexing runs in Celery, never in the request that publishes a page."""

import logging

from celery import shared_task
from django.contrib.contenttypes.models import ContentType
from wagtail.search.backends import get_search_backends

logger = logging.getLogger(__name__)


def _load(content_type_id, object_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return None
    return model._default_manager.filter(pk=object_id).first()


@shared_task(
    bind=True, autoretry_for=(ConnectionError, TimeoutError), retry_backoff=True, max_retries=5
)
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


@shared_task(
    bind=True, autoretry_for=(ConnectionError, TimeoutError), retry_backoff=True, max_retries=5
)
def remove_object(self, content_type_id, object_id):
    """Remove one object from every search backend (after unpublish or delete)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return "missing"
    stub = model(pk=object_id)
    for backend in get_search_backends():
        backend.delete(stub)
    return "removed"
