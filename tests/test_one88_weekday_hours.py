"""one88 (issue 12): a weekday (range) with a span of clock times and no date is a schedule's line (opening hours),
not a date line.  ``features.is_date_line`` read "Понедельник-пятница: 11.00-18.00" as dates (weekday words and
"11.00-18.00" a day and month), so ``boilerplate.date_line`` took an institution's hours and the page's ``date``
metadata became them (lost97's fresh ptz page; one88's fresh bmks.ru museum page: two of its four hours lines lost,
its ``date`` the first).  Dev: no labelled line changes (none is a weekday + span line ``is_date_line`` held)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.features import is_date_line
from mtpipe.clean.opening_hours import weekday_hours
from mtpipe.document import Document


@pytest.mark.parametrize("line", [
    "Понедельник-пятница: 11.00-18.00", "ВТОРНИК – ПЯТНИЦА:10.00 – 18.00", "СУББОТА: 10.00 – 17.00",
    "Вторник-суббота 10:00-17:00", "Воскресенье, 18:00-20:00", "Thứ Hai - Thứ Sáu: 8:00 - 17:00",
    "Thứ 2 - Thứ 6: 7:30 - 17:00", "Thứ Bảy, 14:00 - 16:00", "Mon-Fri 9:00-17:00", "Monday - Friday: 8:00 AM - 5:00 PM",
])
def test_weekday_hours_are_no_date_line(line):
    assert not is_date_line(line)  # each was a date line before one88


@pytest.mark.parametrize("line", [
    "Понедельник, 12 мая 2024, 10:00-12:00",  # a month: a date
    "Thứ 2, 12/05/2025 08:00-10:00",  # a day and month in digits
    "Thứ năm, 05/06/2025 - 09:30",
    "Суббота 10.05-15.05",  # "10.05" may be the 10th of May: no clock time a date cannot be
    "Понедельник 10:00",  # one time, no span
    "09:00 – 18:00",  # a span with no weekday stays a time line (t27ru40's court table, dev clutter)
    "12.03.2024 - 15.03.2024",
    "Пятница, 2024, 10:00-12:00",  # a year
])
def test_dates_stay_date_lines(line):
    assert is_date_line(line)


def test_weekday_hours_unit():
    assert weekday_hours("Среда 18:00-20:00", ["среда"])
    assert not weekday_hours("Среда 18:00-20:00", ["среда", "мая"])  # a month named
    assert not weekday_hours("18:00-20:00", [])  # no weekday
    assert not weekday_hours("Среда 18:00", ["среда"])  # no span


def test_museum_hours_kept_and_no_date():
    page = ("Режим работы Городского музея\n\nЗимний период (с октября по май)\n\nВТОРНИК – ПЯТНИЦА:11.00 – 19.00\n"
            "СУББОТА – ВОСКРЕСЕНЬЕ:10.00 – 17.00\nПОНЕДЕЛЬНИК:выходной\n\nПоследняя пятница месяца – САНИТАРНЫЙ ДЕНЬ\n\n"
            "Летний период (с июня по сентябрь)\n\nВТОРНИК – ПЯТНИЦА:10.00 – 18.00\nСУББОТА: 10.00 – 17.00\n"
            "ВОСКРЕСЕНЬЕ – ПОНЕДЕЛЬНИК:выходной\n")
    doc = Cleaner(CleanOptions())(Document.from_text(page, doc_id="bmks.txt"))
    removed = {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}
    for line in ("ВТОРНИК – ПЯТНИЦА:11.00 – 19.00", "ВТОРНИК – ПЯТНИЦА:10.00 – 18.00", "СУББОТА: 10.00 – 17.00"):
        assert line not in removed  # two of them went to boilerplate.date_line before one88
    assert doc.meta.get("date") is None  # before: "ВТОРНИК – ПЯТНИЦА:11.00 – 19.00"
