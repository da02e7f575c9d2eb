"""The validators every app shares: postcode, KvK-nummer and phone number (ASCII digits only)."""

import pytest
from django.core.exceptions import ValidationError

from portal.core.validators import (
    normalise_phone_number,
    normalise_postcode,
    validate_kvk_number,
    validate_phone_number,
)

FULLWIDTH_KVK = "１２３４５６７８"
ARABIC_INDIC_KVK = "٩٠٠٠٠٠٠١"
ARABIC_INDIC_POSTCODE = "1٢٣٤ AB"
PHONE_MESSAGE = "Vul een geldig telefoonnummer in, zoals 06 12345678."


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("6661EA", "6661 EA"),
        ("6661 ea", "6661 EA"),
        (" 6661  EA ", "6661 EA"),
    ],
)
def test_postcode_is_normalised(given, expected):
    assert normalise_postcode(given) == expected


@pytest.mark.parametrize(
    "given", ["661 EA", "06661 EA", "6661 E", "6661-EA", "0661 EA", "6661 SS", "Elst", ""]
)
def test_bad_postcode_gets_a_dutch_message(given):
    with pytest.raises(ValidationError) as error:
        normalise_postcode(given)
    assert "Vul een postcode in zoals 1234 AB" in error.value.messages[0]


def test_postcode_with_non_ascii_digits_is_refused():
    with pytest.raises(ValidationError) as error:
        normalise_postcode(ARABIC_INDIC_POSTCODE)
    assert "Vul een postcode in zoals 1234 AB" in error.value.messages[0]


def test_kvk_number_of_eight_ascii_digits_is_accepted():
    validate_kvk_number("12345678")


@pytest.mark.parametrize(
    "given", ["1234567", "123456789", "1234 5678", "abcdefgh", FULLWIDTH_KVK, ARABIC_INDIC_KVK]
)
def test_kvk_number_needs_exactly_eight_ascii_digits(given):
    with pytest.raises(ValidationError) as error:
        validate_kvk_number(given)
    assert error.value.messages == ["Een KvK-nummer heeft precies 8 cijfers, zoals 12345678."]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("06 12345678", "06 12345678"),
        ("0612345678", "06 12345678"),
        ("06-12345678", "06 12345678"),
        ("+31 6 12345678", "06 12345678"),
        ("0031 6 12345678", "06 12345678"),
        ("0547 123456", "0547 123 456"),
        ("0800 1234567", "0800 1234567"),
        ("14 0547", "14 0547"),
        ("140547", "14 0547"),
        ("+49 30 1234567", "+49 30 1234567"),
        ("", ""),
        ("  ", ""),
    ],
)
def test_phone_number_is_normalised_to_the_national_format(given, expected):
    assert normalise_phone_number(given) == expected


@pytest.mark.parametrize(
    "given", ["abc", "06", "06 1234", "0612345", "06 12345678 12345678", "061234567890", "14 05"]
)
def test_bad_phone_number_gets_a_dutch_message(given):
    with pytest.raises(ValidationError) as error:
        validate_phone_number(given)
    assert error.value.messages == [PHONE_MESSAGE]
