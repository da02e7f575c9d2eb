import pytest
from wagtail.blocks import StructBlockValidationError

from portal.core.blocks import CallToActionBlock, ImageBlock


def test_image_block_refuses_an_empty_alt_text(db):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="Test", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": "   ", "caption": ""}))
    assert "alt_text" in error.value.block_errors


def test_call_to_action_needs_exactly_one_target():
    block = CallToActionBlock()
    both_empty = block.to_python(
        {"title": "T", "text": "", "page": None, "url": "", "link_text": "Ga"}
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(both_empty)
    only_url = block.to_python(
        {"title": "T", "text": "", "page": None, "url": "https://example.nl", "link_text": "Ga"}
    )
    assert block.clean(only_url)["url"] == "https://example.nl"
