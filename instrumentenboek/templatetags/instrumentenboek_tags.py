"""The instrumentenboek's wording that depends on the site: the employer service's own name."""

from django import template

from instrumentenboek.models import Aanbieder
from portal.core.models import SiteSettings
from portal.core.templatetags.portal_tags import choice_label

register = template.Library()


def _site_settings(context):
    request = context.get("request")
    return SiteSettings.for_request(request) if request else None


@register.simple_tag(takes_context=True)
def aanbieder_label(context, instrument):
    """``{% aanbieder_label instrument %}``: who offers it, the employer service by its name."""
    settings = _site_settings(context)
    if settings and instrument.aanbieder == Aanbieder.WSP:
        return settings.employer_service_name
    return choice_label(instrument, "aanbieder")


@register.simple_tag(takes_context=True)
def application_steps(context, instrument):
    """``{% application_steps instrument as steps %}``: (text, where) pairs, the employer
    service by the name the site settings give it."""
    settings = _site_settings(context)
    return instrument.steps(settings.employer_service if settings else None)
