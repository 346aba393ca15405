"""A section's rubric over a Vietnamese news page's title (issue 12, vi46, :mod:`mtpipe.clean.vi_rubrics`).

``portal.rubric``: the page's first live line, over the title, the title over the header's meta a layer removed (a
date, the title's copy), then the text; short, no sentence, no list item, no official document's name, sharing no
syllable pair with the title or the text.  Positives from dev pages of several sites (a party paper's "Đại hội Đảng",
a provincial paper's "Hà Nội", a police paper's site name "Báo Công An Đà Nẵng", a parish site's "HỘI THÁNH", a
school's "Đối tác chiến lược").

Same-shape negatives: the page's own title over its subtitle (it names the hotel or the standard the text is about),
a title with no meta under its subtitle, a short line under other live lines (a list's item, a recipe's ingredient
marked "+"), a decree's name ("QUYẾT ĐỊNH") over its subject, a one-word line, a numbered heading, a Russian page.

``portal.split_copy`` (at the end): a heading printed again right under itself over two lines.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_rubrics import pairs, rubric_shape, rubrics, split_copies
from mtpipe.document import Document

_TITLE = "Thêm 11 tỉnh có bí thư tỉnh ủy mới"
_DATE = "Thứ hai, 01/09/2014 09:24"
_S1 = "Trong tuần qua, nhiều địa phương đã tổ chức hội nghị công bố quyết định của Ban Bí thư về công tác cán bộ."
_S2 = "Các tân bí thư đều là những cán bộ trẻ, được đào tạo bài bản và có nhiều năm công tác ở cơ sở."
_S3 = "Theo kế hoạch, việc kiện toàn nhân sự sẽ hoàn thành trước khi các địa phương bước vào năm mới."


@pytest.mark.parametrize("line, taken", [
    ("Đại hội Đảng", True),
    ("Hà Nội", True),
    ("HỘI THÁNH", True),
    ("Báo Công An Đà Nẵng", True),
    ("Đối tác chiến lược", True),
    ("Thơ", False),  # one word: no syllable pair to judge by
    ("QUYẾT ĐỊNH", False),  # a decree's name over its subject line
    ("Thông báo", False),
    ("+ Cà rốt thái sợi", False),  # a recipe's ingredient
    ("• Góc Giáo Viên", False),  # a menu's item
    ("1. Giới thiệu chung", False),  # a numbered heading
    ("Tóm tắt:", False),
    ("Một câu văn ngắn kết thúc bằng dấu chấm.", False),
    ("Hội thảo khoa học quốc gia về giáo dục đại học năm 2024", False),  # too long: a headline
])
def test_rubric_shape(line, taken):
    assert rubric_shape(line) is taken


def test_pairs():
    assert pairs("Giáo xứ Phường Tây") == {"giáo xứ", "xứ phường", "phường tây"}
    assert pairs("Thơ") == set()


def test_rubric_over_title_and_meta():
    # the rubric, the title, the meta a layer removed (a date, the title's copy), the text
    assert set(rubrics(["Đại hội Đảng", _TITLE, _TITLE, _S1, _S2], {2: ("dedupe.exact", "")})) == {0}
    assert set(rubrics(["Hà Nội", "Hạn mặn lịch sử ở miền Tây: nghịch lý làm giàu từ nghề buôn nước ngọt", _DATE,
                        "Người dân miền Tây đang oằn mình hứng chịu cơn hạn mặn nặng nề nhất trong hàng thập kỷ qua.",
                        _S3], {2: ("boilerplate.date_line", "")})) == {0}
    # the site's menu above the rubric, removed: the rubric is still the first live line
    assert set(rubrics(["Trang chủ", "Tin tức", "Báo Công An Đà Nẵng", "10 năm Hội chợ Du lịch Quốc tế TPHCM", _DATE,
                        _S1, _S2], {0: ("x", ""), 1: ("x", ""), 4: ("boilerplate.date_line", "")})) == {2}


def test_rubric_negatives():
    # the page's own title over its subtitle: it names what the text is about
    assert rubrics(["Lotus Aroma Sapa Hotel", "Đường N1, Thị trấn Sapa, Huyện Sapa, Tỉnh Lào Cai", "Check in",
                    "Lotus Aroma Sapa Hotel nằm ở trung tâm thị trấn, cách nhà thờ đá khoảng năm phút đi bộ.", _S2],
                   {2: ("x", "")}) == {}
    assert rubrics(["Sự lấn át của ISO/IEC JTC1", "The Overwhelming of ISO/IEC JTC1", "Andrew Updegrove",
                    "Câu chuyện về ISO/IEC JTC1 và các tiêu chuẩn mở đã kéo dài nhiều năm qua trong giới công nghệ.",
                    _S2], {2: ("x", "")}) == {}
    # no meta between the title and the text: no news header
    assert rubrics(["Tâm sự tuổi mới", "Hello xin chào bạn !", _S1, _S2], {}) == {}
    # a short line under another live line: a list, a menu, a recipe
    assert rubrics(["Nguyên liệu", "Cà rốt thái sợi", "Hành tây một củ lớn", "x", _S1, _S2], {3: ("x", "")}) == {}
    assert rubrics(["+ Cà rốt thái sợi", "+ Hành tây một củ lớn", "x", _S1, _S2], {2: ("x", "")}) == {}
    # a decree's name over its subject line
    assert rubrics(["QUYẾT ĐỊNH", "Về việc ban hành quy chế làm việc của Ủy ban", "x", _S1, _S2], {2: ("x", "")}) == {}
    # the rubric's words stand in the text: the page's own heading
    assert rubrics(["Giáo xứ Phường Tây", "Lược sử hình thành và phát triển", "x",
                    "Giáo xứ Phường Tây được thành lập từ năm 1890 với khoảng ba trăm giáo dân ban đầu.", _S2],
                   {2: ("x", "")}) == {}


_PAGE = f"""Trang chủ
Đại hội Đảng
{_TITLE}
{_DATE}
{_S1}
{_S2}
{_S3}
"""


def test_through_the_cleaner():
    for policy in ("balanced", "weighed"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_PAGE, doc_id="vi_rubric.txt"))
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        for line in (_TITLE, _S1, _S2, _S3):
            assert line in kept, (policy, line)
        rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
        assert rules.get("Đại hội Đảng") == "portal.rubric", (policy, rules)


def test_not_on_a_russian_page():
    page = ("Новости\nВ Хабаровске открылся новый мост через реку\n12 мая 2024\n"
            "Мост длиной в два километра соединил оба берега реки и разгрузил центр города.\n"
            "Строительство заняло три года и обошлось бюджету края в десять миллиардов рублей.\n")
    doc = Cleaner(CleanOptions())(Document.from_text(page, doc_id="ru.txt"))
    assert not any(e.rule == "portal.rubric" for e in doc.ledger)


# ``portal.split_copy``: a heading printed again right under itself, split over two lines (two parish sites' title
# blocks, crawl9 and crawl10)
def test_split_copies():
    assert set(split_copies(["TU ĐOÀN BÁC ÁI XÃ HỘI LỄ KHẤN DÒNG", "TU ĐOÀN BÁC ÁI XÃ HỘI", "LỄ KHẤN DÒNG", _S1],
                            {})) == {1, 2}
    assert set(split_copies(["Thông tin sinh hoạt Giáo Xứ Chúa nhật, ngày 15 tháng 03 năm 2020", "x",
                             "THÔNG TIN SINH HOẠT GIÁO XỨ", "Chúa nhật, ngày 15 tháng 03 năm 2020", _S1],
                            {1: ("x", "")})) == {2, 3}


def test_split_copy_negatives():
    # two lines that only open with the words above, or repeat part of them
    assert split_copies(["Chương 4: Giai đoạn lớn lên", "Chương 4", "Giai đoạn lớn lên, tổ chức truyền giáo", _S1],
                        {}) == {}
    assert split_copies(["Lịch sử giáo xứ Phường Tây", "Lịch sử giáo xứ", "Phường Tây xưa và nay", _S1], {}) == {}
    # too short to tell a copy from a heading over its parts (four words)
    assert split_copies(["Hà Nội mùa thu", "Hà Nội", "mùa thu", _S1], {}) == {}
    # the full line under the two: not this class (the first print is the split one)
    assert split_copies(["TU ĐOÀN BÁC ÁI XÃ HỘI", "LỄ KHẤN DÒNG", "TU ĐOÀN BÁC ÁI XÃ HỘI LỄ KHẤN DÒNG", _S1], {}) == {}
