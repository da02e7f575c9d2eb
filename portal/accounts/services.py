"""Rules for employer accounts: organisations, memberships, invitations, access requests."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from portal.accounts.models import (
    Invitation,
    JoinRequest,
    JoinRequestStatus,
    Membership,
    Organisation,
    Role,
)
from portal.accounts.models.organisation import INVITATION_VALID_FOR, JOIN_REQUEST_KEPT_FOR
from portal.core.mail import queue_notification
from portal.core.validators import KVK_NUMBER

# AVG retention (docs/privacy.md): sign-ups that never confirmed their address, invitations
# after they expired or were used, and access requests after the decision (or unanswered).
UNVERIFIED_ACCOUNT_KEPT_FOR = datetime.timedelta(days=7)
INVITATION_KEPT_AFTER = datetime.timedelta(days=30)


def membership_of(user):
    return Membership.objects.select_related("organisation").filter(user=user).first()


def has_verified_email(user):
    """No claim on an organisation before the mailbox is confirmed."""
    return EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists()


def create_organisation(form, user):
    with transaction.atomic():
        organisation = form.save()
        Membership.objects.create(user=user, organisation=organisation, role=Role.BEHEERDER)
    return organisation


def invite(organisation, form, invited_by, accept_url_for):
    invitation = form.save(commit=False)
    invitation.organisation = organisation
    invitation.invited_by = invited_by
    invitation.save()
    queue_notification(
        "accounts/mail/invitation",
        {"invitation": invitation, "accept_url": accept_url_for(invitation)},
        to=[invitation.email],
    )
    return invitation


def accept(invitation, user):
    """The invited colleague joins (the invitation must be for their own e-mail address)."""
    if not invitation.is_valid() or invitation.email.lower() != user.email.lower():
        return None
    if Membership.objects.filter(user=user).exists():
        return None
    with transaction.atomic():
        membership = Membership.objects.create(
            user=user, organisation=invitation.organisation, role=invitation.role
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return membership


# --- Access requests for an organisation that is already registered -------------------------


def open_join_request(user):
    return (
        JoinRequest.objects.select_related("organisation")
        .filter(user=user, status=JoinRequestStatus.OPEN)
        .first()
    )


def beheerder_emails(organisation):
    return list(
        organisation.memberships.filter(role=Role.BEHEERDER).values_list("user__email", flat=True)
    )


def request_access(organisation, user, dashboard_url):
    """Ask the organisation's beheerders to let ``user`` in. Returns the (open) request.

    A user who already belongs somewhere or already waits gets nothing new (double submit)."""
    if Membership.objects.filter(user=user).exists():
        return None
    existing = open_join_request(user)
    if existing:
        return existing
    try:
        with transaction.atomic():
            join_request = JoinRequest.objects.create(organisation=organisation, user=user)
            queue_notification(
                "accounts/mail/join_request",
                {"join_request": join_request, "dashboard_url": dashboard_url},
                to=beheerder_emails(organisation),
            )
    except IntegrityError:  # a concurrent request of the same user won
        return open_join_request(user)
    return join_request


def decide_join_request(join_request, approve, decided_by):
    """Approve (the user becomes medewerker) or decline; the user is told by mail.

    Returns False when the request was no longer open or the user meanwhile joined elsewhere."""
    with transaction.atomic():
        locked = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
        if not locked.is_open:
            return False
        if approve and Membership.objects.filter(user=locked.user).exists():
            approve = False
        if approve:
            Membership.objects.create(
                user=locked.user, organisation=locked.organisation, role=Role.MEDEWERKER
            )
        locked.status = JoinRequestStatus.APPROVED if approve else JoinRequestStatus.DECLINED
        locked.decided_at = timezone.now()
        locked.decided_by = decided_by
        locked.save(update_fields=["status", "decided_at", "decided_by"])
        queue_notification(
            "accounts/mail/join_request_decided", {"join_request": locked}, to=[locked.user.email]
        )
    join_request.refresh_from_db()
    return True


# --- Retention ------------------------------------------------------------------------------


def delete_expired_account_data(now=None):
    """Daily (AVG). Returns the numbers deleted per kind."""
    now = now or timezone.now()
    user_model = get_user_model()
    verified = EmailAddress.objects.filter(verified=True).values("user_id")
    unverified = user_model.objects.filter(
        date_joined__lt=now - UNVERIFIED_ACCOUNT_KEPT_FOR,
        is_staff=False,
        is_superuser=False,
        membership__isnull=True,
    ).exclude(pk__in=verified)
    users = unverified.count()
    unverified.delete()
    invitations, _detail = Invitation.objects.filter(
        Q(accepted_at__lt=now - INVITATION_KEPT_AFTER)
        | Q(created_at__lt=now - INVITATION_VALID_FOR - INVITATION_KEPT_AFTER)
    ).delete()
    requests, _detail = JoinRequest.objects.filter(
        Q(decided_at__lt=now - JOIN_REQUEST_KEPT_FOR)
        | Q(status=JoinRequestStatus.OPEN, created_at__lt=now - JOIN_REQUEST_KEPT_FOR)
    ).delete()
    return {"users": users, "invitations": invitations, "join_requests": requests}


def organisation_for_kvk(raw):
    """The organisation with this KvK-nummer, or None. The value comes straight from a form:
    spaces are dropped, and anything that is not then 8 ASCII digits is never looked up
    (PostgreSQL refuses a NUL in a query: that was a 500)."""
    kvk_number = "".join((raw or "").split())
    if not KVK_NUMBER.fullmatch(kvk_number):
        return None
    return Organisation.objects.filter(kvk_number=kvk_number).first()
