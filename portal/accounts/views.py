"""The werkgeversomgeving: an employer's own organisation, colleagues and vacancies."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.accounts import services
from portal.accounts.forms import InviteForm, OrganisationForm
from portal.accounts.models import Invitation


def membership_required(view):
    """Logged in and member of an organisation; the view gets ``membership``."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        membership = services.membership_of(request.user)
        if membership is None:
            return redirect("werkgevers:organisation_create")
        return view(request, membership, *args, **kwargs)

    return wrapper


@membership_required
def dashboard(request, membership):
    from vacatures.services import next_step

    vacancies = list(
        membership.organisation.vacancies.prefetch_related("tasks").order_by("-updated_at")
    )
    return render(
        request,
        "accounts/dashboard.html",
        {
            "membership": membership,
            "organisation": membership.organisation,
            "vacancies": [(v, next_step(v)) for v in vacancies],
            "colleagues": membership.organisation.memberships.select_related("user"),
            "invitations": membership.organisation.invitations.filter(accepted_at__isnull=True),
        },
    )


@login_required
def organisation_create(request):
    if services.membership_of(request.user):
        return redirect("werkgevers:dashboard")
    pending = [
        i for i in Invitation.objects.filter(email__iexact=request.user.email) if i.is_valid()
    ]
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.create_organisation(form, request.user)
        messages.success(request, _("Uw organisatie is aangemaakt. U bent beheerder."))
        return redirect("werkgevers:dashboard")
    return render(request, "accounts/organisation_form.html", {"form": form, "pending": pending})


@membership_required
def invite(request, membership):
    if not membership.is_beheerder:
        raise Http404  # only beheerders invite colleagues
    form = InviteForm(request.POST or None, organisation=membership.organisation)
    if request.method == "POST" and form.is_valid():
        services.invite(
            membership.organisation,
            form,
            request.user,
            lambda inv: request.build_absolute_uri(
                reverse("werkgevers:invitation_accept", args=[inv.token])
            ),
        )
        messages.success(request, _("De uitnodiging is verstuurd."))
        return redirect("werkgevers:dashboard")
    return render(request, "accounts/invite.html", {"form": form, "membership": membership})


@login_required
def invitation_accept(request, token):
    invitation = get_object_or_404(Invitation.objects.select_related("organisation"), token=token)
    if invitation.email.lower() != request.user.email.lower():
        raise Http404  # an invitation link only works for the invited address
    if request.method == "POST":
        if services.accept(invitation, request.user):
            messages.success(request, _("Welkom bij %(org)s.") % {"org": invitation.organisation})
            return redirect("werkgevers:dashboard")
        messages.error(request, _("Deze uitnodiging is verlopen of al gebruikt."))
        return redirect("werkgevers:organisation_create")
    return render(request, "accounts/invitation_accept.html", {"invitation": invitation})
