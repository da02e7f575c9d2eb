"""Staff must use two-factor authentication before they can use the Wagtail admin."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

EXEMPT_PREFIXES = ("/account/", "/static/", "/health/")


class RequireStaffMfaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "REQUIRE_STAFF_MFA", True)
            and request.path.startswith("/admin/")
            and request.user.is_authenticated
            and request.user.is_staff
            and not self._has_totp(request.user)
        ):
            messages.info(
                request,
                _(
                    "Stel eerst tweestapsverificatie in. Dat is verplicht "
                    "voor medewerkers van de gemeente."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _has_totp(user):
        from allauth.mfa.models import Authenticator

        return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
