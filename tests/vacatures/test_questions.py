"""'Stel uw vraag aan de accountmanager': routing, the public form, the inbox and retention."""

import datetime
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.utils import timezone

from portal.core.models import ContentPage, SiteSettings
from tests.participatiekaart.factories import KernFactory
from tests.portal.core.factories import MunicipalityFactory, publish
from tests.vacatures.factories import EmployerQuestionFactory, QuestionRouteFactory
from vacatures.models import (
    EmployerQuestion,
    QuestionNote,
    QuestionPage,
    QuestionRoute,
    QuestionStatus,
    QuestionSubject,
)
from vacatures.models.question import QUESTION_MAX_LENGTH, TransitionError
from vacatures.services import move_question, question_recipient
from vacatures.tasks import delete_expired_questions

URL = "/werkgevers/vraag/"


@pytest.fixture
def settings_with_addresses(home_page):
    settings = SiteSettings.objects.get()
    settings.accountmanager_email = "am@gemeente.example.nl"
    settings.wsp_email = "wsp@regio.example.nl"
    settings.contact_email = "info@gemeente.example.nl"
    settings.save()
    return settings


@pytest.fixture
def question_page(home_page, settings_with_addresses):
    employers = ContentPage(title="Werkgevers", slug="werkgevers")
    home_page.add_child(instance=employers)
    publish(employers)
    page = QuestionPage(title="Stel uw vraag aan de accountmanager", slug="vraag", intro="Vraag")
    employers.add_child(instance=page)
    return publish(page)


@pytest.fixture
def elst():
    return KernFactory(name="Elst", slug="elst", municipality="Overbetuwe")


def form_data(municipality, /, **overrides):
    data = {
        "organisation_name": "Kwekerij Peper & Kruid",
        "contact_name": "Ties",
        "email": "ties@peperkruid.example.nl",
        "phone": "0612345678",
        "municipality": str(municipality.pk),
        "kern": "",
        "subject": QuestionSubject.SUBSIDY,
        "question": "Welke regeling past bij een medewerker uit de bijstand?",
        "token": str(uuid.uuid4()),
        "website": "",
    }
    data.update(overrides)
    return data


# --- Routing --------------------------------------------------------------------------------


def _recipient(settings, municipality=None, kern=None, subject=QuestionSubject.SROI):
    question = EmployerQuestion(municipality=municipality, kern=kern, subject=subject)
    return question_recipient(question, settings).email


def test_the_most_specific_routing_rule_wins(settings_with_addresses, elst):
    overbetuwe = elst.municipality
    other_kern = KernFactory(name="Heteren", slug="heteren", municipality=overbetuwe)
    rules = [
        ({"subject": QuestionSubject.SROI}, "subject@x.nl"),
        ({"municipality": overbetuwe}, "municipality@x.nl"),
        ({"municipality": overbetuwe, "subject": QuestionSubject.SROI}, "municipality-sroi@x.nl"),
        ({"kern": elst, "municipality": overbetuwe}, "kern@x.nl"),
        ({"kern": elst, "municipality": overbetuwe, "subject": "sroi"}, "kern-sroi@x.nl"),
    ]
    expected_before_each = ["am@gemeente.example.nl"] + [email for _, email in rules]
    for (fields, email), expected in zip(rules, expected_before_each[:-1], strict=True):
        assert _recipient(settings_with_addresses, overbetuwe, elst) == expected
        QuestionRouteFactory(email=email, **fields)
    assert _recipient(settings_with_addresses, overbetuwe, elst) == "kern-sroi@x.nl"
    # Another subject skips the subject rules; another kern skips the kern rules.
    assert _recipient(settings_with_addresses, overbetuwe, elst, "personeel") == "kern@x.nl"
    assert _recipient(settings_with_addresses, overbetuwe, other_kern) == "municipality-sroi@x.nl"
    assert _recipient(settings_with_addresses, MunicipalityFactory(name="Lingewaard")) == (
        "subject@x.nl"
    )


def test_a_rule_for_a_kern_applies_when_only_the_kern_is_known(settings_with_addresses, elst):
    QuestionRouteFactory(kern=elst, email="elst@x.nl")
    assert _recipient(settings_with_addresses, None, elst) == "elst@x.nl"
    assert _recipient(settings_with_addresses, elst.municipality, None) == "am@gemeente.example.nl"


