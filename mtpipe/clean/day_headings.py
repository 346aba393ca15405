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
"""

from __future__ import annotations

import re

from .profile_guards import _heads_paragraph

__all__ = ["numbered_day"]

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
