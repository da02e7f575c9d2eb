"""The story page with its interest form (thin: rules live in services)."""

from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _

from portal.core.ratelimit import is_limited, register_hit
from storytelling.forms import InterestForm
from storytelling.services import INTEREST_LIMIT_PER_HOUR, is_duplicate, register_interest

RATE_SCOPE = "story-interest"
HOUR = 3600


def story_with_interest_form(page, request):
    thanks_url = page.url + page.reverse_subpage("thanks")
    status = 200
    if request.method == "POST":
        form = InterestForm(request.POST)
        if form.is_spam:
            return HttpResponseRedirect(thanks_url)  # say nothing to a bot
        if form.is_valid():
            if is_duplicate(form.cleaned_data["token"]):
                return HttpResponseRedirect(thanks_url)  # double submit: nothing twice
            if is_limited(RATE_SCOPE, request, INTEREST_LIMIT_PER_HOUR, HOUR):
                form.add_error(
                    None,
                    _(
                        "U heeft het afgelopen uur al vaak een bericht "
                        "gestuurd. Probeer het later opnieuw, of bel ons."
                    ),
                )
                status = 429
            else:
                _interest, created = register_interest(
                    page, form.cleaned_data, page.get_site(), page.get_full_url(request)
                )
                if created:
                    register_hit(RATE_SCOPE, request, HOUR)
                return HttpResponseRedirect(thanks_url)
    else:
        form = InterestForm()
    response = page.render(request, context_overrides={"interest_form": form})
    response.status_code = status
    return response
