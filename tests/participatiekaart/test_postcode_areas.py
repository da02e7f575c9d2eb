from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from participatiekaart.demo_data import KERNEN
from participatiekaart.models import PostcodeArea
from participatiekaart.postcodes import SAMPLE_CSV


def load(path):
    out, err = StringIO(), StringIO()
    call_command("load_postcode_areas", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_sample_covers_every_demo_kern():
    text = SAMPLE_CSV.read_text()
    assert all(f"\n{prefix};" in text for *_, prefix in KERNEN)


def test_the_command_loads_the_sample_idempotently(db):
    out, err = load(SAMPLE_CSV)
    assert "Postcodegebieden geladen: 14 nieuw, 0 bijgewerkt, 0 ongewijzigd." in out
    assert err == ""
    elst = PostcodeArea.objects.get(pc4="6661")
    assert (elst.latitude, elst.longitude, elst.municipality) == (
        Decimal("51.91970"),
        Decimal("5.84940"),
        "Overbetuwe",
    )
    out, _ = load(SAMPLE_CSV)
    assert "0 nieuw, 0 bijgewerkt, 14 ongewijzigd." in out
    assert PostcodeArea.objects.count() == 14


def test_bad_rows_are_reported_and_skipped_the_rest_is_loaded(db, tmp_path):
    PostcodeArea.objects.create(pc4="6661", latitude=51, longitude=5, municipality="Oud")
    csv = tmp_path / "pc4.csv"
    csv.write_text(
        "\ufeffPostcode;Latitude;Longitude;Gemeente\n"
        "6661;51,919712;5,849388;Overbetuwe\n"  # Dutch spreadsheet: decimal comma, rounded
        "661;51.9;5.8;Overbetuwe\n"
        "6671;;5.7139;Overbetuwe\n"
        "6672;5.71;51.92;Overbetuwe\n"  # swapped: not in the Netherlands
        "6661;51.9;5.8;Overbetuwe\n"
        "\n"
        "7471;52.2333;6.5833\n",  # gemeente may be left out
        encoding="utf-8",
    )
    out, err = load(csv)
    assert "1 nieuw, 1 bijgewerkt, 0 ongewijzigd." in out
    assert "4 regels met een fout overgeslagen." in out
    assert err.splitlines() == [
        "Regel 3 overgeslagen: postcode '661' is geen postcodegebied van vier cijfers, zoals 6661.",
        "Regel 4 overgeslagen: breedtegraad '' is geen getal.",
        "Regel 5 overgeslagen: breedtegraad 5.71000 ligt niet in Nederland.",
        "Regel 6 overgeslagen: postcode 6661 staat al eerder in het bestand.",
    ]
    elst = PostcodeArea.objects.get(pc4="6661")
    assert (elst.latitude, elst.longitude) == (Decimal("51.91971"), Decimal("5.84939"))
    assert PostcodeArea.objects.get(pc4="7471").municipality == ""


def test_a_file_without_the_columns_is_refused_in_dutch(db, tmp_path):
    csv = tmp_path / "pc4.csv"
    csv.write_text("pc4,lat,lon\n6661,51.9,5.8\n")
    with pytest.raises(CommandError, match="Er ontbreekt: postcode, latitude, longitude"):
        load(csv)
    with pytest.raises(CommandError, match="niet lezen"):
        load(tmp_path / "bestaat-niet.csv")
    assert not PostcodeArea.objects.exists()
