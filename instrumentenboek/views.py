"""'Mail dit advies' on the instrumentenwijzer's results (thin: the rules live in services)."""

from django.shortcuts import redirect
from django.utils.translation import gettext as _

from instrumentenboek.forms import AdviceMailForm, WizardForm
from instrumentenboek.services import (
    ADVICE_MAIL_LIMIT_PER_HOUR,
    advice_mail_sent,
    mail_advice,
    run_wizard,
)
from instrumentenboek.wizard import Answers
from portal.core.models import SiteSettings
from portal.core.submissions import handle_public_submission

RATE_SCOPE = "instrumentenboek-advice-mail"


def mail_advice_view(page, request):
    """POST with the wizard's answers in the query string: the advice to the given address
    through the outbox, then on to a confirmation. Errors show on the results page; anything
    but a POST with complete answers goes back to the wizard."""
    form = WizardForm(request.GET or None)
    if request.method != "POST" or not form.is_valid():
        return redirect(page.wizard_url("wizard_route", request))
    mail_form = AdviceMailForm(request.POST)
    result_url = request.build_absolute_uri(page.wizard_url("wizard_route", request))

    def save(data):
        return mail_advice(
            data["email"],
            data["token"],
            answers=form.answer_summary(),
            results=run_wizard(page, Answers.from_form(form.cleaned_data)),
            result_url=result_url,
            site_settings=SiteSettings.for_request(request),
        )

    done, status = handle_public_submission(
        request,
        mail_form,
        scope=RATE_SCOPE,
        limit_per_hour=ADVICE_MAIL_LIMIT_PER_HOUR,
        thanks_url=page.wizard_url("advice_mailed_route", request),
        is_duplicate=advice_mail_sent,
        save=save,
        limited_message=_(
            "U heeft het afgelopen uur al vaak een advies gemaild. Probeer het later "
            "opnieuw, of print het advies."
        ),
    )
    return done or page.wizard_route(request, mail_form=mail_form, status=status)
