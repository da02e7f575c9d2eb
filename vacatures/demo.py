"""Demo employers and vacancies in every status. Idempotent. Demo logins only with DEBUG on."""

import datetime

from django.conf import settings
from django.utils import timezone

from portal.accounts.models import Membership, Organisation, Role
from portal.core.demo import ensure_child
from portal.core.models import ContentPage, HomePage
from vacatures.models import (
    QuestionPage,
    QuestionRoute,
    QuestionSubject,
    Status,
    Vacancy,
    VacancyIndexPage,
    VacancyTask,
)

DEMO_PASSWORD = "werkgever-demo"  # noqa: S105 (demo accounts exist only with DEBUG on)
ORGANISATIONS = [
    dict(
        name="Catering De Smaak (voorbeeld)",
        kvk_number="90000001",
        city="Berkel en Rodenrijs",
        size="10-49",
        contact_email="info@desmaak.example.nl",
        users=[
            ("marja@desmaak.example.nl", "Marja", Role.BEHEERDER),
            ("corrie@desmaak.example.nl", "Corrie", Role.MEDEWERKER),
        ],
    ),
    dict(
        name="Kwekerij Peper & Kruid (voorbeeld)",
        kvk_number="90000002",
        city="Bleiswijk",
        size="1-9",
        contact_email="info@peperkruid.example.nl",
        users=[("ties@peperkruid.example.nl", "Ties", Role.BEHEERDER)],
    ),
]
VACANCIES = [
    (
        0,
        "Medewerker telefoon en planning",
        "jobcarving",
        Status.PUBLISHED,
        ["Telefoon aannemen", "Personeelsplanning bijhouden", "Bestellingen invoeren"],
    ),
    (
        0,
        "Hulp in de keuken",
        "werkervaringsplaats",
        Status.SUBMITTED,
        ["Groente snijden", "Afwassen", "Koelcel bijvullen"],
    ),
    (0, "Bezorger catering", "baan", Status.IN_REVIEW, []),
    (0, "Medewerker bediening", "proefplaatsing", Status.CONCEPT, []),
    (1, "Seizoensmedewerker kas", "baan", Status.PUBLISHED, ["Oogsten", "Inpakken"]),
    (1, "Stagiair teelt", "stage", Status.FILLED, []),
    (1, "Leerling tuinder (BBL)", "leerwerkplek", Status.CLOSED, []),
    (1, "Chauffeur bestelbus", "baan", Status.REJECTED, []),
]


def load():
    created = []
    home = HomePage.objects.get()
    residents = ContentPage.objects.child_of(home).get(slug="inwoners")
    index, was_created = ensure_child(
        residents,
        VacancyIndexPage,
        "vacatures",
        title="Vacatures",
        intro="Hier vindt u werk bij werkgevers in de regio. Er zijn ook plekken om het werk "
        "te leren: werkervaringsplaatsen, stages en proefplaatsingen. U reageert via de gemeente. "
        "De accountmanager helpt u dan verder.",
        search_description="Vacatures en werkervaringsplaatsen in de regio.",
    )
    if was_created:
        created.append(index.title)
    created += load_question_page(home)

    organisations = []
    for data in ORGANISATIONS:
        fields = {k: v for k, v in data.items() if k != "users"}
        organisation, made = Organisation.objects.get_or_create(
            kvk_number=data["kvk_number"], defaults=fields
        )
        organisations.append(organisation)
        if made:
            created.append(organisation.name)
        if settings.DEBUG:
            for email, first_name, role in data["users"]:
                _demo_user(email, first_name, organisation, role)

    today = timezone.localdate()
    for org_index, title, kind, status, tasks in VACANCIES:
        organisation = organisations[org_index]
        if Vacancy.objects.filter(organisation=organisation, title=title).exists():
            continue
        vacancy = Vacancy.objects.create(
            organisation=organisation,
            title=title,
            vacancy_type=kind,
            status=status,
            description=f"{title} bij {organisation.name}. U werkt in een klein team dat u "
            "goed inwerkt. Ervaring is niet nodig; zin om te leren wel.",
            hours_per_week=24 if kind != "baan" else 32,
            contract_months=6,
            postcode="2651 AB",
            city=organisation.city,
            support_offered="Een vaste collega helpt u de eerste weken.",
            contact_name="De eigenaar",
            contact_email=organisation.contact_email,
            closing_date=today + datetime.timedelta(days=60),
            rejection_reason="De functie-eisen zijn niet duidelijk."
            if status == Status.REJECTED
            else "",
            submitted_at=timezone.now() if status != Status.CONCEPT else None,
            published_at=timezone.now() if status == Status.PUBLISHED else None,
        )
        VacancyTask.objects.bulk_create(
            [VacancyTask(vacancy=vacancy, text=t, sort_order=n) for n, t in enumerate(tasks)]
        )
        created.append(vacancy.title)
    return created


QUESTION_INTRO = (
    "Heeft u een vraag over personeel, een regeling of SROI? Stel uw vraag hier. U heeft geen "
    "account nodig. De accountmanager werkgevers leest uw vraag en neemt binnen 5 werkdagen "
    "contact met u op."
)
QUESTION_THANKS = (
    "Uw vraag is verstuurd. U krijgt een bevestiging per e-mail. De accountmanager belt of "
    "mailt u binnen 5 werkdagen."
)


def load_question_page(home):
    """'Stel uw vraag aan de accountmanager' under the Werkgevers page, and one routing rule:
    SROI questions go to the WSP mailbox (the rest to the settings' accountmanager)."""
    created = []
    employers = ContentPage.objects.child_of(home).get(slug="werkgevers")
    page, was_created = ensure_child(
        employers,
        QuestionPage,
        "vraag",
        title="Stel uw vraag aan de accountmanager",
        intro=QUESTION_INTRO,
        thanks_text=QUESTION_THANKS,
        search_description="Stel uw vraag aan de accountmanager werkgevers. Geen account nodig.",
    )
    if was_created:
        created.append(page.title)
    _route, made = QuestionRoute.objects.get_or_create(
        municipality=None, kern=None, subject=QuestionSubject.SROI
    )
    if made:
        created.append("Verdeling: SROI-vragen naar het WSP")
    return created


def _demo_user(email, first_name, organisation, role):
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    user_model = get_user_model()
    user = user_model.objects.filter(email=email).first()
    if user is None:
        user = user_model.objects.create_user(
            email=email, password=DEMO_PASSWORD, first_name=first_name
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Membership.objects.get_or_create(
        user=user, defaults={"organisation": organisation, "role": role}
    )
    return user
