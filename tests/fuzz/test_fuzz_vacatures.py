"""Fuzzing the vacancies: the public list filters and 'reageren', and the employer's create and
edit forms. No input gives a 5xx; a rejected form saves nothing; an accepted vacancy is saved
with exactly its tasks."""

import datetime
import re
import uuid

import pytest
from django.forms.models import model_to_dict
from hypothesis import event, example, given
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from portal.core.models import OutboxMessage, SiteSettings
from tests.fuzz import strategies as fz
from tests.fuzz.support import (
    FUZZ_SETTINGS,
    assert_fits_postgres,
    assert_no_server_error,
    counts,
    ids,
    isolated_example,
    post_and_check,
    sent,
)
from tests.instrumentenboek.factories import DoelgroepFactory
from tests.portal.core.factories import publish
from tests.vacatures.factories import VacancyFactory, make_employer
from vacatures.models import Status, Vacancy, VacancyIndexPage, VacancyResponse, VacancyTask
from vacatures.models.vacancy import VacancyType

pytestmark = pytest.mark.django_db

POSTCODE_RE = r"[1-9][0-9]{3} [A-Z]{2}"


VALID = {
    "title": "Kok",
    "vacancy_type": "baan",
    "description": "Koken.",
    "hours_per_week": "20",
    "postcode": "6661 AB",
    "city": "Elst",
    "contact_name": "Kim",
    "contact_email": "kim@bedrijf.example.nl",
}


@pytest.fixture
def employer(home_page):
    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "am@gemeente.example.nl"
    settings.save()
    index = VacancyIndexPage(title="Vacatures", slug="vacatures")
    home_page.add_child(instance=index)
    publish(index)
    DoelgroepFactory(slug="banenafspraak", name="Banenafspraak")
    return make_employer()


@pytest.fixture
def published(employer):
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation, status=Status.PUBLISHED, title="Kok"
    )
    VacancyTask.objects.create(vacancy=vacancy, text="Koken", sort_order=0)
    return vacancy


# --- Public list and 'reageren' ------------------------------------------------------------

list_filters = fz.form_data(
    valid={},
    hostile={
        "soort": st.one_of(st.sampled_from(VacancyType.values), fz.hostile_choice()),
        "plaats": st.one_of(st.sampled_from(["Elst", "elst "]), fz.hostile_text()),
        "uren": st.one_of(st.integers(0, 41).map(str), fz.hostile_number()),
        "voor_wie": st.one_of(st.just("banenafspraak"), fz.hostile_choice()),
        "pagina": fz.hostile_number(),
    },
)


@FUZZ_SETTINGS
@given(params=list_filters, extra=fz.extra_params())
def test_public_list_filters_never_fail(client, published, params, extra):
    with isolated_example():
        assert client.get("/vacatures/", fz.merged(extra, params)).status_code == 200


response_data = fz.contact_form_data()


@FUZZ_SETTINGS
@given(data=response_data)
def test_vacancy_response_form(client, published, data):
    data = fz.merged({}, data)
    url = f"/vacatures/{published.pk}/{published.slug}/"
    with isolated_example():
        mails = OutboxMessage.objects.count()
        new = post_and_check(client, url, data, VacancyResponse, watch=(Vacancy,), honeypot=True)
        if new:
            assert new.email or new.phone
            assert OutboxMessage.objects.count() > mails, "response saved without its mail"


# --- Employer: create and edit ----------------------------------------------------------------


def vacancy_strategy():
    numbers = st.one_of(st.integers(-1, 45).map(str), fz.hostile_number())
    today = datetime.date.today()
    future = st.integers(0, 400).map(lambda n: (today + datetime.timedelta(n)).isoformat())
    return fz.form_data(
        valid={
            "title": st.sampled_from(["Medewerker post", "Kok (m/v)"]),
            "vacancy_type": st.sampled_from(VacancyType.values),
            "description": "Post en pakketten verwerken.",
            "hours_per_week": st.integers(1, 40).map(str),
            "contract_months": st.sampled_from(["", "6", "12"]),
            "start_date": st.one_of(st.just(""), future),
            "postcode": st.sampled_from(["6661ab", "6661 AB"]),
            "city": "Elst",
            "tasks_text": st.sampled_from(
                ["Post sorteren\nPakketten scannen", "Post sorteren\r\n\r\n  Koffie zetten  \n"]
            ),
            "contact_name": "Kim",
            "contact_email": "kim@bedrijf.example.nl",
            "closing_date": st.one_of(st.just(""), future),
            "token": st.uuids().map(str),
            "action": st.sampled_from(["submit", "save"]),
        },
        hostile={
            "title": fz.hostile_text(),
            "vacancy_type": fz.hostile_choice(),
            "description": fz.hostile_text(),
            "hours_per_week": numbers,
            "contract_months": numbers,
            "start_date": fz.hostile_date(),
            "postcode": st.one_of(fz.mixed_digits("6661 AB"), fz.hostile_text()),
            "city": fz.hostile_text(),
            "requirements": fz.hostile_text(),
            "support_offered": fz.hostile_text(),
            "doelgroepen": fz.hostile_choice(),
            "instruments": fz.hostile_choice(),
            "tasks_text": st.one_of(
                fz.hostile_text(),
                st.lists(fz.unicode_text(30), max_size=40).map("\n".join),
            ),
            "contact_name": fz.hostile_text(),
            "contact_email": fz.hostile_email(),
            "contact_phone": st.one_of(fz.foreign_digits(), fz.hostile_text()),
            "closing_date": fz.hostile_date(),
            "token": fz.hostile_token(),
            "action": fz.hostile_text(),
        },
    )


