"""The instrumentenboek's wording that depends on the site: the employer service's own name."""

from django import template

from portal.core.models import SiteSettings

register = template.Library()


def _site_settings(context):
    request = context.get("request")
    return SiteSettings.for_request(request) if request else None


@register.simple_tag(takes_context=True)
def aanbieder_label(context, instrument):
    """``{% aanbieder_label instrument %}``: who offers it, the employer service by its name."""
    settings = _site_settings(context)
    return instrument.aanbieder_label(settings.employer_service_name if settings else None)


@register.simple_tag(takes_context=True)
def application_steps(context, instrument):
    """``{% application_steps instrument as steps %}``: (text, where) pairs, the employer
    service by the name the site settings give it."""
    settings = _site_settings(context)
    return instrument.steps(settings.employer_service if settings else None)
