"""Celery tasks of the accounts app."""

from celery import shared_task

from portal.accounts import services


@shared_task
def delete_expired_account_data():
    """Daily (AVG): unverified sign-ups, old invitations and access requests."""
    return services.delete_expired_account_data()
