"""A sports day's programme printed as rows "time / event" is the article's text (issue 12, rtq96).

RT's Olympics previews head each sport with its name and list the day's events under it, one a line, a clock time
(or two) and a slash before the event ("Фристайл" / "04:00 / Мужчины. Слоупстайл. Квалификация" / "14:00 / Мужчины.
Акробатика. Финал 1" / "14:29 / Мужчины. Акробатика. Финал 2"), a paragraph of prose after each sport.  The shape
rules took them one by one (rtq93's and rtq96's fresh RT draws): a row as a dateline (a clock time with a word after
it, ``boilerplate.dateline``), the next final as a near copy of the row above ("Финал 2" under "Финал 1",
``dedupe.near``), the sport's name as a heading of nothing (``boilerplate.region``, ``boilerplate.short_run``), a
row's pieces split at links ("04:15" / "/ Мужчины. Гигантский слалом. 1-я попытка"; "… Командная гонка
преследования. 1" / "/4 финала"; "Стадион: Кёрлинга" / "центр" under the row, ``classifier.line``).

:func:`event_rows`: the page's rows -- a clock time (a comma list of them), a slash, then two words at least
with no date and no stamp's word -- and a lone time over a line opening with the slash (a row split after its time);
:data:`MIN_ROWS` rows on the page at least (a post's "12:30 / Политика" stamp stands once, a player's "0:00 / 0:00"
has no word, held4's "11:59 / 30.04.2025" is a date).  :func:`release_event_rows` makes each run of them a block as
:mod:`.schedules` does a timetable's (:func:`.schedules._block`: the sport's heading over it, the row's short pieces
under it) and takes back the shape rules' removals inside (:data:`.schedules.RELEASED`), ledger ``guard.schedule``.
It runs with the last take-backs (:func:`.policy.write_held`), after the table guard (:mod:`.cell_columns`): kept
early, the rows would make the preview's photo captions ("Роман Репилов" / "Reuters" / "© Edgar Su" after each
sport) a table's column that vouches for its removed cells.  (:func:`.record_rows.programme_rows` is another shape:
a programme's day printed as one line of ``|`` cells.)  Dev labels (every realpages part but the blind one): no line of the row shape, content or
clutter; the only "time / …" lines are held4's stamp and held13's player (no row: a date, no word).
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .ledger import record
from .schedules import RELEASED, _block, _runs
from .templates import _MONTHS
from .time_lists import _STAMP_WORDS

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["MIN_ROWS", "event_rows", "release_event_rows"]

MIN_ROWS = 3
_TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d"
#: "04:00 / Мужчины. …", "03:05, 14:05 / Микст. …": the times, the slash, the event
_ROW = re.compile(rf"^\s*{_TIME}(?:\s*,\s*{_TIME})*\s*/\s*(?P<event>\S.*)$")
_LONE_TIME = re.compile(rf"^\s*{_TIME}(?:\s*,\s*{_TIME})*\s*$")
_WORD = re.compile(r"[^\W\d_]{2,}")
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_CALENDAR = frozenset(_MONTHS) | _STAMP_WORDS


def _event(text: str) -> bool:
    """Two words at least, no date, no month or stamp's word."""
    words = [w.casefold() for w in _WORD.findall(text)]
    return len(words) >= 2 and not _DATE.search(text) and not any(w in _CALENDAR for w in words)


def event_rows(lines: list[str]) -> list[int]:
    """The lines of the page's "time / event" rows (both lines of a row split after its time), when the page holds
    :data:`MIN_ROWS` rows at least; else none."""
    out: list[int] = []
    rows = 0
    for i, s in enumerate(lines):
        if "/" in s and (m := _ROW.match(s)) and _event(m["event"]):
            out.append(i)
            rows += 1
        elif _LONE_TIME.match(s):
            k = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
            if k is not None and lines[k].lstrip().startswith("/") and _event(lines[k]):
                out += [i, k]
                rows += 1
    return sorted(set(out)) if rows >= MIN_ROWS else []


def release_event_rows(marks: "Marks") -> list[int]:
    """Take back the shape rules' removals inside each run of the page's event rows (module docstring), each with a
    ``kept`` ledger entry.  Returns the lines taken back."""
    removed = marks.removed
    if not removed or marks.lang != "ru":
        return []
    lines = marks.line_texts()
    rows = event_rows(lines)
    if not rows:
        return []
    removed_by = {i: rule for i, (rule, *_) in removed.items()}
    held = getattr(removed, "held", {})
    back = []
    for run in _runs(rows):
        first, last, n = _block(lines, removed_by, run[0], run[-1], len(rows))
        for i in range(first, last + 1):
            if i not in removed or removed[i][0] not in RELEASED or not any(ch.isalnum() for ch in lines[i]):
                continue
            rule = removed[i][0]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            back.append(i)
            a, b = marks.spans[i]
            record(marks.doc, "guard.schedule", a, b, f"{rule} would remove it: a row of a day's programme, "
                   f"time / event ({n} rows on the page), or its heading or piece", action="kept")
    return back
