from django.apps import AppConfig


class StorytellingConfig(AppConfig):
    name = "storytelling"
    verbose_name = "Verhalen"

    def ready(self):
        from portal.core.page_cache import purge_on_change

        from .models import Aspect, Sector

        purge_on_change(Sector, Aspect)
