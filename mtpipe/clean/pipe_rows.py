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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "MIN_ROWS", "MIN_PIPES", "table_rows", "release_pipe_rows"]

RULE = "structure.pipe_rows"
MIN_ROWS = 3  # rows of a stretch, each with the same number of "|", at least
MIN_PIPES = 3  # "|" in each row at least (chrome.link_footer's own minimum)
_LETTER = re.compile(r"[^\W\d_]")


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
