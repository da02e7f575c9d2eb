"""Hypothesis strategies shared by the fuzz tests: valid values mixed with hostile input.

A form is fuzzed by starting from valid data and replacing a drawn subset of its fields by
hostile values (or leaving them out). Hypothesis shrinks towards the empty subset, so a failing
example is reported with as few hostile fields as possible.
"""

import uuid

from hypothesis import strategies as st

MISSING = object()  # a field that is left out of the request

# Everything the test client can put on the wire: str is encoded as UTF-8, so lone surrogates
# (category Cs) cannot be sent; everything else can, NUL and control characters included.
any_character = st.characters(exclude_categories=("Cs",))

# Characters that broke forms before or are known troublemakers.
NASTY = [
    "\x00",
    "\x00abc",
    "\r\n",
    "\x1b[31m",
    "\u202e",  # right-to-left override
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark
    "\U0001f600",
    "e\u0301",  # combining accent
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%s %(name)s {0} {{ x }}",
    "../../etc/passwd",
    "  ",
    "",
]

FULLWIDTH_DIGITS = "０１２３４５６７８９"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EASTERN_ARABIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DEVANAGARI_DIGITS = "०१२३४५६७८९"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
OTHER_DIGITS = (
    FULLWIDTH_DIGITS + ARABIC_INDIC_DIGITS + EASTERN_ARABIC_DIGITS + DEVANAGARI_DIGITS
) + SUPERSCRIPT_DIGITS


def unicode_text(max_size=60):
    return st.text(any_character, max_size=max_size)


def long_text(min_size=200, max_size=5000):
    """A long string: a short (possibly hostile) chunk repeated to a length up to ``max_size``."""
    return st.tuples(
        st.text(any_character, min_size=1, max_size=4), st.integers(min_size, max_size)
    ).map(lambda t: (t[0] * t[1])[: t[1]])


def hostile_text(max_size=60):
    return st.one_of(st.sampled_from(NASTY), unicode_text(max_size), long_text())


def foreign_digits(min_size=1, max_size=14):
    """Digits that str.isdigit() and regex \\d accept but that are not ASCII 0-9."""
    return st.text(
        st.sampled_from(OTHER_DIGITS + "0123456789 -+"), min_size=min_size, max_size=max_size
    )


def mixed_digits(template):
    """``template`` (ASCII digits) with some digits replaced by look-alikes of other scripts."""

    @st.composite
    def build(draw):
        out = []
        for ch in template:
            if ch.isdigit() and draw(st.booleans()):
                script = draw(
                    st.sampled_from([FULLWIDTH_DIGITS, ARABIC_INDIC_DIGITS, DEVANAGARI_DIGITS])
                )
                out.append(script[int(ch)])
            else:
                out.append(ch)
        return "".join(out)

    return build()


def hostile_number():
    return st.one_of(
        st.integers(-(10**30), 10**30).map(str),
        st.sampled_from(
            [
                "-1",
                "0",
                "32768",
                "65536",
                "2147483648",
                "9223372036854775808",
                "1e5",
                "1.5",
                "1,5",
                "NaN",
                "Infinity",
                "-inf",
                "0x10",
                " 7 ",
                "٣",
                "３",
                "9" * 400,
            ]
        ),
        foreign_digits(),
        hostile_text(),
    )


def hostile_choice():
    return st.one_of(
        st.sampled_from(["0", "-1", "999", "None", "true", "on"]), hostile_text(), hostile_number()
    )


def hostile_date():
    return st.one_of(
        st.sampled_from(
            [
                "0000-00-00",
                "9999-12-31",
                "10000-01-01",
                "2027-02-30",
                "31-12-2027",
                "1-3-2027",
                "2027-13-01",
                "-2027-01-01",
                "２０２７-０１-０１",
                "0001-01-01",
            ]
        ),
        st.dates().map(lambda d: d.isoformat()),
        hostile_text(),
    )


def hostile_email():
    return st.one_of(
        st.emails().map(lambda e: e[:5000]),
        st.sampled_from(
            [
                "a@b",
                "@example.nl",
                "naam@",
                "naam@@example.nl",
                "naam@exa mple.nl",
                "naam\x00@example.nl",
                "naam@example.nl\n",
                "ñandú@exämple.nl",
                "x" * 300 + "@example.nl",
                "naam@" + "a" * 300 + ".nl",
            ]
        ),
        hostile_text(),
    )


def hostile_token():
    return st.one_of(
        st.uuids().map(str),
        st.sampled_from(["", "not-a-uuid", str(uuid.UUID(int=0))]),
        hostile_text(),
    )


def valid_name():
    return st.one_of(
        st.sampled_from(["Aisha", "Jan de Vries", "Zoë", "Ĳsbrand", "Nguyễn Văn A", "O'Brien"]),
        st.text(st.characters(categories=("L", "Zs")), min_size=1, max_size=40).filter(str.strip),
    )


def one_value_or_many(strategy):
    """A single value, or (rarely) the same field sent several times."""
    return st.one_of(strategy, st.lists(strategy, min_size=2, max_size=3))


@st.composite
def form_data(draw, valid, hostile, always=None):
    """Request data: ``valid`` values (each a value or a strategy), with a drawn subset of
    fields replaced by a draw from ``hostile[name]`` or ``MISSING`` (pass it through ``merged``).

    ``always`` are extra fixed fields (e.g. a fresh token) that are never fuzzed."""
    data = {}
    for name, value in valid.items():
        data[name] = draw(value) if isinstance(value, st.SearchStrategy) else value
    names = sorted(set(valid) | set(hostile))
    for name in draw(st.sets(st.sampled_from(names), max_size=len(names))):
        strategy = hostile.get(name, hostile_text())
        data[name] = draw(st.one_of(st.just(MISSING), one_value_or_many(strategy)))
    data.update(always or {})
    return data


def merged(base, fuzzed):
    """``base`` (valid request data) overlaid with a ``form_data`` draw; MISSING fields go."""
    return {k: v for k, v in {**base, **fuzzed}.items() if v is not MISSING}


def extra_params():
    """Unknown GET/POST parameters a crawler or attacker might add."""
    return st.dictionaries(
        st.text(any_character, min_size=1, max_size=10), hostile_text(), max_size=2
    )


def contact_form_data(valid=None, hostile=None):
    """A public contact form (name, e-mail or phone, message, consent, token, honeypot)."""
    return form_data(
        valid={
            "token": st.uuids().map(str),
            "name": valid_name(),
            "email": st.sampled_from(["aisha@example.nl", "", "a.b+c@sub.example.com"]),
            "phone": st.sampled_from(["", "06 12345678", "+31 6 1234 5678"]),
            "message": st.sampled_from(["", "Ik kan op dinsdag."]),
            "consent": "on",
            "website": "",
            **(valid or {}),
        },
        hostile={
            "token": hostile_token(),
            "name": hostile_text(),
            "email": hostile_email(),
            "phone": st.one_of(foreign_digits(), mixed_digits("06 12345678"), hostile_text()),
            "message": hostile_text(),
            "consent": hostile_text(),
            "website": hostile_text(),
            **(hostile or {}),
        },
    )
