"""cap63 (issue 12): a photo's caption under its image's file name, the name spelling the caption's words without
their marks, on a Vietnamese page.

``captions.under_slug`` and ``captions.image_slug`` (:mod:`mtpipe.clean.vi_slugcaps63`).  Positives: the pairs left
on dev pages (t28vi12, t28vi48, h41vi10) and names of the same kinds (hyphens, underscores, lower-case words with a
counter).  Negatives of the same shape: a sentence under its image's name (h10vi05: "Cầu Bạch Cư Tự là cây cầu …."),
a heading in capitals under an English title (t30vi06), a numbered or bulleted heading, a name the line does not
spell, an English title with capitals and spaces, a program's identifier with no caption echoing it; and the place: a
name over the page's title (before the text), a caption closing the page (no text under it).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_slugcaps63 import IMAGE_SLUG, UNDER_SLUG, echoes, image_slug, slug_caption, slug_captions
from mtpipe.document import Document

_P1 = ("Cụ thể, UBND TP. Hà Nội quyết định không thu phí vé tham quan đối với 6 di tích bao gồm Đền Ngọc Sơn, Đền "
       "Quán Thánh, Chùa Tây Phương, Chùa Thầy, Chùa Hương và Làng cổ Đường Lâm.")
_P2 = ("Ngoài ra, vào các dịp khác, người cao tuổi và người khuyết tật nặng được miễn hoặc giảm phí vé tham quan "
       "theo quy định của thành phố.")
_P3 = "Khi tham quan, học sinh và sinh viên cần xuất trình thẻ để được giảm giá theo đúng quy định."

PAIRS = [
    ("phuong-hoang-co-tran", "Phượng Hoàng cổ trấn"),  # t28vi12 (portal.slug removed the name)
    ("tu-van-luat-hon-nhan-gia-dinh", "Pháp Luật Việt tư vấn Luật Hôn nhân gia đình"),  # t28vi48
    ("Cu_The_Huc_tren_h_Hoan_Kim", "Đền Ngọc Sơn với cầu Thê Húc cong cong mang màu đỏ nổi bật"),  # h41vi10
    ("van mieu quoc tu giam (12)van mieu quoc tu giam (12)",
     "Văn Miếu-Quốc Tử Giám nằm trong danh sách giảm phí tham quan dành cho học sinh, sinh viên"),  # h41vi10
    ("le-khai-giang-nam-hoc-2024-2025", "Lễ khai giảng năm học mới tại hội trường"),  # hyphens, a date's digits
    ("Chua_Mot_Cot_Ha_Noi", "Chùa Một Cột giữa lòng thủ đô Hà Nội"),  # underscores, capitals
]

SAME_SHAPE_KEPT = [
    ("cau bach cu tu trung khanh 0", "Cầu Bạch Cư Tự là cây cầu bắc qua sông Dương Tử, nối hai quận của Trùng "
     "Khánh."),  # h10vi05: a sentence under the image's name, the text's
    ("Contemporary Vietnamese Poets - To Huu", "NHÀ THƠ TỐ HỮU"),  # t30vi06: an English title, a heading in capitals
    ("phuong-hoang-co-tran", "PHƯỢNG HOÀNG CỔ TRẤN"),  # a heading in capitals
    ("phuong-hoang-co-tran", "1. Phượng Hoàng cổ trấn"),  # a numbered section's heading
    ("phuong-hoang-co-tran", "• Phượng Hoàng cổ trấn"),  # a list's item
    ("phuong-hoang-co-tran", "Lịch sử hình thành"),  # a subheading the name does not spell
    ("phuong-hoang-co-tran", "Phượng Hoàng cổ trấn nằm ở đâu?"),  # a question: the text's heading
    ("phuong-hoang-co-tran", "Phượng Hoàng cổ trấn có gì:"),  # announces a list
    ("MAX_VALUE_WORDS", "Giá trị lớn nhất của số từ"),  # two parts: a program's identifier, no image name
    ("Windows XP Service Pack", "Windows XP Service Pack 2 ra mắt"),  # capitals and spaces: a title, no file name
    ("image advertisement", "Quảng cáo hình ảnh"),  # two words, no name
]


@pytest.mark.parametrize(("slug", "caption"), PAIRS)
def test_pairs_match(slug: str, caption: str) -> None:
    assert image_slug(slug) and echoes(slug, caption) and slug_caption(caption)


@pytest.mark.parametrize(("slug", "caption"), SAME_SHAPE_KEPT)
def test_same_shape_not_matched(slug: str, caption: str) -> None:
    assert not (image_slug(slug) and echoes(slug, caption) and slug_caption(caption))


@pytest.mark.parametrize(("slug", "caption"), PAIRS)
def test_caption_between_paragraphs_goes(slug: str, caption: str) -> None:
    lines = [_P1, slug, caption, _P2]
    got = slug_captions(lines, {})
    assert got[2][0] == UNDER_SLUG and got[1][0] == IMAGE_SLUG
    got = slug_captions(lines, {1: ("portal.slug", None)})  # a layer removed the name: the caption alone
    assert set(got) == {2}


@pytest.mark.parametrize(("slug", "caption"), PAIRS[:3])
def test_place_of_the_pair(slug: str, caption: str) -> None:
    assert slug_captions([slug, caption, _P1, _P2], {}) == {}  # the page's own slug over its title
    assert slug_captions([_P1, _P2, slug, caption], {}) == {}  # closing the page: no text under the caption
    assert slug_captions([_P1, slug, caption, "Tin liên quan"], {}) == {}
    assert slug_captions([_P1, slug, "", caption, "", _P2], {}) != {}  # blank lines between are no lines


def _removed(text: str, policy: str = "balanced") -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_cleaner_removes_the_caption_and_keeps_the_text() -> None:
    title = "6 di tích ở Hà Nội được tham quan miễn phí dịp Tết"
    for slug, caption in (PAIRS[2], PAIRS[4]):
        text = "\n\n".join([title, _P1, slug, caption, _P2, _P3]) + "\n"
        got = _removed(text)
        # an underscored file name is an image's name to chrome.image_filename (clut63), and portal.image_caption
        # then takes the caption under it; a hyphenated slug is left to this layer
        assert got.get(caption) in (UNDER_SLUG, "portal.image_caption") and slug in got
        for kept in (title, _P1, _P2, _P3):
            assert kept not in got
    assert got[caption] == UNDER_SLUG
