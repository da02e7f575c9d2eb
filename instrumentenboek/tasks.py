from celery import shared_task

from instrumentenboek import services


@shared_task
def flag_instruments_to_check():
    """Daily: flag instruments whose facts need a check (shown on the admin dashboard)."""
    return services.flag_instruments_to_check()
