"""A timetable's column headings, the text's own (issue 12, cp49; round 48c: the line classifier trained without
held28 scored h28ru04's "Порт «Крым» прибытие" / "Порт «Крым» отправление" 0.969, over the ru cut).

A table flattened to text prints its column headings one to a line, then its cells row by row: a ferry timetable's
"Порт «Кавказ» отправление" / "Порт «Крым» прибытие" / "Порт «Крым» отправление" / "Порт «Кавказ» прибытие" over
"00:00" / "00:45" / … (a cell rule "|" between the lines, removed before).  The headings are short lines without a
digit, as menu items are, and a model that never saw the page takes them.  :func:`timetable_heads` says which lines
head such a table: two to eight short lines, no digit in them, straight over a run of clock times alone on their
lines, as many times as a whole number of rows (a multiple of the headings, two rows at least).  A menu over a
timetable whose headings were lost, or one time (a clock widget, a post's hour), makes no table: its lines stay judged.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["timetable_heads"]

#: a table cell that is a clock time alone ("00:45", "1:10", "22.00")
_TIME = re.compile(r"^\s*\d{1,2}[:.][0-5]\d\s*$")
#: a line with no letter or digit (a cell rule "|", a dash): skipped between cells
_RULE = re.compile(r"^[\W_]*$")
_MAX_WORDS = 5
_MIN_HEADS, _MAX_HEADS = 2, 8


def _heading(s: str) -> bool:
    return bool(s.strip()) and not any(c.isdigit() for c in s) and len(s.split()) <= _MAX_WORDS


@lru_cache(maxsize=32)
def _heads(lines: "tuple[str, ...]") -> "frozenset[int]":
    live = [k for k, s in enumerate(lines) if not _RULE.match(s)]
    out: set[int] = set()
    j = 0
    while j < len(live):
        if not _TIME.match(lines[live[j]]):
            j += 1
            continue
        end = j
        while end < len(live) and _TIME.match(lines[live[end]]):
            end += 1
        h = j
        while h > 0 and j - h < _MAX_HEADS + 1 and _heading(lines[live[h - 1]]):
            h -= 1
        n, times = j - h, end - j
        if _MIN_HEADS <= n <= _MAX_HEADS and times >= 2 * n and times % n == 0:
            out.update(live[h:j])
        j = end
    return frozenset(out)


def timetable_heads(lines: list[str]) -> "frozenset[int]":
    """The indexes of a timetable's column headings (for ``classifier.judge``'s guarded lines)."""
    return _heads(tuple(lines))
