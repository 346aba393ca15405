"""Schedules whose days are not bare dates, and removals whose evidence a later layer took back (issue 12, cp43).

Read on ``train29``, a dev part of pages whose article *is* a list, a schedule, a menu or a programme (the kinds the
blind parts held31 and held32 lost content on).  :mod:`.schedules` knows a schedule by its bare dates or weekdays
running forward ("26.08.2024" / "27.08.2024" / "28.08.2024", "THỨ 2" … "THỨ 7").  The same schedules also head
their days in three other shapes, and the shape rules then take the days and the rows under them as furniture:

* a date with its calendar word ("Ngày 01/10/2017", "Ngày 02/10/2017", "Ngày 03/10/2017" over a festival's hours;
  ``boilerplate.date_line`` takes each as the post's stamp);
* a day's number ("1 день", "2 день", "3 день" over a canteen's menus; "Day 1", "Ngày 2");
* a row opening with the day's number under a header whose first cell names the day column ("THỨ SÁNG TRƯA …" over
  "2 Bún mộc – Sữa …", "3 Soup gà …", … "7 Soup bí đỏ …": a kindergarten's week of menus printed a row a few lines;
  its repeated cells go to ``boilerplate.labelled_link`` ("Canh: …" under each day), ``boilerplate.repeated_label``
  ("Yaourt" under each day) and ``boilerplate.between_removed``).

:func:`extra_days` gives those day lines when three or more run forward (dates one to seven days apart, day numbers
one apart): :func:`.schedules.schedule_blocks` adds them to the bare days.  A post's stamp stands once ("Ngày
30/08/2017 10:07:52" also has its time of day); a list of other stories dates its items newest first; a numbered
list of links has no day column over it.

:func:`release_withdrawn`: ``boilerplate.between_removed`` takes one or two short lines whose neighbours both were
removed as furniture.  A last layer may take a neighbour back (``structure.table``: rows of ``|`` cells a regex rule
took for a link footer; ``guard.schedule``): the run then no longer stands between two removed lines, and its
removal goes with its evidence ("РАСПИСАНИЕ БОЛЬШОГО БАССЕЙНА" over the pool's table of lanes).  Each line taken
back gets a ``kept`` ledger entry (rule ``guard.withdrawn``) naming the rule and the neighbour taken back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .body_dates import _day_key
from .ledger import record
from .words import line_folded, line_words

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_SPACES = re.compile(r"\s+")

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["day_key", "row_days", "extra_days", "season_line", "release_withdrawn"]

BETWEEN = "boilerplate.between_removed"
WITHDRAWN = "guard.withdrawn"
#: the calendar word a schedule writes before a day's date or number ("Ngày 01/10/2017", "День 2", "Day 3")
_DAY_WORD = r"(?:ngày|день|day|date|дата)"
_LABELLED_DATE = re.compile(_DAY_WORD + r"\s*:?\s*(\d{1,2}\s*[./-]\s*\d{1,2}(?:\s*[./-]\s*(?:\d{4}|\d{2}))?)")
_DAY_NUMBER = re.compile(r"(\d{1,2})\s*(?:-?й\s*)?день|" + _DAY_WORD + r"\s*(?:thứ\s*)?(?:№\s*)?(\d{1,2})")
#: the first cell of a table's header naming its day column ("THỨ SÁNG TRƯA …", "День Завтрак Обед")
_DAY_COLUMN = frozenset(("thứ", "ngày", "день", "дни", "дата", "day", "date"))
_ROW = re.compile(r"(\d{1,2})\s+(?=[^\W\d_])")
_HEADER_WORDS = (3, 12)
_ROW_REACH = 60  # lines under the header a day's row may stand at
_SERIES = 3
_MAX_STEP = 7


def _norm(s: str) -> str:
    return _SPACES.sub(" ", line_folded(s.strip().strip(" .,:;()[]")))


def day_key(s: str) -> "tuple[str, int] | None":
    """A day line a schedule heads its rows with, beyond the bare date or weekday of :func:`.body_dates._day_key`:
    ``("d", day of the year)`` for a date after its calendar word ("Ngày 01/10/2017"), ``("n", number)`` for a
    day's number ("1 день", "День 2", "Day 3"); None for anything else (a time of day, a word more)."""
    t = _norm(s)
    m = _LABELLED_DATE.fullmatch(t)
    if m is not None:
        return _day_key(m.group(1))
    m = _DAY_NUMBER.fullmatch(t)
    if m is not None:
        return "n", int(m.group(1) or m.group(2))
    return None


