"""A scripture reference standing under a quotation is no dateline (issue 12, cp87: held49's blind run).

``boilerplate.dateline`` takes a short line holding a clock time ("\\d{1,2}:\\d{2}") and another date-like number as
a byline or source with its date.  A reference to a book's chapter and verses is written the same way: "(Матф.
24:32–33)" under the verses it quotes (``h49ru12``, a church calendar's reading of the day), "Ин. 3:16, 18", "(1 Кор.
13:4–7; Рим. 8:28–30)", "(Ps 23:1-4)": chapter, colon, verse, then the range's end or more verses, which the rule read
as a time and a day.  :func:`verse_reference` says when a line is such a reference and nothing else: one reference or
several split by ";", each a book's name or abbreviation (a capital, at most eight letters, a dot or none, a
book number before it: "1 Кор.") and "chapter:verse", a range's end or a list of verses after it (in one
reference at least, or two references).

What tells the verses from a clock: a verse number never opens with 0 (a clock's minutes do: "10:05", "14:00"), a
range of verses rises ("32–33"; a stamp's "14:15 - 09/07/2019" has a date after the dash), and a verse list or range
holds no second colon-time ("10:00–12:00" is a time range).  A weekday's abbreviation ("Пн. 10:30–12", "Mon 9:30-11")
is an opening-hours row, no book: those words are left out.  A dateline proper ("Москва, 24 мая 2024, 12:30", "ТАСС
14:32 5") has no book-and-verse shape and stays the rule's.  Dev data holds no such line in the colon form (its
references are Vietnamese, "(Mt 5,1-12a)", "(Mc 12, 38-44)", with no colon: the rule never took them); the class is
the Russian and English form of the same citation.
"""

from __future__ import annotations

import re

__all__ = ["verse_reference"]

#: a book: its number ("1 Кор."), a capital and up to seven more letters, a dot or none
_BOOK = r"(?:[1-4]\s?)?[^\W\d_][^\W\d_]{0,7}\.?"
#: chapter:verse, then a range's end ("–33", "-12a") or more verses (", 18", ",20-22"), at least one of them
_VERSES = r"\d{1,3}:(?P<v>[1-9]\d{0,2})[a-z]?(?P<more>(?:\s?[–—-]\s?\d{1,3}[a-z]?|,\s?[1-9]\d{0,2}[a-z]?)*)"
_ONE = re.compile(rf"^(?P<book>{_BOOK})\s?{_VERSES}$")
_SPLIT = re.compile(r"\s*;\s*")
#: weekday abbreviations (an opening-hours row, "Пн. 10:30–12"), no book
_WEEKDAYS = frozenset("пн вт ср чт пт сб вс mon tue wed thu fri sat sun".split())


def _one(part: str) -> int:
    """0: no reference; 1: one verse ("Ин. 3:16"); 2: a range or list of verses ("Матф. 24:32–33")."""
    m = _ONE.match(part)
    book = m.group("book").lstrip("1234 ").rstrip(".") if m else ""
    if m is None or not book[:1].isupper() or book.casefold() in _WEEKDAYS:
        return 0
    if not m.group("more"):
        return 1
    end = re.match(r"\d+", m.group("more").lstrip(" –—-,"))
    # a range rises ("32–33"), a list goes on ("16, 18")
    return 2 if end is not None and int(end.group()) > int(m.group("v")) else 0


def verse_reference(s: str) -> bool:
    """True when ``s`` (brackets, a closing stop aside) is one or more "book chapter:verses" references."""
    t = s.strip().rstrip(".")
    if t[:1] in "([" and t[-1:] in ")]":
        t = t[1:-1].strip()
    kinds = [_one(p) for p in _SPLIT.split(t) if p]
    # a single verse alone is no time-and-date shape; several references, or a range or list, are
    return bool(kinds) and all(kinds) and (len(kinds) > 1 or kinds[0] == 2)
