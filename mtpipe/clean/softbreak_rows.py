"""A table row's cell wrapped onto the next line, the row closed by a cell mark there (round tbl57, issue 12: no
sentence cut at a soft line break; read on held39's ``h39ru12``, a pool's price table, dev since the post-blind round).

A scrape that writes a table's rows as text closes each row with its cell mark ("Понедельник — суббота |") and breaks
a line inside a cell where the cell wrapped: "Вид абонемента | 12.45 – 13.00 – 13.40"⏎"Понедельник, Вторник, Четверг,
Пятница |", "Воскресенье"⏎"9.45 – 18.00 |", "Фиксированный"⏎"(2 раза в неделю) |".  The two lines are one row, one
unit (Convention 6 of the realpages README: a wrapped table cell is one unit over its lines); :mod:`.softbreak` never
joined them (a clock time is a date line; a line opening with a capital does not go on).  The break is joined when

* the line stops short of a sentence end and of a cell mark, and stands inside a table: it holds a cell mark itself
  (an earlier cell of its row) or the line above it closes a row with one;
* the next line is one cell that closes the row: text, then its only "|" at its end;
* the two pieces complete each other by kind: a label and its note in brackets ("Фиксированный" / "(2 раза в
  неделю)", the label no figure), or a schedule's clock times and their days ("9.45 – 18.00" / "Воскресенье", either
  way round, the days no figure).

Two lines of the same kind stay apart: a registration calendar's dated items, one a line, each its own unit ("За
счет средств государственного бюджета – 18 августа"⏎"За счет … лиц – 28 августа |", "13-25 июля"⏎"22-26 августа |",
held27's ``h27ru03``), and so do a heading above a table and a line that ends a sentence.
"""

from __future__ import annotations

import re

from .time_lists import row_wraps

__all__ = ["row_tail"]

_STOPS = ".!?…:;"
_TIME = r"\d{1,2}[.:]\d{2}"
# clock times alone: one, a range or a chain of them ("9.45 – 18.00", "12.45 – 13.00 – 13.40"), or a list of ranges
_TIMES = re.compile(rf"{_TIME}(?:\s*[-–—,]\s*{_TIME})*")
# a note in brackets ("(2 раза в неделю)", "(1 раз в неделю)")
_NOTE = re.compile(r"\([^()|]{2,60}\)")


def _words(cell: str) -> bool:
    """Letters and no figure: a label or a cell of days ("Воскресенье", "Понедельник — суббота")."""
    return any(c.isalpha() for c in cell) and not any(c.isdigit() for c in cell)


def _complete(head: str, tail: str) -> bool:
    if _NOTE.fullmatch(tail) is not None:
        return _words(head)
    times_head, times_tail = _TIMES.fullmatch(head) is not None, _TIMES.fullmatch(tail) is not None
    return (times_head and _words(tail)) or (times_tail and _words(head))


def row_tail(lines: list[str], i: int) -> bool:
    """True when the break after ``lines[i]`` falls inside a table row whose wrapped cell the next line closes."""
    cur, nxt = lines[i].strip(), lines[i + 1].strip()
    if not cur or not nxt or cur[-1] == "|" or cur[-1] in _STOPS or nxt[-1] != "|" or nxt.count("|") != 1:
        return False
    tail = nxt[:-1].strip()
    if not tail:
        return False
    above = next((lines[k].strip() for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    if "|" not in cur and above[-1:] != "|":
        return False
    return _complete(cur.rsplit("|", 1)[-1].strip(), tail)


def table_wrap(lines: list[str], i: int) -> bool:
    """Line ``i`` of a table continues on line ``i + 1``: a timetable's row wrapped (:func:`.time_lists.row_wraps`) or
    a row's cell wrapped, ``|`` closing the row below (:func:`row_tail`)."""
    return row_wraps(lines[i], lines[i + 1]) or row_tail(lines, i)
