from django.db import transaction
from django.utils import timezone

from portal.accounts.models import Membership, Role
from portal.core.mail import queue_notification


def membership_of(user):
    return Membership.objects.select_related("organisation").filter(user=user).first()


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
