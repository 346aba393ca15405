"""cp36: lines of the text told apart by their dates or document codes (mtpipe.clean.dated_facts; held36's blind run
lost 16 such lines of two Vietnamese pages).

* two near-equal lines that name other calendar dates (a list of closures: "Lưu ý: Văn phòng … đóng cửa thứ Sáu, ngày
  23 tháng 12 năm 2022." and "… thứ Hai, ngày 20 tháng 6 năm 2022.") or other document codes (an act's preamble:
  "Căn cứ Thông tư số 02/2021/TT-BGDĐT …" and "… số 03/2021/TT-BGDĐT …") are two facts, no copy (``dedupe.near``);
  two edition notes in brackets are metadata and still go as copies;
* full dates alone on their lines, three or more running forward (a holiday calendar), and a bare year over them
  are the text's own calendar, no post's stamp (``boilerplate.date_line``, ``classifier.line``); a post's one stamp
  and a list of other stories dated newest first still go.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.dated_facts import calendar_line, dates_of, other_date_or_code
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line, want", [
    ("Thứ Hai, ngày 17 tháng 1 năm 2022", [(2022, 1, 17)]),
    ("Chủ nhật, ngày 19 tháng 6, 2022", [(2022, 6, 19)]),
    ("Thứ Hai, 27 tháng 3, 2017", [(2017, 3, 27)]),
    ("Понедельник, 17 января 2022 г.", [(2022, 1, 17)]),
    ("8 марта", [(0, 3, 8)]),
    ("17.01.2022", [(2022, 1, 17)]),
    ("Monday, January 17, 2022", [(2022, 1, 17)]),
    ("Năm 2022 có 12 tháng", []),          # no day
    ("Тираж 3 000 экземпляров", []),
    ("32.13.2022", []),                    # out of range
])
def test_dates_of(line, want):
    assert dates_of(line) == want


@pytest.mark.parametrize("first, later, want", [
    # other dates: two closures of a list (held36's shape), two lines of a calendar
    ("Lưu ý: Văn phòng hành chính đóng cửa thứ Hai, ngày 20 tháng 6 năm 2022.",
     "Lưu ý: Văn phòng hành chính đóng cửa thứ Sáu, ngày 23 tháng 12 năm 2022.", True),
    ("Thứ Hai, ngày 4 tháng 7 năm 2022", "Thứ Hai, ngày 5 tháng 9 năm 2022", True),
    ("Библиотека не работает в понедельник, 1 мая 2023 года.", "Библиотека не работает в четверг, 4 мая 2023 года.", True),
    # other document codes: an act's preamble
    ("Căn cứ Thông tư số 02/2021/TT-BGDĐT ngày 02 tháng 02 năm 2021 của Bộ Giáo dục và Đào tạo quy định mã số;",
     "Căn cứ Thông tư số 03/2021/TT-BGDĐT ngày 02 tháng 02 năm 2021 của Bộ Giáo dục và Đào tạo quy định mã số;", True),
    ("Căn cứ Nghị định số 115/2020/NĐ-CP của Chính phủ;", "Căn cứ Nghị định số 116/2020/NĐ-CP của Chính phủ;", True),
    # negatives: a copy with its date and code kept, one with no date, two edition notes in brackets (metadata)
    ("Lưu ý: Văn phòng đóng cửa thứ Hai, ngày 20 tháng 6 năm 2022.", "Lưu ý: Văn phòng đóng cửa thứ Hai ngày 20 tháng 6 năm 2022", False),
    ("Căn cứ Thông tư số 02/2021/TT-BGDĐT của Bộ Giáo dục;", "Căn cứ Thông tư số 02/2021/TT-BGDĐT của Bộ Giáo dục và Đào tạo;", False),
    ("Новости компании за неделю", "Новости компании за месяц", False),
    ("(в ред. Федерального закона от 01.12.2014 N 419-ФЗ)", "(в ред. Федерального закона от 29.12.2004 N 199-ФЗ)", False),
])
def test_other_date_or_code(first, later, want):
    assert other_date_or_code(first, later) is want


_HOLIDAYS = ["Lịch nghỉ lễ",
             "Trừ khi có thông báo khác, tất cả các chi nhánh sẽ đóng cửa vào những ngày lễ sau đây:",
             "2024", "Năm mới",
             "Thứ Hai, ngày 1 tháng 1 năm 2024",
             "Lưu ý: Các chi nhánh đóng cửa lúc 5 giờ chiều thứ Bảy, ngày 30 tháng 12 năm 2023.",
             "Ngày Tưởng niệm",
             "Thứ Hai, ngày 27 tháng 5 năm 2024",
             "Ngày Độc lập",
             "Thứ Năm, ngày 4 tháng 7 năm 2024",
             "Lưu ý: Văn phòng đóng cửa thứ Sáu, ngày 5 tháng 7 năm 2024.",
             "Lễ Lao động",
             "Thứ Hai, ngày 2 tháng 9 năm 2024",
             "Lưu ý: Văn phòng đóng cửa thứ Ba, ngày 3 tháng 9 năm 2024."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_holiday_calendar_keeps_its_dates_and_notes(policy):
    removed = _removed("\n\n".join(_HOLIDAYS) + "\n", policy)
    for line in _HOLIDAYS:
        assert line not in removed, (line, removed)


@pytest.mark.parametrize("lines, i, want", [
    (_HOLIDAYS, 4, True), (_HOLIDAYS, 9, True), (_HOLIDAYS, 2, True),   # a date of the run; the year over it
    (_HOLIDAYS, 5, False),                                              # a note (a sentence), no calendar line
    # a list of other stories, newest first: no run forward
    (["Tin khác", "Khai mạc hội chợ xuân", "Thứ Hai, ngày 12 tháng 2 năm 2024", "Đường hoa mở cửa",
      "Chủ nhật, ngày 4 tháng 2 năm 2024", "Giá vàng tăng", "Thứ Năm, ngày 1 tháng 2 năm 2024"], 2, False),
    # a post's one stamp
    (["Khai mạc hội chợ xuân", "Thứ Hai, ngày 12 tháng 2 năm 2024", "Sáng nay hội chợ xuân đã khai mạc tại quảng trường."],
     1, False),
    # two dates only
    (["Ngày Độc lập", "Thứ Năm, ngày 4 tháng 7 năm 2024", "Lễ Lao động", "Thứ Hai, ngày 2 tháng 9 năm 2024"], 1, False),
])
def test_calendar_line(lines, i, want):
    assert calendar_line(lines, i) is want


_STORIES = ["Sáng nay hội chợ xuân đã khai mạc tại quảng trường trung tâm của thành phố với hàng trăm gian hàng.",
            "Ban tổ chức cho biết hội chợ sẽ kéo dài đến hết tháng và mở cửa tất cả các ngày trong tuần.",
            "Tin khác",
            "Đường hoa Nguyễn Huệ mở cửa đón khách",
            "Thứ Hai, ngày 12 tháng 2 năm 2024",
            "Giá vàng tăng mạnh trong phiên sáng",
            "Chủ nhật, ngày 4 tháng 2 năm 2024",
            "Thời tiết miền Bắc chuyển lạnh",
            "Thứ Năm, ngày 1 tháng 2 năm 2024"]


@pytest.mark.parametrize("policy", POLICIES)
def test_the_dates_of_a_list_of_other_stories_still_go(policy):
    removed = _removed("\n".join(_STORIES) + "\n", policy)
    for line in ("Thứ Hai, ngày 12 tháng 2 năm 2024", "Chủ nhật, ngày 4 tháng 2 năm 2024", "Thứ Năm, ngày 1 tháng 2 năm 2024"):
        assert line in removed, (line, removed)
