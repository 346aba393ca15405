"""A calendar widget's date strip (issue 12, clut55).

An archive calendar, a date picker or an event strip prints its cells one a line or a row a line: day numbers,
month names, weekday names and nothing else ("18" / "мая" / "19" / "мая" / … / "16" / "июня", an event calendar's
strip over the article, h38ru14; "Январь" … "Декабрь" / "10" / "11" / … a month picker and its days, html-ru-informkz;
"ПН ВТ СР ЧТ ПТ СБ ВС" over "02 6 7 8 9 10 11 12", a calendar grid with its week numbers; "T2 T3 T4 T5 T6 T7 CN" over
"1 2 3 4 5 6 7", a Vietnamese one).  No sentence is in it and the short-line rules take its cells one by one, but a
flattened table's shape (cells that recur, values among them) may take them back (:mod:`.tables`).

``boilerplate.date_strip``: a run of :data:`MIN_LINES` live or removed lines or more (bare separators such as "|"
between them do not break it), each only calendar tokens (:func:`strip_line`: a day number 1-31, a month name, a
weekday name or abbreviation, in Russian, Vietnamese or English; split at spaces and "|", no comma, no clock time,
no other word), holding :data:`MIN_DAYS` day numbers or more that count up one by one (:data:`MIN_UP` of their
neighbouring pairs: the day after, or the 1st after the 28th-31st) and one month or weekday name at least.

A calendar the page prints stays (struct86): a strip holding more than :data:`MAX_WIDGET_DAYS` day numbers holds
more than two months' six-week grids -- three months side by side, a year's production calendar ("ЯНВАРЬ ФЕВРАЛЬ
МАРТ" / "Пн Вт … Вс" x3 / "1 2 3 4 5 6 1 2 3 1 2 3" …, 90 days a quarter), which no archive widget, date picker or
event strip prints (dev: 30 and 22 days); :func:`release_calendars` takes its lines back from the rules after
(``boilerplate.number_line``, ``short_run``, ``dedupe.exact`` …), ledger ``structure.calendar``.

What shares the shape and stays: a schedule's dates with their times between them ("3 января" / "|" / "11:00 |",
t27ru04: a clock time ends the run; cp55 works on timetables), a list of dates in prose ("1, 2, 6, 7 января",
commas), a list of holidays one date a line ("1 января" / "7 января" / "23 февраля": the days do not count up), a
pager's bare numbers (no month or weekday name: another class), a dated list whose lines carry text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

from .ledger import record
from .words import line_folded

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "STRIP", "MIN_LINES", "MIN_DAYS", "MIN_UP", "MAX_WIDGET_DAYS", "MAX_CHARS", "strip_line",
           "date_strips", "calendars", "release_calendars", "CALENDAR", "StripLines"]

STRIP = "boilerplate.date_strip"
CALENDAR = "structure.calendar"  # the kept entry of a printed calendar's lines taken back (struct86)
#: the ledger rules of this module (policy families, docs)
RULES = (STRIP,)
MIN_LINES = 3  # lines in the run at least (a date line alone is boilerplate's date_line's business)
MIN_DAYS = 7  # day numbers in the run at least (a week)
MIN_UP = 0.6  # share of neighbouring day numbers that count up one by one, at least
MAX_WIDGET_DAYS = 84  # a widget's strip: two months' six-week grids at most (more: a calendar page's own months)
MAX_CHARS = 160  # a calendar line: at most this many characters (three months' rows side by side)

_MONTHS = """января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март
    апрель май июнь июль август сентябрь октябрь ноябрь декабрь янв фев мар апр июн июл авг сен сент окт ноя нояб
    дек jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september
    october november december""".split()
_WEEKDAYS = """пн вт ср чт пт сб вс понедельник вторник среда четверг пятница суббота воскресенье mon tue wed thu fri
    sat sun mo tu we th fr sa su monday tuesday wednesday thursday friday saturday sunday t2 t3 t4 t5 t6 t7 cn""".split()
_NAMES = frozenset(_MONTHS) | frozenset(_WEEKDAYS)
#: Vietnamese names of two words, read as one token: "Tháng 5", "Thứ hai", "Chủ nhật"
_VI_NAMES = re.compile(r"(?<![^\W_])(?:tháng\s+(?:0?[1-9]|1[0-2])|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
                       r"(?![^\W_])", re.IGNORECASE)
_NAME = "\x00"  # what a Vietnamese name is replaced by before the line is split
_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]")
_SPLIT = re.compile(r"[\s|]+")
_TEXT = re.compile(r"[^\W_]")


def strip_line(s: str) -> list[int | None] | None:
    """The line's calendar tokens in order (a day number, or None for a month or weekday name) when the line is
    nothing else; None when it holds anything else (a word, a comma, a clock time) or nothing."""
    if len(s) > MAX_CHARS or not s[:1].isalnum() and not s.lstrip(" \t|")[:1].isalnum():
        return None  # a paragraph, or a line opening with a mark: no calendar's row (a cheap test first)
    s = line_folded(s)  # a name opens with "th" or "ch", which IGNORECASE matches only as written in a casefolded line
    if "th" in s or "ch" in s:  # (a capital's fold is lower case): most lines hold neither, no scan (perf84)
        s = _VI_NAMES.sub(f" {_NAME} ", s)
    out: list[int | None] = []
    for tok in _SPLIT.split(s):
        if not tok:
            continue
        if tok == _NAME or tok.rstrip(".") in _NAMES:
            out.append(None)
        elif _DAY.fullmatch(tok):
            out.append(int(tok))
        else:
            return None
    return out or None


def _counts_up(days: list[int]) -> bool:
    pairs = list(zip(days, days[1:]))
    up = sum(b == a + 1 or (b == 1 and a >= 28) for a, b in pairs)
    return bool(pairs) and up >= MIN_UP * len(pairs)


def _runs(lines: list[str]) -> tuple[tuple[int, int, int], ...]:
    """Every run of calendar lines that counts up: ``(first, end, day numbers)`` (bare separators inside a run
    belong to it, its first and last lines are calendar lines).  A page's lines are read twice, by
    :func:`date_strips` and by :func:`calendars` (:func:`release_calendars`): the answer is remembered for the last
    few line lists (perf86)."""
    return _runs_of(tuple(lines))


@lru_cache(maxsize=4)
def _runs_of(lines: tuple[str, ...]) -> tuple[tuple[int, int, int], ...]:
    out: list[tuple[int, int, int]] = []
    run: list[int] = []  # the calendar lines of the current run
    tokens: list[int | None] = []

    def close() -> None:
        days = [t for t in tokens if t is not None]
        if len(run) >= MIN_LINES and len(days) >= MIN_DAYS and len(days) < len(tokens) and _counts_up(days):
            out.append((run[0], run[-1] + 1, len(days)))

    for i, line in enumerate(lines):
        if not line.strip() or not _TEXT.search(line):
            continue  # a blank line or a bare separator ("|", "•") neither makes nor breaks a run
        got = strip_line(line)
        if got is None:
            close()
            run, tokens = [], []
            continue
        run.append(i)
        tokens.extend(got)
    close()
    return tuple(out)


def date_strips(lines: list[str]) -> list[tuple[int, int]]:
    """The date strips of a page (a widget's: :data:`MAX_WIDGET_DAYS` day numbers at most): ``(first, end)``."""
    return [(a, b) for a, b, days in _runs(lines) if days <= MAX_WIDGET_DAYS]


def calendars(lines: list[str]) -> list[tuple[int, int]]:
    """The calendars a page prints as its own content: runs of more than :data:`MAX_WIDGET_DAYS` day numbers."""
    return [(a, b) for a, b, days in _runs(lines) if days > MAX_WIDGET_DAYS]


def release_calendars(marks: "Marks") -> None:
    """Take back every line of a printed calendar (:func:`calendars`) another rule removed for its shape or as a copy
    (a bare number row, a short month heading between removed rows, a quarter's weekday row again), one ``kept``
    ledger entry per calendar (struct86)."""
    removed = marks.removed
    if not removed:
        return
    doc, spans = marks.doc, marks.spans
    lines = [doc.text[a:b] for a, b in spans]
    held = getattr(removed, "held", {})
    for first, end in calendars(lines):
        back = [i for i in range(first, end) if i in removed and _TEXT.search(lines[i])]
        if not back:
            continue
        rules = sorted({removed[i][0] for i in back})
        for i in back:
            dict.__delitem__(removed, i)
            held.pop(i, None)
        record(doc, CALENDAR, spans[first][0], spans[end - 1][1],
               f"a calendar the page prints ({end - first} lines, more than {MAX_WIDGET_DAYS} day numbers: no "
               f"widget's strip): {len(back)} lines taken back from {', '.join(rules)}", action="kept")


def strips(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The lines of the page's date strips, index -> (rule, note); what another rule removed is counted, not named."""
    out: dict[int, tuple[str, str]] = {}
    for first, end in date_strips(lines):
        note = f"a calendar's date strip: day numbers and month or weekday names only, lines {first}-{end - 1}"
        for i in range(first, end):
            if i not in removed and _TEXT.search(lines[i]):
                out[i] = (STRIP, note)
    return out


class StripLines:
    """The clut55 date-strip layer (:class:`~.marks.LineLayer`): runs before the short-line rules, so the strip's
    lines carry its name, which :mod:`.tables` does not take back."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for i, value in strips(lines, marks.removed).items():
            marks.removed.setdefault(i, value)
