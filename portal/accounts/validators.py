import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def validate_kvk_number(value):
    """A KvK-nummer has exactly 8 digits (spaces are not part of it)."""
    if not re.fullmatch(r"\d{8}", value or ""):
        raise ValidationError(
            _("Een KvK-nummer heeft precies 8 cijfers, zoals 12345678."), code="invalid_kvk"
        )