def expected_tasks(data):
    text = sent(data, "tasks_text") or ""
    return [t.strip() for t in text.splitlines() if t.strip()]


def check_saved_vacancy(vacancy, data):
    assert_fits_postgres(vacancy)
    assert re.fullmatch(POSTCODE_RE, vacancy.postcode), f"saved postcode {vacancy.postcode!r}"
    tasks = list(vacancy.tasks.order_by("sort_order"))
    for task in tasks:
        assert_fits_postgres(task)
    assert [t.text for t in tasks] == expected_tasks(data)


@FUZZ_SETTINGS
@given(data=vacancy_strategy())
# Found by fuzzing: regex \d takes any Unicode digit, so this postcode was saved as it is.
# Left to the shared postcode validator (another branch); fails until that is merged.
@example(data={**VALID, "postcode": "6６６１ AB", "token": "3b4d1d0e-0000-4000-8000-000000000001"})
def test_vacancy_create_form(client, employer, data):
    data = fz.merged({}, data)
    with isolated_example():
        client.force_login(employer)
        before_ids = ids(Vacancy)
        models = (Vacancy, VacancyTask, ModelLogEntry, OutboxMessage)
        before = counts(*models)
        response = client.post("/werkgevers/omgeving/vacatures/nieuw/", data)
        assert_no_server_error(response)
        event(f"status {response.status_code}")
        if response.status_code != 302:
            assert response.status_code == 200
            assert counts(*models) == before, "a rejected vacancy changed the database"
            return
        (vacancy,) = Vacancy.objects.exclude(pk__in=before_ids)
        check_saved_vacancy(vacancy, data)


@FUZZ_SETTINGS
@given(data=vacancy_strategy())
def test_vacancy_edit_form(client, employer, data):
    data = fz.merged({}, data)
    vacancy = VacancyFactory(organisation=employer.membership.organisation, status=Status.CONCEPT)
    VacancyTask.objects.create(vacancy=vacancy, text="Bestaande taak", sort_order=0)
    with isolated_example():
        client.force_login(employer)
        before = model_to_dict(Vacancy.objects.get(pk=vacancy.pk))
        tasks_before = list(vacancy.tasks.values_list("text", flat=True))
        response = client.post(f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/", data)
        assert_no_server_error(response)
        event(f"status {response.status_code}")
        vacancy.refresh_from_db()
        if response.status_code != 302:
            assert response.status_code == 200
            assert model_to_dict(vacancy) == before, "a rejected edit changed the vacancy"
            assert list(vacancy.tasks.values_list("text", flat=True)) == tasks_before
            return
        check_saved_vacancy(vacancy, data)


@pytest.mark.parametrize("field", ["doelgroepen", "instruments"])
@pytest.mark.parametrize("value", ["9" * 400, "9223372036854775808", "٣", " 1e3"])
def test_an_impossible_id_in_a_checkbox_list_is_refused_at_the_field(
    client, employer, field, value
):
    """Found by fuzzing: an id too large for the database crashed the ``id__in`` query (500)."""
    vacancy = VacancyFactory(organisation=employer.membership.organisation, status=Status.CONCEPT)
    client.force_login(employer)
    response = client.post(
        f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/",
        {**VALID, field: value},
    )
    assert response.status_code == 200
    assert "Kies een waarde uit de lijst." in response.context["form"].errors[field]
    vacancy.refresh_from_db()
    assert vacancy.title != "Kok"


@pytest.mark.parametrize(
    "field, value",
    [
        ("hours_per_week", "32768"),
        ("hours_per_week", "9223372036854775808"),
        ("contract_months", "40000"),
        ("contract_months", "9223372036854775807"),
        ("contract_months", "-1"),
    ],
)
def test_out_of_range_numbers_are_refused_at_the_field(client, employer, field, value):
    """Found by fuzzing: the contract duration had no upper bound, so SQLite stored 40000
    months (PostgreSQL's smallint column cannot hold that; Django there refused it only with
    its generic message). Now at most 120 months, with a Dutch message at the field."""
    client.force_login(employer)
    data = {**VALID, "token": str(uuid.uuid4()), field: value}
    response = client.post("/werkgevers/omgeving/vacatures/nieuw/", data)
    assert response.status_code == 200 and response.context["form"].errors[field]
    assert not Vacancy.objects.exists()
