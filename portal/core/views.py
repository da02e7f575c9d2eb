from django.http import HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.core.health import run_checks


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
