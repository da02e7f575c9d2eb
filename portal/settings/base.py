"""Settings shared by every environment. Everything that differs comes from the environment.

The defaults describe the *embedded* set-up used by ``make run``: SQLite, Wagtail's database
search backend, Celery tasks executed eagerly and mail printed to the console.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env("SECRET_KEY", default="insecure-dev-key-only-for-make-run-never-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[SITE_URL])
# Where security researchers report a vulnerability (/.well-known/security.txt, RFC 9116): a
# mailto:, https: or tel: URI. Empty: the site settings' general e-mail address.
SECURITY_CONTACT = env("SECURITY_CONTACT", default="")

INSTALLED_APPS = [
    "portal.core",
    "portal.accounts",
    "portal.search",
    "instrumentenboek",
    "storytelling",
    "vacatures",
    "participatiekaart",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.core.csp.PortalCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files: compressed by collectstatic
    # Outside the page cache, which stores and replays (nonce, tokens) the uncompressed body;
    # inside WhiteNoise, which answers for static files before this runs.
    "django.middleware.gzip.GZipMiddleware",
    "portal.core.page_cache.PageCacheMiddleware",  # anonymous GETs; hits skip all below
    "portal.core.route_cache.SiteMiddleware",  # the Wagtail site from the route cache
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.accounts.middleware.RequireStaffMfaMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- Data stores --------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Production keeps connections open (CONN_MAX_AGE 60 there); make run and tests do not.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://portal")}
if CACHES["default"]["BACKEND"].startswith("django_redis"):
    # Redis down must not take pages down: reads miss, writes are dropped (portal/core/cache.py).
    CACHES["default"]["BACKEND"] = "portal.core.cache.ResilientRedisCache"

# Whole pages for anonymous visitors, purged on every publish (portal/core/page_cache.py).
# 0 switches it off. The TTL bounds how stale time-dependent text (closing dates) can get.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Routing facts (site, pages on a path, specific page, "no view restriction") for everyone,
# forgotten with the page cache (portal/core/route_cache.py). 0 = off.
ROUTE_CACHE_SECONDS = env.int("ROUTE_CACHE_SECONDS", default=600)
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/account/", "/werkgevers/omgeving/", "/health/"]

# A reverse proxy or CDN in front (optional): Wagtail purges a page's URLs there on publish,
# and anonymous pages say ``Cache-Control: public, s-maxage=FRONTEND_CACHE_SECONDS``.
WAGTAILFRONTENDCACHE = {}
FRONTEND_CACHE_HTTP_URL = env("FRONTEND_CACHE_HTTP_URL", default="")
CLOUDFLARE_BEARER_TOKEN = env("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN", default="")
if FRONTEND_CACHE_HTTP_URL:  # Varnish, Squid, nginx with a PURGE handler
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_HTTP_URL,
    }
if CLOUDFLARE_BEARER_TOKEN:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": CLOUDFLARE_BEARER_TOKEN,
        "ZONEID": env("FRONTEND_CACHE_CLOUDFLARE_ZONEID", default=""),
    }
FRONTEND_CACHE_SECONDS = (
    env.int("FRONTEND_CACHE_SECONDS", default=60) if WAGTAILFRONTENDCACHE else 0
)

# --- Accounts -----------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "werkgevers:dashboard"
WAGTAILADMIN_LOGIN_URL = "account_login"  # staff log in through allauth, with MFA
# Pages behind a login restriction send visitors to the same login page (not Wagtail's own form).
WAGTAIL_FRONTEND_LOGIN_URL = "/account/login/"

# django-allauth: e-mail is the login, verification is mandatory, rate limits on (defaults).
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Participatieportaal] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https") else "http"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Everyone who can reach /admin/ must have TOTP and must have used it in this session
# (portal.accounts.middleware).
REQUIRE_STAFF_MFA = env.bool("REQUIRE_STAFF_MFA", default=True)
# Reverse proxies in front of the app that append to X-Forwarded-For (0: none; the client is
# REMOTE_ADDR). Rate limits key on the address the outermost trusted proxy saw.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="Participatieportaal")

# --- Language and time --------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

# --- Static and media ---------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
NODE_MODULES = BASE_DIR / "node_modules"
# Only the npm files the templates use (listed in vendor-assets.json), copied from node_modules
# by `manage.py vendor_assets` (make run/test, before collectstatic) and served as vendor/....
VENDOR_ASSETS_MANIFEST = BASE_DIR / "vendor-assets.json"
VENDOR_ASSETS_DIR = BASE_DIR / "build" / "vendor"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor", VENDOR_ASSETS_DIR),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Mail ---------------------------------------------------------------------------------
# Every mail goes into the transactional outbox first (portal/core/outbox.py); Celery delivers
# it through OUTBOX_EMAIL_BACKEND, the server named by EMAIL_URL.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
OUTBOX_EMAIL_BACKEND = EMAIL_BACKEND  # noqa: F821 (set by the line above)
EMAIL_BACKEND = "portal.core.outbox.OutboxEmailBackend"
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Participatieportaal <noreply@example.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery -------------------------------------------------------------------------------
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="memory://")
CELERY_RESULT_BACKEND = env("CELERY_RESULT_BACKEND", default=None)
# Without a real broker every task runs in-process (embedded mode).
CELERY_TASK_ALWAYS_EAGER = env.bool(
    "CELERY_TASK_ALWAYS_EAGER", default=CELERY_BROKER_URL.startswith("memory")
)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 3, "socket_timeout": 5}
# A request that queues a task while the broker is down gives up within about a second; the
# work is not lost (mails sit in the outbox, the beat jobs below catch up).
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # The mail outbox: deliver what the immediate task missed; AVG retention of sent mails.
    "core-sweep-outbox-every-minute": {
        "task": "portal.core.tasks.sweep_outbox",
        "schedule": 60.0,
    },
    "core-delete-old-outbox-messages-daily": {
        "task": "portal.core.tasks.delete_old_outbox_messages",
        "schedule": crontab(hour=3, minute=30),
    },
    # Accounts (AVG): unverified sign-ups, old invitations and access requests.
    "accounts-delete-expired-daily": {
        "task": "portal.accounts.tasks.delete_expired_account_data",
        "schedule": crontab(hour=3, minute=0),
    },
    "vacatures-close-expired-daily": {
        "task": "vacatures.tasks.close_expired_vacancies",
        "schedule": crontab(hour=0, minute=15),
    },
    "vacatures-delete-expired-responses-daily": {
        "task": "vacatures.tasks.delete_expired_responses",
        "schedule": crontab(hour=2, minute=50),
    },
    # AVG: employers' questions a year after they were handled (docs/privacy.md).
    "vacatures-delete-expired-questions-daily": {
        "task": "vacatures.tasks.delete_expired_questions",
        "schedule": crontab(hour=2, minute=52),
    },
    # Instrumentenboek: facts past their review date or about to end.
    "instrumentenboek-flag-instruments-to-check-daily": {
        "task": "instrumentenboek.tasks.flag_instruments_to_check",
        "schedule": crontab(hour=6, minute=0),
    },
    # Participatiekaart: keep places current and delete residents' data (AVG).
    "participatiekaart-geocode-pending-places-hourly": {
        "task": "participatiekaart.tasks.geocode_pending_places",
        "schedule": crontab(minute=20),
    },
    "participatiekaart-request-confirmations-monthly": {
        "task": "participatiekaart.tasks.send_confirmation_requests",
        "schedule": crontab(day_of_month=1, hour=7, minute=0),
    },
    "participatiekaart-unpublish-stale-places-daily": {
        "task": "participatiekaart.tasks.unpublish_stale_places",
        "schedule": crontab(hour=6, minute=0),
    },
    "participatiekaart-delete-expired-interests-daily": {
        "task": "participatiekaart.tasks.delete_expired_interests",
        "schedule": crontab(hour=2, minute=45),
    },
    # AVG: 'klopt niet meer' reports 180 days, proposers' addresses 90 days, unchecked
    # proposed organisations without a place online 180 days (docs/privacy.md).
    "participatiekaart-delete-expired-reports-daily": {
        "task": "participatiekaart.tasks.delete_expired_reports",
        "schedule": crontab(hour=2, minute=55),
    },
    "participatiekaart-clear-expired-proposers-daily": {
        "task": "participatiekaart.tasks.clear_expired_proposers",
        "schedule": crontab(hour=3, minute=0),
    },
    "participatiekaart-delete-unchecked-organisations-daily": {
        "task": "participatiekaart.tasks.delete_unchecked_organisations",
        "schedule": crontab(hour=3, minute=5),
    },
    # AVG: employers' interest in a candidate story is kept 180 days.
    "delete-expired-story-interests-daily": {
        "task": "storytelling.tasks.delete_expired_interests",
        "schedule": crontab(hour=2, minute=30),
    },
    # Wagtail: scheduled go-live and expiry dates take effect only through this job.
    "core-publish-scheduled-every-5-minutes": {
        "task": "portal.core.tasks.publish_scheduled",
        "schedule": crontab(minute="*/5"),
    },
    "core-clear-sessions-daily": {
        "task": "portal.core.tasks.clear_sessions",
        "schedule": crontab(hour=4, minute=0),
    },
    # Wagtail: revisions older than 90 days, unless live, latest, scheduled or in moderation.
    "core-purge-revisions-weekly": {
        "task": "portal.core.tasks.purge_revisions",
        "schedule": crontab(hour=3, minute=45, day_of_week="sunday"),
    },
    # Keeps Wagtail's reference index current for the admin's usage counts.
    "rebuild-reference-index-weekly": {
        "task": "portal.core.tasks.rebuild_reference_index",
        "schedule": crontab(hour=3, minute=15, day_of_week="sunday"),
    },
}

# --- Search -------------------------------------------------------------------------------
ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX_PREFIX = env("ELASTICSEARCH_INDEX_PREFIX", default="participatieportaal")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX": ELASTICSEARCH_INDEX_PREFIX,
            "TIMEOUT": 5,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
            "AUTO_UPDATE": False,  # indexing runs in Celery, see portal/search/signals.py
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }

# --- Participatiekaart ---------------------------------------------------------------------
# PDOK Locatieserver (free, no key). Places are geocoded in Celery (GEOCODER_TIMEOUT); a
# resident's own postcode is looked up in the request with the short GEOCODER_REQUEST_TIMEOUT,
# behind a circuit breaker, falling back on the PostcodeArea table. Results are cached.
GEOCODER_URL = env("GEOCODER_URL", default="https://api.pdok.nl/bzk/locatieserver/search/v3_1/free")
GEOCODER_TIMEOUT = env.float("GEOCODER_TIMEOUT", default=3.0)
GEOCODER_REQUEST_TIMEOUT = env.float("GEOCODER_REQUEST_TIMEOUT", default=0.8)
MAP_TILE_URL = env(
    "MAP_TILE_URL",
    default="https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/"
    "{z}/{x}/{y}.png",
)
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION", default="Kaart: BRT Achtergrondkaart, Kadaster (PDOK)"
)


# --- Content-Security-Policy (django-csp, portal.core.csp) ------------------------------------
def _origin(url):
    """'https://host' of a URL template; '{s}'-style placeholders in the host become '*'."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{re.sub(r'{[^}]*}', '*', parts.netloc)}" if parts.netloc else None


