"""AVG retention of the participatiekaart's personal data, with explicit dates."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone
from wagtail.models import Revision

from participatiekaart.models import Organisation, Place, PlaceReport
from participatiekaart.tasks import (
    clear_expired_proposers,
    delete_expired_reports,
    delete_unchecked_organisations,
)
from tests.participatiekaart.factories import OrganisationFactory, PlaceFactory

T0 = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def days(n):
    return T0 + datetime.timedelta(days=n)


def proposed_place(title, organisation=None, **fields):
    """A place as the proposal form leaves it: a draft with a revision, proposed at T0."""
    organisation = organisation or OrganisationFactory(is_proposed=True, proposed_at=T0)
    place = PlaceFactory(
        title=title,
        organisation=organisation,
        live=False,
        proposed_by="voorsteller@example.com",
        proposed_at=T0,
        **fields,
    )
    place.save_revision()
    return place


def revision_contents(place):
    return [r.content for r in Revision.objects.for_instance(place)]


def test_reports_are_deleted_180_days_after_they_came_in(db):
    place = PlaceFactory()
    old = PlaceReport.objects.create(place=place, reason="vol", comment="Bel Jan 0612345678")
    handled = PlaceReport.objects.create(place=place, reason="vol", handled=True)
    recent = PlaceReport.objects.create(place=place, reason="anders")
    PlaceReport.objects.filter(pk__in=[old.pk, handled.pk]).update(created_at=T0)
    PlaceReport.objects.filter(pk=recent.pk).update(created_at=days(10))
    assert delete_expired_reports(now=days(180)) == 0
    assert delete_expired_reports(now=days(181)) == 2
    assert list(PlaceReport.objects.all()) == [recent]


def test_proposer_address_is_cleared_after_90_days_in_the_place_and_every_revision(db):
    place = proposed_place("Leesclub")
    place.description = "Aangepast door de redactie."
    place.save_revision()  # a second revision, still with the address
    other = proposed_place("Later voorstel")
    Place.objects.filter(pk=other.pk).update(proposed_at=days(30))
    assert [c["proposed_by"] for c in revision_contents(place)] == ["voorsteller@example.com"] * 2

    assert clear_expired_proposers(now=days(90)) == 0
    assert clear_expired_proposers(now=days(91)) == 1

    place.refresh_from_db()
    assert place.proposed_by == "" and place.proposed_at == T0
    assert [c["proposed_by"] for c in revision_contents(place)] == ["", ""]
    assert Revision.objects.for_instance(place).latest("created_at").content["description"] == (
        "Aangepast door de redactie."
    )
    other.refresh_from_db()
    assert other.proposed_by == "voorsteller@example.com"
    assert revision_contents(other)[0]["proposed_by"] == "voorsteller@example.com"
    # still a proposal waiting for staff, and still publishable
    assert place in Place.objects.waiting_proposals()
    place.latest_revision.publish()
    place.refresh_from_db()
    assert place.live and place.proposed_by == ""


def test_unchecked_organisation_without_a_live_place_is_deleted_after_180_days(db):
    place = proposed_place("Leesclub")
    organisation = place.organisation
    revision_ids = list(Revision.objects.for_instance(place).values_list("pk", flat=True))
    assert delete_unchecked_organisations(now=days(180)) == 0
    assert delete_unchecked_organisations(now=days(181)) == 1
    assert not Organisation.objects.filter(pk=organisation.pk).exists()
    assert not Place.objects.filter(pk=place.pk).exists()
    assert not Revision.objects.filter(pk__in=revision_ids).exists()


@pytest.mark.parametrize(
    "case",
    ["checked", "recent", "live place", "once published", "place made by staff"],
)
def test_organisations_that_staff_work_with_are_kept(db, case):
    organisation = OrganisationFactory(
        is_proposed=case != "checked", proposed_at=days(100) if case == "recent" else T0
    )
    place = proposed_place("Leesclub", organisation=organisation)
    if case == "live place":
        place.latest_revision.publish()
    if case == "once published":
        place.latest_revision.publish()
        place.unpublish()
    if case == "place made by staff":
        Place.objects.filter(pk=place.pk).update(proposed_at=None, proposed_by="")
    assert delete_unchecked_organisations(now=days(200)) == 0
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    assert Place.objects.filter(pk=place.pk).exists()


def test_retention_tasks_run_daily_from_beat():
    tasks = {entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    for name in (
        "participatiekaart.tasks.delete_expired_reports",
        "participatiekaart.tasks.clear_expired_proposers",
        "participatiekaart.tasks.delete_unchecked_organisations",
    ):
        schedule = tasks[name]
        assert schedule.day_of_month == set(range(1, 32)) and len(schedule.hour) == 1, name


def test_retention_tasks_default_to_now(db):
    place = PlaceFactory()
    report = PlaceReport.objects.create(place=place, reason="vol")
    PlaceReport.objects.filter(pk=report.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=181)
    )
    assert delete_expired_reports.apply().get() == 1
    assert clear_expired_proposers.apply().get() == 0
    assert delete_unchecked_organisations.apply().get() == 0
