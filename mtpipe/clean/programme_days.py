"""A programme's day headings over its rows of times (issue 12, struct86).

An event's programme or a forum's schedule heads each day with its date and prints the day's items under it, each
opening with a clock time ("Пятница 29.07" / "10:00 – 11:00 Регистрация участников форума и кофе-брейк Дом Культуры
…" / "12:30 – 13:30 Обед Кафе «Юбилейное»"; "Thứ Bảy, 12/10" / "8h00 Đón tiếp đại biểu").  The heading is a date
alone on its line, and ``boilerplate.date_line`` takes it as a post's stamp (struct86 tune page
xn----8sbfgbfw2ane3bm.xn--p1ai: three day headings lost).

:func:`programme_days`: lines that are a date alone (a weekday with a numeric date, a day with its month name, with
or without a weekday) with a row of the programme -- a clock time or a span of them, then two words at least --
within the :data:`WINDOW` lines under it, :data:`MIN_DAYS` such headings on the page at least.
:func:`release_programme_days` takes them back from the shape rules (:data:`.cell_columns.RELEASED`), ledger
``structure.programme_days``.

What shares the shape and stays removed: a feed's or a comment list's stamp over a headline (no clock time opening
the line under it), a lone dated heading (one day: no programme of days), a stamp with its time of day on the line.
Dev labels (every realpages part but the blind one): 7 lines of the shape, all content (t27ru04's museum holidays,
t29ru05's "8 июля:" over its times), none clutter.

struct90 (benchmarks/notes/struct90.md; two offices' weekly work schedules found with the search tool, 5 lines lost):
a row's time may close with a colon or a bracket ("08h30: PGĐ … dự lễ khai mạc", "(8h30) Hội nghị Thường trực"); a
heading may be wrapped over two lines, a weekday over its date ("Thứ 2" / "14/7", a table printed a cell a line) or
cut inside the weekday ("* Thứ" / "Ba: 25/3"): the two lines joined are a day heading (:func:`day_headings`, both
lines taken back); and a day whose items carry no clock time ("Thứ 3" / "15/7" over "Chủ tịch UBND tỉnh tiếp công
dân định kỳ") counts when another heading of the page has its rows and the headings' numeric dates run forward
(:func:`_forward`): a week's days in order.  A feed's or a comment list's stamps run newest first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "WINDOW", "MIN_DAYS", "day_heading", "day_headings", "programme_days", "release_programme_days"]

RULE = "structure.programme_days"
WINDOW = 3  # a row of times within this many non-empty lines under the heading
MIN_DAYS = 2  # day headings with their rows on the page at least

_WD = (r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс"
       r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật"
       r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_MON = (r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
        r"|tháng\s*\d{1,2}|january|february|march|april|may|june|july|august|september|october|november|december)")
_NUM_DATE = r"(?:ngày\s*)?\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?"
_NAMED_DATE = rf"(?:ngày\s*)?\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?"
_HEAD = re.compile(rf"^\W*(?:{_WD}\W*\s*(?:,\s*)?(?:{_NUM_DATE}|{_NAMED_DATE})|(?:{_NUM_DATE}|{_NAMED_DATE})"
                   rf"\W*\s*(?:\(\s*)?{_WD}\)?|{_NAMED_DATE})\W*$", re.IGNORECASE)
_ROW = re.compile(r"^\W*\d{1,2}[:.h]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.h]\d{2})?[:)]?\s+[^\W\d_]\S*\s+\S+")
#: the day and month of a heading's numeric date
_DAY_MONTH = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})(?![\d])")


def day_heading(s: str) -> bool:
    """The line is a date alone: a weekday with its date, a day with its month name (see the module's text)."""
    return len(s) <= 60 and _HEAD.match(s.strip()) is not None


def day_headings(lines: list[str]) -> list[list[int]]:
    """The page's day headings, each the list of its lines: a :func:`day_heading` line, or two non-empty lines in a
    row that are one joined (a weekday over its date, a heading cut inside its weekday), neither one alone."""
    live = [i for i, s in enumerate(lines) if s.strip()]
    out: list[list[int]] = []
    for n, i in enumerate(live):
        if out and i in out[-1]:
            continue
        if day_heading(lines[i]):
            out.append([i])
        elif n + 1 < len(live) and len(lines[i].strip()) <= 20 and not day_heading(lines[live[n + 1]]) \
                and day_heading(lines[i].strip() + " " + lines[live[n + 1]].strip()):
            out.append([i, live[n + 1]])
    return out


def _forward(heads: list[list[int]], lines: list[str]) -> bool:
    """Every heading holds a numeric date and the dates (month, day) run strictly forward."""
    dates = []
    for h in heads:
        m = _DAY_MONTH.search(" ".join(lines[k] for k in h))
        if m is None:
            return False
        dates.append((int(m.group(2)), int(m.group(1))))
    return all(a < b for a, b in zip(dates, dates[1:]))


def programme_days(lines: list[str]) -> list[int]:
    """The lines of the page's day headings over rows of times (:data:`MIN_DAYS` at least, else none); a heading
    without its rows counts when one has them and the dates run forward (:func:`_forward`)."""
    live = [i for i, s in enumerate(lines) if s.strip()]
    pos = {i: n for n, i in enumerate(live)}
    heads = day_headings(lines)
    rows = [h for h in heads if any(_ROW.match(lines[k].strip()) for k in live[pos[h[-1]] + 1:pos[h[-1]] + 1 + WINDOW])]
    if len(heads) >= MIN_DAYS and rows and _forward(heads, lines):
        rows = heads
    return [k for h in rows for k in h] if len(rows) >= MIN_DAYS else []


def release_programme_days(marks: "Marks", released: frozenset[str]) -> None:
    """Take back the programme's day headings a shape rule (``released``) removed, one ``kept`` ledger entry."""
    removed = marks.removed
    if not any(r in released for r, _ in removed.values()):
        return  # only such removals are taken back (perf91)
    doc, spans = marks.doc, marks.spans
    lines = [doc.text[a:b] for a, b in spans]
    held = getattr(removed, "held", {})
    back = [i for i in programme_days(lines) if i in removed and removed[i][0] in released]
    if not back:
        return
    rules = sorted({removed[i][0] for i in back})
    for i in back:
        dict.__delitem__(removed, i)
        held.pop(i, None)
    record(doc, RULE, spans[back[0]][0], spans[back[-1]][1],
           f"a programme's day headings over rows of times: {len(back)} lines taken back from {', '.join(rules)}",
           action="kept")
