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