def test_a_rule_without_address_sends_to_the_wsp_mailbox(settings_with_addresses):
    rule = QuestionRouteFactory(subject=QuestionSubject.SROI, email="", name="")
    assert _recipient(settings_with_addresses) == "wsp@regio.example.nl"
    rule.delete()
    assert _recipient(settings_with_addresses) == "am@gemeente.example.nl"


def test_without_rules_or_accountmanager_the_wsp_then_the_general_address_hears_it(
    settings_with_addresses,
):
    settings_with_addresses.accountmanager_email = ""
    assert _recipient(settings_with_addresses) == "wsp@regio.example.nl"
    settings_with_addresses.wsp_email = ""
    assert _recipient(settings_with_addresses) == "info@gemeente.example.nl"


def test_of_two_equal_rules_the_oldest_wins(settings_with_addresses):
    QuestionRouteFactory(subject=QuestionSubject.SROI, email="first@x.nl")
    QuestionRouteFactory(subject=QuestionSubject.SROI, email="second@x.nl")
    assert _recipient(settings_with_addresses) == "first@x.nl"


def test_staff_cannot_save_an_empty_duplicate_or_mismatched_rule(db, elst):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="Kies een gemeente, een kern of een onderwerp"):
        QuestionRoute(email="a@x.nl").full_clean()
    with pytest.raises(ValidationError, match="hoort niet bij de gekozen gemeente"):
        QuestionRoute(kern=elst, municipality=MunicipalityFactory(name="Arnhem")).full_clean()
    rule = QuestionRoute(kern=elst, subject="sroi")
    rule.full_clean()  # takes the kern's municipality
    rule.save()
    assert rule.municipality == elst.municipality
    with pytest.raises(ValidationError, match="Er is al een regel"):
        QuestionRoute(kern=elst, subject="sroi", email="b@x.nl").full_clean()


# --- The public form ------------------------------------------------------------------------


def test_an_employer_asks_a_question_and_both_sides_get_a_mail(
    client, question_page, elst, on_commit
):
    QuestionRouteFactory(
        kern=elst, municipality=elst.municipality, name="Sanne", email="sanne@x.nl"
    )
    with on_commit():
        response = client.post(URL, form_data(elst.municipality, kern=str(elst.pk)))
    assert response.status_code == 302 and response["Location"] == URL + "bedankt/"
    question = EmployerQuestion.objects.get()
    assert question.status == QuestionStatus.NEW
    assert question.phone == "06 12345678"
    assert (question.routed_to_email, question.routed_to_name) == ("sanne@x.nl", "Sanne")
    staff_mail, confirmation = sorted(mail.outbox, key=lambda m: m.to != ["sanne@x.nl"])
    assert staff_mail.to == ["sanne@x.nl"] and staff_mail.reply_to == [question.email]
    assert "Welke regeling past" in staff_mail.body
    assert f"/admin/werkgever-vragen/behandelen/{question.pk}/" in staff_mail.body
    assert confirmation.to == ["ties@peperkruid.example.nl"]
    assert "Sanne neemt binnen 5 werkdagen contact" in confirmation.body
    # The asker's words are not echoed to whatever address was typed (no spam relay).
    assert "Welke regeling past" not in confirmation.body
    thanks = client.get(URL + "bedankt/")
    assert thanks.status_code == 200 and "Bedankt voor uw vraag" in thanks.content.decode()


def test_the_form_has_autocomplete_a_phone_keypad_and_a_fresh_token(client, question_page):
    html = client.get(URL).content.decode()
    for name, token in [
        ("organisation_name", "organization"),
        ("contact_name", "name"),
        ("email", "email"),
        ("phone", "tel"),
    ]:
        assert f'name="{name}"' in html and f'autocomplete="{token}"' in html
    assert 'type="tel" name="phone"' in html
    assert 'type="hidden" name="token" value="' in html


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"organisation_name": ""}, "organisation_name", "Vul de naam van uw bedrijf"),
        ({"email": "ties@"}, "email", "Vul een e-mailadres in zoals naam@bedrijf.nl."),
        ({"phone": "12"}, "phone", "Vul een geldig telefoonnummer in"),
        ({"municipality": ""}, "municipality", "Kies een gemeente."),
        ({"municipality": "999999"}, "municipality", "Kies een gemeente uit de lijst."),
        ({"subject": ""}, "subject", "Kies waar uw vraag over gaat."),
        ({"subject": "geld"}, "subject", "Kies een onderwerp uit de lijst."),
        ({"question": ""}, "question", "Schrijf uw vraag op."),
        ({"question": "x" * (QUESTION_MAX_LENGTH + 1)}, "question", "Uw vraag is te lang"),
    ],
)
def test_bad_input_gets_a_dutch_message_at_the_field_and_keeps_the_rest(
    client, question_page, elst, overrides, field, message
):
    response = client.post(URL, form_data(elst.municipality, **overrides))
    assert response.status_code == 200
    form = response.context["form"]
    assert any(message in error for error in form.errors[field])
    html = response.content.decode()
    assert "<title>Fout:" in html and 'id="foutmeldingen"' in html
    assert 'value="Ties"' in html  # what was typed is kept
    assert not EmployerQuestion.objects.exists() and not mail.outbox


