"""cp49: a timetable's column headings are the text's own (mtpipe.clean.timetable; round 48c: the line classifier
trained without held28 scored h28ru04's "Порт «Крым» прибытие" / "Порт «Крым» отправление" 0.969, over the ru cut).

Two to eight short lines without a digit, straight over a run of clock times alone on their lines (cell rules "|"
between them), as many times as a whole number of rows, head the table's columns.  A menu over the times that makes
no whole number of rows, one time under a menu (a clock widget), and headings over a run too short for two rows stay
judged.  The pages are written for these tests in the shapes seen (h28ru04's ferry timetable; a town bus route's
"Химический завод" / "ул. Кирова" columns, atpauto.dankov.lipetsk.ru; a coach station's "Giờ xuất bến" table)."""

from __future__ import annotations

import pytest

from mtpipe.clean.classifier import judge
from mtpipe.clean.timetable import timetable_heads

_FERRY = ["Временное расписание движения судов на переправе", "Порт «Восток» отправление", "|", "Порт «Запад» прибытие",
          "|", "Порт «Запад» отправление", "|", "Порт «Восток» прибытие", "|",
          "1:10", "|", "1:55", "|", "3:00", "|", "3:45", "|", "5:20", "|", "6:05", "|", "7:30", "|", "8:15", "|"]
_BUS = ["Расписание движения автобусов по маршруту № 2", "Химический завод", "ул. Кирова",
        "6:05", "6:35", "7:05", "7:35", "8:05", "8:35"]
_VI = ["Lịch chạy xe khách tuyến Long An – Cần Thơ", "Giờ xuất bến Long An", "Giờ xuất bến Cần Thơ",
       "05:30", "06:00", "07:30", "08:00", "09:30", "10:00"]


@pytest.mark.parametrize("lines, want", [
    (_FERRY, {1, 3, 5, 7}),
    (_BUS, {1, 2}),
    (_VI, {1, 2}),
    # negatives: a menu over a clock widget (one time)
    (["Главная", "Новости", "Контакты", "12:45", "В городе открылась новая школа."], set()),
    # a menu over a column of times that makes no whole number of rows for it (three items, four times)
    (["Главная", "Новости", "Контакты", "06:40", "07:10", "07:40", "08:10"], set()),
    # headings over one row only
    (["Отправление", "Прибытие", "06:40", "07:10"], set()),
    # a heading with a digit is a row, no heading ("Рейс 105")
    (["Рейс 105", "Рейс 107", "06:40", "07:10", "07:40", "08:10"], set()),
    # a long line over the times is a sentence, no heading
    (["Автобусы будут отправляться от автовокзала в следующее время каждый день недели",
      "Прибытие", "06:40", "07:10", "07:40", "08:10"], set()),
])
def test_timetable_heads(lines, want):
    assert set(timetable_heads(lines)) == want


def _spans(text: str) -> list[tuple[int, int]]:
    spans, a = [], 0
    for line in text.split("\n"):
        spans.append((a, a + len(line)))
        a += len(line) + 1
    return spans


@pytest.mark.parametrize("lines, lang", [(_FERRY, "ru"), (_BUS, "ru"), (_VI, "vi")])
def test_the_classifier_spares_a_timetables_headings(lines, lang):
    text = "\n".join(lines)
    got = judge(text, _spans(text), lang, {}, threshold=0.0)  # every candidate above the cut
    assert not set(timetable_heads(lines)) & set(got), got


def test_the_classifier_still_takes_a_menu_over_a_clock():
    lines = ["Главная", "Новости", "Контакты", "12:45",
             "Жители района давно ждали, когда в их посёлке откроют новую школу для детей."]
    text = "\n".join(lines)
    got = judge(text, _spans(text), "ru", {}, threshold=0.0)
    assert {0, 1, 2} <= set(got), got
