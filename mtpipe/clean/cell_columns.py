"""Short lines whose shapes repeat column by column are a table's cells: a cell a short-line rule took is taken back
when the table's own kept cells vouch for it (issue 12, cell66).

xfer62 (benchmarks/notes/xfer62.md) found that what the blind parts lose, part after part, is table and schedule
cells: a holiday calendar's names and dates (``h36vi14``: "Ngày lễ Tổng thống" / "Thứ Hai, ngày 21 tháng 2 năm 2022"),
a bus timetable's rows of times under each route (``h38ru10``: "№ 291 «…»" / "06:40, 16:40" / "08:00, 17:50").  The
short-line rules (``boilerplate.date_line``, ``short_run``, ``byline``, ``menu``, ``region``, ``classifier.line`` …)
judge each cell alone, and each carve-out made after a blind read (calendar lines, rows of times, numbered days)
bounded the one structure seen.  This guard reads the STRUCTURE, never the words:

* each non-empty line gets a coarse shape (:func:`shape`): ``S`` a sentence (six words or more closed by a stop, or
  more than twelve words), ``T`` a clock time with six words at most, ``D`` a date line, ``N`` a number with two words
  at most, ``M`` words and digits, ``L`` a label of six words at most, ``P`` a longer phrase without digits;
* a table (:func:`column_runs`) is a stretch whose shapes repeat with a period ``k`` of 2-8 lines (every line's
  shape that of the line ``k`` above), three rows at least, a row's ``k`` shapes of two kinds or more and none a
  sentence.  It is read twice: over every line, and over the lines that are no sentence (a note printed between
  two rows, "Lưu ý: Thư viện đóng cửa lúc 6 giờ tối …", does not end the calendar);
* a removed cell is taken back (:func:`vouched_cells`) on the evidence of the table's cells the layers before kept,
  each judged alone: **twin** (notes skipped) its column holds a kept cell and half the stretch is kept (the
  calendar: some holidays and dates kept, their neighbours of the same shape taken); or **anchor** (every line) it
  holds a digit and one column of the stretch is kept in two rows of three at least (the timetable: every route's
  name kept, every row of times taken).

What shares the periodic shape and is not taken back: a menu, tag list or pager (removed whole: no kept column, no
kept twin; a pager's numbers have no kept cell either), a list of stories with their stamps (the stories are
sentences or long headlines, ``S``: no table's row), a comment list's stamps (a date with its time of day,
"7:04 pm August 17, 2011", :data:`.date_runs._TIME_OF_DAY`: a stamp wherever it stands, never taken back), a bare
separator ("|"), and lines removed by a rule with evidence beyond the line's shape (:data:`RELEASED` names the shape
rules: copies, templates, a calendar widget's strip, chrome word lists keep their lines removed; a near copy is
taken back only where its numbers are its own, no other line's: the same words with another date are another row).
Counted over every dev part (benchmarks/cell_columns.py, benchmarks/notes/cell66.md): 252 clutter lines that shape
rules removed stand in such periodic stretches today and the guard takes back none of them; on the former blind parts
at their start codes it holds 15 of their lost cells (held36 7, held38 8; both pages were read while it was built).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .date_runs import _TIME_OF_DAY
from .date_strips import release_calendars
from .dated_facts import dates_of
from .programme_days import release_programme_days
from .record_rows import release_programme_rows
from .pipe_rows import release_bar_cells, release_pipe_rows
from .hours_blocks import release_hours_blocks
from .features import is_date_line
from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RELEASED", "RULE", "shape", "column_runs", "vouched_cells", "release_columns"]

RULE = "structure.columns"
#: the rules that take a line for its shape or its place alone (a short line, a date, a run of them): a cell's
RELEASED = frozenset({
    "boilerplate.number_line", "boilerplate.counter_line",  # boilerplate.date_line's lines with no date (meta76)
    "boilerplate.date_line", "boilerplate.short_run", "boilerplate.byline", "boilerplate.menu", "boilerplate.region",
    "boilerplate.between_removed", "boilerplate.lower_edge", "boilerplate.field_run", "classifier.line",
    "chrome.link_footer"})
_PERIODS = range(2, 9)  # a row of two to eight cells
_MIN_ROWS = 3  # rows of one period at least
_ANCHOR = 2 / 3  # share of a column's rows kept that anchors the table
_WORD = re.compile(r"[^\W\d_]+")
_THIRTEEN = re.compile(r"[\W\d_]*(?:[^\W\d_]+[\W\d_]+){12}[^\W\d_]")  # thirteen words or more
_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"\d+")
_CELL_TEXT = re.compile(r"[^\W_]")
_CLOCK = re.compile(r"(?<![\d.:/])\d{1,2}\s*(?::|h|giờ|ч\.?)\s*\d{2}(?![\d.:/])")
_STOP = re.compile(r"[.!?…][\"”»)]*$")


def shape(line: str) -> str:
    """The line's coarse shape: ``S`` sentence, ``T`` clock time, ``D`` date, ``N`` number, ``M`` words and digits,
    ``L`` label, ``P`` longer phrase (see the module)."""
    s = line.strip()
    if _THIRTEEN.match(s):
        return "S"  # more than twelve words, read no further (a long paragraph's words not counted: perf)
    n = len(_WORD.findall(s))
    if (n >= 6 and _STOP.search(s)) or n > 12:
        return "S"
    if _DIGIT.search(s):
        if n <= 6 and _CLOCK.search(s):
            return "T"
        if is_date_line(s):
            return "D"
        return "N" if n <= 2 else "M"
    return "L" if n <= 6 else "P"


def column_runs(shapes: list[str]) -> list[tuple[int, int, int]]:
    """``(first, end, k)`` of every stretch of ``shapes`` that repeats with period ``k`` (2-8) over three rows at
    least, a row's shapes of two kinds or more, no sentence among them."""
    out: list[tuple[int, int, int]] = []
    n = len(shapes)
    for k in _PERIODS:
        i = k
        while i < n:
            if shapes[i] != shapes[i - k]:
                i += 1
                continue
            j = i
            while j < n and shapes[j] == shapes[j - k]:
                j += 1
            a = i - k
            if j - a >= _MIN_ROWS * k and len(set(shapes[a:a + k])) >= 2 and "S" not in shapes[a:a + k]:
                out.append((a, j, k))
            i = j
    return out


