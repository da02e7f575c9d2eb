"""allauth adapter: account mails go through the portal's Celery mail task."""

from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction

from portal.core.tasks import send_email
from portal.core.text import strip_control_characters


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (body for body, kind in getattr(message, "alternatives", []) if kind == "text/html"),
            None,
        )
        subject = strip_control_characters(message.subject, keep="")
        to, body = list(message.to), strip_control_characters(message.body)
        transaction.on_commit(lambda: send_email.delay(subject, to, body, html))

    def get_login_redirect_url(self, request):
        user = request.user
        if user.is_staff and not hasattr(user, "membership"):
            return "/admin/"
        return super().get_login_redirect_url(request)
