"""Things that hold from one date to another (facts, law parameters, 'geld bij werk' amounts):
one rule for "valid on a day", in SQL and in Python."""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def valid_on_q(today):
    """Rows with ``valid_from``/``valid_until`` (either may be empty) valid on ``today``."""
    return (Q(valid_from__isnull=True) | Q(valid_from__lte=today)) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=today)
    )


class ValidityMixin:
    def is_valid_on(self, today=None):
        today = today or timezone.localdate()
        return (self.valid_from is None or self.valid_from <= today) and (
            self.valid_until is None or self.valid_until >= today
        )

    def clean_validity(self):
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            raise ValidationError({"valid_until": _("De einddatum ligt vóór de begindatum.")})
