"""Content-Security-Policy on every response: strict on the public site, relaxed only in /admin/."""

import re

from django.contrib.auth import get_user_model
from django.test import override_settings

from portal.core.views import server_error


def directives(response):
    header = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (part.split() for part in header.split(";") if part.strip())
    }


def test_public_pages_get_the_strict_policy(client, home_page):
    policy = directives(client.get("/"))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"][0] == "'self'"
    assert policy["style-src"][0] == "'self'"
    for directive in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in policy[directive]
        assert "'unsafe-eval'" not in policy[directive]
    assert "https://service.pdok.nl" in policy["img-src"]  # from MAP_TILE_URL
    assert "https://www.youtube-nocookie.com" in policy["frame-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == policy["form-action"] == policy["connect-src"] == ["'self'"]
    assert "style-src-attr" not in policy


def test_error_pages_get_it_too(client, home_page, rf):
    assert "Content-Security-Policy" in client.get("/bestaat-niet/")
    assert "<style" not in server_error(rf.get("/")).content.decode()  # no inline CSS


def test_json_ld_carries_the_nonce_of_the_header(client, home_page):
    from tests.vacatures.factories import VacancyFactory
    from vacatures.models import Status, VacancyIndexPage

    index = VacancyIndexPage(title="Vacatures", slug="vacatures")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    vacancy = VacancyFactory(status=Status.PUBLISHED)
    response = client.get(f"/vacatures/{vacancy.pk}/{vacancy.slug}/")
    assert response.status_code == 200, response.status_code
    nonce = re.search(r'<script type="application/ld\+json" nonce="([^"]+)"', response.text)[1]
    assert f"'nonce-{nonce}'" in directives(response)["script-src"]


def test_no_inline_scripts_or_styles_in_templates():
    from pathlib import Path

    from django.conf import settings

    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        if "/mail/" in str(template):
            continue  # mails are not web pages
        text = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", text):
            assert "src=" in tag or "json" in tag, f"inline script in {template}: {tag}"
        assert "<style" not in text, template
        assert not re.search(r"\son[a-z]+=", text), f"inline event handler in {template}"
        assert "|safe" not in text, template


def test_the_admin_gets_only_its_relaxation(client, db):
    path = "/admin/"
    admin = get_user_model().objects.create_superuser(
        email="beheer@gemeente.example.nl", password="Sterk-wachtwoord-2026"
    )
    client.force_login(admin)
    policy = directives(client.get(path))
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # Wagtail's preview iframe
    assert "'self'" in policy["frame-src"]


def test_wagtails_inline_admin_scripts_carry_the_nonce(client, home_page):
    """The date filter of the vacancy listing renders Wagtail's inline initDateChooser script."""
    admin = get_user_model().objects.create_superuser(
        email="beheer@gemeente.example.nl", password="Sterk-wachtwoord-2026"
    )
    client.force_login(admin)
    response = client.get("/admin/vacatures/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]
    inline = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", response.text)
        if "src=" not in tag and "json" not in tag
    ]
    assert inline  # otherwise this test checks nothing
    assert all(f'nonce="{nonce}"' in tag for tag in inline), inline


def test_wagtails_chooser_scripts_carry_the_nonce(client, home_page):
    """Chooser widgets (here a page chooser in an InlinePanel) append their script in Python."""
    from instrumentenboek import demo as instrumenten_demo
    from instrumentenboek.models import InstrumentPage
    from portal.core import demo as core_demo

    core_demo.load()
    instrumenten_demo.load()
    admin = get_user_model().objects.create_superuser(
        email="beheer@gemeente.example.nl", password="Sterk-wachtwoord-2026"
    )
    client.force_login(admin)
    page = InstrumentPage.objects.get(slug="loonkostensubsidie")
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]
    scripts = re.findall(r"<script\b[^>]*>", response.text)
    assert any("new PageChooser" in part for part in response.text.split(f'nonce="{nonce}"'))
    assert [t for t in scripts if "src=" not in t and "json" not in t and nonce not in t] == []


@override_settings(
    CONTENT_SECURITY_POLICY=None,
    CONTENT_SECURITY_POLICY_REPORT_ONLY={"DIRECTIVES": {"default-src": ["'self'"]}},
)
def test_report_only_mode(client, home_page):
    response = client.get("/")
    assert "Content-Security-Policy" not in response
    assert response["Content-Security-Policy-Report-Only"] == "default-src 'self'"
