"""Second factor for everyone who can reach the Wagtail admin, checked in every session.

Having set up TOTP is not enough: the session itself must have passed the second factor
(allauth records that when the code is entered at login or reauthentication). The rule
covers superusers, ``is_staff`` users and any group member with Wagtail's admin access.
"""

from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


def can_reach_admin(user):
    return user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin")


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_mfa(request):
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


class RequireStaffMfaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "REQUIRE_STAFF_MFA", True)
            and request.path.startswith(ADMIN_PREFIX)
            and request.user.is_authenticated
            and can_reach_admin(request.user)
        ):
            if not has_totp(request.user):
                messages.info(
                    request,
                    _(
                        "Stel eerst tweestapsverificatie in. Dat is verplicht "
                        "voor iedereen die het beheer gebruikt."
                    ),
                )
                return redirect("mfa_activate_totp")
            if not session_passed_mfa(request):
                messages.info(
                    request, _("Vul de code uit uw authenticator-app in om verder te gaan.")
                )
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        return self.get_response(request)
