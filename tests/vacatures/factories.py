import datetime

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.accounts.models import Membership, Organisation, Role
from vacatures.models import EmployerQuestion, QuestionRoute, QuestionSubject, Status, Vacancy


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bedrijf {n}")
    kvk_number = factory.Sequence(lambda n: f"{10000000 + n:08d}")
    city = "Elst"
    size = "10-49"
    contact_email = factory.Sequence(lambda n: f"info{n}@bedrijf.example.nl")

    class Meta:
        model = Organisation


def make_employer(organisation=None, email=None, role=Role.BEHEERDER, password="wachtwoord-123"):
    organisation = organisation or OrganisationFactory()
    email = email or f"{organisation.kvk_number}@werkgever.example.nl"
    user = get_user_model().objects.create_user(email=email, password=password)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    Membership.objects.create(user=user, organisation=organisation, role=role)
    return user


class VacancyFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    title = factory.Sequence(lambda n: f"Vacature {n}")
    vacancy_type = "werkervaringsplaats"
    description = "Meewerken in ons team."
    hours_per_week = 24
    postcode = "6661 AB"
    city = "Elst"
    contact_name = "Eigenaar"
    contact_email = "eigenaar@bedrijf.example.nl"
    status = Status.CONCEPT
    closing_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(30))

    class Meta:
        model = Vacancy


class EmployerQuestionFactory(factory.django.DjangoModelFactory):
    organisation_name = factory.Sequence(lambda n: f"Bedrijf {n}")
    contact_name = "Kim de Vries"
    email = factory.Sequence(lambda n: f"kim{n}@bedrijf.example.nl")
    subject = QuestionSubject.PERSONNEL
    question = "Ik zoek iemand voor de keuken. Kunt u helpen?"

    class Meta:
        model = EmployerQuestion


class QuestionRouteFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"am{n}@gemeente.example.nl")

    class Meta:
        model = QuestionRoute
