"""The story page with its interest form (thin: rules live in services)."""

from django.utils.translation import gettext as _

from portal.core.submissions import handle_public_submission
from storytelling.forms import InterestForm
from storytelling.services import INTEREST_LIMIT_PER_HOUR, is_duplicate, register_interest

RATE_SCOPE = "story-interest"


def story_with_interest_form(page, request):
    form = InterestForm(request.POST or None)
    status = 200
    if request.method == "POST":
        redirect, status = handle_public_submission(
            request,
            form,
            scope=RATE_SCOPE,
            limit_per_hour=INTEREST_LIMIT_PER_HOUR,
            thanks_url=page.url + page.reverse_subpage("thanks"),
            is_duplicate=is_duplicate,
            save=lambda data: register_interest(
                page, data, page.get_site(), page.get_full_url(request)
            )[1],
            limited_message=_(
                "U heeft het afgelopen uur al vaak een bericht gestuurd. Probeer "
                "het later opnieuw, of bel ons."
            ),
        )
        if redirect:
            return redirect
    response = page.render(request, context_overrides={"interest_form": form})
    response.status_code = status
    return response
