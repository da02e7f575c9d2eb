"""The flow every public form shares: bots get a thank-you and nothing else, a double submit
does nothing twice, a client over the hourly limit gets a message (429) and keeps its text."""

from django.http import HttpResponseRedirect

from portal.core.ratelimit import is_limited, register_hit

HOUR = 3600


def handle_public_submission(
    request, form, *, scope, limit_per_hour, thanks_url, is_duplicate, save, limited_message
):
    """Return ``(redirect, status)``; ``redirect`` is None when the form must be shown again.

    ``save(cleaned_data)`` stores the submission (and queues its mails) and returns True when
    it created something new; ``is_duplicate(token)`` tells whether the token was seen before.
    """
    if form.is_spam:
        return HttpResponseRedirect(thanks_url), 302
    if not form.is_valid():
        return None, 200
    if is_duplicate(form.cleaned_data["token"]):
        return HttpResponseRedirect(thanks_url), 302
    if is_limited(scope, request, limit_per_hour, HOUR):
        form.add_error(None, limited_message)
        return None, 429
    if save(form.cleaned_data):
        register_hit(scope, request, HOUR)
    return HttpResponseRedirect(thanks_url), 302