def _day_header(s: str) -> bool:
    """A table's header row whose first cell names the day column: three to twelve words, no digit, no stop."""
    words = line_words(s)
    return bool(words) and words[0].casefold().strip(":") in _DAY_COLUMN \
        and _HEADER_WORDS[0] <= len(words) <= _HEADER_WORDS[1] and not any(ch.isdigit() for ch in s) \
        and s.strip()[-1:] not in ".!?…"


def row_days(lines: list[str]) -> dict[int, int]:
    """Rows opening with the day's number ("2 Bún mộc – Sữa …") under a header whose first cell names the day column
    (:func:`_day_header`): line index -> the day's number."""
    out: dict[int, int] = {}
    for h, s in enumerate(lines):
        if not _day_header(s):
            continue
        for i in range(h + 1, min(len(lines), h + 1 + _ROW_REACH)):
            if _day_header(lines[i]):
                break
            m = _ROW.match(lines[i].strip())
            if m is not None:
                out[i] = int(m.group(1))
    return out


_SEASON = re.compile(r"((?:1[89]|20)\d\d)\s*[-–—/]\s*((?:1[89]|20)\d\d)")
_CAPS_WORDS = 8


def season_line(lines: list[str], i: int) -> bool:
    """Line ``i`` is a season's two years, one after the other ("2022 – 2023"), right under a heading in capitals
    (eight words at most, no digit, no stop: "NĂM PHỤNG VỤ"): the heading's second line, a school or liturgical
    year, not a post's stamp (a stamp dates one day; a site's years in its footer stand under no heading)."""
    m = _SEASON.fullmatch(_norm(lines[i]))
    if m is None or int(m.group(2)) != int(m.group(1)) + 1 or i == 0:
        return False
    above = lines[i - 1].strip()
    letters = [ch for ch in above if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(above.split()) <= _CAPS_WORDS \
        and not any(ch.isdigit() for ch in above) and above[-1:] not in ".!?…:"


def _runs(found: list[tuple[int, str, int]]) -> set[int]:
    """The lines of ``(line, kind, key)`` whose keys of one kind run forward three times at least, in line order
    (dates one to seven days apart, numbers one apart)."""
    days: set[int] = set()
    for kind in ("d", "n", "w"):
        run: list[tuple[int, int]] = []
        for i, k, key in found:
            if k != kind:
                continue
            if run and 1 <= key - run[-1][1] <= (_MAX_STEP if kind == "d" else 1):
                run.append((i, key))
            else:
                run = [(i, key)]
            if len(run) >= _SERIES:
                days.update(i2 for i2, _ in run)
    return days


def extra_days(lines: list[str]) -> list[int]:
    """The page's schedule days :mod:`.schedules` does not read from bare dates: dates after their calendar word and
    day numbers (:func:`day_key`), rows opening with the day's number under a day column (:func:`row_days`), three
    running forward at least."""
    found: list[tuple[int, str, int]] = []
    rows = row_days(lines)
    for i, s in enumerate(lines):
        key = day_key(s) if len(s) < 40 else None
        if key is not None:
            found.append((i, key[0], key[1]))
        elif i in rows:
            found.append((i, "n", rows[i]))
    return sorted(_runs(found))


def release_withdrawn(marks: "Marks") -> None:
    """Take back ``boilerplate.between_removed`` runs whose neighbour above or below is no longer removed (a last
    layer took it back), each line with a ``kept`` ledger entry; run after :func:`.schedules.release_schedules`."""
    removed = marks.removed
    between = sorted(i for i, (rule, _) in removed.items() if rule == BETWEEN)
    if not between:
        return
    held = getattr(removed, "held", {})
    lines = marks.line_texts()
    runs: list[list[int]] = []
    for i in between:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        back = [k for k in (run[0] - 1, run[-1] + 1) if 0 <= k < len(lines) and k not in removed]
        if not back:
            continue
        for i in run:
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, WITHDRAWN, a, b, f"{BETWEEN} would remove it: its neighbour "
                   f"{lines[back[0]].strip()[:40]!r} is no longer removed (a later layer took it back), the line "
                   f"stands between removed lines no more", action="kept")
