"""Every page of the demo content reads at B1: the editors' readability signal
(``portal.core.readability``, Flesch–Douma 60 or higher) finds no page hard to read."""

import pytest
from django.core.management import call_command
from wagtail.models import Page

from portal.core.readability import flesch_douma, page_text

pytestmark = pytest.mark.django_db


def test_no_demo_page_is_hard_to_read():
    call_command("load_demo_content", verbosity=0)
    hard = {}
    for page in Page.objects.live().specific():
        result = flesch_douma(page_text(page))
        if result.is_hard:
            hard[page.url_path] = result.score
    assert not hard, f"pages below Flesch-Douma 60: {hard}"
