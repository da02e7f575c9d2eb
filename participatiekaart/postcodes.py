"""Load the 4-digit postcode areas (``PostcodeArea``) from a semicolon-separated CSV file.

Format (a header row, then one row per area; lines starting with ``#`` are comments)::

    postcode;latitude;longitude;gemeente
    6661;51.9197;5.8494;Overbetuwe

A decimal comma (Dutch spreadsheets) is accepted; coordinates are rounded to 5 decimals.
Loading is an upsert: new areas are added, changed ones updated, so a second run changes nothing.
"""

import csv
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction

from participatiekaart.models import PostcodeArea
from participatiekaart.models.postcode import LATITUDE_RANGE, LONGITUDE_RANGE

SAMPLE_CSV = Path(__file__).parent / "data" / "pc4_sample.csv"
REQUIRED_COLUMNS = ("postcode", "latitude", "longitude")
FIVE_DECIMALS = Decimal("0.00001")


class PostcodeFileError(Exception):
    """The file as a whole cannot be read (no header or a missing column)."""


class BadRow(Exception):
    """One row is wrong; it is skipped and reported."""


@dataclass
class LoadResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (line number, Dutch message)


def _coordinate(value, name, bounds):
    try:
        number = Decimal(value.strip().replace(",", ".")).quantize(FIVE_DECIMALS)
    except InvalidOperation:
        raise BadRow(f"{name} '{value}' is geen getal.") from None
    if not bounds[0] <= number <= bounds[1]:
        raise BadRow(f"{name} {number} ligt niet in Nederland.")
    return number


def _parse_row(row):
    pc4 = (row.get("postcode") or "").strip()
    if not (len(pc4) == 4 and pc4.isdigit() and pc4[0] != "0"):
        raise BadRow(f"postcode '{pc4}' is geen postcodegebied van vier cijfers, zoals 6661.")
    return PostcodeArea(
        pc4=pc4,
        latitude=_coordinate(row.get("latitude") or "", "breedtegraad", LATITUDE_RANGE),
        longitude=_coordinate(row.get("longitude") or "", "lengtegraad", LONGITUDE_RANGE),
        municipality=(row.get("gemeente") or "").strip()[:80],
    )


def _read_rows(path):
    """(line number, dict) per data row; comment and blank lines are left out."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        lines = [
            (number, line)
            for number, line in enumerate(handle, start=1)
            if line.strip() and not line.lstrip().startswith("#")
        ]
    if not lines:
        raise PostcodeFileError("Het bestand is leeg.")
    header = [name.strip().lower() for name in next(csv.reader([lines[0][1]], delimiter=";"))]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise PostcodeFileError(
            "De eerste regel moet de kolommen postcode;latitude;longitude;gemeente noemen. "
            f"Er ontbreekt: {', '.join(missing)}."
        )
    for number, line in lines[1:]:
        values = next(csv.reader([line], delimiter=";"))
        yield number, dict(zip(header, values, strict=False))


def load_postcode_areas(path):
    """Upsert the areas in the CSV at ``path``. Bad rows are skipped and listed in the result."""
    result = LoadResult()
    areas, seen = [], set()
    for number, row in _read_rows(path):
        try:
            area = _parse_row(row)
            if area.pc4 in seen:
                raise BadRow(f"postcode {area.pc4} staat al eerder in het bestand.")
        except BadRow as error:
            result.errors.append((number, str(error)))
            continue
        seen.add(area.pc4)
        areas.append(area)

    existing = PostcodeArea.objects.in_bulk([area.pc4 for area in areas])
    new, changed = [], []
    for area in areas:
        old = existing.get(area.pc4)
        if old is None:
            new.append(area)
        elif (old.latitude, old.longitude, old.municipality) != (
            area.latitude,
            area.longitude,
            area.municipality,
        ):
            changed.append(area)
    with transaction.atomic():
        PostcodeArea.objects.bulk_create(new, batch_size=1000)
        PostcodeArea.objects.bulk_update(
            changed, ["latitude", "longitude", "municipality"], batch_size=1000
        )
    result.created, result.updated = len(new), len(changed)
    result.unchanged = len(areas) - len(new) - len(changed)
    return result
