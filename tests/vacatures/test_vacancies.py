import datetime
import json
import re
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import ModelLogEntry

from portal.accounts.models import Role
from portal.core.models import SiteSettings
from tests.form_values import rendered_form_data
from tests.portal.core.factories import publish
from tests.vacatures.factories import OrganisationFactory, VacancyFactory, make_employer
from vacatures.models import Status, Vacancy, VacancyIndexPage
from vacatures.services import TransitionError, change_status, close_expired
from vacatures.tasks import close_expired_vacancies


@pytest.fixture
def site(home_page):
    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "am@gemeente.example.nl"
    settings.wsp_email = "wsp@regio.example.nl"
    settings.save()
    index = VacancyIndexPage(title="Vacatures", slug="vacatures")
    home_page.add_child(instance=index)
    return publish(index)


@pytest.fixture
def employer(site):
    return make_employer()


def form_data(**overrides):
    data = {
        "title": "Medewerker post",
        "vacancy_type": "jobcarving",
        "description": "Post en pakketten verwerken.",
        "hours_per_week": "20",
        "contract_months": "6",
        "postcode": "6661ab",
        "city": "Elst",
        "tasks_text": "Post sorteren\nPakketten scannen\nKoffie zetten voor gasten",
        "contact_name": "Kim",
        "contact_email": "kim@bedrijf.example.nl",
        "token": str(uuid.uuid4()),
        "action": "submit",
    }
    data.update(overrides)
    return data


def test_employer_submits_a_jobcarving_vacancy_and_everyone_is_told(
    client, employer, django_capture_on_commit_callbacks
):
    client.force_login(employer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/werkgevers/omgeving/vacatures/nieuw/", form_data())
    vacancy = Vacancy.objects.get()
    assert response["Location"] == f"/werkgevers/omgeving/vacatures/{vacancy.pk}/"
    assert vacancy.status == Status.SUBMITTED and vacancy.postcode == "6661 AB"
    assert [t.text for t in vacancy.tasks.all()] == [
        "Post sorteren",
        "Pakketten scannen",
        "Koffie zetten voor gasten",
    ]
    recipients = [m.to for m in mail.outbox]
    assert ["am@gemeente.example.nl", "wsp@regio.example.nl"] in recipients
    assert ["kim@bedrijf.example.nl", employer.email] in recipients
    detail = client.get(response["Location"]).content.decode()
    assert "binnen 5 werkdagen contact" in detail
    assert ModelLogEntry.objects.filter(action="vacatures.status").count() == 1


def test_double_submit_creates_one_vacancy(client, employer):
    client.force_login(employer)
    data = form_data()
    client.post("/werkgevers/omgeving/vacatures/nieuw/", data)
    client.post("/werkgevers/omgeving/vacatures/nieuw/", data)
    assert Vacancy.objects.count() == 1


def test_bad_input_is_explained_and_kept(client, employer):
    client.force_login(employer)
    response = client.post(
        "/werkgevers/omgeving/vacatures/nieuw/",
        form_data(
            postcode="66",
            hours_per_week="80",
            tasks_text="Alleen één taak",
            closing_date="2020-01-01",
        ),
    )
    html = response.content.decode()
    for message in (
        "Vul een postcode in zoals 1234 AB",
        "Vul een aantal uren tussen 1 en 40 in.",
        "Noem bij jobcarving minstens twee losse taken",
        "De sluitingsdatum ligt in het verleden.",
    ):
        assert message in html
    assert 'value="Medewerker post"' in html and "Alleen één taak" in html
    assert not Vacancy.objects.exists()


def test_every_status_with_the_employer_mailed_each_time(
    employer, django_capture_on_commit_callbacks
):
    vacancy = VacancyFactory(organisation=employer.membership.organisation, created_by=employer)
    staff = get_user_model().objects.create_superuser(email="am@x.nl", password="x" * 12)
    with django_capture_on_commit_callbacks(execute=True):
        change_status(vacancy, Status.SUBMITTED, user=employer)
        change_status(vacancy, Status.IN_REVIEW, user=staff, message="Ik bel u morgen.")
        change_status(vacancy, Status.PUBLISHED, user=staff)
        change_status(vacancy, Status.FILLED, user=staff)
    employer_mails = [m for m in mail.outbox if employer.email in m.to]
    assert len(employer_mails) == 4
    assert "Ik bel u morgen." in employer_mails[1].body
    assert "Gefeliciteerd met uw nieuwe medewerker" in employer_mails[3].body
    assert [
        e.data["to"]
        for e in ModelLogEntry.objects.filter(action="vacatures.status").order_by("timestamp")
    ] == ["ingediend", "in-behandeling", "gepubliceerd", "vervuld"]
    with pytest.raises(TransitionError):
        change_status(vacancy, Status.PUBLISHED, user=staff)


def test_rejection_needs_a_reason_and_the_employer_can_resubmit(
    client, employer, django_capture_on_commit_callbacks
):
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation, created_by=employer, status=Status.SUBMITTED
    )
    with pytest.raises(TransitionError):
        change_status(vacancy, Status.REJECTED)
    with django_capture_on_commit_callbacks(execute=True):
        change_status(vacancy, Status.REJECTED, reason="Vermeld de werktijden.")
    client.force_login(employer)
    html = client.get(f"/werkgevers/omgeving/vacatures/{vacancy.pk}/").content.decode()
    assert "Niet geplaatst: Vermeld de werktijden." in html
    client.post(f"/werkgevers/omgeving/vacatures/{vacancy.pk}/versturen/")
    vacancy.refresh_from_db()
    assert vacancy.status == Status.SUBMITTED