def test_a_kern_outside_the_chosen_municipality_is_refused(client, question_page, elst):
    other = MunicipalityFactory(name="Lingewaard")
    response = client.post(URL, form_data(other, kern=str(elst.pk)))
    assert "Elst ligt niet in Lingewaard" in response.context["form"].errors["kern"][0]
    assert not EmployerQuestion.objects.exists()


def test_a_double_submit_stores_and_mails_once(client, question_page, elst, on_commit):
    data = form_data(elst.municipality)
    with on_commit():
        first = client.post(URL, data)
        second = client.post(URL, data)
    assert first["Location"] == second["Location"] == URL + "bedankt/"
    assert EmployerQuestion.objects.count() == 1
    assert len(mail.outbox) == 2  # one to staff, one confirmation


def test_a_bot_filling_the_honeypot_gets_thanks_and_nothing_is_stored(client, question_page, elst):
    response = client.post(URL, form_data(elst.municipality, website="http://spam.example"))
    assert response["Location"] == URL + "bedankt/"
    assert not EmployerQuestion.objects.exists()


def test_many_questions_in_an_hour_get_a_message_not_an_error(client, question_page, elst):
    from vacatures.services import QUESTION_LIMIT_PER_HOUR

    for _ in range(QUESTION_LIMIT_PER_HOUR):
        assert client.post(URL, form_data(elst.municipality)).status_code == 302
    response = client.post(URL, form_data(elst.municipality))
    assert response.status_code == 429
    assert "al vaak een vraag gestuurd" in response.content.decode()
    assert 'value="Ties"' in response.content.decode()


# --- Status rules and the staff inbox -------------------------------------------------------


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user(email="am@gemeente.example.nl", password="x")
    group = Group.objects.create(name="Accountmanagers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_employerquestion"),
        Permission.objects.get(codename="change_employerquestion"),
    )
    user.groups.add(group)
    return user


def test_a_question_goes_from_nieuw_to_opgepakt_to_afgehandeld_and_never_back(staff):
    question = EmployerQuestionFactory()
    assert question.can_pick_up and question.can_mark_handled
    question.move_to(QuestionStatus.PICKED_UP, staff)
    assert question.assigned_to == staff and question.picked_up_at
    assert not question.can_pick_up
    question.move_to(QuestionStatus.HANDLED, staff)
    assert question.handled_at and not question.can_mark_handled
    with pytest.raises(TransitionError):
        question.move_to(QuestionStatus.PICKED_UP, staff)


def test_staff_pick_up_note_and_close_a_question_in_the_inbox(client, staff, home_page):
    question = EmployerQuestionFactory(organisation_name="Catering De Smaak")
    client.force_login(staff)
    inbox = client.get("/admin/werkgever-vragen/?status=nieuw")
    assert inbox.status_code == 200 and "Catering De Smaak" in inbox.content.decode()
    handle = f"/admin/werkgever-vragen/behandelen/{question.pk}/"
    assert client.post(handle, {"action": "oppakken"}).status_code == 302
    client.post(handle, {"action": "notitie", "note": "Gebeld, afspraak op dinsdag."})
    client.post(handle, {"action": "notitie", "note": "", "emailed": "on"})
    client.post(handle, {"action": "afgehandeld"})
    question.refresh_from_db()
    assert question.status == QuestionStatus.HANDLED and question.assigned_to == staff
    notes = list(question.notes.all())
    assert [(n.note, n.emailed, n.user) for n in notes] == [
        ("Gebeld, afspraak op dinsdag.", False, staff),
        ("", True, staff),
    ]
    page = client.get(handle).content.decode()
    assert "Gebeld, afspraak op dinsdag." in page and "Gemaild" in page
    assert 'value="oppakken"' not in page and 'value="afgehandeld"' not in page


