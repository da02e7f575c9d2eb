from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = "Portaal"

    def ready(self):
        from django.db.models.signals import post_migrate

        from portal.core import chrome
        from portal.core.csp import nonce_wagtail_chooser_scripts
        from portal.core.page_cache import connect_core_signals, purge_all

        nonce_wagtail_chooser_scripts()
        connect_core_signals()
        chrome.connect()
        # Every release runs `migrate` (README, compose, the Kubernetes Job): new code must not
        # be handed pages or routing objects that the old code rendered or pickled.
        post_migrate.connect(purge_all, sender=self, dispatch_uid="portal-purge-on-migrate")
