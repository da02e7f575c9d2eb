import os

from django.core.wsgi import get_wsgi_application

# Production unless told otherwise: those settings refuse to start without SECRET_KEY and
# ALLOWED_HOSTS, so a server never runs on the dev settings by accident. make run/worker and
# the tests set DJANGO_SETTINGS_MODULE themselves.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
