"""allauth adapter: account mails go through the portal's Celery mail task."""

from allauth.account.adapter import DefaultAccountAdapter
from django.db import transaction

from portal.core.tasks import send_email


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (body for body, kind in getattr(message, "alternatives", []) if kind == "text/html"),
            None,
        )
        subject, to, body = message.subject, list(message.to), message.body
        transaction.on_commit(lambda: send_email.delay(subject, to, body, html))

    def get_login_redirect_url(self, request):
        user = request.user
        if user.is_staff and not hasattr(user, "membership"):
            return "/admin/"
        return super().get_login_redirect_url(request)
