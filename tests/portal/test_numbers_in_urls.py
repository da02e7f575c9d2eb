"""Numbers in URLs, data attributes and JSON are never written the Dutch way.

With LANGUAGE_CODE "nl" the template language writes a decimal as 52,21520. A person reads that
well, but a URL or a script does not: "Bekijk op OpenStreetMap" opened the wrong place because of
``mlat={{ place.latitude }}``. Such values are formatted in Python (``Place.openstreetmap_url``),
passed through ``json_script``, or written with ``|unlocalize``.
"""

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

# An attribute whose value a machine reads, holding a template variable.
MACHINE_ATTRIBUTE = re.compile(
    r"""\b(href|src|srcset|action|content|style|data-[\w-]+)="([^"]*\{\{[^"]*)\"""", re.I
)
VARIABLE = re.compile(r"\{\{(.*?)\}\}")
# Names and filters that hold or make decimals.
NUMERIC = re.compile(
    r"latitude|longitude|\blat\b|\blon\b|\blng\b|floatformat|distance|afstand|\bkm\b|amount"
    r"|bedrag|percent|decimal|price|prijs",
    re.I,
)


def localised_numbers(text):
    """The template variables in machine-read attributes that would be written the Dutch way."""
    found = []
    for match in MACHINE_ATTRIBUTE.finditer(text):
        for variable in VARIABLE.findall(match.group(2)):
            if NUMERIC.search(variable) and "unlocalize" not in variable:
                found.append(f"{match.group(1)}: {{{{{variable}}}}}")
    return found


def test_the_check_finds_a_localised_coordinate_in_a_url():
    old = '<a href="https://www.openstreetmap.org/?mlat={{ place.latitude }}">kaart</a>'
    assert localised_numbers(old) == ["href: {{ place.latitude }}"]
    assert localised_numbers('<div data-lat="{{ place.latitude|unlocalize }}">') == []
    assert localised_numbers("<p>{{ place.distance|floatformat:1 }} km</p>") == []  # text: Dutch


def test_no_template_writes_a_localised_number_into_a_url_or_data_attribute():
    offenders = {
        str(path.relative_to(TEMPLATES)): found
        for path in sorted(TEMPLATES.rglob("*.html"))
        if (found := localised_numbers(path.read_text(encoding="utf-8")))
    }
    assert not offenders, offenders


def test_json_for_scripts_goes_through_json_script():
    """Hand-written JSON in a template would localise its numbers too."""
    inline_json = re.compile(r'<script[^>]*type="application/(ld\+)?json"[^>]*>\s*\{', re.I)
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in sorted(TEMPLATES.rglob("*.html"))
        if inline_json.search(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, offenders
