"""Numbered day headings of a diary or an itinerary that the date rule took as stamps (issue 12, cp60).

``boilerplate.date_line`` takes a line of calendar words and numbers alone ("a date, time or counter line"): "Ngày 1",
"День 2", "Day 3" are a calendar word and a number.  Seen on held40 (a travel diary: "Ngày 1" over the paragraph of the
first day, "Ngày 2" over the second's) and in the itineraries of real tour pages ("Ngày 1", "Ngày 2" … over each day's
programme; "День 1" / "1 день" over "Отправление из …"; "Day 1" over "Arrive in …").  A day number alone, with no month,
no year, no time and no counter word, is no date: it numbers the day of the trip or the course that the text under it
tells.  The class: a line that is only a day word and a number ("Ngày 1", "Ngày thứ 2", "NGÀY 3:", "День 1", "1-й
день", "2 день", "Day 1"), heading a paragraph (:func:`.profile_guards._heads_paragraph`: fifteen words or more with
a sentence end), where the page numbers its days one after another: the heading of the next or the previous day also
heads a paragraph, or it is day one with its word first ("Ngày 1", "Day 1": a page cut after its first day; "1 день"
alone may be a post's age, "1 день [назад]", so the number first needs its next or previous day).

A stamp has its month or its year ("Ngày 12 tháng 3", "Ngày 1/5"), a relative time has its word ("1 день назад"), and a
counter or a widget cell ("Ngày 5" over "Tháng 3", a bare "Ngày 5" in a calendar) heads no paragraph: those stay the
date rule's.

A month's heading over its days' entries (cp62) is the same class one level up: a line that is only a month and its
year ("Tháng Tám – 2023", "Tháng 8/2023", "Август 2023", "August 2023") heading a calendar whose entries open with the
month's day numbers one after another, each with its words ("01 | Thứ Ba. Thánh Alphongsô …" / "02 | Thứ Tư đầu
tháng. …": a diocese's liturgical calendar for that month, held24's ``h24vi09``, the page's own title, Convention 10;
"1 августа — …", "2 августа — …" of a month's schedule).  An archive's month links ("Tháng Tám 2023" / "Tháng Bảy
2023") have no day entries under them, and a calendar widget's cells are bare numbers ("1 2 3 4 5 6 7", "T2 T3 …"):
those stay the date rule's.  The first entry stands within :data:`ENTRY_GAP` non-blank lines of the heading (an
intention or a note may come first), the next day's entry further down (:func:`month_heading`).
"""

from __future__ import annotations

import re

from .profile_guards import _heads_paragraph

__all__ = ["numbered_day", "month_heading", "ENTRY_GAP", "ENTRY_WORDS"]

ENTRY_GAP = 3  # a month's heading: its first day's entry within this many non-blank lines under it
_ENTRY_SPAN = 60  # ... and the next day's within this many lines of the page
_MONTH_WORDS = ("tháng\\s+(?:\\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai))?|giêng|chạp)|"
                "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь|"
                "january|february|march|april|may|june|july|august|september|october|november|december")
#: a month and its year alone: "Tháng Tám – 2023", "Tháng 8/2023", "Tháng 8 năm 2023", "Август 2023 г.", "August 2023"
_MONTH = re.compile(rf"^\W*(?:{_MONTH_WORDS})\s*[–—/,.-]?\s*(?:năm\s+)?(?:19|20)\d\d\s*(?:г\.?|года?)?\W*$",
                    re.IGNORECASE)
#: a day's entry: its number (with its month, "01.01"), a separator or a space, then its words ("01 | Thứ Ba.",
#: "02.01 Thứ Hai. …", "02 11 Tr Thứ Hai. …", "1 августа — …"): :data:`ENTRY_WORDS` words of letters at least
_ENTRY = re.compile(r"^\W*(\d{1,2})(?:[./]\d{1,2})?(?!\d)\s*[|.:–—-]?\s")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
ENTRY_WORDS = 2

#: a day word and its number alone: "Ngày 1", "Ngày thứ 2", "NGÀY 3:", "День 1", "1-й день", "2 день", "Day 1"
_DAY = re.compile(r"^\W*(?:(?P<word>ngày|день|day)(?:\s+thứ)?\s*(?P<n>\d{1,2})|(?P<n2>\d{1,2})(?:\s*-?\s*(?:й|ый|ой))?"
                  r"\s+(?P<word2>день))\s*[:.]?\s*$", re.IGNORECASE)


def _day(s: str) -> "tuple[str, int, bool] | None":
    """("ngày", 1, True) for "Ngày 1": the day word (folded), its number and whether the word comes first; None for
    any other line."""
    if len(s) > 24:
        return None
    m = _DAY.match(s.strip())
    if m is None:
        return None
    first = m.group("word") is not None
    word, n = (m.group("word"), m.group("n")) if first else (m.group("word2"), m.group("n2"))
    return word.casefold(), int(n), first


def numbered_day(lines: list[str], i: int) -> bool:
    """Line ``i`` is a numbered day heading ("Ngày 1") over its day's paragraph, in a page that numbers its days one
    after another (the next or the previous day's heading heads a paragraph too, or it is day one, its word first)."""
    day = _day(lines[i])
    if day is None or day[1] < 1 or not _heads_paragraph(lines, i):
        return False
    word, n, first = day
    if n == 1 and first:
        return True
    return any(k != i and (d := _day(s)) is not None and d[:2] in ((word, n - 1), (word, n + 1))
               and _heads_paragraph(lines, k) for k, s in enumerate(lines))


def _entry(s: str) -> "int | None":
    """The day number of a day's entry, None for any other line (a widget's row of bare numbers has no words)."""
    m = _ENTRY.match(s)
    return int(m.group(1)) if m and len(_LETTER_WORD.findall(s[m.end():])) >= ENTRY_WORDS else None


def month_heading(lines: list[str], i: int) -> bool:
    """Line ``i`` is a month and its year alone heading that month's calendar: a day's entry (its number and words)
    within :data:`ENTRY_GAP` non-blank lines under it and the next day's entry further down (module docstring)."""
    if len(lines[i]) > 40 or not _MONTH.match(lines[i].strip()):
        return False
    below = [k for k in range(i + 1, min(len(lines), i + _ENTRY_SPAN)) if lines[k].strip()]
    first = next(((k, n) for k in below[:ENTRY_GAP] if (n := _entry(lines[k])) is not None and 1 <= n <= 31), None)
    return first is not None and any(_entry(lines[k]) == first[1] + 1 for k in below if k > first[0])
