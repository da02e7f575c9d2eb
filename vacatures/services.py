"""The vacancy flow: statuses, what the employer is told, notifications and history.

concept → ingediend → in behandeling → gepubliceerd → vervuld / gesloten, or afgewezen with a
reason. Every change is written to Wagtail's audit log (the admin's history) and mailed.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.log_actions import log

from portal.core.mail import queue_notification
from portal.core.models import SiteSettings
from vacatures.models import (
    EmployerQuestion,
    QuestionNote,
    QuestionRoute,
    Status,
    Vacancy,
)

TRANSITIONS = {
    Status.CONCEPT: {Status.SUBMITTED},
    Status.SUBMITTED: {Status.IN_REVIEW, Status.PUBLISHED, Status.REJECTED},
    Status.IN_REVIEW: {Status.PUBLISHED, Status.REJECTED},
    Status.PUBLISHED: {Status.FILLED, Status.CLOSED},
    Status.REJECTED: {Status.SUBMITTED},
    Status.FILLED: set(),
    Status.CLOSED: set(),
}
EDITABLE = {Status.CONCEPT, Status.SUBMITTED, Status.IN_REVIEW, Status.PUBLISHED, Status.REJECTED}


class TransitionError(Exception):
    pass


def next_step(vacancy):
    """What happens next, in words, for the employer (never a raw state)."""
    closing = date_format(vacancy.closing_date, "j F Y") if vacancy.closing_date else None
    return {
        Status.CONCEPT: "Nog niet verstuurd. Maak de vacature af en verstuur haar naar de "
        "accountmanager.",
        Status.SUBMITTED: "Verstuurd. De accountmanager neemt binnen 5 werkdagen contact met u op.",
        Status.IN_REVIEW: "De accountmanager bekijkt uw vacature en zoekt kandidaten die passen.",
        Status.PUBLISHED: (
            f"Staat op de website tot {closing}." if closing else "Staat op de website."
        )
        + " Kandidaten kunnen reageren via de "
        "gemeente.",
        Status.FILLED: "Vervuld. Gefeliciteerd met uw nieuwe medewerker!",
        Status.CLOSED: "Gesloten. De vacature staat niet meer op de website.",
        Status.REJECTED: f"Niet geplaatst: {vacancy.rejection_reason} Pas de vacature aan en "
        "verstuur haar opnieuw.",
    }[vacancy.status]


def allowed_transitions(vacancy):
    return sorted(TRANSITIONS[Status(vacancy.status)], key=list(Status).index)


def _employer_recipients(vacancy):
    return list(
        dict.fromkeys(
            a for a in (vacancy.contact_email, vacancy.created_by and vacancy.created_by.email) if a
        )
    )


def _mail_status(vacancy, message=""):
    queue_notification(
        "vacatures/mail/status_changed",
        {"vacancy": vacancy, "next_step": next_step(vacancy), "message": message},
        to=_employer_recipients(vacancy),
    )


def change_status(vacancy, new_status, user=None, message="", reason=""):
    """Move a vacancy to ``new_status`` (if allowed), log it and mail the employer."""
    new_status = Status(new_status)
    if new_status not in TRANSITIONS[Status(vacancy.status)]:
        raise TransitionError(f"{vacancy.status} → {new_status} is not allowed")
    if new_status == Status.REJECTED and not reason.strip():
        raise TransitionError("A rejection needs a reason")
    old = vacancy.status
    with transaction.atomic():
        vacancy.status = new_status
        now = timezone.now()
        if new_status == Status.SUBMITTED:
            vacancy.submitted_at = now
        if new_status == Status.PUBLISHED:
            vacancy.published_at = now
        if new_status == Status.REJECTED:
            vacancy.rejection_reason = reason.strip()
        vacancy.save()
        log(
            instance=vacancy,
            action="vacatures.status",
            user=user,
            data={"from": old, "to": new_status.value, "message": message},
        )
        if new_status == Status.SUBMITTED:
            _notify_submission(vacancy)
        _mail_status(vacancy, message)
    return vacancy


def _notify_submission(vacancy):
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    recipients = SiteSettings.for_site(site).notification_recipients() if site else []
    queue_notification("vacatures/mail/submitted_staff", {"vacancy": vacancy}, to=recipients)


def submit(vacancy, user):
    return change_status(vacancy, Status.SUBMITTED, user=user)


def record_edit(vacancy, user):
    """An edit after submission sends the vacancy back to review."""
    log(instance=vacancy, action="wagtail.edit", user=user)
    if vacancy.status in (Status.IN_REVIEW, Status.PUBLISHED):
        old = vacancy.status
        vacancy.status = Status.SUBMITTED
        vacancy.submitted_at = timezone.now()
        vacancy.save(update_fields=["status", "submitted_at", "updated_at"])
        log(
            instance=vacancy,
            action="vacatures.status",
            user=user,
            data={
                "from": old,
                "to": Status.SUBMITTED.value,
                "message": "Gewijzigd door de werkgever: opnieuw beoordelen.",
            },
        )
        _notify_submission(vacancy)
        _mail_status(
            vacancy, "U heeft de vacature gewijzigd. De accountmanager kijkt haar opnieuw na."
        )


def close_expired(today=None):
    """Daily: published vacancies past their closing date are closed (and the employer told)."""
    today = today or timezone.localdate()
    expired = list(Vacancy.objects.filter(status=Status.PUBLISHED, closing_date__lt=today))
    for vacancy in expired:
        change_status(
            vacancy, Status.CLOSED, message="De sluitingsdatum is voorbij; de vacature is gesloten."
        )
    return len(expired)


# --- Public list ----------------------------------------------------------------------------


def public_vacancies(filters, today=None):
    vacancies = (
        Vacancy.objects.public(today)
        .select_related("organisation")
        .prefetch_related("doelgroepen")
        .order_by("-published_at", "pk")
    )
    if filters.get("soort"):
        vacancies = vacancies.filter(vacancy_type=filters["soort"])
    if filters.get("plaats"):
        vacancies = vacancies.filter(city__iexact=filters["plaats"].strip())
    if filters.get("uren"):
        vacancies = vacancies.filter(hours_per_week__lte=filters["uren"])
    if filters.get("voor_wie"):
        vacancies = vacancies.filter(doelgroepen=filters["voor_wie"])
    return vacancies


def job_posting(vacancy, url):
    """schema.org JobPosting for search engines."""
    employment = {
        "baan": "FULL_TIME" if vacancy.hours_per_week >= 32 else "PART_TIME",
        "stage": "INTERN",
        "leerwerkplek": "INTERN",
    }.get(vacancy.vacancy_type, "OTHER")
    data = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": vacancy.title,
        "description": vacancy.description,
        "datePosted": (vacancy.published_at or vacancy.created_at).date().isoformat(),
        "employmentType": employment,
        "hiringOrganization": {"@type": "Organization", "name": vacancy.organisation.name},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "postalCode": vacancy.postcode,
                "addressLocality": vacancy.city,
                "addressCountry": "NL",
            },
        },
        "url": url,
        "identifier": {
            "@type": "PropertyValue",
            "name": "Participatieportaal",
            "value": str(vacancy.pk),
        },
        "workHours": f"{vacancy.hours_per_week} uur per week",
    }
    if vacancy.closing_date:
        data["validThrough"] = vacancy.closing_date.isoformat() + "T23:59:59"
    return data


# --- Responses to public vacancies ----------------------------------------------------------


def is_duplicate_response(token):
    from vacatures.models import VacancyResponse

    return VacancyResponse.objects.filter(submission_token=token).exists()


def register_response(vacancy, form, url, site_settings):
    """Store a candidate's response and tell the municipality (never the employer directly)."""
    with transaction.atomic():
        response = form.save(commit=False)
        response.vacancy = vacancy
        response.submission_token = form.cleaned_data["token"]
        response.save()
        queue_notification(
            "vacatures/mail/response_staff",
            {"vacancy": vacancy, "response": response, "url": url},
            to=site_settings.notification_recipients(),
        )
    return True


