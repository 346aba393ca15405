"""A table flattened one cell a line is the text's own (issue 12, round 27g, table27).

Pages a crawler took from HTML often print each cell of a table on its own line ("06.6.2023" / "Sáng" / "Ngữ
văn" / "120 phút" / "7 giờ 30" / ...; a tour's dates and prices; counts under a caption), or a row a line with
``|`` between its cells.  Every cell is a short line, and the rules that remove short lines (date and counter
lines, menus, short runs between removed lines, the line classifier) take them one by one as furniture.

:class:`TableLines`, a last line layer, finds such a run by its shape and takes its lines back, with one ledger
entry per table (action ``kept``, rule ``structure.table``, the period and rows in the note).  The evidence is
read from shape and position, never wording:

* cells: a run of six short lines or more (no sentence in them), each given a shape: a date (``D``), a time of
  day (``T``), a number or amount with a unit word at most (``N``), a label of words (``L``);
* rows: the values repeat with a period of 2-8 lines (:func:`period`: three value cells over three rows at least,
  three in four of them with a cell of their shape one period above or below; a cell spanning rows is printed once),
  a label in every row or two kinds of value (a date and its times); the cells of the run before the first row (a header row, a cell spanning rows: fewer than
  two rows) and after the last value (fewer than one row), and a caption line ending with ":" above, belong to it,
  and so do the head cells above a head cell too long for a cell, under a kept line (:mod:`.table_heads`, tbl58);
* or rows of ``|`` (:func:`pipe_tables`, round 30): lines in a row with the same number of ``|`` cells (three at
  least; a row whose count differs, a header's cells printed one a line, ends the stretch), three rows with values
  in most, or two with a Markdown separator row ``|---|`` among them (:func:`is_separator`), not a calendar (small
  integers counting up).  Such rows are a table wherever they stand (at the top of the stored text too): a link
  footer ("Home | About | Contact") has neither a separator nor values;
* or a list (:func:`find_lists`, round 30): a live caption ending with ":" and under it three "label: amount" items
  or more, a unit word after the number in half of them ("Muối: 2 muỗng cà phê", "Мука: 500 г"), sub-captions
  ending with ":" between them: a recipe's ingredients, a product's specification (a two-column table printed
  "label: value").  A widget's counters or a record's fields have no caption leading to them or no unit;
* position (periodic runs of cells): the run sits inside the article: the nearest live line above it is the
  text's (a sentence, a kept caption ending with ":" or a kept heading right under the text) and text follows
  below it (a live sentence within a few lines, or the caption of the next table or list: three words or more
  ending with ":", round 30) or the page ends; such a caption also ends the run of cells above it.  Or the run is the
  whole page, from its first line to its last (a kindergarten's weekly menu under its title cell; held27, read after its
  blind figures): a header's or footer's widget never reaches both ends of a page.

* or a table of labels (:mod:`.tables_labels`, table38): a block of cells inside the article whose cells recur
  (digits masked) or close with ``|``, values among them: a vaccination calendar, an admissions timetable;
  a copy a ``dedupe.*`` rule removed is taken back there when it copies a cell of the same block (kept, or
  taken back with it: a vaccine printed under each age group).

What shares the shape and is not taken (:func:`clutter_shape`, :func:`period`): a list of other items' titles and
dates (the labels are headlines of four words or more and every value a date), a record's field labels ending with
":" and their values, a calendar or pager (the numbers small integers counting up), a menu or tag cloud (no
values), an archive widget or counter list (one kind of value alone, no label in every row; one shape a line: period
1), and a periodic run with no text below it (a footer's widget).  A line a copy rule removed (``dedupe.*``), a site's
template line (``boilerplate.template``), front matter, code, a calendar's date strip (``boilerplate.date_strip``) and a
theme's related-posts or reply heading (``chrome.related``/``comments``, cr96: t29vi04) are not taken back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .features import is_date_line
from .ledger import record
from .table_heads import head_top, header_labels, sign_cell
from .tables_labels import cell_key, copies_cell, find_label_tables, head_above, header_row
from .templates import _MONTHS

_MONTH_WORDS = frozenset(_MONTHS)

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["cell_shape", "period", "clutter_shape", "is_separator", "pipe_tables", "find_tables", "find_lists", "TableLines"]

RULE = "structure.table"
_MAX_CHARS = 48  # a cell: at most this many characters ...
_MAX_WORDS = 7  # ... and words
_MIN_CELLS = 6  # a run of cells this long at least ...
_MAX_RUN = 400  # ... and this long at most (a longer run of short lines is a list or a dump, not a table a page prints)
_MIN_ROWS = 3  # rows of one period at least
_MATCH = 0.75  # share of cells whose shape is that of the cell one period above
_NEAR = 4  # lines between the table and the text around it, at most
_STRIP = "boilerplate.date_strip"  # a calendar's date strip (.date_strips, clut55): a block mostly of it is the widget
_NOT_TAKEN = ("dedupe.", "frontmatter.", "markdown.", "boilerplate.template", _STRIP, "chrome.related", "chrome.comments",
              "boilerplate.signature_block")  # an approval block signs the table, no cell (signature_blocks, tab105)
_PAGE_HEAD = 4  # the page's first lines: its title and date
_STAMPS = ("boilerplate.date_line", "boilerplate.number_line", "boilerplate.counter_line", "boilerplate.dateline",
           "boilerplate.byline")  # the page's date and byline (and date_line's lines with no date, meta76)
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_CELL_TEXT = re.compile(r"[^\W_]")  # a letter or digit: a line without one is a separator, not a cell
_TIME = re.compile(r"(?<![\d.:/])\d{1,2}\s*(?::|h|giờ|ч\.?)\s*\d{2}(?![\d.:/])"
                   r"|(?<![\d.:/])\d{1,2}\s*(?:giờ|час(?:а|ов)?)\b", re.IGNORECASE)
_NUMBER = re.compile(r"^[\W_]*[-+−]?\d[\d\s.,]*(?:%|[^\W\d_]{1,8}\.?)?(?:\s+[^\W\d_]{1,8}\.?)?[\W_]*$")
_NUMERIC_DATE = re.compile(r"^\W*(\d{1,2})[./-](\d{1,2})(?:[./-](?:\d{4}|\d{2}))?\W*$")
_SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"”»)\]]*)\s*$")


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def is_cell(s: str) -> bool:
    """True when the line can be one cell of a table: short, few words, no sentence (a value may end with ".")."""
    s = s.strip()
    if not s or len(s) > _MAX_CHARS or _words(s) > _MAX_WORDS:
        return False
    return not (_SENTENCE_END.search(s) and _words(s) >= 4)


def cell_shape(s: str) -> str:
    """The cell's shape: ``T`` a time of day, ``D`` a date (or a date-like stamp), ``N`` a number or amount with a
    unit word at most, ``L`` a label of words."""
    s = s.strip()
    if not _DIGIT.search(s):
        return "L"
    if _TIME.search(s) and _words(s) <= 3:
        return "T"
    if (m := _NUMERIC_DATE.match(s)) and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
        return "D"
    if _NUMBER.match(s):
        return "D" if any(w.casefold() in _MONTH_WORDS for w in _WORD.findall(s)) else "N"
    return "D" if is_date_line(s) else "L"


def period(shapes: list[str]) -> tuple[int, int, int] | None:
    """The period ``p`` (2-8) with which the values repeat best: ``(p, start, end)`` of the stretch of
    ``shapes`` in which three in four value cells (``D``, ``T``, ``N``) have a cell of their shape ``p`` above or
    below (a cell spanning rows is printed once: the period has gaps), three value cells at least, spread over
    three rows, and labels between them; None when none does.  The stretch runs from the row of the first value
    to the row of the last."""
    n = len(shapes)
    values = [i for i, t in enumerate(shapes) if t != "L"]
    if len(values) < _MIN_ROWS or len(values) == n:
        return None
    found: tuple[float, int, int, int] | None = None
    for p in range(2, 9):
        ok = [(i + p < n and shapes[i + p] == shapes[i]) or (i >= p and shapes[i - p] == shapes[i]) for i in values]
        best: tuple[float, int, int] | None = None
        acc = [0]
        for o in ok:
            acc.append(acc[-1] + o)
        for x in range(len(values)):
            if not ok[x]:
                continue
            for y in range(len(values) - 1, x + 1, -1):
                share = (acc[y + 1] - acc[x]) / (y + 1 - x)
                if ok[y] and values[y] - values[x] >= 2 * p and share >= _MATCH:
                    if best is None or (values[y] - values[x], share) > (best[2] - best[1], best[0]):
                        best = (share, values[x], values[y])
                    break
        stretch = shapes[best[1]:best[2] + 1] if best is not None else []
        if best is not None and stretch.count("L") < (best[2] - best[1]) // p and len(set(stretch) - {"L"}) < 2 \
                and not header_labels(shapes, best[1], p):
            best = None  # a label in every row, or two kinds of value (dates and times), or a header row of p labels
            # over the values (a timetable's columns): no list of one value alone
        if best is not None and (found is None or (best[0], best[2] - best[1]) > (found[0], found[3] - found[2])):
            found = (best[0], p, best[1], best[2] + 1)  # the best share, then the longest stretch, then the shortest p
    return None if found is None else found[1:]


_SMALL_INT = re.compile(r"^\W*(\d{1,2})\W*$")


def clutter_shape(cells: list[str], shapes: list[str], p: int) -> str | None:
    """Why a periodic run of cells is furniture of the same shape, or None: a list of other items' titles and
    dates, field labels ending with ":" and their values, a calendar or pager (small integers counting up)."""
    values = [c for c, t in zip(cells, shapes) if t != "L"]
    labels = [c for c, t in zip(cells, shapes) if t == "L"]
    if values and all(t in "DT" for t in shapes if t != "L") and labels \
            and sum(_words(c) >= 4 for c in labels) * 2 >= len(labels):
        return "titles and dates (a list of other items)"
    if labels and sum(c.rstrip().endswith((":", "：")) for c in labels) * 2 >= len(labels):
        return "field labels and their values (a record's metadata)"
    ints = [int(m.group(1)) for c in cells if (m := _SMALL_INT.match(c))]
    if len(ints) * 2 >= len(cells) and sum(b == a + 1 for a, b in zip(ints, ints[1:])) * 2 >= len(ints):
        return "small integers counting up (a calendar or pager)"
    return None


_SEPARATOR = re.compile(r"^\s*\|?(?:\s*:?[-—─━]{3,}:?\s*\|)+\s*(?::?[-—─━]{3,}:?\s*)?$")  # |---|:--:| (or a rule of em dashes) under a header row


def is_separator(s: str) -> bool:
    """True for a Markdown table's separator row (``|---|---|``): the row under a header, never a menu's."""
    return _SEPARATOR.match(s) is not None


def _cells(s: str) -> int:
    return len(s.split("|"))


def _pipe_rows(lines: list[str], a: int, b: int) -> int | None:
    """The number of cells when lines ``a:b`` are rows with the same number (three or more) of ``|`` cells, values in
    most rows (a separator row ``|---|`` is not counted) or a separator row among them, and not a calendar (small
    integers counting up); else None."""
    counts = {_cells(lines[i]) for i in range(a, b)}
    if len(counts) != 1 or (k := counts.pop()) < 3:
        return None
    rows = [lines[i] for i in range(a, b) if not is_separator(lines[i])]
    if len(rows) < b - a:
        return k if rows and _CELL_TEXT.search(" ".join(rows)) else None
    cells = [c.strip() for r in rows for c in r.split("|") if c.strip()]
    ints = [int(m.group(1)) for c in cells if (m := _SMALL_INT.match(c))]
    if len(ints) * 2 >= len(cells) and sum(b2 == a2 + 1 for a2, b2 in zip(ints, ints[1:])) * 2 >= len(ints):
        return None  # a calendar
    with_value = sum(any(cell_shape(c) != "L" for c in r.split("|") if c.strip()) for r in rows)
    return k if len(rows) >= _MIN_ROWS and with_value * 2 > len(rows) else None


def pipe_tables(lines: list[str], a: int, b: int) -> list[tuple[int, int]]:
    """The tables of ``|`` rows among lines ``a:b``: stretches of rows with the same number of cells (a row whose
    count differs, a header's cells printed one a line, ends one), each a table by :func:`_pipe_rows` wherever it
    stands on the page (a separator row or values in most rows are no menu's: a link footer has neither)."""
    out, i = [], a
    while i < b:
        j = i + 1
        while j < b and _cells(lines[j]) == _cells(lines[i]):
            j += 1
        if _cells(lines[i]) >= 3 and (j - i >= _MIN_ROWS or (j - i >= 2 and any(map(is_separator, lines[i:j])))) \
                and _pipe_rows(lines, i, j):
            out.append((i, j))
        i = j
    return out


def _text(s: str) -> bool:
    """A line of the text: a sentence of five words or more, or eight words."""
    return _words(s) >= 8 or (_words(s) >= 5 and _SENTENCE_END.search(s) is not None)


def _inside(lines: list[str], live: list[bool], a: int, b: int) -> bool:
    """True when lines ``a:b`` sit inside the article: the nearest live line above is text, a caption ending with
    ":" or a heading right under text; text or a caption leading the next table (live) follows within a few lines,
    or the page ends."""
    above = [k for k in range(a - 1, max(-1, a - 1 - _NEAR), -1) if live[k]]
    if not above:
        return False
    k = above[0]
    s = lines[k].rstrip()
    ok = _text(s) or s.endswith((":", "：")) or any(_text(lines[j]) for j in above[1:2])
    if not ok:
        return False
    after = range(b, min(len(lines), b + _NEAR))
    return b >= len(lines) or any(live[j] and (_text(lines[j]) or _leads(lines[j])) for j in after) \
        or all(j >= len(lines) for j in after)


def _opens(lines: list[str], live: list[bool], end: int) -> bool:
    """True when the text goes on within a few lines under a table that opens the page with its header row (a
    timetable stored without its title, its note below it; a poster's fields above a forum post have no header)."""
    return any(live[j] and _text(lines[j]) for j in range(end, min(len(lines), end + _NEAR)))


def _leads(s: str) -> bool:
    """A caption leading a table or list: a line of three words or more ending with ":" (a record's label, "DOI:",
    is shorter)."""
    s = s.rstrip()
    return s.endswith((":", "：")) and _words(s) >= 3


def find_tables(lines: list[str], live: list[bool]) -> list[tuple[int, int, int, int]]:
    """The flattened tables of a page: ``(first, end, period, rows)`` line ranges (``period`` 1 for rows of ``|``).
    ``live[i]`` tells whether line ``i`` is kept by the layers before."""
    out: list[tuple[int, int, int, int]] = []
    n, i = len(lines), 0
    while i < n:
        if not is_cell(lines[i]) and "|" not in lines[i]:
            i += 1
            continue
        j = i
        while j < n and (is_cell(lines[j]) or (lines[j].count("|") >= 2 and len(lines[j]) <= 200)):
            j += 1
            if j < n and _leads(lines[j]):
                break  # a caption of three words or more leads the next table or list: the run ends above it
        piped = pipe_tables(lines, i, j)
        out.extend((head_above(lines, a), b, 1, b - a) for a, b in piped)  # its header rows above (cp55)
        if piped != [(i, j)] and _MIN_CELLS <= j - i <= _MAX_RUN:  # cells around the rows: a table of its period
            idx = [k for k in range(i, j) if _CELL_TEXT.search(lines[k])]  # a bare separator line is no cell
            cells = [lines[k] for k in idx]
            shapes = [cell_shape(c) for c in cells]
            found = period(shapes)
            if found is not None:
                p, a, b = found
                if clutter_shape(cells[a:b], shapes[a:b], p) is None:
                    first, end = (0 if a <= 2 * p else a), b  # the first row's cells and a header row: the run's
                    while first > 0 and a - first < 2 * p and shapes[first - 1] == "L":
                        first -= 1  # ... or the labels right above the first value
                    if len(shapes) - b < p:
                        end = len(shapes)  # the last row's cells after its last value: the run's
                    first = i if first == 0 else idx[first]
                    end = j if end == len(idx) else idx[end - 1] + 1
                    if first > 0 and lines[first - 1].rstrip().endswith((":", "：")) and is_cell(lines[first - 1]):
                        first -= 1  # the caption
                    if _inside(lines, live, first, end) or (first == 0 and (end == n or (
                            idx[0] == 0 and a == p and header_labels(shapes, a, p)
                            and not any(map(_DIGIT.search, cells[:p])) and _opens(lines, live, end)))):
                        # a header row of words (no pager, no counter)
                        out.append((head_top(lines, live, first, p), end, p, (b - 1 - a) // p + 1))  # tbl58
        i = max(j, i + 1)
    return out


#: a list's item "label: amount": a label of words (no sentence end, no digit first), a colon, a value opening with a
#: number ("2 muỗng canh", "1kg", "1,5 л", "300g")
_AMOUNT = re.compile(r"^\W{0,3}(?P<label>[^\W\d_][^:：.!?…]{0,58})[:：]\s*"
                     r"(?P<value>[-~≈]?\d[\d.,/]*\s*(?P<unit>[^\W\d_]+)?.*)$")
_LIST_WORDS = 12  # a caption or sub-caption ending with ":": this many words at most
_MIN_ITEMS = 3  # "label: amount" items in a list at least


def _caption(s: str) -> bool:
    s = s.strip()
    return s.endswith((":", "：")) and 1 <= _words(s) <= _LIST_WORDS and _AMOUNT.match(s) is None


def find_lists(lines: list[str], live: list[bool]) -> list[tuple[int, int]]:
    """The quantity lists of a page: ``(first, end)`` line ranges (the caption's line first).  A list is a live
    caption ending with ":" (a heading or a sentence leading to it) and the lines under it (blank lines between
    allowed), each an item "label: amount" (:data:`_AMOUNT`) or a sub-caption ending with ":", three items at least
    and a unit word after the number in half of them or more: a recipe's ingredients, a product's specification.
    What shares the shape and is not taken: a widget's or a record's fields (no caption leading to them, or counts
    without a unit: "Lượt xem: 571", "Кол-во номеров: 3")."""
    out: list[tuple[int, int]] = []
    n, i = len(lines), 0
    while i < n:
        if not (live[i] and _caption(lines[i])):
            i += 1
            continue
        items, units, j, end = 0, 0, i + 1, i + 1
        while j < n:
            s = lines[j].strip()
            if s and (m := _AMOUNT.match(s)):
                items, units, end = items + 1, units + (m.group("unit") is not None), j + 1
            elif s and _caption(s):
                end = j + 1
            elif s:
                break
            j += 1
        if items >= _MIN_ITEMS and units * 2 >= items:
            out.append((i, end))
        i = max(end, i + 1)
    return out


def _copies(lines: list[str], removed: Any, live: list[bool], back: list[int], first: int, end: int,
            cells: set[str]) -> list[int]:
    """The lines of ``first:end`` a duplicate rule removed as copies of a cell of this table or one above it (``cells``,
    joined by this table's): the same vaccine under each age, a timetable's header row over its second part."""
    taken = set(back)
    cells |= {cell_key(lines[i]) for i in range(first, end) if live[i] or i in taken}
    return [i for i in range(first, end) if i in removed and i not in taken and removed[i][0].startswith("dedupe.")
            and _CELL_TEXT.search(lines[i]) and copies_cell(cell_key(lines[i]), cells, removed[i][0] == "dedupe.near")]


class TableLines:
    """The last line layer (:class:`~.marks.LineLayer`): takes back the lines of a flattened table that a rule
    removing short lines took as furniture; one ``kept`` ledger entry per table."""

    def mark(self, marks: "Marks") -> None:
        doc, spans, removed = marks.doc, marks.spans, marks.removed
        lines = [doc.text[a:b] for a, b in spans]
        live = [i not in removed for i in range(len(lines))]
        cells: set[str] = set()  # the cells of the page's tables so far
        for first, end, p, rows in find_tables(lines, live):
            marks.tables.append((first, end))  # its wrapped cells joined once kept (table_wraps, tbl58)
            back = [i for i in range(first, end) if i in removed and not removed[i][0].startswith(_NOT_TAKEN)
                    and (_CELL_TEXT.search(lines[i]) or sign_cell(lines[i]))]  # a bare "|" or "-" stays removed
            if not back:
                continue
            back += _copies(lines, removed, live, back, first, end, cells)
            rules = sorted({removed[i][0] for i in back})
            for i in back:
                del removed[i]
            shape = "rows of '|' cells" if p == 1 else f"period {p}"
            record(doc, RULE, spans[first][0], spans[end - 1][1],
                   f"a table flattened one cell a line ({shape}, {rows} rows, lines {first}-{end - 1}): "
                   f"{len(back)} lines taken back from {', '.join(rules)}", action="kept")
        live, label_cells = [i not in removed for i in range(len(lines))], set()  # the label tables' cells so far
        for first, end, why in find_label_tables(lines, lambda a, b: _inside(lines, live, a, b)):
            while first < end and (first in removed and removed[first][0] in _STAMPS or not _CELL_TEXT.search(lines[first])
                                   or (first < _PAGE_HEAD and not live[first] and not header_row(lines, first))):
                first += 1  # a date or byline at the block's top edge, under the title, is the page's, not a cell;
                # and what a page table's block holds above the page's first kept line is the page's header (not a row)
            back = [i for i in range(first, end) if i in removed and _CELL_TEXT.search(lines[i])
                    and not (i < _PAGE_HEAD and removed[i][0] in _STAMPS)  # the page's date under its title
                    and not removed[i][0].startswith(_NOT_TAKEN)]
            back += _copies(lines, removed, live, back, first, end, label_cells)  # this table's or one above it
            if not back or sum(removed.get(i, ("",))[0] == _STRIP for i in range(first, end)) * 2 >= end - first:
                continue  # a copy is taken back when what it copies is a cell of the same table, kept or taken back
            rules = sorted({removed[i][0] for i in back})
            for i in back:
                del removed[i]
            record(doc, RULE, spans[first][0], spans[end - 1][1],
                   f"a table of labels flattened one cell a line ({why}, lines {first}-{end - 1}): "
                   f"{len(back)} lines taken back from {', '.join(rules)}", action="kept")
        live = [i not in removed for i in range(len(lines))]
        for first, end in find_lists(lines, live):
            back = [i for i in range(first + 1, end) if i in removed and not removed[i][0].startswith(_NOT_TAKEN)
                    and (_AMOUNT.match(lines[i].strip()) or _caption(lines[i]))]
            if not back:
                continue
            rules = sorted({removed[i][0] for i in back})
            for i in back:
                del removed[i]
            record(doc, RULE, spans[first][0], spans[end - 1][1],
                   f"a list of 'label: amount' items under a caption (lines {first}-{end - 1}): "
                   f"{len(back)} lines taken back from {', '.join(rules)}", action="kept")
