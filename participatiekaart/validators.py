import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*([A-Za-z]{2})\s*$")
# Letter combinations PostNL does not use.
UNUSED_LETTERS = {"SA", "SD", "SS"}


def normalise_postcode(value):
    """'1234ab' -> '1234 AB'; raises ValidationError for anything that is not a Dutch postcode."""
    match = POSTCODE.match(value or "")
    if not match or match.group(2).upper() in UNUSED_LETTERS:
        raise ValidationError(
            _("Vul een postcode in zoals 1234 AB: vier cijfers en twee letters."),
            code="invalid_postcode",
        )
    return f"{match.group(1)} {match.group(2).upper()}"


def validate_postcode(value):
    normalise_postcode(value)
