"""A date with a rubric, a source or a link label after it, alone on its line: the page's date line (issue 12, meta77).

The date rules take a line of dates and times alone (:func:`~.features.is_date_line`) or a byline with a date at
its end (``boilerplate.dateline``); a full numeric date that OPENS the line and has a short name after it was left:
"08.04.2014 г. Новости сельских поселений" (the rubric, h15ru03), "28/08/2017 Đi Để Đến - Group" (the site, t30vi08),
"23/03/2021 | Xem chi tiết »" (a link label, h40vi14), each labelled metadata on its own site.  Over the dev parts
every line of that shape (a full numeric date first, five words or fewer after it, no sentence end: 56 lines) is
metadata or clutter, none content.  :func:`dated_tail` reads it; the line goes as ``boilerplate.dateline`` with its
date kept as ``date``.

What stays: a sentence that opens with a date (a stop at its end, or more than five words after the date); a
chronicle's item, the date and its event joined by a dash ("22.06.1941 — начало войны"); a line in a run of dated
lines (the line above or below, blank lines skipped, opens with a date too: a list of dated items, teasers or a
chronicle, the rules of lists judge it); a tail with digits (a time, a count: the other date rules' shapes).
"""

from __future__ import annotations

import re

__all__ = ["MAX_TAIL_WORDS", "dated_tail"]

#: words after the date at most
MAX_TAIL_WORDS = 5
_DATE = r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
_LINE = re.compile(r"^\s*(?P<date>" + _DATE + r")(?:\s*г\.)?\s*(?:[|,]\s*)?(?P<tail>[^\W\d_].*?)\s*$")
_OPENS_DATED = re.compile(r"^\s*" + _DATE)


def _near(lines: list[str], i: int, step: int) -> str:
    k = i + step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    return lines[k] if 0 <= k < len(lines) else ""


def dated_tail(lines: list[str], i: int) -> str | None:
    """The date of line ``i`` where it is a full numeric date and a short name after it, alone (module docstring)."""
    m = _LINE.match(lines[i])
    if m is None:
        return None
    tail = m.group("tail")
    if len(tail.split()) > MAX_TAIL_WORDS or tail[-1:] in ".!?…:;," or re.search(r"\d", tail):
        return None
    if _OPENS_DATED.match(_near(lines, i, -1)) or _OPENS_DATED.match(_near(lines, i, 1)):
        return None
    return m.group("date")
