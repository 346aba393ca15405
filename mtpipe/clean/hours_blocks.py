"""An institution's hours printed as a block of clock spans under the page's text, its cells a line each, are the
page's own facts (issue 12, cpf101).

cpf101's fresh sample (sites in no part: ``benchmarks/notes/cpf101.md``) lost a city library's whole service table
(thuvien.danang.gov.vn): under its sentences ("Kể từ ngày 03/4/2017, … Thư viện sẽ mở cửa phục vụ bạn đọc theo lịch
như sau:") the table's header row stays, then each row printed a cell a line -- a row number ("1"), the rooms ("-
PHÒNG ĐỌC", "- PHÒNG MƯỢN"), the hours ("Buổi sáng: 7h30’- 11h30’" / "Buổi chiều: 13h30’-20h30’") -- and the short-line
rules took them one by one (``boilerplate.number_line``, ``byline``, ``headline_run``, ``field_run``, ``tag_list``;
the label over the first hours, "+ Thời gian:", ``orphan_label``).  It is held53's blind class (a culture house's
hours under its text, lost to ``field_run``: :mod:`.opening_hours`) and held52's (a table printed a cell a line,
:mod:`.schedules`) at once: neither guard reads it -- no label naming the hours, no days running forward, no
comma-listed times, rows of unequal length (no period for :mod:`.cell_columns`).

What tells the block from a header's or a footer's hours is the place, as lost97 measured: over every labelled dev
line (``/tmp/cpf101/scan.py``, held55 absent), a short line (ten words at most) holding a span of clock times
(:func:`.opening_hours.clock_span`) that stands below the page's first paragraph is content 40 times and clutter never
(above it: 22 content, 13 clutter -- the site's own hours among its phone and menu).

:func:`hours_blocks`: two such span lines or more, at most :data:`GAP` live lines apart, all below the page's first
paragraph (a live line of eight words or more closing with a stop) make a block; it runs up from its first span over
the short lines (:data:`CELL_WORDS` words at most, no stop at the end) that shape rules removed to the nearest kept line
(the table's header, the sentence announcing it, the paragraph), :data:`ABOVE` live lines at most; without such a
kept line, or over a line removed with other evidence (a footer's hours under share links: lost97's negative), there
is no block.  Inside the block a line a shape rule removed (the ``released`` rules the caller passes:
:data:`.cell_columns.RELEASED` and :data:`EXTRA`) is taken back, with one ``kept`` ledger entry per block; a line
that a rule with other evidence removed (a template, spam, a copy, a link) stays removed, and so does a line without
a letter or a digit.  Static scan of the block's shape (``/tmp/cpf101/scan2.py``, labelled clutter taken as removed):
55 content and 3 clutter lines in 7 blocks, the clutter two lone "|" and a URL line a link rule removed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Collection, Mapping

from .ledger import record
from .opening_hours import clock_span
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "EXTRA", "hours_blocks", "release_hours_blocks"]

RULE = "guard.hours_block"
#: shape rules beyond :data:`.cell_columns.RELEASED` that take an hours table's cells: a lone label whose value went
#: ("+ Thời gian:"), a run of headline-like short lines, a tag list of rooms, a field's label
EXTRA = frozenset({"boilerplate.orphan_label", "boilerplate.headline_run", "boilerplate.tag_list",
                   "boilerplate.tags", "boilerplate.field_label"})
GAP = 6  # live lines between two span lines of one block at most (a row's number and its rooms)
ABOVE = 4  # live lines from the block's first span up to the kept line over it at most
CELL_WORDS = 8  # a cell's words at most
SPAN_WORDS = 10  # a span line's words at most (the dev scan's shape)
_PARAGRAPH = re.compile(r"[.!?…][\"”»)]*$")
_STOP = re.compile(r"[.!?…;][\"”»)]*$")


def _paragraph(s: str) -> bool:
    return len(line_words(s)) >= 8 and _PARAGRAPH.search(s.strip()) is not None


def _span_line(s: str) -> bool:
    return 0 < len(line_words(s)) <= SPAN_WORDS and clock_span(s)


def _cell(s: str) -> bool:
    return 0 < len(s.split()) <= CELL_WORDS and _STOP.search(s.strip()) is None


def hours_blocks(lines: list[str], removed_by: "Mapping[int, str]",
                 released: "Collection[str]") -> list[tuple[int, int]]:
    """``(first, last)`` line ranges (inclusive) of the hours blocks below the page's first live paragraph (module
    docstring); ``removed_by``: line -> the rule that removed it; ``released``: the shape rules (with :data:`EXTRA`)
    whose removals the walk up may pass over."""
    first = next((i for i, s in enumerate(lines) if i not in removed_by and _paragraph(s)), None)
    if first is None:
        return []
    live = [i for i in range(first, len(lines)) if lines[i].strip()]  # the paragraph first: a kept line over a block
    spans = [k for k, i in enumerate(live) if k and _span_line(lines[i])]
    runs: list[list[int]] = []
    for k in spans:
        if runs and k - runs[-1][-1] - 1 <= GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    out = []
    for run in runs:
        top = _top(lines, live, run[0], removed_by, released)
        if len(run) >= 2 and top is not None:
            out.append((live[top], live[run[-1]]))
    return out


def _top(lines: list[str], live: list[int], k0: int, removed_by: "Mapping[int, str]",
         released: "Collection[str]") -> "int | None":
    """The block's first live line: the one under the nearest kept line above the first span ``live[k0]``, when
    only cells that a shape rule removed stand between (:data:`ABOVE` at most); else none (a footer's hours under
    share links or a menu, removed with other evidence, or hours with no kept line over them)."""
    for k in range(k0 - 1, max(k0 - 1 - ABOVE, -1), -1):
        i = live[k]
        if i not in removed_by:
            return k + 1
        rule = removed_by[i]
        if not _cell(lines[i]) or (rule not in released and rule not in EXTRA):
            return None
    return None


def release_hours_blocks(marks: "Marks", released: "Collection[str]") -> None:
    """Take back the shape rules' removals (``released`` and :data:`EXTRA`) inside each hours block
    (:func:`hours_blocks`), one ``kept`` ledger entry per block; run with the table take-backs
    (:func:`.cell_columns.release_columns`)."""
    removed = marks.removed
    if not any(r in released or r in EXTRA for r, _ in removed.values()):
        return  # only such removals are taken back (perf91)
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for first, last in hours_blocks(lines, {i: r for i, (r, _) in removed.items()}, released):
        back = [i for i in range(first, last + 1) if i in removed and (removed[i][0] in released
                or removed[i][0] in EXTRA) and any(ch.isalnum() for ch in lines[i])]
        if not back:
            continue
        rules = sorted({removed[i][0] for i in back})
        for i in back:
            dict.__delitem__(removed, i)
            held.pop(i, None)
        record(marks.doc, RULE, marks.spans[first][0], marks.spans[last][1],
               f"an institution's hours printed a cell a line under the page's text (clock spans, lines {first}-"
               f"{last}): {len(back)} lines taken back from {', '.join(rules)}", action="kept")
