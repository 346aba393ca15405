"""Dated lines of the article's own body that the date and byline rules took as stamps (issue 12, lost42).

A post's stamp dates the page: it carries a year or a time of day ("30 января 2015, 10:21", "Thứ Bảy, 27 tháng 4,
2024"), or counters beside the date ("0 комментарий 29").  A calendar or a schedule inside the text heads each day
or period with a date that has neither: the reader knows the year from the heading above ("Расписание богослужений
с 26 января по 1 февраля:" over "30 января, пятница." over "- 18:00 — чтение акафиста"; "LỊCH PHỤNG VỤ 2015" over
"(Tháng 3 – Tháng 4 – Tháng 5)" over "1/ Thứ 4 (11/3): Lễ kính …").  Each guard reads the line's shape and its
neighbours, never a site's wording:

* :func:`day_heading`: ``boilerplate.date_line`` takes a line of calendar words and numbers alone; one that has no
  year, no time of day and no counter word, under a live heading (twelve words at most, no stop; or a list's lead,
  three words or more ending with ":") and over a list item of the text (a dash, bullet or number, then two words),
  heads a day or a period of the schedule.  A stamp under a title has its year; a bare label ("Дата:", "Hôm nay:")
  is no heading; a counter ("0 комментарий 29") has no calendar words only; a bulleted stamp ("• 17-07-2025",
  "- Oct 8") is an item of a post's meta list, not a heading over one;
* :func:`year_title`: ``boilerplate.byline`` reads "a name with the page's counters" in capitalised words followed by
  numbers ("Мария Щелканова 37 0"); a line in capitals followed by one year alone is a heading with its year
  ("LỊCH PHỤNG VỤ 2015": a liturgical calendar's title), not a byline with a view count: a counter is no year, and a
  byline's counters come in twos or stand after a name in mixed case;
* :func:`date_series`: a schedule printed one cell a line heads its days with bare dates or weekdays ("26.08.2024",
  "27.08.2024", "28.08.2024" over the places cut off each day; "Thứ hai" / "21/5", "Thứ ba" / "22/5"; "THỨ 2" …
  "THỨ 7" over a week's menus).  A post's stamp stands once, and a list of other stories dates its items newest
  first; days that follow each other forward (three at least, each one to seven days after the one before, or the
  next weekday) are the text's own calendar, and so is every bare date or weekday of the page inside its span (a
  date up to seven days after its last).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache

from .dated_facts import calendar_line
from .templates import _MONTHS
from .words import line_folded

# the literal patterns of the calls below, compiled once (perf54: a string pattern is a lookup in re's cache per call)
_SPACES = re.compile(r"\s+")
_YEAR_END = re.compile(r"\s+(\d{4})$")

__all__ = ["date_series", "day_heading", "year_title", "dated_item"]

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_CLOCK = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}")
_MARK = re.compile(r"^\s*(?:[-–—•·*▪+]|\d{1,2}\s*[./)])\s*(?=\S)")
_WORD = re.compile(r"[^\W\d_]+")
#: the words of a calendar's day or period heading: months, weekdays, Vietnamese day and month words
_CALENDAR = frozenset(_MONTHS) | frozenset(
    """понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье monday tuesday wednesday
    thursday friday saturday sunday ngày tháng thứ hai ba tư bốn năm sáu bảy tám chín mười một giêng chạp chủ nhật
    """.split())
_HEADING_WORDS = 12
_LEAD_WORDS = 3
_ITEM_WORDS = 2


def _calendar_only(s: str) -> bool:
    """The line has calendar words (one at least) and numbers only: no year, no time of day, no counter word."""
    words = [w.casefold() for w in _WORD.findall(s)]
    return bool(words) and all(w in _CALENDAR for w in words) and _YEAR.search(s) is None \
        and _CLOCK.search(s) is None and _MARK.match(s) is None and ":" not in s.rstrip(" :")


def _heading(s: str) -> bool:
    """A heading (twelve words at most, no stop, no list mark) or a list's lead (three words or more ending with ":")."""
    s = s.strip()
    words = s.split()
    if s.endswith((":", "：")):
        return len(words) >= _LEAD_WORDS
    return 0 < len(words) <= _HEADING_WORDS and s[-1:] not in ".!?…;," and _MARK.match(s) is None


def _item(s: str) -> bool:
    """A list item with text: a list mark, then two words of letters at least."""
    m = _MARK.match(s)
    return m is not None and len(_WORD.findall(s[m.end():])) >= _ITEM_WORDS


