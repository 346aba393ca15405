"""Lead, eighteenth session: a list of times or dates the text runs on (a week's opening hours, a timetable) is the
article's own, not a post's stamps (``mtpipe.clean.body_guards.list_item``).

held31 (blind, measured, then read): a skating rink's week of hours, a day label ending with ":" over its hour
ranges each closed with "," and the last with "." — every range went as ``boilerplate.date_line``, the ranges the
days repeat as ``captions.repeated_block`` (a header rendered twice) and the day labels as
``boilerplate.field_label`` (a label whose value holds no letter).  A stamp ends with no comma, a header printed
twice is no list, a DOI under its label is no list: those still go.  Its radio station's day of programmes lost
the news slots ("09:00 Tin trong nước 1") as ``boilerplate.dateline`` (a source with a time): a row between rows that
open with a clock time is a timetable's (``body_guards.timetable_row``); a stamp under a title has no such
neighbours.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.body_guards import list_item, timetable_row
from mtpipe.clean.features import is_date_line
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_POOL = ["Бассейн «Волна» утвердил новое расписание свободного плавания:",
         "вторник-среда:", "08.00 – 09.00,", "10.30 — 11.30,", "18.00 – 19.00.",
         "четверг:", "08.00 – 09.00,", "10.30 — 11.30,", "17.00 – 18.00,", "20.00 – 21.00.",
         "воскресенье:", "09.00 – 10.00,", "12.00 – 13.00.",
         "Администрация бассейна напоминает, что вход на дорожки возможен только по предварительной записи.",
         "Стоимость одного посещения для взрослых осталась прежней, дети до семи лет плавают бесплатно."]

_GIO = ["Lịch mở cửa thư viện huyện trong tuần như sau:",
        "Thứ hai – thứ tư:", "07:30 – 11:00;", "13:30 – 17:00;", "19:00 – 21:00.",
        "Thứ bảy:", "07:30 – 11:00;", "13:30 – 17:00.",
        "Bạn đọc có thể mượn tối đa ba cuốn sách mỗi lần và trả sách tại quầy thủ thư ở tầng một.",
        "Thư viện nghỉ vào các ngày lễ theo quy định của Nhà nước."]


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("page", [_POOL, _GIO], ids=["ru", "vi"])
def test_a_weeks_hours_stay(policy, page):
    removed = _removed("\n".join(page) + "\n", policy)
    kept_out = [line for line in page[1:-2] if line in removed]
    assert not kept_out, removed


@pytest.mark.parametrize("policy", POLICIES)
def test_a_stamp_without_a_comma_still_goes(policy):
    page = ["Бассейн «Волна» утвердил новое расписание свободного плавания", "12.03.2024 10:45",
            _POOL[-2], _POOL[-1]]
    assert "12.03.2024 10:45" in _removed("\n".join(page) + "\n", policy)


@pytest.mark.parametrize("policy", POLICIES)
def test_a_header_printed_twice_still_goes(policy):
    page = ["Главная", "Новости района", "Главная", "Новости района",
            "Бассейн «Волна» утвердил новое расписание свободного плавания на весь зимний сезон.",
            _POOL[-2], _POOL[-1]]
    removed = _removed("\n".join(page) + "\n", policy)
    assert removed.get("Новости района") == "captions.repeated_block", removed


@pytest.mark.parametrize("policy", POLICIES)
def test_a_doi_label_still_goes_with_its_value(policy):
    page = ["Статья о влиянии плавания на здоровье школьников младшего возраста.",
            "Исследование проведено в трёх школах города, в нём участвовали более двухсот учеников.",
            "DOI:", "10.7256/2454-0706.2019.2.43214",
            "Авторы благодарят администрацию школ за помощь в организации наблюдений."]
    removed = _removed("\n".join(page) + "\n", policy)
    assert "DOI:" in removed, removed


@pytest.mark.parametrize("i, want", [
    (2, True),  # the first range under its day label
    (4, True),  # the last range, closed with a stop, under ranges closed with commas
    (1, False),  # the label itself
])
def test_list_item_on_the_pool_page(i, want):
    assert list_item(_POOL, i, is_date_line) is want


@pytest.mark.parametrize("lines", [
    ["Дата:", "12.03.2024."],  # a lone date under a label, closed with a stop: no run of items
    ["Новости", "12.03.2024,"],  # no colon line above
    ["Опубликовано", "12.03.2024"],  # no comma, no stop
])
def test_list_item_negatives(lines):
    assert list_item(lines, len(lines) - 1, is_date_line) is False


_RADIO = ["Lịch phát sóng của đài phát thanh tỉnh trong ngày thứ bảy như sau.",
          "05:00 Nhạc hiệu – Giới thiệu chương trình", "05:30 Thời sự buổi sáng", "06:00 Nông nghiệp và nông thôn",
          "06:30 Bản tin trong nước 1", "06:35 Tin quốc tế 1", "07:00 Ca nhạc theo yêu cầu", "07:45 Câu chuyện pháp luật",
          "Chương trình có thể thay đổi vào các ngày lễ, quý thính giả vui lòng theo dõi thông báo của đài."]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_timetables_news_slots_stay(policy):
    removed = _removed("\n".join(_RADIO) + "\n", policy)
    assert "06:30 Bản tin trong nước 1" not in removed and "06:35 Tin quốc tế 1" not in removed, removed


@pytest.mark.parametrize("lines, i, want", [
    (_RADIO, 4, True),
    (_RADIO, 1, False),  # the first row: the line above opens with no time
    (["Đoàn công tác tỉnh thăm Quảng Tây", "09:00 Tin trong nước", "Sáng nay, đoàn công tác của tỉnh đã lên đường."],
     1, False),  # a stamp under a title
])
def test_timetable_row(lines, i, want):
    assert timetable_row(lines, i) is want
