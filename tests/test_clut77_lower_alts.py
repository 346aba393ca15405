"""clut77: an image's alt text or file name in lower case between two paragraphs of a Vietnamese page
(:mod:`mtpipe.clean.lower_lines`, ``captions.lower_alt``).  Positives made up in the shapes of h13vi07, h25vi03,
t28vi37, c7tl03 and c8vi01; negatives: a soft-wrapped sentence's rest (no stop above it), a list's item under its
colon, a line ending with a stop, a product name in camel case, a lettered item "b)", a heading over a lower-case
line, a Russian page."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.lower_lines import lower_alts
from mtpipe.document import Document

_A = "Sử dụng các trang đặt phòng uy tín và phổ biến đối với người Việt Nam, được nhiều người đánh giá cao."
_B = "Ngoài ra, khi đặt phòng với các trang uy tín, bạn sẽ được hỗ trợ nhanh khi gặp rắc rối với khách sạn."


@pytest.mark.parametrize("alt", ["kinhnghiem-datphong", "ngừa vắc xin là gì", "artemia mang mầm bệnh EHP", "vn1",
                                 "image044", "in Văn Hóa Ẩm Thực"])
def test_an_alt_between_paragraphs(alt):
    assert list(lower_alts(["Tiêu đề bài viết về du lịch", _A, alt, _B], {})) == [2]


def test_a_removed_line_between_is_read_past():
    found = lower_alts([_A, "Ảnh: Internet", "kinhnghiem-datphong", _B], {1: ("portal.photo", None)})
    assert list(found) == [2] and found[2][0] == "captions.lower_alt"


@pytest.mark.parametrize("lines", [
    ["Sử dụng các trang đặt phòng uy tín và phổ biến đối với", "người Việt Nam được nhiều người đánh giá cao", _B],
    ["Hồ sơ gồm có:", "bản sao giấy khai sinh", "Người nộp hồ sơ mang theo bản chính để đối chiếu."],
    [_A, "còn lại là các trang ít người biết đến.", _B],
    [_A, "iPhone 14 Pro Max", _B],
    [_A, "eKYC là gì", _B],
    [_A, "b) Tòa án nhân dân cấp tỉnh", _B],
    [_A, "kinhnghiem-datphong", "và những điều cần biết khi đặt phòng qua mạng"],
    [_A, "các trang đặt phòng,", _B],
    [_A, "x > 0 > y", _B],
    [_A, "a = b + c", _B],
])
def test_lines_that_stay(lines):
    assert lower_alts(lines, {}) == {}


def _removed(raw: str, name: str) -> list[tuple[str, str]]:
    doc = Cleaner(CleanOptions())(Document.from_text(raw, doc_id=name))
    return [(e.rule, e.text.strip()) for e in doc.ledger if e.action == "removed"]


def test_on_a_page():
    raw = "\n\n".join(["Kinh nghiệm đặt phòng khách sạn", _A, "kinhnghiem-datphong", _B]) + "\n"
    assert _removed(raw, "vi_alt.txt") == [("captions.lower_alt", "kinhnghiem-datphong")]


def test_not_on_a_russian_page():
    a = "Стоимость посещения бани зависит от времени и количества гостей в группе."
    b = "Скидки действуют для пенсионеров и студентов по будним дням до шестнадцати часов."
    raw = "\n\n".join(["Цены на услуги бани", a, "на 1 человека/ 1 сеанс", b]) + "\n"
    assert all(rule != "captions.lower_alt" for rule, _t in _removed(raw, "ru_alt.txt"))


def test_an_alt_over_its_caption_is_left_to_the_caption_layer():
    lines = [_A, "cha Huồn", "CHA PHÊRÔ PHAN PHÁT HUỒN", _B]
    assert lower_alts(lines, {}) == {}
