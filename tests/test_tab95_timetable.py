"""tab95: a timetable's rows of clock times written "H-MM" are the text's own, not dates (issue 12).

A town bus's timetable printed in four columns (arrival, departure, arrival, departure) with a hyphen for the colon,
"6-05 6-10 6-35 6-40", was read by ``boilerplate.date_line`` as a date line and lost row by row (tab94's fresh page
f10ru, 21 rows + the 2 lines between them that ``short_run`` took).  :func:`mtpipe.clean.time_lists.hyphen_row` reads
such a row: three "H-MM" times or more and nothing else.  Two hyphened figures are a range as often ("с 8-30 до
11-30", "13-18 g/dl"): no row.

The lines are written for these tests in the page's shape; none is a benchmark page's line.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.schedules import schedule_blocks
from mtpipe.clean.time_lists import departures, hyphen_row, time_row
from mtpipe.document import Document


@pytest.mark.parametrize("s", [
    "6-05 6-10 6-35 6-40",  # f10ru's shape: four columns
    "21-05 21-10 20-35 20-40",
    "7-35 7-40 8-05",  # three columns
    "9–35 9–40 10–05 10–10",  # an en dash for the hyphen
    "  06-15   06-45   07-15  ",
])
def test_a_row_of_hyphened_clock_times_is_a_timetable_row(s):
    assert hyphen_row(s) and time_row(s)


@pytest.mark.parametrize("s", [
    "8-30 11-30",  # two hyphened figures: a range as often as a row
    "с 8-30 до 11-30",  # a range in words
    "13-18 g/dl 12-16 g/dl",  # ranges of a measure
    "12-05-2020 13-05-2020 14-05-2020",  # dates
    "6-05 6-10 6-35 6-40 рейс",  # a word beside the times
    "25-05 6-10 6-35",  # no clock time: hour 25
    "6-65 6-10 6-35",  # no clock time: minute 65
    "6-05, 6-10, 6-35",  # commas: not the columns' shape (and a list with a comma may be ranges of days)
    "14-05 окончание первой смены",  # one time and words: left to the block's guard
])
def test_no_hyphen_row(s):
    assert not hyphen_row(s)


_TABLE = ["Расписание движения автобусов по маршруту № 7", "Вокзал ул. Лесная", "Прибытие Отправл. Прибытие Отправл.",
          "1-я СМЕНА", "6-15 6-20 6-45 6-50", "7-15 7-20 7-45 7-50", "8-15 8-20 8-45 8-50", "9-15 9-20 9-45 9-50",
          "10-15 окончание первой смены", "2-я СМЕНА", "13-15 13-20 13-45 13-50", "14-15 14-20 14-45 14-50",
          "15-15 15-20 15-45 15-50"]


def test_hyphened_rows_make_a_schedule_block():
    assert all(departures(_TABLE, i) for i in (4, 5, 6, 7, 10, 11, 12))
    assert schedule_blocks(_TABLE, {}) == [(2, 12, 7)]  # the header cells above, the two lines between the shifts


def test_the_cleaner_keeps_a_hyphened_timetable():
    lead = ("С понедельника городской автобус по маршруту № 7 будет ходить по новому расписанию, сообщает "
            "администрация автотранспортного предприятия.")
    text = "\n\n".join([lead, *_TABLE, "Стоимость проезда в городском автобусе не изменится."]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    gone = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    rows = {s for s in _TABLE if hyphen_row(s)}
    assert not rows & gone  # on integ each row went as boilerplate.date_line
    assert "10-15 окончание первой смены" not in gone and "2-я СМЕНА" not in gone
