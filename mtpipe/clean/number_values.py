"""A number alone on its line that is content: an event's age rating, a listing field's value (issue 12, meta77).

:func:`~.features.is_date_line` reads a line of digits and signs alone as a date, time or counter line, and since
meta76 :func:`~.date_kinds.kind` names the ones with no date ``boilerplate.number_line``.  Over the dev parts that
rule removes about 120 lines; all but two are clutter: a page's view count under its date ("31 октября 2016" /
"253"), a comment or like counter ("Like" / "0"), a visit counter's values under their short labels ("Hôm nay:" /
"1", "Tất cả:" / "3602" on three sites), a pager or a list mark ("1 2 3 4 5 ...", "• 1", "410" / "411" / "412"),
the site's age badge after the text ("16+", "18+", "12+" over the footer, on four sites).  The two that are content
are a number the page states as a fact, and what says so is the line around it, not the number:

* :func:`event_rating`: an age rating ("6+", "12+", "18+") closing one event of a listing (an afisha): the event's
  heading above it opens with its time of day ("12:00 ДВЕНАДЦАТЬ МЕСЯЦЕВ"), and the line after the rating is the next
  event's heading (or the page ends).  A site's badge stands under an article, with no event heading over it
  (h45ru12 is the content case; h20ru02, h26ru19, t28ru33, t28ru70 the badges).
* :func:`field_value`: a price or figure under a listing's field, the line above it (blank lines skipped) a clause
  of three words or more ending with ":" that is not removed ("… с использованием вакцин:" / "1700", a vet clinic's
  price list, h23ru35), and no bare number right under it (a run of numbers is a pager or a counter's column).  A
  widget's short label ("Hôm nay:", "Tất cả:", "Шрифт:") has under three words; a line with a date is left to the
  date rule (a labelled date is metadata).

* :func:`duration_value` (cpf98): a span of time alone ("5 năm", "120 phút") under its field's short label ("Nhiệm
  kỳ", "Toán"): a term or a length the page states, no date.

A chronicle's year heading is :func:`~.profile_guards.year_heading`'s (cp77), a day over its items
:mod:`.day_headings`'.
"""

from __future__ import annotations

import re
from typing import Callable

from . import date_kinds, phones
from .record_values import item_mark

__all__ = ["AGE_RATING", "content_number", "duration_value", "event_rating", "field_value"]

#: an age rating alone on its line ("0+", "6+", "12+", "16+", "18+")
AGE_RATING = re.compile(r"^\s*(?:0|6|12|16|18)\s?\+\s*$")
#: an event's heading: a time of day, then its title ("18:00 ФОМА ФОМИЧ СОЗИДАЕТ …", "21:00 ГРОЗА")
_EVENT_HEAD = re.compile(r"^\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s+(?P<title>\S.*?)\s*$")
#: lines above a rating its event's heading may stand at most (a heading, a blurb, the credits)
_ITEM_LINES = 8
#: a bare number or measure: digits with their separators and signs, no letter
_BARE_NUMBER = re.compile(r"^[\s\d.,:;+\-–—%°№#/()$€₽]+$")


def _event_head(s: str) -> bool:
    m = _EVENT_HEAD.match(s)
    return m is not None and any(w.isalpha() and len(w) >= 3 for w in m.group("title").split()) \
        and not date_kinds.has_date(m.group("title"))


def _next(lines: list[str], i: int, step: int) -> int:
    k = i + step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    return k


def event_rating(lines: list[str], i: int) -> bool:
    """Line ``i`` is an age rating under an event's time-led heading, the next event's heading (or the page's end)
    after it (module docstring)."""
    if not AGE_RATING.match(lines[i]):
        return False
    nxt = _next(lines, i, 1)
    if nxt < len(lines) and not _event_head(lines[nxt]):
        return False
    return any(_event_head(lines[k]) for k in range(max(0, i - _ITEM_LINES), i))


def field_value(lines: list[str], i: int, live: Callable[[int], bool]) -> bool:
    """Line ``i``, a bare number with no date, is the value of the live field line above it, a clause ending with
    ":", and no bare number follows it (module docstring)."""
    s = lines[i].strip()
    if not _BARE_NUMBER.match(s) or date_kinds.has_date(s) or not phones.pointed_to(lines, i, live):
        return False
    nxt = _next(lines, i, 1)
    return not (nxt < len(lines) and _BARE_NUMBER.match(lines[nxt].strip()))


def content_number(lines: list[str], i: int, live: Callable[[int], bool]) -> bool:
    """Line ``i`` is a number the page states as content: :func:`event_rating` or :func:`field_value`, or a numbered
    item's mark over its text (:func:`.record_values.item_mark`, struct90)."""
    return event_rating(lines, i) or field_value(lines, i, live) or item_mark(lines, i) \
        or duration_value(lines, i, live)


#: a span of time alone: a count and its unit, nothing else ("5 năm", "120 phút", "3 года"; "2 ngày trước" is a date)
_DURATION = re.compile(r"^\d{1,3}\s+(?:năm|tháng|tuần|ngày|giờ|phút|лет|года?|месяц(?:а|ев)?|недел[иья]|дн(?:я|ей)|"
                       r"день|час(?:а|ов)?|минут[аы]?)$", re.IGNORECASE)
_LABEL_WORDS = 4


def duration_value(lines: list[str], i: int, live: Callable[[int], bool]) -> bool:
    """Line ``i`` is a span of time (:data:`_DURATION`) under its field's label, the live line above it (blank lines
    skipped): one to four words, a letter, no digit, no stop ("Nhiệm kỳ" / "5 năm", a wiki infobox's term of office;
    "Toán" / "120 phút", an exam's length).  cpf98: dev holds 4 such lines, all content (train27vi's exam table), and
    none of clutter; the one clutter span of time alone ("1 минута", a read time) stands under a number."""
    if not _DURATION.match(lines[i].strip()):
        return False
    k = _next(lines, i, -1)
    if k < 0 or not live(k):
        return False
    above = lines[k].strip()
    return 0 < len(above.split()) <= _LABEL_WORDS and not any(ch.isdigit() for ch in above) \
        and above[-1:] not in ".!?…;," and any(ch.isalpha() for ch in above)
