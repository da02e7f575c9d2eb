"""Optional error reporting to Sentry (production settings, only when SENTRY_DSN is set).

Residents' and employers' data stay out of the events: no user, cookies, IP address or request
body (``send_default_pii=False``, ``max_request_body_size="never"``), no local variables of stack
frames (they hold form input), and no query strings (postcodes) in URLs or breadcrumbs.
"""

from urllib.parse import urlsplit, urlunsplit

DROPPED_HEADERS = {"cookie", "authorization", "referer", "x-forwarded-for", "x-real-ip"}


def strip_query(url):
    if not isinstance(url, str):
        return url
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def scrub_breadcrumb(crumb, hint=None):
    data = crumb.get("data")
    if isinstance(data, dict):
        for key in ("http.query", "http.fragment"):
            data.pop(key, None)
        if "url" in data:
            data["url"] = strip_query(data["url"])
    return crumb


def scrub_event(event, hint=None):
    request = event.get("request")
    if isinstance(request, dict):
        for key in ("query_string", "data", "cookies", "env"):
            request.pop(key, None)
        if "url" in request:
            request["url"] = strip_query(request["url"])
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: value
                for name, value in headers.items()
                if name.lower() not in DROPPED_HEADERS
            }
    breadcrumbs = event.get("breadcrumbs")
    values = breadcrumbs.get("values") if isinstance(breadcrumbs, dict) else breadcrumbs
    for crumb in values or ():
        scrub_breadcrumb(crumb)
    return event


def init_sentry(dsn, environment="production", traces_sample_rate=0.0):
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=traces_sample_rate,
        before_send=scrub_event,
        before_breadcrumb=scrub_breadcrumb,
    )
