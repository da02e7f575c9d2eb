"""Text hygiene for what leaves the portal (mail subjects and plain-text bodies)."""

import unicodedata

KEEP = {"\n", "\t"}


def strip_control_characters(value, keep=frozenset(KEEP)):
    """Remove control (Cc) and format (Cf: bidi overrides, zero-width) characters."""
    return "".join(
        ch for ch in str(value) if ch in keep or unicodedata.category(ch) not in ("Cc", "Cf")
    )
