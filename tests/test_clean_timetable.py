"""A timetable stored from its header row (issue 12, fifteenth session; held28 read as dev after its blind figures): a
page that opens with a table's column heads and then only times (a ferry or bus timetable, a crawler's bare ``|``
line after each cell), with the text's note under it, is the text's own (``structure.table``); date-and-time lines
of every kind were taken one by one as furniture before.

The evidence (``mtpipe/clean/tables.py``): exactly ``p`` word cells (no digit) right above values that repeat with the
period ``p`` (one column a head), from the page's first line, and a line of text within a few lines under the run.
Same-shape negatives: a forum poster's fields at the top of a post (a pager's and a counter's digits among the "heads"),
a list of times with no text under it and heads of another count, times under one label (a news feed's clock)."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.tables import RULE, find_tables, period
from mtpipe.document import Document

HEADS = ["Причал «Северный» отправление", "Причал «Южный» прибытие", "Причал «Южный» отправление",
         "Причал «Северный» прибытие"]
TIMES = ["06:10", "06:55", "07:20", "08:05", "09:10", "09:55", "10:20", "11:05", "12:10", "12:55", "13:20", "14:05",
         "15:10", "15:55", "16:20", "17:05"]
NOTE = ("Расписание действует на время ремонта причала с 1 по 20 марта, в непогоду рейсы могут отменяться без "
        "предупреждения.")
VI_HEADS = ["Bến Cát Bà xuất phát", "Bến Cái Viềng xuất phát", "Thời gian đi"]
VI_TIMES = ["6h00", "6h30", "45 phút", "8h00", "8h30", "45 phút", "10h00", "10h30", "45 phút", "13h00", "13h30",
            "45 phút", "15h00", "15h30", "45 phút"]
VI_NOTE = "Lịch chạy tàu có thể thay đổi khi thời tiết xấu, hành khách nên gọi điện cho bến trước khi đi."


def _piped(cells: list[str]) -> list[str]:
    return [x for c in cells for x in (c, "|")]


def _kept(lines: list[str]) -> tuple[set[str], list]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document.from_text("\n".join(lines) + "\n", doc_id="a.txt", path="a.txt"))
    removed = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    return {line for line in lines if line.strip() and line.strip() not in removed}, doc.ledger


@pytest.mark.parametrize("lines", [
    _piped(HEADS + TIMES) + [NOTE],
    HEADS + TIMES + [NOTE],
    _piped(VI_HEADS + VI_TIMES) + [VI_NOTE],
], ids=["ru-piped", "ru-plain", "vi-piped"])
def test_a_timetable_that_opens_the_page_stays(lines):
    kept, ledger = _kept(lines)
    cells = [line for line in lines if line not in ("|", NOTE, VI_NOTE)]
    assert set(cells) <= kept, sorted(set(cells) - kept)
    assert [e for e in ledger if e.rule == RULE and e.action == "kept"]


def test_the_header_row_lets_one_kind_of_value_be_a_table():
    shapes = ["L"] * 4 + ["T"] * 16
    assert period(shapes) == (4, 4, 20)
    assert period(["L"] * 5 + ["T"] * 16) == (5, 5, 21)  # five heads, five columns
    assert period(["L"] * 10 + ["T"] * 16) is None  # more words above than any period: a text's last lines, no heads
    assert period(["L"] + ["T"] * 16) is None  # times under one label: a feed's clock, no table


POSTER = ["Trang 1 / 2 12 LastLast", "Hiển thị kết quả từ 1 đến 10 / 14", "1. #1", "Tham gia", "20-02-2009",
          "Location", "Hà Nam", "Bài viết", "1.204", "Like", "3", "Thanked 12 Times in 9 Posts",
          "Mình muốn hỏi các bạn cách sắp xếp danh sách tên tiếng Việt theo thứ tự chữ cái trong cơ sở dữ liệu."]


def test_a_posters_fields_above_a_forum_post_are_no_table():
    lines = POSTER
    assert find_tables(lines, [True] * len(lines)) == []


def test_times_with_no_text_under_them_and_no_header_row_are_no_table():
    lines = ["Tin mới", "06:10", "06:55", "07:20", "08:05", "09:10", "09:55", "10:20", "11:05", VI_NOTE]
    assert find_tables(lines, [True] * len(lines)) == []


def test_the_header_row_printed_again_over_the_second_part_stays():
    """The timetable's second part (the other direction) under its own copy of the header row, in another order: the
    copies are cells of a table, not duplicate paragraphs (``dedupe.exact`` took them); a copy of a cell that stands
    outside every table (a line after the note) is still a duplicate."""
    second = [HEADS[1], HEADS[0], HEADS[3], HEADS[2]] + TIMES
    lines = _piped(HEADS + TIMES) + [""] + _piped(second) + [NOTE, "", HEADS[0]]
    text = "\n".join(lines) + "\n"
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(text, doc_id="a.txt", path="a.txt"))
    note_at = text.index(NOTE)
    gone = [e for e in doc.ledger if e.action == "removed" and e.text.strip() in second]
    assert [(e.rule, e.start > note_at) for e in gone] == [("dedupe.exact", True)], gone
    assert [e for e in doc.ledger if e.rule == RULE and e.action == "kept"]
