"""mtpipe.clean.date_runs: dates and numbered days that run forward down the page are the text's rows, not the date
rule's stamps (issue 12, date63).  Table-driven: real forms of held36/38/40's lost pages and of real schedules, and
the stamps that must stay stamps (a feed newest first, a stamp under its byline or label, a stamp with its time)."""

from __future__ import annotations

import pytest

from benchmarks.date_bounds import times_forward
from mtpipe.clean.date_runs import forward_value, value

_PARA = "Nghỉ ngơi có sức rồi, sáng hôm sau chúng tôi ăn sáng ở khách sạn rồi đi dạo quanh phố cổ."

# (page lines, lang, the indexes held as the text's rows)
HELD = [
    # held36's holiday calendar (h36vi14): dates each later than the one before, holiday names between
    (["Thông báo nghỉ lễ", "2022", "Tết Dương lịch", "Thứ Bảy, ngày 1 tháng 1 năm 2022",
      "Lưu ý: Thư viện đóng cửa lúc 6 giờ tối vào thứ Sáu, ngày 31 tháng 12.", "Ngày lễ Martin Luther King Jr.",
      "Thứ Hai, ngày 17 tháng 1 năm 2022", "Ngày lễ Tổng thống", "Thứ Hai, ngày 21 tháng 2 năm 2022"], "vi", {3, 6, 8}),
    # held40's travel diary (h40vi02): numbered days over their paragraphs
    (["Chào các bạn! Mình vừa theo tour Phượng Hoàng cổ trấn bay thẳng năm ngày bốn đêm.", "Ngày 1", _PARA,
      "Ngày 2", _PARA], "vi", {1, 3}),
    # a Russian tour programme and an English itinerary
    (["Программа тура", "День 1", "Отправление из Москвы утром, переезд в Суздаль и обзорная экскурсия по городу.",
      "День 2", "Экскурсия по Владимиру, обед в ресторане и свободное время до вечера."], "ru", {1, 3}),
    (["Itinerary", "Day 1", "Arrive in Hanoi and transfer to the hotel for a welcome dinner.", "Day 2",
      "Drive to Ha Long Bay and board the cruise for the night."], "vi", {1, 3}),
    # a parish's week: dates without a year, forward
    (["Расписание богослужений", "12 марта", "– 18:00 — Всенощное бдение", "19 марта", "– 09:00 — Литургия"], "ru",
     {1, 3}),
]

KEPT_STAMPS = [
    # a feed of other stories, newest first (crawl pages: "12/06/2019", "03/06/2019", "27/05/2019")
    (["Tháng 6 này đánh dấu 30 năm sự kiện", "12/06/2019", "Một sự cố nhỏ liên quan đến hải quân", "03/06/2019",
      "Nghĩ gì về cuộc bầu cử tổng thống", "27/05/2019"], "vi"),
    # the page's own stamp, once, under its title
    (["Sở Giáo dục và Đào tạo tỉnh Đồng Tháp tuyển dụng viên chức", "27/09/2022", _PARA], "vi"),
    # a list of posts oldest first, each date under its byline or credit (vi02)
    (["Giám sát và sỉ nhục", "Dịch giả: Hoàng Thủy Ngữ", "12-8-2019", _PARA, "Bác sỹ Lý Văn Lượng có cứu được ai không?",
      "Đặng Sơn Duân", "16-4-2020", _PARA, "Chừng nào đảng Cộng sản sụp đổ?", "Jackhammer Nguyễn", "11-5-2021"], "vi"),
    # an article's history under its field labels (h9ru02)
    (["DOI:", "10.7256/2454-0706.2019.2.43214", "Received:", "11-02-2019", "Published:", "25-02-2019"], "ru"),
    # comment stamps, oldest first, each with its time of day
    (["December 19, 2011, 9:39 AM", "Good point about the budget.", "7:42 pm December 27, 2011", "I disagree."], "vi"),
    # a site's hours: a range, no list
    (["Режим работы", "09:00 – 18:00 |", "Суббота", "10:00 – 16:45 |"], "ru"),
    # a video list's lengths (with seconds) and the page's date repeated
    (["Авария на трубопроводе", "00:05:03", "Ремонт домов", "00:10:50"], "ru"),
    (["27.09.2022", "Новости района", "27.09.2022"], "ru"),
    # times are the timetable guards' (time_lists, schedules, tables: each takes a row back with its ledger entry)
    (["№ 222 «Саратов (улица Радищева) – дачи СГУ»", "06:10, 07:40, 09:25, 17:40", "06:55, 08:25, 10:10, 18:20",
      "17:30", "19:00"], "ru"),
]


