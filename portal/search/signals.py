"""Queue index updates when a page is published, unpublished or deleted.

Search backends run with AUTO_UPDATE off (see settings), so this is the only path that writes to
the index. The task is queued after the transaction commits, so the worker sees the new state.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, published, unpublished

from portal.core.queue import enqueue_after_commit

from . import documents

INDEX = "portal.search.tasks.index_object"
REMOVE = "portal.search.tasks.remove_object"
SYNC = "portal.search.tasks.sync_document"


def _content_type_id(instance):
    return ContentType.objects.get_for_model(instance.specific_class or type(instance)).pk


def _queue_document_sync(instance):
    """Also (re)write the app's own Elasticsearch document, if the page type has one."""
    label = (getattr(instance, "specific_class", None) or type(instance))._meta.label_lower
    if documents.document_for(label) is not None:
        enqueue_after_commit(SYNC, label, instance.pk)


@receiver(page_published)
def queue_index_on_publish(sender, instance, **kwargs):
    enqueue_after_commit(INDEX, _content_type_id(instance), instance.pk)
    _queue_document_sync(instance)


@receiver(page_unpublished)
def queue_removal_on_unpublish(sender, instance, **kwargs):
    enqueue_after_commit(REMOVE, _content_type_id(instance), instance.pk)
    _queue_document_sync(instance)


@receiver(post_delete)
def queue_removal_on_delete(sender, instance, **kwargs):
    if not isinstance(instance, Page) or type(instance) is not (instance.specific_class or Page):
        return
    enqueue_after_commit(REMOVE, _content_type_id(instance), instance.pk)
    _queue_document_sync(instance)


@receiver(published)
@receiver(unpublished)
def queue_document_sync_for_snippets(sender, instance, **kwargs):
    """Moderated non-page models (e.g. participatiekaart places) keep their document current."""
    _queue_document_sync(instance)
