"""vi58 (issue 12): an image's alt text over its caption, the caption holding the alt text's words, on a Vietnamese page.

``captions.alt_within`` (:mod:`mtpipe.clean.vi_altcaps58`).  Positives: the pairs left on dev pages (h38vi06,
t27vi58, h39vi14).  Negatives of the same shape: a heading over its paragraph that repeats two of its words ("Thanh
toán", h19vi04; "Từ ấy", t30vi06), a document's heading in capitals over its first article ("QUYẾT ĐỊNH", h25vi14),
a heading whose words the next heading spreads out ("Lịch tiếp dân" over "LỊCH VÀ THỜI GIAN TIẾP CÔNG DÂN", h38vi10),
a menu item over its longer form ("Kinh nghiệm du lịch" over "Kinh nghiệm du lịch Phú Quốc", t31vi05), a sentence
over a longer one, a heading over the paragraph defining it ("… là …"), a numbered heading, a paragraph closed by a
colon; and the position: a pair not between two lines of the text stays.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_altcaps58 import ALT_WITHIN, alt_captions, holds_alt
from mtpipe.document import Document

_P1 = ("Chiều ngày 7-3, Liên đoàn Lao động huyện phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức họp mặt kỷ niệm "
       "ngày Quốc tế Phụ nữ.")
_P2 = ("Tiếp đó, các hội viên phụ nữ và công đoàn viên tổ chức 21 đội tham gia Hội thi nấu ăn, với chủ đề “Bữa cơm "
       "gia đình”.")
_P3 = "Kết thúc hội thi, Ban Tổ chức đã trao các giải nhất, nhì, ba và khuyến khích cho các đội đạt thành tích tốt."

PAIRS = [
    ("Trao giải cho các đội", "Ban Tổ chức trao giải cho các đội đạt thành tích tốt tại Hội thi nấu ăn."),  # h38vi06
    ("Ban giám khảo chấm điểm các đội", "Ban Giám khảo chấm điểm các đội tham gia Hội thi nấu ăn."),  # h38vi06
    ("Nhân viên kinh doanh", "Nhân viên kinh doanh đàm phán cùng khách hàng"),  # t27vi58
    ("cha Huồn", "CHA PHÊRÔ PHAN PHÁT HUỒN"),  # h39vi14
    ("cha Khẩu", "CHA GIUSE NGUYỄN TIẾN KHẨU"),  # h39vi14
    ("cha Thiềm", "CHA PHÊRÔ NGUYỄN VĂN THIỀM"),  # h39vi14
]

SAME_SHAPE_KEPT = [
    ("Thanh toán", "Có 2 hình thức thanh toán: Thanh toán bằng tiền mặt và Thanh toán chuyển khoản."),  # h19vi04
    ("Từ ấy", "Từ ấy trong tôi bừng nắng hạ"),  # t30vi06, a poem's title over its first line
    ("QUYẾT ĐỊNH", "Điều 1. Ban hành kèm theo Quyết định này bản Quy định về bầu, miễn nhiệm Trưởng thôn."),  # h25vi14
    ("Windows XP", "Hướng dẫn cài đặt các bản cập nhật cho Microsoft Windows XP Service Pack 2"),  # t27vi53
    ("Hội nghị tổng kết năm 2024 diễn ra tại Hà Nội.", "Hội nghị tổng kết năm 2024 diễn ra tại Hà Nội với 200 đại "
     "biểu."),  # a sentence over a sentence
    ("Trao giải cho các đội", "Đội Phường 2 giành giải nhất với món bánh xèo miền Tây."),  # no words held
    ("Đi du lịch cùng gia đình", "Đi du lịch cùng gia đình là dịp để mọi người gắn kết và nghỉ ngơi."),  # defines
    ("2. Nhân viên kinh doanh", "Nhân viên kinh doanh đàm phán cùng khách hàng"),  # a numbered section's heading
    ("Kỹ năng của nhân viên kinh doanh", "Kỹ năng của nhân viên kinh doanh gồm những điểm sau:"),  # announces a list
    ("Nhân viên kinh doanh", "Công việc chính của nhân viên kinh doanh là cung cấp các giải pháp hoàn thiện và thích "
     "hợp cho từng khách hàng nhằm tăng doanh thu cho doanh nghiệp và giữ chân khách hàng lâu dài."),  # a paragraph
]


@pytest.mark.parametrize(("alt", "caption"), PAIRS)
def test_pairs_held(alt: str, caption: str) -> None:
    assert holds_alt(alt, caption)


@pytest.mark.parametrize(("alt", "caption"), SAME_SHAPE_KEPT)
def test_same_shape_not_held(alt: str, caption: str) -> None:
    assert not holds_alt(alt, caption)


@pytest.mark.parametrize(("alt", "caption"), PAIRS)
def test_pair_between_paragraphs_goes(alt: str, caption: str) -> None:
    lines = [_P1, alt, caption, _P2]
    assert alt_captions(lines, {}) == {1: (ALT_WITHIN, alt_captions(lines, {})[1][1]),
                                       2: (ALT_WITHIN, alt_captions(lines, {})[2][1])}


@pytest.mark.parametrize(("alt", "caption"), PAIRS[:3])
def test_pair_not_between_text_stays(alt: str, caption: str) -> None:
    assert alt_captions([alt, caption, _P1, _P2], {}) == {}  # above the text: a heading and its subheading
    assert alt_captions([_P1, _P2, alt, caption], {}) == {}  # closing the page: no text under the pair
    assert alt_captions([_P1, alt, caption, "Tin liên quan"], {}) == {}


def test_removed_lines_are_skipped() -> None:
    lines = [_P1, "Menu", "Trao giải cho các đội", PAIRS[0][1], _P2]
    assert set(alt_captions(lines, {1: ("x", "y")})) == {2, 3}


def _removed(text: str, policy: str = "balanced") -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


def test_cleaner_removes_the_pair_and_keeps_the_text() -> None:
    title = "Huyện Gò Công Tây tổ chức Hội thi nấu ăn nhân Ngày Quốc tế Phụ nữ"
    text = "\n\n".join([title, _P1, *PAIRS[1], _P2, _P3]) + "\n"
    got = _removed(text)
    assert got.get(PAIRS[1][0]) == ALT_WITHIN and got.get(PAIRS[1][1]) == ALT_WITHIN
    for kept in (title, _P1, _P2, _P3):
        assert kept not in got


def test_headings_of_the_shape_above_the_text_stay() -> None:
    """The shape's pairs the dev pages hold above the text: a page's title over its heading in capitals (h38vi10,
    content) and a rubric over the title (t31vi05): no line of text over them."""
    assert holds_alt("Lịch tiếp dân", "LỊCH VÀ THỜI GIAN TIẾP CÔNG DÂN")
    assert alt_captions(["BỘ GIAO THÔNG VẬN TẢI", "Lịch tiếp dân", "LỊCH VÀ THỜI GIAN TIẾP CÔNG DÂN", "1. Lịch tiếp",
                         _P1], {}) == {}
    assert alt_captions(["Kinh nghiệm du lịch", "Kinh nghiệm du lịch Phú Quốc", "• 04/01/2024", _P1, _P2], {}) == {}
