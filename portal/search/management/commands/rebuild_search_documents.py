"""(Re)create every app's Elasticsearch index and write all live objects (after a deploy)."""

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError

from portal.search import documents


class Command(BaseCommand):
    help = "Bouwt de Elasticsearch-indexen van de apps opnieuw op."

    def handle(self, *args, **options):
        if not documents.is_enabled():
            raise CommandError("ELASTICSEARCH_URL is niet ingesteld.")
        documents.ensure_connection()
        for label, document_class in documents.REGISTRY.items():
            index = document_class._index
            if index.exists():
                index.delete()
            document_class.init()
            manager = apps.get_model(label)._default_manager
            live = manager.filter(live=True) if hasattr(manager.model, "live") else manager.all()
            count = 0
            for obj in live.iterator():
                document_class.from_instance(obj).save()
                count += 1
            self.stdout.write(f"{label}: {count} documenten")
