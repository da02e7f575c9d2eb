"""Every candidate case from the issue #12 research, run against the demo content through the
real engine (the same check the accountmanager's 'voorbeelden' page shows)."""

import pytest

from instrumentenboek import demo as instrumentenboek_demo
from instrumentenboek.cases import CASES, REFERENCE_DATE
from instrumentenboek.models import InstrumentIndexPage
from instrumentenboek.services import check_case
from portal.core import demo as core_demo


@pytest.fixture
def demo_index(db):
    core_demo.load()
    instrumentenboek_demo.load()
    return InstrumentIndexPage.objects.get()


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=[case.key for case in CASES])
def test_candidate_case_gets_the_expected_advice(demo_index, case):
    check = check_case(demo_index, case, today=REFERENCE_DATE)
    wrong = [
        f"{r.slug}: verwacht {r.expected}, kreeg {r.actual} ({r.sentence})"
        for r in check.rows
        if not r.ok
    ]
    assert not wrong, f"{case.key} {case.title}\n" + "\n".join(wrong)


def test_there_are_at_least_25_cases():
    assert len(CASES) >= 25
    assert len({case.key for case in CASES}) == len(CASES)


def test_voorbeelden_page_computes_every_case_and_shows_no_mismatch(client, demo_index):
    response = client.get(demo_index.url + "voorbeelden/")
    html = response.content.decode()
    assert response.status_code == 200
    assert len(response.context["checks"]) == len(CASES)
    assert all(check.ok for check in response.context["checks"])
    assert "TC01" in html and "wijkt af" not in html


def test_instrument_page_shows_each_fact_with_its_source_and_true_check_date(client, demo_index):
    html = client.get(demo_index.url + "lkv-banenafspraak/").content.decode()
    assert 'href="https://www.fundamentvoor.nl/node/58952"' in html
    assert "25 november 2026" in html
    assert "Landelijke regeling" in html
    local = client.get(demo_index.url + "werkgeverscheque/").content.decode()
    assert "niet gecontroleerd" in local and "Laatst gecontroleerd op" not in local
    assert "Regeling van de gemeente Lansingerland" in local
