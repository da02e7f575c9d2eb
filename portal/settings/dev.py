"""Embedded development settings for ``make run``: nothing to install beyond Python and Node."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# runserver serves static files straight from the finders, so CSS edits show without collectstatic.
MIDDLEWARE = [m for m in MIDDLEWARE if m != "whitenoise.middleware.WhiteNoiseMiddleware"]  # noqa: F405

# `make run` demo: the dev superuser may use /admin/ without setting up TOTP first.
REQUIRE_STAFF_MFA = env.bool("REQUIRE_STAFF_MFA", default=False)