def test_an_edit_after_publication_goes_back_to_review(
    client, employer, django_capture_on_commit_callbacks
):
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation,
        created_by=employer,
        status=Status.PUBLISHED,
        title="Oud",
    )
    client.force_login(employer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/",
            form_data(title="Nieuw", action="save", vacancy_type="baan", tasks_text=""),
        )
    vacancy.refresh_from_db()
    assert vacancy.title == "Nieuw" and vacancy.status == Status.SUBMITTED
    assert any("opnieuw" in m.body for m in mail.outbox)


def test_staff_change_the_status_in_the_admin_with_a_message(
    client, employer, django_capture_on_commit_callbacks
):
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation, created_by=employer, status=Status.SUBMITTED
    )
    client.force_login(
        get_user_model().objects.create_superuser(email="am@x.nl", password="x" * 12)
    )
    listing = client.get("/admin/vacatures/", {"status": "ingediend"}).content.decode()
    assert vacancy.title in listing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/vacatures/status/{vacancy.pk}/",
            {"status": "gepubliceerd", "message": "Succes!"},
        )
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.status == Status.PUBLISHED and vacancy.published_at
    history = client.get(f"/admin/vacatures/history/{vacancy.pk}/").content.decode()
    assert "Status gewijzigd" in history
    export = client.get("/admin/vacatures/", {"export": "csv"})
    assert (
        vacancy.title in b"".join(export.streaming_content).decode()
        if export.streaming
        else vacancy.title in export.content.decode()
    )
    refused = client.post(f"/admin/vacatures/status/{vacancy.pk}/", {"status": "afgewezen"})
    assert refused.status_code == 200  # not allowed from gepubliceerd: form error


def test_expired_vacancies_are_closed_by_the_beat_task(employer):
    old = VacancyFactory(
        organisation=employer.membership.organisation,
        status=Status.PUBLISHED,
        closing_date=datetime.date.today() - datetime.timedelta(days=1),
    )
    current = VacancyFactory(organisation=employer.membership.organisation, status=Status.PUBLISHED)
    assert close_expired_vacancies.apply().get() == 1
    old.refresh_from_db()
    current.refresh_from_db()
    assert old.status == Status.CLOSED and current.status == Status.PUBLISHED
    assert close_expired() == 0


# --- Security: an employer only ever sees their own organisation's data ---------------------

EMPLOYER_URLS = [
    "/werkgevers/omgeving/vacatures/{pk}/",
    "/werkgevers/omgeving/vacatures/{pk}/wijzigen/",
]


@pytest.mark.parametrize("url", EMPLOYER_URLS)
def test_employer_cannot_see_other_organisations_vacancy(client, site, url):
    owner = make_employer()
    other = make_employer()
    vacancy = VacancyFactory(organisation=owner.membership.organisation, title="Geheime vacature")
    client.force_login(other)
    response = client.get(url.format(pk=vacancy.pk))
    assert response.status_code == 404
    assert "Geheime vacature" not in response.content.decode()
    client.force_login(owner)
    assert client.get(url.format(pk=vacancy.pk)).status_code == 200


