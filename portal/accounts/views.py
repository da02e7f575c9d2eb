"""The werkgeversomgeving: an employer's own organisation, colleagues and vacancies."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from portal.accounts import services
from portal.accounts.forms import InviteForm, OrganisationForm
from portal.accounts.models import Invitation, JoinRequest


def verified_email_required(view):
    """Logged in with a confirmed e-mail address: nobody claims an organisation before that."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not services.has_verified_email(request.user):
            messages.info(
                request, _("Bevestig eerst uw e-mailadres. Wij hebben u een link gemaild.")
            )
            return redirect("account_email")
        return view(request, *args, **kwargs)

    return wrapper


def membership_required(view):
    """Verified and member of an organisation; the view gets ``membership``."""

    @verified_email_required
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
            "join_requests": (
                membership.organisation.join_requests.filter(status="open").select_related("user")
                if membership.is_beheerder
                else []
            ),
        },
    )


@verified_email_required
def organisation_create(request):
    if services.membership_of(request.user):
        return redirect("werkgevers:dashboard")
    pending = [
        i for i in Invitation.objects.filter(email__iexact=request.user.email) if i.is_valid()
    ]
    form = OrganisationForm(request.POST or None)
    registered = None
    if request.method == "POST":
        if form.is_valid():
            services.create_organisation(form, request.user)
            messages.success(request, _("Uw organisatie is aangemaakt. U bent beheerder."))
            return redirect("werkgevers:dashboard")
        if "kvk_number" in form.errors:
            organisation = services.organisation_for_kvk(request.POST.get("kvk_number"))
            registered = organisation.kvk_number if organisation else None
    return render(
        request,
        "accounts/organisation_form.html",
        {
            "form": form,
            "pending": pending,
            "registered_kvk": registered,
            "join_request": services.open_join_request(request.user),
        },
    )


@verified_email_required
@require_POST
def join_request_create(request):
    """The KvK-nummer is registered already: ask that organisation's beheerder for access."""
    organisation = services.organisation_for_kvk(request.POST.get("kvk"))
    if organisation is None or services.membership_of(request.user):
        return redirect("werkgevers:organisation_create")
    services.request_access(
        organisation, request.user, request.build_absolute_uri(reverse("werkgevers:dashboard"))
    )
    messages.success(
        request,
        _(
            "Uw aanvraag is verstuurd naar de beheerder van de organisatie. U krijgt een "
            "e-mail zodra die heeft besloten."
        ),
    )
    return redirect("werkgevers:organisation_create")


@membership_required
@require_POST
def join_request_decide(request, membership, pk):
    """A beheerder approves or declines an access request for their own organisation."""
    if not membership.is_beheerder:
        raise Http404
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("user"), pk=pk, organisation=membership.organisation
    )
    approve = request.POST.get("besluit") == "goedkeuren"
    if services.decide_join_request(join_request, approve, request.user):
        if approve:
            messages.success(
                request, _("%(email)s is toegevoegd.") % {"email": join_request.user.email}
            )
        else:
            messages.success(request, _("De aanvraag is afgewezen."))
    return redirect("werkgevers:dashboard")


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


@verified_email_required
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
