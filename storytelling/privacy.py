"""The privacy guard for stories: find text that looks like personal data.

Stories are fictional or anonymised. Before any save, the editor's text is checked for things
that look like a BSN, an e-mail address, a phone number or a postcode with house number.
"""

import re
from dataclasses import dataclass

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Dutch phone numbers: 0 or +31/0031 followed by nine digits, with optional separators.
PHONE = re.compile(r"(?<![\w+])(?:\+31|0031|0)(?:[\s.-]?\(?0?\)?)?(?:[\s.-]?\d){9}(?![\d])")
# Nine digits, optionally grouped with dots or spaces; checked with the elfproef below.
NINE_DIGITS = re.compile(r"(?<![\d.,])\d(?:[.\s]?\d){8}(?![\d,]|\.\d)")
POSTCODE_THEN_NUMBER = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}[\s,]+\d{1,5}[a-zA-Z]?\b")
NUMBER_THEN_POSTCODE = re.compile(
    r"\b[A-Za-zÀ-ÿ]{3,}\s+\d{1,5}[a-zA-Z]?,?\s+[1-9]\d{3}\s?[A-Z]{2}\b"
)

KIND_LABELS = {
    "bsn": "een burgerservicenummer (BSN)",
    "email": "een e-mailadres",
    "phone": "een telefoonnummer",
    "address": "een postcode met huisnummer",
}


@dataclass(frozen=True)
class Finding:
    kind: str
    text: str

    def message(self):
        return (
            f"Dit lijkt op {KIND_LABELS[self.kind]}: \u201c{self.text}\u201d. Haal "
            "persoonsgegevens uit het verhaal; verhalen zijn verzonnen of geanonimiseerd."
        )


def passes_elfproef(digits):
    """The BSN check: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 must be divisible by 11."""
    if len(digits) != 9 or digits == "000000000":
        return False
    total = sum(int(d) * weight for d, weight in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def find_personal_data(text):
    """All findings in ``text``, in the order of the checks (e-mail before phone, etc.)."""
    if not text:
        return []
    findings = [Finding("email", m.group()) for m in EMAIL.finditer(text)]
    phone_spans = []
    for match in PHONE.finditer(text):
        findings.append(Finding("phone", match.group().strip()))
        phone_spans.append(match.span())
    for match in NINE_DIGITS.finditer(text):
        if any(start <= match.start() < end for start, end in phone_spans):
            continue
        if passes_elfproef(re.sub(r"\D", "", match.group())):
            findings.append(Finding("bsn", match.group()))
    for pattern in (POSTCODE_THEN_NUMBER, NUMBER_THEN_POSTCODE):
        findings.extend(Finding("address", m.group()) for m in pattern.finditer(text))
    return findings
