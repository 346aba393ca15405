"""A calendar widget's date strip: ``boilerplate.date_strip`` (issue 12, clut55).

Forms of the dev pages (h38ru14's event calendar strip, html-ru-informkz's month picker and days) and of real pages
(a calendar grid under its weekday row with week numbers, prokipr.ru; three months side by side, softzone.ru; a
Vietnamese grid under "T2 … CN"), and negatives of the same shape that stay: a schedule's dates with their times
(t27ru04), dates in prose, a holiday list one date a line, a pager's bare numbers, a dated list whose lines carry text.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.date_strips import date_strips, strip_line
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_STRIP = [x for d in range(18, 32) for x in (str(d), "мая")] + [x for d in range(1, 17) for x in (str(d), "июня")]

STRIPS = [
    _STRIP,  # h38ru14: an event calendar's strip, day and month one a line
    "Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь".split()
    + [str(d) for d in range(10, 29)],  # html-ru-informkz: a month picker, then the days
    ["Январь", "ПН ВТ СР ЧТ ПТ СБ ВС", "01 1 2 3 4 5", "02 6 7 8 9 10 11 12", "03 13 14 15 16 17 18 19",
     "04 20 21 22 23 24 25 26", "05 27 28 29 30 31"],  # a calendar grid with week numbers (prokipr.ru)
    ["ЯНВАРЬ", "Пн Вт Ср Чт Пт Сб Вс Пн Вт Ср Чт Пт Сб Вс", "1 2 3 4 5 6 1 2 3", "7 8 9 10 11 12 13 4 5 6 7 8 9 10",
     "14 15 16 17 18 19 20 11 12 13 14 15 16 17"],  # two months side by side (softzone.ru)
    ["Tháng 5", "T2 T3 T4 T5 T6 T7 CN", "1 2 3 4 5 6 7", "8 9 10 11 12 13 14", "15 16 17 18 19 20 21"],  # vi grid
    ["| Пн | Вт | Ср | Чт | Пт | Сб | Вс |", "|", "| 1 | 2 | 3 | 4 | 5 | 6 | 7 |", "|",
     "| 8 | 9 | 10 | 11 | 12 | 13 | 14 |"],  # a grid's rows with the crawler's bars, bare separators between
    ["Thứ hai", "5", "Thứ ba", "6", "Thứ tư", "7", "Thứ năm", "8", "Thứ sáu", "9", "Thứ bảy", "10", "Chủ nhật",
     "11"],  # a week strip, weekday over day
]

KEPT = [
    ["3 января", "|", "11:00 |", "|", "4 января", "|", "15:00 16:00 |", "|", "5 января", "|", "11:00 12:00 14:00 |",
     "|", "8 января", "|", "11:00 13:00 |", "|", "9 января", "|", "11:00 15:00 |", "|", "10 января", "|", "11:00 |"],
    # t27ru04: a museum's holiday schedule, a clock time between the dates
    ["1, 2, 6, 7 января – ВЫХОДНЫЕ ДНИ", "3, 4, 5, 8, 9, 10, 11 января", "8, 9, 10 января – 12:00"],  # prose dates
    ["1 января", "7 января", "23 февраля", "8 марта", "1 мая", "9 мая", "12 июня", "4 ноября"],  # holidays
    [str(d) for d in range(1, 12)],  # a pager: bare numbers, no month or weekday name
    ["18 мая", "Открытие выставки в краеведческом музее", "19 мая", "Концерт духового оркестра в парке", "20 мая",
     "Мастер-класс для детей", "21 мая", "Лекция о истории города"],  # a dated list: its lines carry text
    ["1 мая", "2 мая", "3 мая"],  # three days: no week
]


@pytest.mark.parametrize("lines", STRIPS)
def test_strips(lines):
    assert date_strips(lines) == [(0, len(lines))]


@pytest.mark.parametrize("lines", KEPT)
def test_not_strips(lines):
    assert date_strips(lines) == []


@pytest.mark.parametrize("line, tokens", [
    ("мая", [None]), ("20", [20]), ("02 6 7", [2, 6, 7]), ("T2 T3 CN", [None, None, None]),
    ("Tháng 12", [None]), ("Чт.", [None]), ("| 1 | 2 |", [1, 2]),
])
def test_strip_line(line, tokens):
    assert strip_line(line) == tokens


@pytest.mark.parametrize("line", ["11:00", "3, 4, 5 января", "32", "2024", "мая 2024 года", "Пн - выходной",
                                  "img", "|", ""])
def test_not_strip_line(line):
    assert strip_line(line) is None


def test_cleaner_removes_the_strip_and_keeps_it_removed():
    head = "Дата образования пожарно-спасательной части № 2 по охране Железнодорожного района"
    text = [head] + _STRIP + ["img"] + [
        "1 июня пожарно-спасательная часть № 2 отмечает день своего образования.",
        "Часть образовалась 1 июня 1906 года и располагалась в двух одноэтажных помещениях.",
        "На вооружении части имелось пять пожарных обозов и один ручной насос."]
    doc = Document.from_text("\n".join(text) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    removed = [e for e in doc.ledger if e.action == "removed" and e.rule == "boilerplate.date_strip"]
    assert sum(len(e.text.split()) for e in removed) == len(_STRIP)  # every cell of the strip
    assert not any(e.action == "kept" and e.rule == "structure.table" for e in doc.ledger)  # none taken back
    kept = " ".join(s.source for s in doc.segments)
    assert "img" not in kept.split()  # the widget's image marker under it is not taken back as a table's cell
    kept = " ".join(s.source for s in doc.segments)
    assert head in kept and "пять пожарных обозов" in kept