# --- Questions to the accountmanager --------------------------------------------------------

QUESTION_LIMIT_PER_HOUR = 5


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str = ""


def question_recipient(question, site_settings):
    """Where a question goes: the most specific rule of the routing table
    (``QuestionRoute.objects.best_match``); a rule without an address means the WSP mailbox;
    no rule means the settings' accountmanager, then the WSP, then the general address."""
    rule = QuestionRoute.objects.best_match(question.municipality, question.kern, question.subject)
    if rule is not None and rule.email:
        return Recipient(email=rule.email, name=rule.name)
    if rule is not None:  # the rule names the WSP mailbox
        addresses = [site_settings.wsp_email, site_settings.accountmanager_email]
    else:
        addresses = [site_settings.accountmanager_email, site_settings.wsp_email]
    email = next((a for a in addresses if a), site_settings.contact_email)
    return Recipient(email=email, name=rule.name if rule is not None else "")


def is_duplicate_question(token):
    return EmployerQuestion.objects.filter(submission_token=token).exists()


def register_question(form, site_settings, inbox_url):
    """Store an employer's question, mail the routed address and confirm to the asker.

    Idempotent per form token: a double submit (or one racing in) stores and mails nothing.
    ``inbox_url(question)`` gives the full admin URL for the staff mail. Returns True when
    the question is new.
    """
    token = form.cleaned_data["token"]
    try:
        with transaction.atomic():
            question = form.save(commit=False)
            question.submission_token = token
            recipient = question_recipient(question, site_settings)
            question.routed_to_email = recipient.email
            question.routed_to_name = recipient.name
            question.save()
            queue_notification(
                "vacatures/mail/question_staff",
                {"question": question, "url": inbox_url(question)},
                to=[recipient.email],
                reply_to=[question.email],
            )
            queue_notification(
                "vacatures/mail/question_confirmation",
                {
                    "question": question,
                    "recipient": recipient,
                    "municipality_name": site_settings.municipality_name,
                },
                to=[question.email],
            )
    except IntegrityError:  # the same token raced in from a second request
        return False
    return True


def move_question(question, status, user):
    """Pick up or mark handled (the rules are ``EmployerQuestion.TRANSITIONS``), logged in
    Wagtail's history of the question. False when the question, as it is now, cannot move so
    (a colleague was first)."""
    with transaction.atomic():
        # The row as it is now, locked: two staff clicking "Oppakken" at once cannot both win.
        current = type(question).objects.select_for_update().get(pk=question.pk)
        if not current.can_become(status):
            return False
        old = current.status
        current.move_to(status, user)
        question.refresh_from_db()
        log(
            instance=question,
            action="vacatures.question_status",
            user=user,
            data={"from": old, "to": question.status},
        )
    return True


def add_question_note(question, user, note, emailed=False):
    return QuestionNote.objects.create(question=question, user=user, note=note, emailed=emailed)


def delete_expired_questions(now=None):
    """AVG: questions (with their reply log) past their retention period are deleted."""
    deleted, _ = EmployerQuestion.expired(now).delete()
    return deleted
