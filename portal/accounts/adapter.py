"""allauth adapter: account mails go through the outbox; one client address for rate limits."""

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.contrib.auth.hashers import make_password
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from portal.core.outbox import enqueue_email_message
from portal.core.ratelimit import client_ip
from portal.core.text import strip_control_characters

EMAIL_MAX_LENGTH = 254  # the user model's limit (RFC 5321 path length)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        message.body = strip_control_characters(message.body)
        enqueue_email_message(message)

    def send_account_already_exists_mail(self, email):
        """Sign-up with a known address: do the work a new account costs (one password hash,
        one queued mail), so the answer's timing does not tell which addresses exist."""
        make_password(get_random_string(32))
        super().send_account_already_exists_mail(email)

    def clean_email(self, email):
        if len(email) > EMAIL_MAX_LENGTH:
            raise forms.ValidationError(
                _("Een e-mailadres heeft hoogstens %(max)s tekens.") % {"max": EMAIL_MAX_LENGTH}
            )
        return super().clean_email(email)

    def get_client_ip(self, request):
        return client_ip(request)

    def get_login_redirect_url(self, request):
        user = request.user
        if user.is_staff and not hasattr(user, "membership"):
            return "/admin/"
        return super().get_login_redirect_url(request)