def day_heading(lines: list[str], i: int, live: Callable[[int], bool]) -> bool:
    """True when line ``i`` is a calendar's day or period heading: calendar words and numbers only (no year, time or
    counter), the nearest non-empty line above a live heading or list lead, the one below a list item of text."""
    if not _calendar_only(lines[i].strip()):
        return False
    above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
    below = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
    return above is not None and below is not None and live(above) and _heading(lines[above]) \
        and _item(lines[below].strip())


_WEEKDAYS = (("понедельник", "monday", "thứ hai", "thứ 2"), ("вторник", "tuesday", "thứ ba", "thứ 3"),
             ("среда", "среду", "wednesday", "thứ tư", "thứ 4"), ("четверг", "thursday", "thứ năm", "thứ 5"),
             ("пятница", "пятницу", "friday", "thứ sáu", "thứ 6"), ("суббота", "субботу", "saturday", "thứ bảy", "thứ 7"),
             ("воскресенье", "sunday", "chủ nhật", "cn"))
_WEEKDAY = {w: k for k, names in enumerate(_WEEKDAYS) for w in names}
_NUM_DATE = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(\d{4}|\d{2}))?")
_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_SERIES = 3
_MAX_STEP = 7


def _day_key(s: str) -> "tuple[str, int] | None":
    """A bare date or weekday line as ("w", weekday) or ("d", day of the year); None for anything else."""
    t = line_folded(s.strip().strip(" .,:;()[]"))
    if not t.isprintable() or "  " in t:  # (white space other than single spaces: perf57)
        t = _SPACES.sub(" ", t)
    if t in _WEEKDAY:
        return "w", _WEEKDAY[t]
    m = _NUM_DATE.fullmatch(t)
    if m is None:
        return None
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN[month - 1]):
        return None
    year = int(m.group(3)) if m.group(3) else 0
    return "d", year * 366 + _DAYS_BEFORE[month - 1] + day


@lru_cache(maxsize=32)
def _series_keys(lines: "tuple[str, ...]") -> "dict[str, tuple[int, int]]":
    """For each kind ("w", "d") whose bare lines run forward three days at least, the span of keys they cover."""
    spans: dict[str, tuple[int, int]] = {}
    for kind in ("w", "d"):
        keys = [k for k in (_day_key(s) for s in lines) if k is not None and k[0] == kind]
        run: list[int] = []
        for _, key in keys:
            if run and 1 <= key - run[-1] <= (1 if kind == "w" else _MAX_STEP):
                run.append(key)
            else:
                run = [key]
            if len(run) >= _SERIES:
                lo, hi = spans.get(kind, (run[0], run[-1]))
                spans[kind] = (min(lo, run[0]), max(hi, run[-1]))
    return spans


def date_series(lines: list[str], i: int) -> bool:
    """True when line ``i`` is a bare date or weekday inside the span of days the page's bare dates or weekdays run
    forward over (three at least, one to seven days apart, or weekday after weekday; a date up to seven days after
    the last): a schedule's day heading."""
    key = _day_key(lines[i])
    if key is None:
        return False
    span = _series_keys(tuple(s for s in lines if len(s) < 40)).get(key[0])
    return span is not None and span[0] <= key[1] <= span[1] + (_MAX_STEP if key[0] == "d" else 0)


def dated_item(lines: list[str], i: int, bad: Container[int], is_date: Callable[[str], bool]) -> bool:
    """A date line of the text's own lists: an item of a list of dates or times (:func:`.body_guards.list_item`) or a
    day heading of a schedule (:func:`day_heading`; ``bad``: the lines removed so far), or one of its days printed
    one cell a line (:func:`date_series`), or a season's years under its heading (:func:`.list_guards.season_line`),
    or a date of a calendar the text lists (:func:`.dated_facts.calendar_line`)."""
    from .body_guards import list_item
    from .list_guards import season_line

    return list_item(lines, i, is_date) or day_heading(lines, i, lambda k: k not in bad) or date_series(lines, i) \
        or season_line(lines, i) or calendar_line(lines, i)  # "NĂM PHỤNG VỤ" / "2022 – 2023": a heading's season
    # (cp43); full dates running forward: a holiday calendar (cp36)


def year_title(s: str) -> bool:
    """True when ``s`` is words in capitals (five letters or more) and one year after them, nothing else."""
    s = s.strip()
    m = _YEAR_END.search(s)
    if m is None or _YEAR.fullmatch(m.group(1)) is None:
        return False
    head = s[:m.start()]
    letters = [ch for ch in head if ch.isalpha()]
    return len(letters) >= 5 and all(ch.isupper() for ch in letters) and not any(ch.isdigit() for ch in head)