def test_two_staff_picking_up_at_once_only_the_first_wins(staff, django_user_model):
    """Found in review: both clicks saw 'nieuw' and the last one took the question."""
    colleague = django_user_model.objects.create_user(email="collega@gemeente.example.nl")
    question = EmployerQuestionFactory()
    stale_copy = EmployerQuestion.objects.get(pk=question.pk)  # loaded before the first click
    assert move_question(question, QuestionStatus.PICKED_UP, staff)
    assert not move_question(stale_copy, QuestionStatus.PICKED_UP, colleague)
    question.refresh_from_db()
    assert question.assigned_to == staff


def test_an_empty_note_is_refused_with_a_message(client, staff, home_page):
    question = EmployerQuestionFactory()
    client.force_login(staff)
    response = client.post(
        f"/admin/werkgever-vragen/behandelen/{question.pk}/", {"action": "notitie", "note": " "}
    )
    assert response.status_code == 200
    assert "Schrijf een notitie" in response.content.decode()
    assert not QuestionNote.objects.exists()


def test_admin_users_without_the_permission_cannot_handle_questions(client, home_page):
    user = get_user_model().objects.create_user(email="editor@gemeente.example.nl", password="x")
    group = Group.objects.create(name="Redacteuren")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    question = EmployerQuestionFactory()
    client.force_login(user)
    assert client.get("/admin/werkgever-vragen/").status_code in (302, 403)
    response = client.post(
        f"/admin/werkgever-vragen/behandelen/{question.pk}/", {"action": "afgehandeld"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == QuestionStatus.NEW


# --- Retention ------------------------------------------------------------------------------


def test_questions_are_deleted_a_year_after_handling_or_two_years_unhandled(db, staff):
    now = timezone.now()
    days = datetime.timedelta(days=1)

    def make(created_days_ago, handled_days_ago=None):
        question = EmployerQuestionFactory()
        EmployerQuestion.objects.filter(pk=question.pk).update(
            created_at=now - created_days_ago * days,
            handled_at=now - handled_days_ago * days if handled_days_ago is not None else None,
        )
        QuestionNote.objects.create(question=question, user=staff, note="Gebeld")
        return question.pk

    handled_long_ago = make(500, 366)
    handled_recently = make(500, 300)
    open_long = make(731)
    open_recent = make(700)
    assert delete_expired_questions() == 4  # two questions, each with its note
    assert set(EmployerQuestion.objects.values_list("pk", flat=True)) == {
        handled_recently,
        open_recent,
    }
    assert handled_long_ago not in QuestionNote.objects.values_list("question", flat=True)
    assert open_long not in QuestionNote.objects.values_list("question", flat=True)


def test_staff_keep_the_routing_table_in_the_admin(client, home_page, elst):
    user = get_user_model().objects.create_superuser(
        email="beheer@gemeente.example.nl", password="x"
    )
    client.force_login(user)
    assert client.get("/admin/vragen-verdeling/").status_code == 200
    response = client.post(
        "/admin/vragen-verdeling/new/",
        {"kern": elst.pk, "subject": "sroi", "name": "Sanne", "email": "sanne@x.nl"},
    )
    assert response.status_code == 302
    rule = QuestionRoute.objects.get()
    assert rule.municipality == elst.municipality  # taken from the kern
    refused = client.post("/admin/vragen-verdeling/new/", {"subject": "", "email": "a@x.nl"})
    assert refused.status_code == 200 and QuestionRoute.objects.count() == 1
    question = EmployerQuestionFactory()
    assert client.get(f"/admin/werkgever-vragen/inspect/{question.pk}/").status_code == 200


def test_the_cached_form_page_gives_every_visitor_a_fresh_token(client, question_page, settings):
    import re

    settings.PAGE_CACHE_SECONDS = 600
    first, second = client.get(URL), client.get(URL)
    assert second["X-Page-Cache"] == "hit"
    tokens = [
        re.search(r'name="token" value="([0-9a-f-]{36})"', r.content.decode()).group(1)
        for r in (first, second)
    ]
    assert tokens[0] != tokens[1]


def test_staff_search_the_inbox(client, staff, home_page):
    EmployerQuestionFactory(organisation_name="Catering De Smaak")
    EmployerQuestionFactory(organisation_name="Kwekerij Peper & Kruid")
    client.force_login(staff)
    html = client.get("/admin/werkgever-vragen/?q=Smaak").content.decode()
    assert "Catering De Smaak" in html and "Peper" not in html
