"""Settings for pytest: the base settings with fast hashing. Services still come from the env."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-secret-key-not-for-production"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The outbox delivers into Django's test mailbox (``mail.outbox``).
OUTBOX_EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests run tasks eagerly unless a test starts a real worker (see tests/conftest.py).
CELERY_TASK_ALWAYS_EAGER = True
# Keep tests independent of any cache server state.
CACHES = {"default": env.cache("TEST_CACHE_URL", default="locmemcache://tests")}
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
# Tests that need it switch the staff-MFA rule on (tests/portal/accounts).
REQUIRE_STAFF_MFA = False
# Unit tests measure rendering (query counts); the page cache has its own tests, and the
# browser tests switch it on so every journey runs through it as in production.
PAGE_CACHE_SECONDS = 0
ROUTE_CACHE_SECONDS = 0  # unit tests count the queries of a cold route; on in browser tests
