"""Create the local development superuser (only when DEBUG is on)."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEFAULT_EMAIL = "beheer@example.nl"


class Command(BaseCommand):
    help = "Maakt een lokale beheerder aan voor make run (weigert als DEBUG uit staat)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Alleen voor lokale ontwikkeling (DEBUG=True).")
        email = os.environ.get("DEV_ADMIN_EMAIL", DEFAULT_EMAIL)
        password = os.environ.get("DEV_ADMIN_PASSWORD", "participatie-demo")
        user_model = get_user_model()
        user = user_model.objects.filter(email=email).first()
        if user is None:
            user = user_model.objects.create_superuser(
                email=email, password=password, first_name="Beheer", last_name="Demo"
            )
        # Staff log in through allauth, which requires a verified e-mail address.
        from allauth.account.models import EmailAddress

        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        self.stdout.write(f"Inloggen op /admin/ met {email} / {password}")
        from vacatures.demo import DEMO_PASSWORD, ORGANISATIONS

        for organisation in ORGANISATIONS:
            for user_email, _name, role in organisation["users"]:
                self.stdout.write(
                    f"Werkgever ({role}, {organisation['name']}): /account/login/ "
                    f"met {user_email} / {DEMO_PASSWORD}"
                )
