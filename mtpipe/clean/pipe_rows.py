"""Rows of one ``|`` table go or stay together: a row is no link footer among rows of its table (issue 12, tab99).

A crawler prints a table a row a line with ``|`` between the cells.  ``chrome.link_footer`` reads any line of three
``|`` or more, each cell 60 characters at most, as a site's footer of links ("Главная | Новости | Контакты").  A price
table whose price cells came out empty is such a line row by row: held54's ``h54ru12`` (a museum's price list,
read after its blind run) lost its six rows "Дошкольники | ||||", "Школьники | ||||", … "Посетители из зарубежных
стран | ||||" between its kept header row (cells too long for links: "Входная плата на постоянную экспозицию одного
отдела или выставки, руб./чел. | …") and a kept value row.  :mod:`.tables`' ``pipe_tables`` takes such rows back only
with values in most rows or a separator row; these have neither.

:func:`table_rows`: a stretch of :data:`MIN_ROWS` non-empty lines or more in a row, each with the same number of
``|`` (:data:`MIN_PIPES` or more), is one table; where the layers kept one of its rows (a row with letters), the rows
a shape rule removed (``released``: :data:`.cell_columns.RELEASED`, ``chrome.link_footer`` among them) are its rows
too, and :func:`release_pipe_rows` takes back those with letters (a bare "| |||||" or "---|---" row stays removed),
ledger ``structure.pipe_rows``.

Dev labels (every realpages part but held54; ``/tmp/tab99/scan4.py``, benchmarks/notes/tab99.md): of the lines
``chrome.link_footer``'s pattern matches and that hold letters, the 21 standing alone (no line above or below with
as many ``|``) are all clutter or metadata (menus, share and view counters, a blog's link bar: the footer the rule was
written for), and the 63 in stretches of three rows or more are all content (14 stretches: price lists, timetables,
a holiday schedule, an archive's inventory); the 2-row stretch holds one content line.  A footer is one line; a
table is rows.

The same table printed a cell a line, the crawler's "|" alone on a line after each cell (tab98's fresh page
gorjkh.gomel.by, a city's utility tariffs: "Водоснабжение*" / "|" / "1 кубический метр" / "|" / "1,0445" / "|";
cells wrapped over two lines, "Техническое" / "обслуживание жилого дома*"): the shape rules judge each cell alone
(``between_removed``, ``number_line``, ``classifier.line``, ``date_line``, ``field_label``) and the copy rules take a
unit the column repeats ("1 кубический метр", ``repeated_label`` / ``dedupe.*``).  :func:`bar_cells`: a block of
:data:`MIN_CELLS` cells or more, each one to three lines with no "|" closed by lone "|" lines, a quarter of them
figures (digits, no letter) and a quarter words, one of its cells with letters kept by the layers; its cells that a
shape rule (``released``), ``repeated_label`` or ``field_label`` removed, or a copy rule where the block holds the same
cell again, are taken back (the lone "|" lines stay removed), ledger ``structure.bar_cells``.  A menu printed so has
no figures, a pager no words.  Dev labels (``/tmp/tab99/scanB.py``): one block of the shape, held28's ``h28ru04``
(a ferry timetable, 95 cells, all content, kept already); t27ru40's court-hours widget (clutter) closes each cell
with its "|" on the cell's own line, no block of this shape.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "MIN_ROWS", "MIN_PIPES", "table_rows", "release_pipe_rows", "BAR_RULE", "MIN_CELLS", "bar_cells",
           "release_bar_cells"]

RULE = "structure.pipe_rows"
MIN_ROWS = 3  # rows of a stretch, each with the same number of "|", at least
MIN_PIPES = 3  # "|" in each row at least (chrome.link_footer's own minimum)
_LETTER = re.compile(r"[^\W\d_]")
BAR_RULE = "structure.bar_cells"
MIN_CELLS = 9  # cells of a block closed by lone "|" lines, at least (three rows of three)
_WRAP = 3  # lines of one cell at most
_FIGURE = re.compile(r"[\d\s.,:;/%–—-]*\d[\d\s.,:;/%–—-]*")  # a cell of figures alone: "0,1322", "00:45", "1.1."
#: the copy and label rules a repeated cell of a table falls to (a unit the column repeats)
_COPIES = frozenset({"boilerplate.repeated_label", "boilerplate.field_label"})


def table_rows(lines: list[str], removed: "dict[int, str]", released: frozenset[str]) -> list[int]:
    """The lines (indices of ``lines``, the page's non-empty lines) that a rule of ``released`` removed (``removed``:
    line -> rule) and that are rows of a ``|`` table with a kept row (see the module)."""
    out: list[int] = []
    n, i = len(lines), 0
    while i < n:
        k = lines[i].count("|")
        j = i + 1
        while j < n and lines[j].count("|") == k:
            j += 1
        if k >= MIN_PIPES and j - i >= MIN_ROWS:
            rows = range(i, j)
            if any(r not in removed and _LETTER.search(lines[r]) for r in rows):
                out.extend(r for r in rows if removed.get(r) in released and _LETTER.search(lines[r]))
        i = j
    return out


def release_pipe_rows(marks: "Marks", released: frozenset[str]) -> None:
    """Take back the rows of each ``|`` table a shape rule (``released``) removed where the layers kept a row of it
    (:func:`table_rows`), one ``kept`` ledger entry."""
    removed = marks.removed
    if not removed or not any(r[0] in released for r in removed.values()):
        return
    doc, spans = marks.doc, marks.spans
    lines = [doc.text[a:b] for a, b in spans]
    if not any(s.count("|") >= MIN_PIPES for s in lines):
        return
    back = table_rows(lines, {i: r[0] for i, r in removed.items()}, released)
    if not back:
        return
    held = getattr(removed, "held", {})
    rules = sorted({removed[i][0] for i in back})
    for i in back:
        dict.__delitem__(removed, i)
        held.pop(i, None)
    record(doc, RULE, spans[back[0]][0], spans[back[-1]][1],
           f"rows of a '|' table with a kept row, as many '|' in each: {len(back)} lines taken back from "
           f"{', '.join(rules)}", action="kept")


def _bar(s: str) -> bool:
    return s.strip() == "|"


def bar_cells(lines: list[str], removed: "dict[int, str]", released: frozenset[str]) -> list[int]:
    """The lines of ``lines`` (the page's non-empty lines) removed (``removed``: line -> rule) that are cells of a
    table printed a cell a line, each cell closed by lone "|" lines (see the module)."""
    out: list[int] = []
    n, i = len(lines), 0
    while i < n:
        cells: list[list[int]] = []
        j = i
        while j < n and not _bar(lines[j]) and "|" not in lines[j]:
            k = j
            while k < n and k - j < _WRAP and not _bar(lines[k]) and "|" not in lines[k]:
                k += 1
            if k >= n or not _bar(lines[k]):
                break
            cells.append(list(range(j, k)))
            j = k
            while j < n and _bar(lines[j]):
                j += 1
        if len(cells) >= MIN_CELLS:
            texts = [" ".join(lines[x].strip() for x in c) for c in cells]
            figures = sum(_FIGURE.fullmatch(t) is not None for t in texts)
            words = sum(_LETTER.search(t) is not None for t in texts)
            kept = any(x not in removed and _LETTER.search(lines[x]) for c in cells for x in c)
            if kept and 4 * figures >= len(cells) and 4 * words >= len(cells):
                seen = [lines[x].strip().casefold() for c in cells for x in c]
                for c in cells:
                    for x in c:
                        rule = removed.get(x)
                        if rule is None:
                            continue
                        copy = rule.startswith("dedupe.") and seen.count(lines[x].strip().casefold()) > 1
                        if rule in released or rule in _COPIES or copy or rule == "dedupe.near" and _near(lines, x, c, cells):
                            out.append(x)
        i = max(j, i + 1)
    return out


def _near(lines: list[str], x: int, cell: list[int], cells: list[list[int]]) -> bool:
    """A near copy in the block: another cell of the block opens with the same word (a row's name printed with another
    attribute: "Электроэнергия в жилых домах …, не оборудованных …" / "Электрическая энергия в жилых домах …")."""
    words = set(re.findall(r"[^\W\d_]{4,}", " ".join(lines[y] for y in cell).casefold()))
    for c in cells:
        if c is cell:
            continue
        other = set(re.findall(r"[^\W\d_]{4,}", " ".join(lines[y] for y in c).casefold()))
        if words and len(words & other) * 2 >= len(words):
            return True
    return False


def release_bar_cells(marks: "Marks", released: frozenset[str]) -> None:
    """Take back the cells of each table printed a cell a line between lone "|" lines where the layers kept a cell of
    it (:func:`bar_cells`), one ``kept`` ledger entry per page."""
    removed = marks.removed
    if not removed or marks.doc.text.count("|") < MIN_CELLS:
        return  # (fewer "|" on the page than lone "|" lines a block needs: the lines are not cut, perf90)
    doc, spans = marks.doc, marks.spans
    lines = [doc.text[a:b] for a, b in spans]
    if sum(map(_bar, lines)) < MIN_CELLS:
        return
    back = bar_cells(lines, {i: r[0] for i, r in removed.items()}, released)
    if not back:
        return
    held = getattr(removed, "held", {})
    rules = sorted({removed[i][0] for i in back})
    for i in back:
        dict.__delitem__(removed, i)
        held.pop(i, None)
    record(doc, BAR_RULE, spans[back[0]][0], spans[back[-1]][1],
           f"cells of a table printed a cell a line between lone '|' lines, a cell of it kept: {len(back)} lines taken "
           f"back from {', '.join(rules)}", action="kept")
