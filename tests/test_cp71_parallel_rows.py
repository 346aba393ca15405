"""cp71, thirty-first session: a schedule's skeleton -- date, time or weekday lines in a run of parallel rows, each
over its items -- is the page's text (``mtpipe.clean.parallel_rows``, rule ``guard.parallel_rows``).

cp69 counted 75 of 132 content lines lost on first sight by the former blind parts held31..held42 to
``boilerplate.date_line`` and 4 to ``signoff.date``: timetables, calendars, weekly menus.  The pages here are made up
for these tests (no line is a benchmark page's): a weekend's menu under two weekdays, a week's menu under weekdays
with their dates, a club's week, a programme under time ranges.  Negatives: a lone publication date, "Cập nhật: …",
"Обновлено …", a weekday stamp over an article, a date at the foot, a related-stories list dated newest first, dates
running backwards, a run of dates with no items under them."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.parallel_rows import head_key, row_blocks
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")

_VI = ("Năm học này nhà trường tiếp tục phối hợp với hội cha mẹ học sinh để bảo đảm bữa ăn bán trú đủ chất và an "
       "toàn cho các cháu.")
_VI2 = ("Giá xăng trong nước giảm mạnh từ chiều nay sau khi liên bộ điều chỉnh giá theo diễn biến của thị trường thế "
        "giới.")
_RU = ("В этом году школа продолжает работу по расписанию, утверждённому на заседании педагогического совета в конце "
       "августа.")
_RU2 = ("Цены на топливо в городе снизились впервые за полгода, сообщили в региональном управлении "
        "антимонопольной службы.")

_KEPT = {
    "weekend menu": ["Thực đơn cuối tuần", _VI, "Thứ Bảy", "Cơm trắng, thịt kho trứng", "Canh bí đỏ nấu tôm",
                     "Chủ nhật", "Bún riêu cua", "Chuối tráng miệng"],
    "week menu, weekdays": ["Thực đơn tuần 2 tháng 3", _VI, "Thứ Hai", "Cơm trắng, thịt kho trứng",
                            "Canh bí đỏ nấu tôm", "Thứ Ba", "Bún riêu cua", "Chuối tráng miệng", "Thứ Tư",
                            "Cơm gà xé phay", "Canh rau ngót", "Thứ Năm", "Phở bò", "Sữa chua", "Thứ Sáu",
                            "Cơm cá sốt cà chua", "Canh chua"],
    "week menu, dated weekdays": ["Thực đơn tuần", _VI, "Thứ Hai, 10/3", "Cơm trắng, thịt kho trứng", "Thứ Ba, 11/3",
                                  "Bún riêu cua", "Thứ Tư, 12/3", "Phở bò"],
    "club week": ["Расписание кружков", _RU, "Понедельник", "Шахматы для начинающих", "Рисунок и живопись",
                  "Вторник", "Хоровое пение", "Среда", "Робототехника", "Четверг", "Театральная студия"],
    "weekend trips": ["Расписание", _RU, "Суббота", "Экскурсия в музей", "Воскресенье", "Прогулка по парку"],
    "programme, time ranges": ["Chương trình hội nghị", _VI, "7:30 - 8:00", "Đón tiếp đại biểu", "8:00 - 9:30",
                               "Khai mạc", "9:30 - 11:00", "Thảo luận tổ"],
}

_TAKEN = {  # the date line that goes, the page
    "Cập nhật: 10:30 12/05/2025": ["Giá xăng giảm mạnh", "Cập nhật: 10:30 12/05/2025", _VI2, _VI],
    "Обновлено 12 марта 2025, 14:00": ["Топливо дешевеет", "Обновлено 12 марта 2025, 14:00", _RU2, _RU],
    "Thứ Hai, 12/05/2025 10:30": ["Giá xăng giảm mạnh", "Thứ Hai, 12/05/2025 10:30", _VI2, _VI],
    "12.03.2025": ["Giá xăng giảm mạnh", _VI2, _VI, "12.03.2025"],
    "Thứ Hai": ["Giá xăng giảm mạnh", "Thứ Hai", _VI2, _VI],
}


def _removed(lines: list[str], policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(lines), doc_id="site/a.txt", path="site/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("name", sorted(_KEPT))
def test_a_schedules_rows_stay(name, policy):
    lines = _KEPT[name]
    assert not set(lines) & set(_removed(lines, policy)), name


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("stamp", sorted(_TAKEN))
def test_a_lone_stamp_still_goes(stamp, policy):
    assert stamp in _removed(_TAKEN[stamp], policy)


@pytest.mark.parametrize("s,key", [
    ("Thứ Bảy", ("w", 5)), ("  ПОНЕДЕЛЬНИК ", ("w", 0)), ("Thứ Hai, 10/3", ("wd", 69)), ("26.08.2024", None),
    ("7:30 - 8:00", ("tr", 450)), ("08:00", ("t", 480)), ("7h15 – 8h10", ("tr", 435)),
    ("Thứ Hai tuần này trời mưa", None), ("Cập nhật: 10:30", None), ("25:00", None), ("Cơm trắng", None)])
def test_head_shapes(s, key):
    if s == "26.08.2024":
        assert head_key(s)[0] == "d"
    else:
        assert head_key(s) == key


@pytest.mark.parametrize("lines", [
    # a related-stories list dated newest first
    ["Tin liên quan", "12/05/2025", "Giá vàng hôm nay tăng nhẹ", "11/05/2025", "Thời tiết Hà Nội chuyển lạnh",
     "10/05/2025", "Giao thông ùn tắc giờ cao điểm"],
    # two dates (not weekdays) over items: too few rows
    ["12/05", "Giá vàng hôm nay tăng nhẹ", "13/05", "Thời tiết Hà Nội chuyển lạnh"],
    # weekdays not one after the other
    ["Thứ Hai", "Cơm trắng", "Thứ Tư", "Phở bò"],
    # a list of dates with no items: a calendar widget's cells
    ["10/3", "11/3", "12/3", "13/3"],
    # the last head over no item
    ["08:00", "Đón tiếp", "09:00", "Khai mạc", "10:00"],
    # rows of mixed shapes: a stamp, a time, a weekday
    ["12/05/2025", "Giá vàng tăng", "08:00", "Khai mạc", "Thứ Hai", "Phở bò"],
    # an item too long after the last head: a paragraph, not a row (the run is closed with the rows above)
    ["Суббота", _RU2],
])
def test_no_rows(lines):
    assert row_blocks(lines) == []


def test_the_block_ends_with_the_last_rows_items():
    lines = ["Thứ Bảy", "Cơm trắng", "Canh bí", "Chủ nhật", "Bún riêu", "Chuối", _VI, "Bình luận"]
    assert row_blocks(lines) == [(0, 5, 2)]


def test_the_take_back_is_in_the_ledger():
    lines = _KEPT["weekend menu"]
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document.from_text("\n".join(lines), doc_id="site/a.txt", path="site/a.txt"))
    kept = {doc.raw_text[e.start:e.end].strip() for e in doc.ledger
            if e.action == "kept" and e.rule == "guard.parallel_rows"}
    assert {"Thứ Bảy", "Chủ nhật"} <= kept


_MORE_KEPT = {
    "radio programme, time with its item": [
        "Lịch phát sóng ngày mai", _VI2, "05:00 Bản tin nông nghiệp", "05:30 Thời sự buổi sáng",
        "06:00 Ca nhạc thiếu nhi", "06:45 Câu chuyện pháp luật", "07:00 Sức khỏe cho mọi nhà"],
    "holiday calendar, written dates": [
        "Праздничные дни", _RU, "Новый год", "1 января 2025 г.", "День защитника Отечества", "23 февраля 2025 г.",
        "Международный женский день", "8 марта 2025 г.", "Праздник Весны и Труда", "1 мая 2025 г."],
    "weekday labels over hours": [
        "Режим работы бассейна", _RU, "пятница:", "10.00 – 11.00,", "12.30 – 13.30,", "19.00 – 20.00.",
        "суббота:", "11.00 – 12.00,", "15.00 – 16.00.", "воскресенье:", "12.00 – 13.00,", "16.00 – 17.00."],
    "weekday then date then items": [
        "Lịch công tác tuần", _VI, "Thứ hai", "12/5", "Giám đốc họp giao ban đầu tuần với các phòng ban",
        "Thứ ba", "13/5", "Đoàn công tác làm việc tại huyện Châu Thành", "Thứ tư", "14/5", "Tiếp công dân định kỳ"],
}


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("name", sorted(_MORE_KEPT))
def test_more_schedule_shapes_stay(name, policy):
    lines = _MORE_KEPT[name]
    assert not set(lines) & set(_removed(lines, policy)), name


@pytest.mark.parametrize("lines", [
    # comments under their stamps: a time with am/pm and a date is a stamp, no programme's row
    ["4:18 pm August 19, 2011", "Mason wrote :", "I disagree with the author.", "7:04 pm August 17, 2011",
     "Maurice wrote :", "Thanks for the post.", "9:12 pm August 21, 2011", "Anna wrote :", "Great read."],
    # a news ticker, newest first
    ["10:35 Giá vàng tăng mạnh phiên sáng", "09:20 Hà Nội mưa lớn", "08:05 Xăng giảm giá từ chiều nay"],
])
def test_stamps_and_tickers_are_no_rows(lines):
    assert row_blocks(lines) == []


def test_a_post_lists_dates_under_bylines_are_stamps():
    # a category page: title, author, date, excerpt, the dates running forward ("popular" order)
    lines = ["Giám sát và sỉ nhục", "Hoàng Thủy", "12-8-2019", _VI, "Bác sỹ có cứu được ai không?", "Đặng Sơn",
             "16-4-2020", _VI2, "Chừng nào?", "Jackhammer", "11-5-2021", _VI]
    assert row_blocks(lines) != []  # the shape alone is a run ...
    assert row_blocks(lines, bad={1, 5, 9}) == []  # ... but each date sits under a byline another rule removed


@pytest.mark.parametrize("s,key", [
    ("Thứ Bảy, ngày 1 tháng 1 năm 2022", ("wd", 2022 * 366 + 1)), ("1 января 2025 г.", ("d", 2025 * 366 + 1)),
    ("March 3, 2024", ("d", 2024 * 366 + 63)), ("ngày 5 tháng 13", None), ("Ngày 1", None),
    ("06:00 Ca nhạc thiếu nhi", ("ti", 360)), ("4:18 pm August 19, 2011", None), ("9:30 am", None),
    ("Обновлено 12 марта 2025, 14:00", None)])
def test_written_dates_and_timed_items(s, key):
    assert head_key(s) == key