@pytest.mark.parametrize("lines, lang, want", HELD)
def test_rows_running_forward_are_held(lines: list[str], lang: str, want: set[int]) -> None:
    assert {i for i in range(len(lines)) if forward_value(lines, i, lang)} == want


@pytest.mark.parametrize("lines, lang", KEPT_STAMPS)
def test_stamps_stay_the_rules(lines: list[str], lang: str) -> None:
    assert not any(forward_value(lines, i, lang) for i in range(len(lines)))


@pytest.mark.parametrize("line, kind", [
    ("Thứ Hai, ngày 17 tháng 1 năm 2022", "date"), ("Chủ nhật, ngày 19 tháng 6, 2022", "date"),
    ("12 марта", "date"), ("Ngày 2", "day"), ("1-й день", "day"), ("17:30", None),
    ("7:04 pm August 17, 2011", None), ("28 февраля 2026, 14:15", None), ("00:05:03", None), ("152", None),
])
def test_value(line: str, kind: "str | None") -> None:
    got = value(line)
    assert (got[0] if got else None) == kind


@pytest.mark.parametrize("line, want", [  # benchmarks/date_bounds.py's simulated variant forward2_all
    ("06:10, 07:40, 09:25, 17:40", True), ("06:40, 16:40", True), ("08:15, 11:15, в субботу,15:00", True),
    ("09:00 – 18:00", False), ("17:00, 03.10.2025", False), ("18:20, 06:55", False), ("Опубликовано 10:15", False),
])
def test_times_forward(line: str, want: bool) -> None:
    assert times_forward(line) is want


@pytest.mark.parametrize("lines, lang, kept", [
    # a calendar of two dates (dated_facts.calendar_line needs three): main removed both, and the holiday name
    # between them as a short run between removed lines
    (["Lịch nghỉ lễ năm 2022 của thư viện", "Tết Dương lịch", "Thứ Bảy, ngày 1 tháng 1 năm 2022", "Ngày lễ Tổng thống",
      "Thứ Hai, ngày 21 tháng 2 năm 2022",
      "Mọi chi nhánh của thư viện sẽ mở cửa lại vào ngày làm việc tiếp theo sau mỗi ngày lễ."], "vi", {2, 3, 4}),
    # an itinerary's days whose paragraphs are short (day_headings.numbered_day needs fifteen words under each)
    (["Lịch trình tour", "Ngày 1", "Hà Nội – Phượng Hoàng cổ trấn.", "Ngày 2", "Tham quan phố cổ."], "vi", {1, 3}),
])
def test_date_line_holds_rows(lines: list[str], lang: str, kept: set[int]) -> None:
    from mtpipe.clean.boilerplate import classify

    assert not kept & set(classify(lines, lang, {}))


@pytest.mark.parametrize("lines, lang, stamp", [
    (["Tháng 6 này đánh dấu 30 năm sự kiện", "12/06/2019", "Một sự cố nhỏ liên quan đến hải quân", "03/06/2019"], "vi", 1),
    (["Sở Giáo dục và Đào tạo tỉnh Đồng Tháp tuyển dụng viên chức", "27/09/2022", _PARA], "vi", 1),
    (["Received:", "11-02-2019", "Published:", "25-02-2019"], "ru", 3),
    (["Bài viết mới", "Tiêu đề thứ nhất của trang", "15/03/2024", "Tiêu đề thứ hai của trang", "15/03/2024"], "vi", 4),
])
def test_date_line_still_takes_stamps(lines: list[str], lang: str, stamp: int) -> None:
    from mtpipe.clean.boilerplate import classify

    assert classify(lines, lang, {}).get(stamp, ("",))[0] == "boilerplate.date_line"
