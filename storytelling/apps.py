from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StorytellingConfig(AppConfig):
    name = "storytelling"
    verbose_name = "Verhalen"

    def ready(self):
        from portal.core import teasers
        from portal.core.page_cache import purge_on_change

        from . import services
        from .models import Aspect, Sector

        purge_on_change(Sector, Aspect)
        teasers.register(
            "nieuwste_kandidaatverhaal",
            _("Het nieuwste verhaal van een kandidaat"),
            services.newest_candidate_teaser,
        )
