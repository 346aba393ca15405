"""meta76: ``boilerplate.date_line`` keeps a date only where the line has one (:mod:`mtpipe.clean.date_kinds`).

A temperature over the masthead ("+18°", t31ru01) was the page's ``meta["date"]``, and list marks with their numbers
("• 1", "• 2", "• 3", h44vi03) went under the date rule.  Such lines go as ``boilerplate.number_line`` (or
``boilerplate.counter_line`` for a view/comment counter), with no date kept; a real date line below them is the
page's date.  A date opening a real sentence is no date line and stays."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.date_kinds import COUNTER, DATE_LINE, NUMBER_LINE, has_date, kind
from mtpipe.clean.features import is_date_line
from mtpipe.document import Document

#: made-up lines of each kind, in the shapes of the dev pages
DATES = ["14.07.2005", "20/09/2024", "2012-07-31 09:09", "09:51", "2024", "27 октября воскресенье", "четверг, 5",
         "- Oct 8", "1 năm trước", "Thứ Bảy, 27 tháng 4, 2024", "2 hours ago", "20/09/2024(1076 lượt xem)",
         "Cập nhật 08:15 12/03/2023"]
NUMBERS = ["+7°", "+18°", "• 1", "• 12", "539", "98,7%", "16+", "1 2 3 4 5 ...", "- 100% +", "(1)", "01", "1,214",
           "1541"]
COUNTERS = ["665 Lượt xem", "3 комментария", "| Просмотров: 1249 |", "• 0 Comments", "Lượt xem: 46 |"]


@pytest.mark.parametrize("line", DATES)
def test_a_date_stays_a_date_line_with_its_date(line):
    assert is_date_line(line) and has_date(line)
    assert kind(line) == (DATE_LINE, "a date, time or counter line", {"date": line})


@pytest.mark.parametrize("line", NUMBERS)
def test_a_bare_number_temperature_or_list_mark_is_no_date(line):
    assert is_date_line(line) and not has_date(line)
    rule, _note, meta = kind(line)
    assert rule == NUMBER_LINE and meta == {}


@pytest.mark.parametrize("line", COUNTERS)
def test_a_counter_is_no_date(line):
    assert is_date_line(line) and not has_date(line)
    rule, _note, meta = kind(line)
    assert rule == COUNTER and meta == {}


def _clean(text: str):  # type: ignore[no-untyped-def]
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(text, doc_id="site/a.txt",
                                                                             path="site/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    return removed, doc.meta, doc.text


_RU = ["Город готовится к зиме", "Коммунальные службы проверили котельные и тепловые сети во всех районах.",
       "Жителей просят сообщать о холодных батареях по телефону горячей линии.",
       "Отопительный сезон начнётся в понедельник, если погода не изменится."]


def test_a_temperature_over_the_masthead_is_no_date_and_the_stamp_below_is():
    removed, meta, _ = _clean("\n".join(["+7°", "", _RU[0], "", "14.10.2024 09:30", "", *_RU[1:]]) + "\n")
    assert removed.get("+7°") == NUMBER_LINE, removed
    assert removed.get("14.10.2024 09:30") == DATE_LINE, removed
    assert meta.get("date") == "14.10.2024 09:30"


_VI = ["Nhiều trường học chuẩn bị cho năm học mới", "Các trường đã sửa chữa phòng học và mua thêm bàn ghế mới.",
       "Phụ huynh được mời tham dự buổi họp đầu năm vào cuối tuần này.",
       "Nhà trường cũng tổ chức khám sức khỏe cho học sinh trong tháng đầu tiên."]


def test_list_marks_go_as_numbers_and_no_date_is_kept():
    removed, meta, _ = _clean("\n".join([_VI[0], "", *_VI[1:], "", "• 1", "• 2", "• 3"]) + "\n")
    for mark in ("• 1", "• 2", "• 3"):
        assert removed.get(mark) in (None, NUMBER_LINE), removed
        assert removed.get(mark) != DATE_LINE
    assert meta.get("date") in (None, "") or has_date(meta["date"]), meta


def test_a_date_opening_a_real_sentence_stays():
    line = "14.10.2024 коммунальные службы начали пробные пуски тепла в жилые дома Центрального района."
    removed, meta, text = _clean("\n".join([_RU[0], "", line, *_RU[1:]]) + "\n")
    assert line in text and line not in removed
    assert not is_date_line(line)


@pytest.mark.parametrize("line", ["1.245 lượt xem", "12.500 views", "12,500 views", "3.120 просмотров"])
def test_a_count_in_thousands_groups_is_a_counter_not_a_date(line):
    # "1.245" before a counter's word is a count, not a day and month (docs64 saw date=1.245 lượt xem)
    from mtpipe.clean.date_kinds import COUNTER, kind

    assert kind(line)[0] == COUNTER and kind(line)[2] == {}


@pytest.mark.parametrize("line", ["14.07.2005", "12.2024", "20/09 12.300 lượt xem", "09:51 1.245 lượt xem"])
def test_a_date_beside_a_grouped_count_is_still_a_date(line):
    from mtpipe.clean.date_kinds import DATE_LINE, kind

    assert kind(line)[0] == DATE_LINE
