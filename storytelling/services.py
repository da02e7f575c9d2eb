"""Business rules of the verhalen pages and the interest form."""

import logging
from collections import Counter
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils.translation import gettext as _
from wagtail.models import Site

from portal.core.mail import queue_notification
from portal.core.models import SiteSettings
from portal.core.restrictions import public
from portal.core.teasers import Teaser
from storytelling.ladder import LADDER, Klantprofiel
from storytelling.models import CandidateStoryPage, EmployerStoryPage, StoryInterest

logger = logging.getLogger(__name__)

INTEREST_LIMIT_PER_HOUR = 5


def candidates_under(index_page):
    return (
        public(CandidateStoryPage.objects.live().child_of(index_page))
        .prefetch_related("sectors")  # the cards show them; the kandidaatgroep they do not
        .order_by("ladder_now", "title")
    )


def employers_under(index_page):
    return (
        public(EmployerStoryPage.objects.live().child_of(index_page))
        .select_related("sector")
        .order_by("title")
    )


def newest_candidate_story(site=None):
    """The candidate story published last (on ``site`` when given), or None: one query."""
    stories = public(CandidateStoryPage.objects.live())
    if site is not None:
        stories = stories.descendant_of(site.root_page)
    return stories.order_by("-first_published_at", "-pk").first()


def newest_candidate_teaser(request):
    """The home page's story tile (``portal.core.teasers``): the newest candidate story."""
    site = Site.find_for_request(request)
    story = newest_candidate_story(site)
    if story is None:
        return None
    return Teaser(title=story.title, text=story.intro, url=story.get_url(request))


def filter_stories(index_page, filters):
    """Candidate and employer stories for the (validated) filter values."""
    candidates = candidates_under(index_page)
    employers = employers_under(index_page)
    if filters.get("trede"):
        candidates = candidates.filter(ladder_now=filters["trede"])
    if filters.get("profiel"):
        candidates = candidates.filter(klantprofiel=filters["profiel"])
    if filters.get("voor_wie"):
        candidates = candidates.filter(doelgroepen=filters["voor_wie"])
    if filters.get("sector"):
        candidates = candidates.filter(sectors=filters["sector"])
        employers = employers.filter(sector=filters["sector"])
    candidate_only = any(filters.get(k) for k in ("trede", "profiel", "voor_wie"))
    show_candidates = filters.get("soort") in ("", None, "kandidaat")
    show_employers = filters.get("soort") in ("", None, "werkgever") and not candidate_only
    return (list(candidates) if show_candidates else [], list(employers) if show_employers else [])


@dataclass
class LadderStep:
    number: int
    name: str
    meaning: str
    count: int
    selected: bool


def ladder_overview(index_page, selected=None, all_candidates=None):
    """The six steps with the number of candidate stories on each: counted in
    ``all_candidates`` when the caller has every candidate already, else in one query."""
    if all_candidates is not None:
        counts = Counter(candidate.ladder_now for candidate in all_candidates)
    else:
        counts = dict(
            public(CandidateStoryPage.objects.live().child_of(index_page))
            .values_list("ladder_now")
            .annotate(n=Count("pk"))
            .order_by()
        )
    return [
        LadderStep(s.number, s.name, s.meaning, counts.get(s.number, 0), s.number == selected)
        for s in LADDER
    ]


@dataclass(frozen=True)
class BookGroup:
    anchor: str
    heading: str
    meaning: str
    stories: list


BOOK_ORDERS = ("trede", "profiel")


def book_groups(index_page, order="trede"):
    """The candidate stories of the book, grouped by ladder step or by the seeds' three
    klantprofielen (seed 000, table 1), and the employer stories."""
    candidates = list(candidates_under(index_page))
    if order == "profiel":
        groups = [
            BookGroup(
                f"profiel-{profiel.value}",
                profiel.label,
                "",
                [c for c in candidates if c.klantprofiel == profiel.value],
            )
            for profiel in Klantprofiel
        ]
    else:
        groups = [
            BookGroup(
                f"trede-{step.number}",
                _("Trede %(n)s: %(name)s") % {"n": step.number, "name": step.name},
                step.meaning,
                [c for c in candidates if c.ladder_now == step.number],
            )
            for step in LADDER
        ]
    return [group for group in groups if group.stories], list(employers_under(index_page))


def book_by_step(index_page):
    candidates = list(candidates_under(index_page))
    steps = [(step, [c for c in candidates if c.ladder_now == step.number]) for step in LADDER]
    return steps, list(employers_under(index_page))


def interest_recipients(site):
    settings = SiteSettings.for_site(site)
    recipients = settings.notification_recipients()
    if not recipients and settings.contact_email:
        logger.warning(
            "No accountmanager or employer service address set; sending interest to contact_email"
        )
        recipients = [settings.contact_email]
    return recipients


def is_duplicate(token):
    return StoryInterest.objects.filter(submission_token=token).exists()


def register_interest(story, data, site, story_url):
    """Save the interest and queue one mail to the accountmanager and the employer service.

    Idempotent per form token: a double submit returns the first record and sends nothing.
    Returns (interest, created).
    """
    token = data["token"]
    existing = StoryInterest.objects.filter(submission_token=token).first()
    if existing:
        return existing, False
    fields = {k: data[k] for k in ("name", "organisation", "email", "phone", "message")}
    try:
        with transaction.atomic():
            interest = StoryInterest.objects.create(story=story, submission_token=token, **fields)
            queue_notification(
                "storytelling/mail/interest",
                {"story": story, "story_url": story_url, "interest": interest},
                to=interest_recipients(site),
                reply_to=[interest.email],
            )
    except IntegrityError:  # the same token raced in from a second request
        return StoryInterest.objects.get(submission_token=token), False
    return interest, True
