"""One form of address: the portal says "u" to its readers, employers and residents alike
(docs/decisions.md, "Residents are addressed with u").

The crawl follows every internal link from the home page with the demo content loaded, as an
anonymous visitor, and then visits the employer's own pages as a logged-in employer. Every mail
template is read as text. Any "je", "jij", "jou", "jouw" or "jullie" as a whole word fails.

Quoted story text is left out: a candidate or employer may say "je" in their own words inside a
story (``<blockquote>`` or ``<q>``), and a quote must stay what the person said.
"""

import re
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command

from tests.vacatures.factories import VacancyFactory, make_employer

INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
SKIPPED_PREFIXES = ("/admin/", "/account/", "/documenten/", "/static/", "/media/", "/open-data/")
EXTRA_URLS = [  # pages behind a GET form, which a link crawl does not reach
    "/werkgevers/instrumentenboek/wijzer/?leeftijd=30&uitkering=bijstand&doelgroepregister=ja"
    "&loonwaarde=onbekend&begeleiding=ja&contract=contract&contract_maanden=12&uren_per_week=32",
    "/werkgevers/instrumentenboek/wijzer/advies/?leeftijd=30&uitkering=bijstand"
    "&doelgroepregister=ja&loonwaarde=onbekend&begeleiding=ja&contract=contract"
    "&contract_maanden=12&uren_per_week=32",
]
EMPLOYER_URLS = [
    "/werkgevers/omgeving/",
    "/werkgevers/omgeving/uitnodigen/",
    "/werkgevers/omgeving/vacatures/nieuw/",
]

pytestmark = pytest.mark.django_db


class ReaderText(HTMLParser):
    """The text a reader sees, without quotes, scripts and styles; plus the page's links."""

    SKIP = {"blockquote", "q", "script", "style", "template"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.parts = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        if tag == "a":
            self.links.extend(value for name, value in attrs if name == "href" and value)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def informal_words(html):
    parser = ReaderText()
    parser.feed(html)
    text = " ".join(" ".join(parser.parts).split())
    hits = [text[max(0, m.start() - 40) : m.end() + 40] for m in INFORMAL.finditer(text)]
    return hits, parser.links


def internal_path(href):
    href = urldefrag(href)[0]
    parts = urlsplit(href)
    if parts.scheme not in ("", "http", "https") or (parts.netloc and parts.netloc != "testserver"):
        return None
    if not parts.path.startswith("/") or parts.path.startswith(SKIPPED_PREFIXES):
        return None
    return parts.path  # query strings are filters and pagination of a page already crawled


def crawl(client, start):
    seen, queue, found = set(start), deque(start), {}
    while queue:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        hits, links = informal_words(response.content.decode())
        if hits:
            found[url] = hits
        for href in links:
            path = internal_path(href)
            if path and path not in seen:
                seen.add(path)
                queue.append(path)
    return seen, found


def test_quoted_story_text_is_not_counted_but_everything_else_is():
    html = "<p>Wat kunt u?</p><blockquote><p>Je leert hier veel.</p></blockquote><q>Jij ook</q>"
    assert informal_words(html)[0] == []
    assert informal_words("<p>Wat ga je doen?</p>")[0] == ["Wat ga je doen?"]
    assert informal_words("<p>Jeugd en jouwen? Nee: jou.</p>")[0] == ["Jeugd en jouwen? Nee: jou."]


def test_every_public_page_says_u_to_its_reader(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    seen, found = crawl(client, ["/", *EXTRA_URLS])
    assert len(seen) > 60, "the crawl reached too few pages to mean anything"
    assert {"/werkgevers/", "/inwoners/"} <= seen
    assert found == {}, "informal address on public pages"


def test_every_employer_page_says_u_to_a_logged_in_employer(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))
    employer = make_employer()
    vacancy = VacancyFactory(organisation=employer.membership.organisation)
    client.force_login(employer)
    found = {}
    for url in [*EMPLOYER_URLS, f"/werkgevers/omgeving/vacatures/{vacancy.pk}/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        hits, _links = informal_words(response.content.decode())
        if hits:
            found[url] = hits
    assert found == {}, "informal address on employer pages"


@pytest.mark.parametrize(
    "template",
    sorted(TEMPLATES.glob("**/mail/*")),
    ids=lambda path: str(path.relative_to(TEMPLATES)),
)
def test_every_mail_says_u(template):
    text = re.sub(r"{%.*?%}|{{.*?}}|{#.*?#}", " ", template.read_text(), flags=re.DOTALL)
    assert INFORMAL.findall(text) == []
