from allauth.account.models import EmailAddress
from django.core.management import call_command


def test_dev_admin_can_log_in_through_allauth_at_once(client, db, settings):
    settings.DEBUG = True
    call_command("ensure_dev_admin")
    call_command("ensure_dev_admin")  # idempotent
    assert EmailAddress.objects.get(email="beheer@example.nl").verified
    response = client.post(
        "/account/login/", {"login": "beheer@example.nl", "password": "participatie-demo"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