def test_employer_cannot_submit_or_edit_another_organisations_vacancy(client, site):
    owner, other = make_employer(), make_employer()
    vacancy = VacancyFactory(organisation=owner.membership.organisation)
    client.force_login(other)
    assert client.post(f"/werkgevers/omgeving/vacatures/{vacancy.pk}/versturen/").status_code == 404
    assert (
        client.post(
            f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/", form_data(title="Gekaapt")
        ).status_code
        == 404
    )
    vacancy.refresh_from_db()
    assert vacancy.status == Status.CONCEPT and vacancy.title != "Gekaapt"


@pytest.mark.parametrize(
    "url",
    [
        "/werkgevers/omgeving/",
        "/werkgevers/omgeving/uitnodigen/",
        "/werkgevers/omgeving/vacatures/nieuw/",
        "/werkgevers/omgeving/vacatures/1/",
        "/werkgevers/omgeving/organisatie/",
    ],
)
def test_anonymous_visitors_are_sent_to_login(client, site, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_dashboard_lists_only_own_vacancies(client, site):
    owner, other = make_employer(), make_employer(role=Role.MEDEWERKER)
    VacancyFactory(organisation=owner.membership.organisation, title="Van ons")
    VacancyFactory(organisation=other.membership.organisation, title="Van anderen")
    client.force_login(owner)
    html = client.get("/werkgevers/omgeving/").content.decode()
    assert "Van ons" in html and "Van anderen" not in html


# --- Public pages -----------------------------------------------------------------------------


def test_public_list_shows_only_published_and_open_vacancies(client, employer):
    organisation = employer.membership.organisation
    VacancyFactory(
        organisation=organisation,
        title="Open",
        status=Status.PUBLISHED,
        vacancy_type="baan",
        city="Elst",
    )
    VacancyFactory(organisation=organisation, title="Concept", status=Status.CONCEPT)
    VacancyFactory(
        organisation=organisation,
        title="Verlopen",
        status=Status.PUBLISHED,
        closing_date=datetime.date.today() - datetime.timedelta(days=1),
    )
    VacancyFactory(
        organisation=organisation,
        title="Stage Zetten",
        status=Status.PUBLISHED,
        vacancy_type="stage",
        city="Zetten",
        hours_per_week=16,
    )
    titles = lambda r: [v.title for v, _ in r.context["vacancies"]]  # noqa: E731
    assert sorted(titles(client.get("/vacatures/"))) == ["Open", "Stage Zetten"]
    assert titles(client.get("/vacatures/", {"soort": "stage"})) == ["Stage Zetten"]
    assert titles(client.get("/vacatures/", {"plaats": "elst"})) == ["Open"]
    assert titles(client.get("/vacatures/", {"uren": "20"})) == ["Stage Zetten"]


def test_vacancy_page_has_valid_jobposting_json_ld(client, employer):
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation,
        title="Kok",
        status=Status.PUBLISHED,
        vacancy_type="baan",
        hours_per_week=36,
    )
    html = client.get(f"/vacatures/{vacancy.pk}/{vacancy.slug}/").content.decode()
    data = json_ld(html)
    assert data["@context"] == "https://schema.org/" and data["@type"] == "JobPosting"
    for required in (
        "title",
        "description",
        "datePosted",
        "hiringOrganization",
        "jobLocation",
        "validThrough",
        "employmentType",
    ):
        assert data[required], required
    assert data["employmentType"] == "FULL_TIME"
    assert data["jobLocation"]["address"]["addressCountry"] == "NL"
    datetime.date.fromisoformat(data["datePosted"])


def json_ld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )


def test_json_ld_cannot_break_out_of_its_script_element(client, employer):
    evil = "</script><img src=x onerror=alert(1)>"
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation,
        title=f"Kok {evil}",
        description=f"Koken & {evil}",
        status=Status.PUBLISHED,
    )
    html = client.get(f"/vacatures/{vacancy.pk}/{vacancy.slug}/").content.decode()
    assert "</script><img" not in html
    assert "<img src=x" not in html
    data = json_ld(html)
    assert data["title"] == f"Kok {evil}"
    assert data["description"].startswith(f"Koken & {evil}")


