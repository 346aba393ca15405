"""A price table's header row printed again over each of the page's tables is each table's own (issue 12, tab96).

A school's fee page (ttcschool.edu.vn, tab94's fresh page f12vi, read as tune by tab96) prints three tables, boarding,
day boarding and two sessions, each under the same header row::

    1.2/. Bán trú
    TT Khối Lệ phí đầu năm Phí hàng tháng Tổng hàng tháng Tháng đầu tiên
    Học phí Phí nội trú
    1 Khối 6 1,300,000 2,723,000 700,000 3,423,000 4,723,000
    2 Khối 7 1,300,000 2,935,000 700,000 3,635,000 4,935,000

``dedupe.exact`` takes the second and third header rows as copies of the first: the tables below them lose the names
of their columns.  :mod:`.schedule_heads` keeps a timetable's repeated heading; this is the same evidence for a table
whose rows are one line each: the copy stands right over **numbered rows of values** (:func:`over_rows`: within
:data:`_REACH` non-blank lines a row opening with "1" or "1.1.", the next line a row too, and two of the first
:data:`_ROWS` rows ending with a figure: a price, a count), and so does the line it copies.  A "most read" list
printed twice under its heading has numbered rows too, but of titles, not ending with figures.  Each removal by a
copy rule (:data:`RELEASED`) of such a header row is kept, with a ``kept`` ledger entry (rule ``guard.table_header``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record
from .words import line_folded

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RELEASED", "over_rows", "release_table_headers"]

#: the copy rules a repeated header row falls to
RELEASED = frozenset({"dedupe.exact", "dedupe.near", "captions.repeated_block"})
_ROW = re.compile(r"\s*\d{1,2}(?:\.\d{1,2})*\.?/?\s+\S")
_VALUE_END = re.compile(r"\d\s*\|?\s*$")
_REACH = 3  # non-blank lines from the header row to the first row at most (a second header line between)
_ROWS = 3
_WORDS = (3, 16)
_SPACES = re.compile(r"\s+")


def _key(s: str) -> str:
    return line_folded(_SPACES.sub(" ", s.strip()))


def over_rows(lines: list[str], i: int) -> bool:
    """Line ``i`` stands right over numbered rows of values (see the module's text)."""
    below = [k for k in range(i + 1, len(lines)) if lines[k].strip()][:_REACH + _ROWS]
    first = next((n for n, k in enumerate(below[:_REACH]) if _ROW.match(lines[k])), None)
    if first is None:
        return False
    rows = []
    for k in below[first:first + _ROWS]:
        if not _ROW.match(lines[k]):
            break
        rows.append(k)
    return len(rows) >= 2 and sum(_VALUE_END.search(lines[k]) is not None for k in rows) >= 2


def release_table_headers(marks: "Marks") -> None:
    """Take back the copy rules' removals of a header row that stands, like the line it copies, over numbered rows
    of values, each with a ``kept`` ledger entry."""
    removed = marks.removed
    if not removed or not any(rule in RELEASED for rule, _ in removed.values()):
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    at: dict[str, list[int]] = {}
    for j, s in enumerate(lines):
        if s.strip():
            at.setdefault(_key(s), []).append(j)
    for i in sorted(k for k, (rule, _) in removed.items() if rule in RELEASED):
        s = lines[i]
        short = _WORDS[0] <= len(s.split()) <= _WORDS[1] and not s.rstrip().endswith((".", "!", "?"))
        if not short or not over_rows(lines, i):
            continue
        if not any(j != i and over_rows(lines, j) for j in at.get(_key(s), ())):
            continue
        rule, _ = removed[i]
        dict.__delitem__(removed, i)
        held.pop(i, None)
        a, b = marks.spans[i]
        record(marks.doc, "guard.table_header", a, b, f"{rule} would remove it: a table's header row printed again "
               "over another table's numbered rows of values", action="kept")
