"""Cleaning, fifteenth round (issue 12, branch clean15): ``mtpipe/clean/layout.py``, table-driven; every line
here was written for the tests, none is a page's.

* an official document's header above its number line is kept (``letterhead``: a guard);
* the author's line right under a quoted poem is kept (``verse_attribution``: a guard);
* a run of short lines mostly in capitals before the article, the title still below it, is a menu
  (``boilerplate.caps_head``);
* a pager or result counter, numbers around a spaced slash (``boilerplate.pager``);
* a short label standing three times or more among the kept lines (``boilerplate.repeated_label``);
and lines of the same shapes that are furniture or text are judged as before.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.layout import caps_head, letterhead, pager, repeated_labels, verse_attribution
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_VI_BODY = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành."
_VI_BODY2 = "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 12 ngày 3 tháng 5 năm 2023 gửi Ủy ban."
_RU_BODY = "Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин."
_RU_BODY2 = "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации в регионе."


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner()(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


_HEAD = ["ỦY BAN NHÂN DÂN", "HUYỆN BA VÌ", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "Độc lập - Tự do - Hạnh phúc", "---------------"]


@pytest.mark.parametrize("lines,want", [
    (_HEAD + ["Số: 15/2023/QĐ-UBND", _VI_BODY], {0, 1, 3, 4, 6}),  # the number line too (xdoc31)
    (["BỘ TÀI CHÍNH", "--------", "Số 210/BTC-TCT", _VI_BODY], {0, 2}),  # no colon after "Số"
    (["АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА", "ПОСТАНОВЛЕНИЕ", "от 12.03.2021 № 45-п", _RU_BODY], {0, 1, 2}),
    # the same shapes without a number line, or with text between
    (_HEAD + [_VI_BODY], set()),  # no number line: the menu and byline rules judge these lines
    (["ỦY BAN NHÂN DÂN", _VI_BODY, "Số: 15/2023/QĐ-UBND"], set()),  # a sentence between
    (["• Trang chủ", "• Văn bản", "Số: 15/2023/QĐ-UBND"], set()),  # menu items, not capitals
    (["Tin tức", "Sự kiện", "Số 15 năm 2023"], set()),  # "Số 15 năm": an issue, no document number
])
def test_letterhead_table(lines, want):
    assert letterhead(lines) == want


_POEM = ["“Gió đưa cành trúc la đà", "Tiếng chuông Trấn Vũ canh gà Thọ Xương", "Mịt mù khói tỏa ngàn sương",
         "Nhịp chày Yên Thái mặt gương Tây Hồ”"]


@pytest.mark.parametrize("lines,bad,want", [
    (_POEM + ["Nguyễn Văn An", _VI_BODY], set(), {4}),
    (_POEM + ["Thơ Nguyễn Văn An", _VI_BODY], set(), {4}),
    # the same shapes that are not a poem's author
    (_POEM[:2] + ["Thơ Nguyễn Văn An"], set(), set()),  # two lines are no poem
    ([p.strip("“”") for p in _POEM] + ["Thơ Nguyễn Văn An"], set(), set()),  # not quoted: a menu, a list
    (["« Previous", "A New Face in Economics", "Next »", "Stopping Crime Paying"], set(), set()),  # a pager
    (_POEM + ["Thơ Nguyễn Văn An"], {1}, set()),  # a verse line removed: not one poem
    (_POEM + ["theo báo Thanh Niên"], set(), set()),  # not capitalised words: a credit, other rules judge it
    (_POEM[:3] + ["Nhịp chày Yên Thái mặt gương Tây Hồ.”", "Thơ Nguyễn Văn An"], set(), {4}),  # stop on the last
    ([_POEM[0] + ".", *_POEM[1:], "Thơ Nguyễn Văn An"], set(), set()),  # a stop inside: sentences, no verse
])
def test_verse_attribution_table(lines, bad, want):
    assert verse_attribution(lines, bad) == want


_MENU = ["HỖ TRỢ KHÁCH HÀNG", "Lịch làm việc", "THÔNG TIN TUYỂN SINH", "CẨM NANG SINH VIÊN"]
_TITLE = "Trường tổ chức lễ khai giảng năm học mới"


@pytest.mark.parametrize("lines,want", [
    (_MENU + [_TITLE, _VI_BODY, _VI_BODY2], {0, 1, 2, 3}),
    (["НОВОСТИ", "ПОЛИТИКА", "ЭКОНОМИКА", "Губернатор подписал указ", _RU_BODY, _RU_BODY2], {0, 1, 2}),
    # the same shapes that are not a menu before the title
    (_MENU[:3] + [_VI_BODY, _VI_BODY2], set()),  # the last line above the body is the title: two lines left
    (["HỖ TRỢ KHÁCH HÀNG", "Lịch làm việc", "Tin tức", "Sự kiện", _TITLE, _VI_BODY], set()),  # one in capitals
    (["QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH QUY CHẾ", _TITLE, _VI_BODY], set()),  # two: a heading, not a menu
    ([_TITLE, _VI_BODY, "HỖ TRỢ KHÁCH HÀNG", "THÔNG TIN TUYỂN SINH", "CẨM NANG SINH VIÊN", _VI_BODY2], set()),
    (["1. GIỚI THIỆU", "2. LỊCH SỬ", "3. TỔ CHỨC", _TITLE, _VI_BODY], set()),  # numbered: a table of contents
    (_MENU + [_TITLE], set()),  # no body: no article to stand before
])
def test_caps_head_table(lines, want):
    assert set(caps_head(lines, set(), set())) == want


def test_caps_head_leaves_guarded_lines():
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", _TITLE, _VI_BODY]
    assert set(caps_head(lines, set(), {0, 1, 2})) == set()


def test_letterhead_survives_the_cleaner_and_the_menu_above_it_goes():
    text = "\n".join(["Bộ lọc", "Tải về", "Lưu trữ", "• Thuộc tính", "• Nội dung", "• Lược đồ", *_HEAD,
                      "Số: 15/2023/QĐ-UBND", "Ba Vì, ngày 03 tháng 5 năm 2023", "QUYẾT ĐỊNH",
                      _VI_BODY, _VI_BODY2]) + "\n"
    removed = _removed(_run(text))
    for line in ("ỦY BAN NHÂN DÂN", "HUYỆN BA VÌ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Số: 15/2023/QĐ-UBND", _VI_BODY):
        assert line not in removed, (line, removed.get(line))
    assert removed.get("• Thuộc tính") == "boilerplate.menu"


def test_poem_author_survives_the_cleaner():
    text = "\n".join(_POEM + ["Thơ Nguyễn Văn An", _VI_BODY, _VI_BODY2]) + "\n"
    removed = _removed(_run(text))
    assert "Thơ Nguyễn Văn An" not in removed


def test_caps_menu_before_the_title_goes_with_a_ledger_entry():
    text = "\n".join(_MENU + [_TITLE, "", _VI_BODY, _VI_BODY2]) + "\n"
    doc = _run(text)
    removed = _removed(doc)
    for line in _MENU:
        assert removed.get(line) == "boilerplate.caps_head", (line, removed.get(line))
    assert _TITLE not in removed
    note = next(e.note for e in doc.ledger if e.rule == "boilerplate.caps_head")
    assert "in capitals" in note


@pytest.mark.parametrize("line,want", [
    ("Trang 1 / 3", True),
    ("Hiển thị kết quả từ 11 đến 20 / 57", True),
    ("Страница 2 / 9 Следующая", True),
    # the same shapes that are text
    ("Ngày 15/11/2023", False),  # a date: no spaces around the slash
    ("Tỷ số 2 / 1 nghiêng về đội khách trong hiệp hai của trận đấu hôm qua.", False),  # a sentence stop
    ("Theo số liệu mới, tỷ lệ 3 / 4 người dân ở các tỉnh phía Bắc đã được tiêm đủ mũi vắc xin", False),  # long
])
def test_pager_table(line, want):
    assert pager(line) is want


@pytest.mark.parametrize("lines,bad,want", [
    ([_TITLE, "Hình ảnh", _VI_BODY, "Hình ảnh", _VI_BODY2, "Hình ảnh", _VI_BODY], set(), {1, 3, 5}),
    ([_TITLE, "Ответить", _RU_BODY, "ответить", _RU_BODY2, "ОТВЕТИТЬ"], set(), {1, 3, 5}),  # case folded
    # the same shapes that are text
    ([_TITLE, "Hình ảnh", _VI_BODY, _VI_BODY2], set(), set()),  # once
    ([_TITLE, "Аннотация", "Авторы", "Аннотация", _RU_BODY], set(), set()),  # twice: a tab and its heading
    (["Mautic", _VI_BODY, "Mautic", _VI_BODY2, "Mautic"], set(), set()),  # the title's word again: no label
    ([_TITLE, "Câu hỏi:", _VI_BODY, "Câu hỏi:", _VI_BODY2, "Câu hỏi:"], set(), set()),  # a colon: a label of the text
    ([_TITLE, "Hình ảnh", _VI_BODY, "Hình ảnh", _VI_BODY2, "Hình ảnh"], {3}, set()),  # one copy already gone
    ([_TITLE, "Đó là sự thật.", _VI_BODY, "Đó là sự thật.", _VI_BODY2, "Đó là sự thật."], set(), set()),  # sentences
])
def test_repeated_labels_table(lines, bad, want):
    assert set(repeated_labels(lines, bad)) == want
