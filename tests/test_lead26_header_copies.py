"""Lead, twenty-sixth session: the header copy of a title (Convention 1 of the realpages README) is cut off from the
text by a date the page prints without its year too, and a byline with its date is no cell of a kept block.

Found by clf56: after conv55's Convention 1 relabels (`h14ru06`, `t27ru66`) ``dedupe.exact`` removed the copy by the
text and kept the header's, its Russian precision fell under the ``weighed`` gate and every short Russian exact copy
was held.  ``dedupe.header_copy`` now takes the header's copy when the date between is a day with its month's or
weekday's name ("27 октября воскресенье"), and ``guard.kept_block`` leaves a byline's removal standing.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.copies import _stamp
from mtpipe.clean.kept_blocks import block_gaps
from mtpipe.document import Document

_TEXT = ("Каждый год в четвёртый понедельник октября мы отмечаем этот праздник вместе с читателями школы. "
         "В библиотеке прошли выставки, викторины и громкие чтения для младших классов.")


@pytest.mark.parametrize("line, rule, want", [
    ("27 октября воскресенье", "boilerplate.date_line", True),  # h14ru06's shape
    ("3 декабря", "boilerplate.date_line", True),
    ("Thứ Hai, 2 tháng 9", "boilerplate.date_line", True),
    ("12.03.2024", "boilerplate.date_line", True),  # a full date, as before
    ("539", "boilerplate.date_line", False),  # a view counter under the title
    ("665 Lượt xem", "boilerplate.date_line", False),
    ("27 участников", "boilerplate.date_line", False),  # a day's number without a month's or weekday's name
    ("воскресенье", "boilerplate.date_line", False),  # a name without a day
    ("27 октября", "boilerplate.menu", False),  # not a date rule's removal
    ("Сегодня 27 октября состоялось открытие новой выставки в библиотеке", "boilerplate.date_line", False),  # long
])
def test_a_stamp_without_its_year(line, rule, want):
    assert _stamp(line, rule) is want


def test_the_header_copy_goes_and_the_copy_by_the_text_stays():
    title = "Международный день школьных библиотек"
    text = "\n\n".join([title, "27 октября воскресенье", title + ".", _TEXT]) + "\n"
    doc = Cleaner()(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    removed = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert removed.get(title) == "dedupe.header_copy"
    assert title + "." not in removed


def test_a_counter_between_does_not_cut_the_header_off():
    title = "Международный день школьных библиотек"
    text = "\n\n".join([title, "539", title + ".", _TEXT]) + "\n"
    doc = Cleaner()(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    assert not [e for e in doc.ledger if e.rule == "dedupe.header_copy"]


@pytest.mark.parametrize("rule", ["signoff.name_date", "boilerplate.byline"])
def test_a_byline_is_no_cell_of_a_kept_block(rule):
    lines = ["Приют «Дом»", "Адрес: ул. Лесная, 5", "Ксения Морозова   3 декабря 2015", "13 мин", "Волонтёры: 40"]
    assert block_gaps(lines, {2: rule}) == []
    assert block_gaps(lines, {2: "boilerplate.date_line"}) == [(2, 2)]  # the same line under a date rule: a cell