def test_unpublished_vacancy_has_no_public_page(client, employer):
    vacancy = VacancyFactory(organisation=employer.membership.organisation)
    assert client.get(f"/vacatures/{vacancy.pk}/{vacancy.slug}/").status_code == 404


def test_responding_routes_to_the_municipality(
    client, employer, django_capture_on_commit_callbacks
):
    vacancy = VacancyFactory(organisation=employer.membership.organisation, status=Status.PUBLISHED)
    url = f"/vacatures/{vacancy.pk}/{vacancy.slug}/"
    bad = client.post(
        url, {"token": str(uuid.uuid4()), "name": "Sam", "email": "", "phone": "", "consent": "on"}
    )
    assert "Vul uw e-mailadres of telefoonnummer in." in bad.content.decode()
    token = str(uuid.uuid4())
    with django_capture_on_commit_callbacks(execute=True):
        ok = client.post(
            url, {"token": token, "name": "Sam", "email": "sam@example.nl", "consent": "on"}
        )
        client.post(
            url, {"token": token, "name": "Sam", "email": "sam@example.nl", "consent": "on"}
        )
    assert ok["Location"] == url + "bedankt/"
    assert vacancy.responses.count() == 1
    assert [m.to for m in mail.outbox] == [["am@gemeente.example.nl", "wsp@regio.example.nl"]]
    assert employer.email not in mail.outbox[0].to  # never straight to the employer


