"""Validators shared by every app: postcode, KvK-nummer and phone number.

Digits are ASCII only: ``\\d`` in Python also matches fullwidth and Arabic-Indic digits, which
would let "１２３４５６７８" pass as a KvK-nummer.
"""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

POSTCODE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})\s*$", re.ASCII)
# Letter combinations PostNL does not use.
UNUSED_LETTERS = {"SA", "SD", "SS"}
KVK_NUMBER = re.compile(r"[0-9]{8}", re.ASCII)
PHONE_REGION = "NL"
# A municipality's 14-number: 14 followed by its area code ("14 0547"); phonenumbers has no rule.
MUNICIPAL_NUMBER = re.compile(r"14\s*(0[0-9]{2,3})", re.ASCII)
PHONE_MESSAGE = _("Vul een geldig telefoonnummer in, zoals 06 12345678.")


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


def validate_kvk_number(value):
    """A KvK-nummer has exactly 8 digits 0-9 (spaces are not part of it)."""
    if not KVK_NUMBER.fullmatch(value or ""):
        raise ValidationError(
            _("Een KvK-nummer heeft precies 8 cijfers, zoals 12345678."), code="invalid_kvk"
        )


def normalise_phone_number(value):
    """A phone number as the portal stores it; raises ValidationError when it is not one.

    Parsed by ``phonenumbers`` with region NL. Dutch numbers are stored in national format
    ("06 12345678", "0547 123 456"), numbers from abroad in international format
    ("+49 30 1234567"), a municipality's 14-number as "14 0547". An empty value stays empty
    (the fields are optional).
    """
    value = (value or "").strip()
    if not value:
        return ""
    if any(ch.isdigit() and not ch.isascii() for ch in value):
        # As for postcodes and KvK-nummers: only 0-9 (phonenumbers would read '٠٦…' as 06…).
        raise ValidationError(PHONE_MESSAGE, code="invalid_phone")
    municipal = MUNICIPAL_NUMBER.fullmatch(value)
    if municipal:
        return f"14 {municipal.group(1)}"
    try:
        number = phonenumbers.parse(value, PHONE_REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(PHONE_MESSAGE, code="invalid_phone")
    if phonenumbers.region_code_for_number(number) == PHONE_REGION:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def validate_phone_number(value):
    normalise_phone_number(value)


class NormalisedPhoneNumbers:
    """Model mixin: phone fields typed in any model form (the Wagtail admin included) are stored
    in the format of ``normalise_phone_number``. Invalid values are left to the field's
    ``validate_phone_number``, which reports them at the field."""

    phone_fields = ()

    def clean(self):
        super().clean()
        for name in self.phone_fields:
            try:
                setattr(self, name, normalise_phone_number(getattr(self, name)))
            except ValidationError:
                pass
