from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = "Portaal"

    def ready(self):
        from portal.core import chrome
        from portal.core.csp import nonce_wagtail_chooser_scripts
        from portal.core.page_cache import connect_core_signals

        nonce_wagtail_chooser_scripts()
        connect_core_signals()
        chrome.connect()