def test_public_list_query_count_is_flat(client, employer, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    organisation = employer.membership.organisation
    for _ in range(3):
        VacancyFactory(organisation=organisation, status=Status.PUBLISHED)
    client.get("/vacatures/")
    with CaptureQueriesContext(connection) as few:
        client.get("/vacatures/")
    for _ in range(17):
        VacancyFactory(organisation=OrganisationFactory(), status=Status.PUBLISHED)
    with django_assert_max_num_queries(len(few)):
        client.get("/vacatures/")


def test_response_with_a_bad_phone_number_is_explained_and_kept(client, employer):
    vacancy = VacancyFactory(organisation=employer.membership.organisation, status=Status.PUBLISHED)
    response = client.post(
        f"/vacatures/{vacancy.pk}/{vacancy.slug}/",
        {"token": str(uuid.uuid4()), "name": "Sam", "phone": "06-123", "consent": "on"},
    )
    html = response.content.decode()
    assert "Vul een geldig telefoonnummer in, zoals 06 12345678." in html
    assert 'value="06-123"' in html
    assert not vacancy.responses.exists()


def test_response_phone_is_stored_in_the_national_format(client, employer):
    vacancy = VacancyFactory(organisation=employer.membership.organisation, status=Status.PUBLISHED)
    client.post(
        f"/vacatures/{vacancy.pk}/{vacancy.slug}/",
        {"token": str(uuid.uuid4()), "name": "Sam", "phone": "+31612345678", "consent": "on"},
    )
    assert vacancy.responses.get().phone == "06 12345678"


def test_vacancy_contact_phone_is_validated_and_normalised(client, employer):
    client.force_login(employer)
    bad = client.post("/werkgevers/omgeving/vacatures/nieuw/", form_data(contact_phone="abc"))
    assert bad.context["form"].errors["contact_phone"] == [
        "Vul een geldig telefoonnummer in, zoals 06 12345678."
    ]
    assert 'value="abc"' in bad.content.decode()
    assert not Vacancy.objects.exists()
    client.post("/werkgevers/omgeving/vacatures/nieuw/", form_data(contact_phone="0612345678"))
    assert Vacancy.objects.get().contact_phone == "06 12345678"


def test_vacancy_postcode_with_non_ascii_digits_is_refused(client, employer):
    client.force_login(employer)
    response = client.post("/werkgevers/omgeving/vacatures/nieuw/", form_data(postcode="1٢٣٤ AB"))
    assert response.context["form"].errors["postcode"] == [
        "Vul een postcode in zoals 1234 AB: vier cijfers en twee letters."
    ]
    assert not Vacancy.objects.exists()


@pytest.mark.parametrize(
    ("tasks_text", "message"),
    [
        ("\n".join(f"Taak {n}" for n in range(31)), "Noem hoogstens 30 taken. U heeft er nu 31."),
        ("Post sorteren\n" + "x" * 6000, "Dit zijn te veel tekens: gebruik er hoogstens 6000."),
        ("\n".join("Taak" for _ in range(33000)), "Dit zijn te veel tekens"),
    ],
)
def test_too_many_tasks_are_explained_at_the_field_and_kept(client, employer, tasks_text, message):
    client.force_login(employer)
    response = client.post(
        "/werkgevers/omgeving/vacatures/nieuw/", form_data(tasks_text=tasks_text)
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["tasks_text"])
    assert tasks_text.splitlines()[1] in response.content.decode()
    assert not Vacancy.objects.exists()


def test_thirty_tasks_are_allowed(client, employer):
    client.force_login(employer)
    tasks = [f"Taak {n}" for n in range(30)]
    client.post("/werkgevers/omgeving/vacatures/nieuw/", form_data(tasks_text="\n".join(tasks)))
    assert [t.text for t in Vacancy.objects.get().tasks.all()] == tasks


def test_another_organisations_form_token_is_a_double_submit_that_reveals_nothing(client, employer):
    other = VacancyFactory(title="Geheime vacature van een ander")
    client.force_login(employer)
    response = client.post(
        "/werkgevers/omgeving/vacatures/nieuw/",
        form_data(token=str(other.submission_token)),
        follow=True,
    )
    assert response.redirect_chain[0][0] == "/werkgevers/omgeving/"
    assert "Geheime vacature" not in response.content.decode()
    assert list(Vacancy.objects.all()) == [other]


def test_a_double_submit_racing_past_the_token_check_creates_nothing(client, employer, monkeypatch):
    from vacatures import views

    first = VacancyFactory(organisation=employer.membership.organisation)
    real = views._double_submit
    calls = []

    def token_check_loses_the_race(token, membership):
        calls.append(token)
        return None if len(calls) == 1 else real(token, membership)

    monkeypatch.setattr(views, "_double_submit", token_check_loses_the_race)
    client.force_login(employer)
    response = client.post(
        "/werkgevers/omgeving/vacatures/nieuw/", form_data(token=str(first.submission_token))
    )
    assert len(calls) == 2
    assert response["Location"] == f"/werkgevers/omgeving/vacatures/{first.pk}/"
    assert list(Vacancy.objects.all()) == [first]


def test_date_inputs_render_iso_dates(client, employer):
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation,
        start_date=datetime.date(2027, 1, 3),
        closing_date=datetime.date(2027, 1, 24),
    )
    client.force_login(employer)
    html = client.get(f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/").content.decode()
    assert 'type="date" name="closing_date" id="id_closing_date" value="2027-01-24"' in html
    assert 'type="date" name="start_date" id="id_start_date" value="2027-01-03"' in html


def test_saving_an_unchanged_published_vacancy_keeps_its_date_and_status(
    client, employer, django_capture_on_commit_callbacks
):
    closing = datetime.date.today() + datetime.timedelta(60)
    vacancy = VacancyFactory(
        organisation=employer.membership.organisation,
        created_by=employer,
        status=Status.PUBLISHED,
        closing_date=closing,
        contact_phone="06 12345678",
    )
    vacancy.tasks.create(text="Post sorteren", sort_order=0)
    vacancy.tasks.create(text="Pakketten scannen", sort_order=1)
    client.force_login(employer)
    url = f"/werkgevers/omgeving/vacatures/{vacancy.pk}/wijzigen/"
    data = rendered_form_data(client.get(url).content.decode(), containing="title")
    data["tasks_text"] = data["tasks_text"].replace("\n", "\r\n")  # what a browser sends
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**data, "action": "save"})
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.closing_date == closing
    assert vacancy.status == Status.PUBLISHED
    assert [t.text for t in vacancy.tasks.all()] == ["Post sorteren", "Pakketten scannen"]
    assert not ModelLogEntry.objects.filter(action="vacatures.status").exists()
    assert mail.outbox == []


def test_a_too_long_rejection_reason_is_explained_at_the_field(employer):
    from vacatures.admin_views import StatusForm

    vacancy = VacancyFactory(organisation=employer.membership.organisation, status=Status.SUBMITTED)
    form = StatusForm({"status": Status.REJECTED, "reason": "x" * 1001}, vacancy=vacancy)
    assert not form.is_valid()
    assert "1000" in form.errors["reason"][0]