def _stamp(s: str) -> bool:
    """A date with its time of day: a post's or a comment's stamp wherever it stands (date63: 170 of 171 on dev)."""
    return bool(dates_of(s)) and _TIME_OF_DAY.search(s) is not None


#: a near copy (``dedupe.near``) is another row's cell when its numbers are its own: "Thứ Hai, ngày 5 tháng 9 năm 2022"
#: under "Thứ Hai, ngày 4 tháng 7 năm 2022" (h36vi14: the same words, another date); a copy repeats them
_NEAR = "dedupe.near"
_SIGNED = "boilerplate.signature_block"


def _own_value(lines: list[str], i: int) -> bool:
    """Line ``i`` holds numbers and no other line of the page holds the same numbers in the same order."""
    got = _NUMBERS.findall(lines[i])
    return bool(got) and not any(_NUMBERS.findall(s) == got for k, s in enumerate(lines) if k != i)


def vouched_cells(lines: list[str], removed_by: "dict[int, str]") -> dict[int, tuple[int, int, str]]:
    """The removed cells (line -> ``(first, last, why)``) of the page's tables that its kept cells vouch for;
    ``removed_by``: line -> the rule that removed it."""
    out: dict[int, tuple[int, int, str]] = {}
    # an approval block's lines are the page's own (metadata, signature_blocks): they count as kept, no furniture (tab105)
    removed_by = {i: r for i, r in removed_by.items() if r != _SIGNED}
    if not any(r in RELEASED or r == _NEAR for r in removed_by.values()):
        return out  # nothing a shape rule took: the page not read (perf)
    every = [i for i, s in enumerate(lines) if s.strip()]
    shapes = {i: shape(lines[i]) for i in every}
    for view, evidence in ((every, "anchor"), ([i for i in every if shapes[i] != "S"], "twin")):
        for a, b, k in column_runs([shapes[i] for i in view]):
            idx = view[a:b]
            cols = [idx[c::k] for c in range(k)]
            kept = sum(i not in removed_by for i in idx)
            anchored = any(sum(i not in removed_by for i in col) >= _ANCHOR * len(col) for col in cols)
            for col in cols:
                twin = any(i not in removed_by for i in col)
                for i in col:
                    s = lines[i]
                    rule = removed_by.get(i)
                    if not (rule in RELEASED or rule == _NEAR and _own_value(lines, i)) \
                            or not _CELL_TEXT.search(s) or _stamp(s):
                        continue
                    if evidence == "twin" and twin and 2 * kept >= len(idx) \
                            or evidence == "anchor" and anchored and _DIGIT.search(s):
                        out.setdefault(i, (idx[0], idx[-1], f"{evidence}, period {k}, {-(-len(idx) // k)} rows"))
    return out


def release_columns(marks: "Marks") -> None:
    """Take back the cells of each table of short lines that its kept cells vouch for (:func:`vouched_cells`), one
    ``kept`` ledger entry per table; run after the schedule and list take-backs (:func:`.schedules.release_schedules`,
    :func:`.list_guards.release_withdrawn`: a timetable's rows keep their own entries), before the held lines are
    written."""
    release_calendars(marks)  # a calendar the page prints, three months and more (:mod:`.date_strips`, struct86)
    release_programme_days(marks, RELEASED)  # a programme's day headings (:mod:`.programme_days`, struct86)
    release_programme_rows(marks)  # a programme's rows of '|' cells (:mod:`.record_rows`, struct87)
    release_pipe_rows(marks, RELEASED)  # a '|' table's rows with a kept row of the same '|' count (:mod:`.pipe_rows`, tab99)
    release_bar_cells(marks, RELEASED)  # a table a cell a line between lone '|' lines, a cell kept (:mod:`.pipe_rows`, tab99)
    removed = marks.removed
    if not removed:
        return
    doc, spans = marks.doc, marks.spans
    lines = [doc.text[a:b] for a, b in spans]
    held = getattr(removed, "held", {})
    tables: dict[tuple[int, int, str], list[int]] = {}
    for i, t in sorted(vouched_cells(lines, {i: r[0] for i, r in removed.items()}).items()):
        tables.setdefault(t, []).append(i)
    for (first, last, why), back in tables.items():
        rules = sorted({removed[i][0] for i in back})
        for i in back:
            dict.__delitem__(removed, i)
            held.pop(i, None)
        record(doc, RULE, spans[first][0], spans[last][1],
               f"cells of a table of short lines whose shapes repeat by column ({why}, lines {first}-{last}): "
               f"{len(back)} lines taken back from {', '.join(rules)}", action="kept")
    release_hours_blocks(marks, RELEASED)  # hours a cell a line under the text (:mod:`.hours_blocks`, cpf101)
