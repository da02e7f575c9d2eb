"""Content-Security-Policy: django-csp's middleware with a relaxation for the admin only.

The public site gets ``settings.CONTENT_SECURITY_POLICY`` as is. Paths under
``settings.CSP_ADMIN_PATH_PREFIXES`` (Wagtail's and Django's admin) also get
``CSP_ADMIN_UPDATE`` (sources added) and ``CSP_ADMIN_REPLACE`` (directives replaced), unless a
view set its own policy with django-csp's decorators.

Templates that Wagtail renders without the request (form widgets, admin panels) read the nonce
through ``current_nonce()``, which this middleware sets for the duration of a request.
"""

from contextvars import ContextVar

from csp.middleware import CSPMiddleware
from django.conf import settings

_nonce = ContextVar("csp_nonce", default="")


def current_nonce():
    """The CSP nonce of the request being handled ('' outside a request)."""
    return str(_nonce.get())


class PortalCSPMiddleware(CSPMiddleware):
    def process_request(self, request):
        super().process_request(request)
        request._csp_nonce_token = _nonce.set(request.csp_nonce)  # lazy: made on first use

    def process_response(self, request, response):
        response = super().process_response(request, response)
        token = getattr(request, "_csp_nonce_token", None)
        if token is not None:
            try:
                _nonce.reset(token)
            except ValueError:  # set in another context (async): nothing to undo here
                pass
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(tuple(settings.CSP_ADMIN_PATH_PREFIXES)):
            parts.update = {**settings.CSP_ADMIN_UPDATE, **(parts.update or {})}
            parts.replace = {**settings.CSP_ADMIN_REPLACE, **(parts.replace or {})}
        return parts
