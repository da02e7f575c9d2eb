"""Text cleaning shared by mails, exports and anything else that leaves the portal as plain text."""

import unicodedata

# Cc: control characters (BEL, ESC, CR, ...); Cf: format characters such as the bidi overrides
# (U+202E), isolates (U+2066) and zero-width characters (U+200B); Cs: lone surrogates.
_STRIPPED_CATEGORIES = {"Cc", "Cf", "Cs"}


def strip_control_characters(text, keep="\n\t"):
    """``text`` without control, format (bidi, zero-width) and surrogate characters.

    Characters in ``keep`` stay (by default line feed and tab, for multi-line text); pass
    ``keep=""`` for single-line values such as mail subjects or spreadsheet cells.
    """
    return "".join(
        character
        for character in str(text)
        if character in keep or unicodedata.category(character) not in _STRIPPED_CATEGORIES
    )