_MAP_TILE_ORIGIN = _origin(MAP_TILE_URL)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # No 'unsafe-inline'/'unsafe-eval': scripts are static files; the nonce is for the few
        # elements that must be inline (JSON-LD through {% json_ld %}).
        "script-src": [SELF, NONCE, *env.list("CSP_SCRIPT_SRC", default=[])],
        "style-src": [SELF, NONCE],
        "img-src": [
            SELF,
            "data:",
            *([_MAP_TILE_ORIGIN] if _MAP_TILE_ORIGIN else []),
            *env.list("CSP_IMG_SRC", default=[]),
        ],
        "connect-src": [SELF, *env.list("CSP_CONNECT_SRC", default=[])],
        "font-src": [SELF],
        # Video embeds (wagtail.embeds) in page content.
        "frame-src": env.list(
            "CSP_FRAME_SRC",
            default=[
                "https://www.youtube-nocookie.com",
                "https://www.youtube.com",
                "https://player.vimeo.com",
            ],
        ),
        "frame-ancestors": [NONE],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "report-uri": env.list("CSP_REPORT_URI", default=None),
    },
}
# The Wagtail admin (and Django's) gets the smallest relaxation it needs, only under these paths:
# inline styles (its JavaScript libraries insert <style> elements and style attributes) and its own
# preview iframe. Scripts stay strict: Wagtail's few inline scripts carry the nonce through
# template overrides in portal/core/templates/wagtailadmin/.
CSP_ADMIN_PATH_PREFIXES = ["/admin/"]
CSP_ADMIN_UPDATE = {"frame-src": [SELF]}
CSP_ADMIN_REPLACE = {"style-src": [SELF, UNSAFE_INLINE], "frame-ancestors": [SELF]}
if env.bool("CSP_REPORT_ONLY", default=False):  # to try a stricter policy out first
    CONTENT_SECURITY_POLICY_REPORT_ONLY, CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY, None

# --- Wagtail ------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME", default="Participatieportaal")
WAGTAIL_I18N_ENABLED = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "csv", "txt"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_USER_CUSTOM_FIELDS = []
# No Gravatar: avatars would leak staff e-mail hashes to a third party (and break the CSP).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Logging ------------------------------------------------------------------------------
# LOG_FORMAT: "plain" (make run, tests) or "json" (one object a line; the production default,
# portal/core/logging.py). No log line holds a query string: residents' postcodes are in them.
LOG_FORMATS = {
    "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    "json": {"()": "portal.core.logging.JsonFormatter"},
}


def log_format(value):
    if value not in LOG_FORMATS:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(f"LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}: {value!r}")
    return value


LOG_FORMAT = log_format(env("LOG_FORMAT", default="plain"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": LOG_FORMATS,
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "elastic_transport": {"level": "WARNING"},
        # Its debug lines hold request URLs, e.g. a geocoder query with a resident's postcode.
        "urllib3": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
# Celery workers log through the handler above (JSON in production) instead of replacing it.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
