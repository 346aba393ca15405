"""A bound on ``boilerplate.date_line``: dates and numbered days that run forward down the page are the text's own
rows, not stamps (issue 12, date63).

``boilerplate.date_line`` takes a line of dates, times and calendar words alone as a post's stamp.  Over held36..held40
it took 22 of the 43 content lines the blind parts lost, each part's on one page whose subject is dates or times: a
library's holiday calendar ("Thứ Bảy, ngày 1 tháng 1 năm 2022" … "Thứ Hai, ngày 17 tháng 1 năm 2022", h36vi14), a
bus timetable ("06:10, 07:40, 09:25, 17:40", "17:30", "19:00", h38ru10), a travel diary's days ("Ngày 1", "Ngày 2",
h40vi02).  Each was carved out after its blind read by its structure (:func:`.dated_facts.calendar_line`: three full
dates or more; :func:`.time_lists.departures`: a row of times; :func:`.day_headings.numbered_day`: a day heading over
its paragraph).  What the three share is the stamp's own evidence missing: a stamp dates its post once, or dates a
list of posts newest first, or repeats the page's date; it has its time of day beside its date ("7:04 pm August 17,
2011", "28 февраля 2026, 14:15"); it stands under the post's byline or a field's label ("Đặng Sơn Duân" / "16-4-2020",
"Received:" / "11-02-2019").  The text's rows run FORWARD: each date or day number later than the one before.

The class (:func:`forward_value`): a date line holding one calendar value alone (a date with no time of day, or a
numbered day) where the page's lines of the same kind run forward, two at least, none under a name or a label.  Clock
times are left to the guards that take a timetable's rows back with their ledger entries (:mod:`.time_lists`,
:mod:`.schedules`, :mod:`.tables`): run forward too, they would hold held38's rows as well (benchmarks/date_bounds.py
``forward2_all``), and the tables guard's "kept" entry would go.  On the dumps of benchmarks/blind_losses.py
(benchmarks/notes/date63.md) this bound holds 7 of the 22 blind losses at their parts' start codes (held36's calendar
5, held40's days 2) and none of the rule's 537 dev removals of clutter today.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dated_facts import _ordinal, dates_of
from .day_headings import _day
from .features import _is_name, is_date_line

__all__ = ["value", "stamped", "forward_value"]

#: a clock time or a half of the day beside a date: a stamp's time of day ("7:04 pm", "09:36", "16h30", "3:05 CH")
_TIME_OF_DAY = re.compile(r"(?<![\d:./])(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d./])|\b(?:am|pm|sa|ch)\b", re.IGNORECASE)
#: a field's label opening the line ("Received:", "Ngày đăng:", "Dịch giả: Hoàng Thủy Ngữ")
_LABEL = re.compile(r"^\W*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:")
_LEAST = 2  # lines of one kind running forward
_MAX = 60  # characters of a line with one value alone


def value(s: str) -> "tuple[str, int] | None":
    """The calendar value a short line holds alone: ("day", n) for a numbered day ("Ngày 2", "День 1"), ("date",
    ordinal) for one date with no time of day ("Thứ Hai, ngày 17 tháng 1 năm 2022"; "7:04 pm August 17, 2011" and
    "28 февраля 2026, 14:15" have their time: stamps); None for any other line."""
    s = s.strip()
    if len(s) > _MAX:
        return None
    day = _day(s)
    if day is not None:
        return ("day", day[1])
    got = dates_of(s)
    if len(got) == 1 and not _TIME_OF_DAY.search(s):
        return ("date", _ordinal(got[0]))
    return None


def stamped(lines: "tuple[str, ...]", k: int, lang: str) -> bool:
    """Line ``k`` stands under its stamp's partner: a name (the post's byline) or a field's label just above it."""
    if k == 0:
        return False
    up = lines[k - 1].strip()
    return _is_name(up, lang) or (len(up) <= 40 and _LABEL.match(up) is not None)


@lru_cache(maxsize=32)
def _forward(lines: "tuple[str, ...]", lang: str) -> "frozenset[int]":
    runs: dict[str, list[tuple[int, int]]] = {}
    for k, s in enumerate(lines):
        if len(s) <= _MAX and is_date_line(s.strip()) and (v := value(s)) is not None and not stamped(lines, k, lang):
            runs.setdefault(v[0], []).append((v[1], k))
    out: set[int] = set()
    for run in runs.values():
        if len(run) >= _LEAST and all(a[0] < b[0] for a, b in zip(run, run[1:])):
            out.update(k for _, k in run)
    return frozenset(out)


def forward_value(lines: list[str], i: int, lang: str) -> bool:
    """Line ``i`` is one of the text's dates or numbered days that run forward down the page (see the module), not a
    post's stamp."""
    s = lines[i]
    if len(s) > _MAX or value(s) is None:
        return False  # only such lines run forward (:func:`_forward`); the page not hashed for the rest (perf61)
    return i in _forward(tuple(lines), lang)
