from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from portal.core.models import ContentPage, HomePage, SearchPage, SiteSettings


def snapshot():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Site.objects.count(),
        list(SiteSettings.objects.values()),
    )


def test_load_demo_content_twice_changes_nothing(db):
    call_command("load_demo_content")
    first = snapshot()
    call_command("load_demo_content")
    assert snapshot() == first


def test_demo_content_builds_the_page_tree_and_settings(db):
    call_command("load_demo_content")
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    slugs = set(home.get_children().values_list("slug", flat=True))
    assert {
        "werkgevers",
        "inwoners",
        "over",
        "toegankelijkheidsverklaring",
        "privacy",
        "contact",
        "cookies",
        "zoeken",
    } <= slugs
    assert all(p.live for p in ContentPage.objects.all())
    menu = list(home.get_children().in_menu().values_list("slug", flat=True))
    assert menu == ["werkgevers", "inwoners", "over"]
    settings = SiteSettings.for_site(site)
    assert settings.search_page.specific_class is SearchPage
    assert settings.privacy_page.slug == "privacy"
    assert settings.accountmanager_email and settings.wsp_email
    # Wagtail's placeholder welcome page is gone
    assert not Page.objects.filter(title__startswith="Welcome").exists()


def test_demo_content_does_not_overwrite_an_editors_changes(db):
    call_command("load_demo_content")
    page = ContentPage.objects.get(slug="werkgevers")
    page.title = "Voor ondernemers"
    page.save_revision().publish()
    settings = SiteSettings.objects.get()
    settings.municipality_name = "Gemeente Elders"
    settings.save()

    call_command("load_demo_content")

    assert ContentPage.objects.get(slug="werkgevers").title == "Voor ondernemers"
    assert SiteSettings.objects.get().municipality_name == "Gemeente Elders"
