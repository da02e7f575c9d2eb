from urllib.parse import urlencode

from django.http import (
    Http404,
    HttpResponse,
    HttpResponseRedirect,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.core import seo
from portal.core.health import run_checks
from portal.core.models import SiteSettings


@never_cache
@require_GET
def health(request):
    healthy, body = run_checks()
    return JsonResponse(body, status=200 if healthy else 503)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: the failure may be the database itself.
    return HttpResponseServerError(loader.get_template("500.html").render())


def to_account_login(request, *args, **kwargs):
    """Wagtail's /admin/login/ → the one login page (allauth), keeping a safe ``next``."""
    target = reverse("account_login")
    next_url = request.GET.get("next", "")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target += "?" + urlencode({"next": next_url})
    return HttpResponseRedirect(target)


def to_password_reset(request, *args, **kwargs):
    """Wagtail's admin password reset → allauth's (its mail goes through the outbox)."""
    return HttpResponseRedirect(reverse("account_reset_password"))


@require_GET
def robots_txt(request):
    return HttpResponse(seo.robots_txt(), content_type="text/plain; charset=utf-8")


@require_GET
def security_txt(request):
    contact = seo.security_contact(SiteSettings.for_request(request))
    if not contact:
        raise Http404("No security contact configured")
    return HttpResponse(
        seo.security_txt(contact, timezone.now()), content_type="text/plain; charset=utf-8"
    )


@require_GET
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page's ``<link rel=icon>``."""
    return HttpResponseRedirect(static("portal/favicon-32.png"))
