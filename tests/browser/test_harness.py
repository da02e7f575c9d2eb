"""The browser harness itself: a broken image or style sheet makes a test fail."""

import pytest

from tests.browser.conftest import FAILED_RESOURCES, assert_page_resources_loaded

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BROKEN_PAGE = """<!doctype html><html lang="nl"><head><title>Test</title>
<link rel="stylesheet" href="/static/bestaat-niet.css"></head>
<body><img src="/static/bestaat-niet.png" alt="kapot"></body></html>"""


def test_a_broken_image_or_style_sheet_is_noticed(live_server, page):
    page.route(
        live_server.url + "/harness/",
        lambda route: route.fulfill(body=BROKEN_PAGE, content_type="text/html"),
    )
    page.goto(live_server.url + "/harness/")
    with pytest.raises(AssertionError, match="bestaat-niet.png"):
        assert_page_resources_loaded(page, "broken page")
    failed = {entry["url"].rsplit("/", 1)[-1] for entry in FAILED_RESOURCES}
    assert failed == {"bestaat-niet.css", "bestaat-niet.png"}
    FAILED_RESOURCES.clear()  # seen on purpose: do not fail this test at its end
