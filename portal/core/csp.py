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


def nonce_wagtail_chooser_scripts():
    """Wagtail's chooser widgets (page, snippet, image, document) append a bare ``<script>`` in
    Python (``BaseChooser.render``), out of reach of a template override: give that one trailing
    script element the request's nonce. Called once from ``CoreConfig.ready``."""
    from django.utils.html import format_html
    from django.utils.safestring import mark_safe
    from wagtail.admin.widgets.chooser import BaseChooser

    original = BaseChooser.render
    if getattr(original, "adds_csp_nonce", False):
        return

    def render(self, name, value, attrs=None, renderer=None):
        html = original(self, name, value, attrs=attrs, renderer=renderer)
        nonce = current_nonce()
        head, script, tail = html.rpartition("<script>")  # the script Wagtail appended last
        if not nonce or not script:
            return html
        return mark_safe(head + format_html('<script nonce="{}">', nonce) + tail)  # noqa: S308

    render.adds_csp_nonce = True
    BaseChooser.render = render
