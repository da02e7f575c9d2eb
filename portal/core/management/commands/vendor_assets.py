"""Copy the front-end files listed in vendor-assets.json from node_modules into build/vendor/."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.core.vendor_assets import VendorAssetError, copy_vendor_assets


class Command(BaseCommand):
    help = (
        "Kopieert de front-endbestanden uit vendor-assets.json van node_modules naar "
        "build/vendor/ (vóór collectstatic)."
    )
    # build/vendor/ may not exist yet: the staticfiles check would warn about the very folder
    # this command creates.
    requires_system_checks = []

    def handle(self, *args, **options):
        try:
            copied = copy_vendor_assets(
                settings.VENDOR_ASSETS_MANIFEST, settings.NODE_MODULES, settings.VENDOR_ASSETS_DIR
            )
        except VendorAssetError as exc:
            raise CommandError(str(exc)) from exc
        if options["verbosity"]:
            self.stdout.write(
                f"{len(copied)} bestanden gekopieerd naar {settings.VENDOR_ASSETS_DIR}"
            )
