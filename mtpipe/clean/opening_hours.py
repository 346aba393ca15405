"""An institution's opening hours printed as fields under the article's text (issue 12, lost97).

held53's ``h53ru14`` (a village house of culture's page, read after its blind figures) lost its opening hours to
``boilerplate.field_run``: "Режим работы:" / "вторник-пятница: с 14:30 до 22:00" / "Суббота: с 13:30 до 22:00" stand
right under the page's last paragraph ("7 ноября 1983 года Дом культуры гостеприимно распахнул свои двери …") and
over its table of clubs: short "Label: value" lines below the article's last line of text, the rule's shape of a
poster's or a widget's fields.  They are the page's own facts (Convention 5; Convention 13's second half: the page is
the place's record).  The site's own hours in its header or footer are clutter (Convention 13: ``h39ru11``'s
"ЧАСЫ РАБОТЫ: ВТ-СБ 10:00-17:00", ``t28ru45``'s "Время работы :" / "По будням с 7:00 до 18:30", ``h12ru05``'s
"Пн-вс: 10:00—22:00", ``h12vi02``'s "Thời gian làm việc: …", all above the article's title among the site's phone
and menu).  What tells them apart on dev is the place: every dev block of opening hours (a label naming the hours,
or a weekday with a clock time, no date) that is clutter stands above the page's first paragraph, among lines the
cleaner removes; the blocks right under a paragraph of the page are content (``h39ru14``'s court hours,
``h49ru11``'s exhibition hours, ``t29vi08``'s and ``t27vi57``'s, ``h48ru07``'s rink; none of them is a field run).

:func:`body_hours` (the guard ``fields.field_runs`` asks): a run of fields stays when it is opening hours -- a line
whose label names them (:data:`HOURS_WORDS`) and a line holding a span of clock times ("с 14:30 до 22:00",
"10:00-17:00", "7h30 – 11h30"), every live line of the run one of the two, but for a bare label closing it (the next
section's heading, "Клубные Формирования:") -- and the line right above the run is a live paragraph of the page.  A
footer's hours block (under removed furniture, beside an address and a phone) is none of this.

:func:`weekday_hours` (one88; :func:`~.features.is_date_line` asks it): a weekday or a weekday range with a span of
clock times and no date ("Понедельник-пятница: 11.00-18.00", "Thứ Hai - Thứ Sáu: 7:30 - 17:00", "Mon-Fri 9:00-17:00")
is a schedule (opening hours, a timetable's row), no dateline: a dateline has its day and month or its year.
``is_date_line`` read it as dates (its words are all calendar words, "11.00-18.00" a day and month), so
``boilerplate.date_line`` took an institution's hours under its text and the page's ``date`` metadata became them
(lost97's fresh ptz page).  A span of two clock times alone ("09:00 – 18:00") stays a time line: without a weekday it
is an event's time under its date as often (dev: t27ru40's court table, 5 clutter lines).
"""

from __future__ import annotations

import re
from typing import Collection

from .templates import _MONTHS

__all__ = ["HOURS_WORDS", "hours_label", "clock_span", "body_hours", "hours_under", "weekday_hours"]

#: the words of a label naming opening or working hours, per language (one place: ``vi_contacts53`` reads the
#: Vietnamese ones for the header's contact run)
HOURS_WORDS = {
    "ru": ("режим работы", "часы работы", "время работы", "график работы", "часы приема", "часы приёма",
           "время приема", "время приёма", "режим приема", "режим приёма"),
    "vi": ("thời gian làm việc", "giờ làm việc", "thời gian mở cửa", "giờ mở cửa"),
    "en": ("opening hours", "opening times", "working hours", "business hours"),
}
_LABEL = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for ws in HOURS_WORDS.values() for w in ws) + r")\b",
                    re.IGNORECASE)
#: a clock time; a prime may close its minutes ("7h30’- 11h30’", cpf101's library hours)
_CLOCK = r"\d{1,2}(?:[:.]\d{2}|h\d{0,2})['’′]?"
#: two clock times joined as a span: a dash, "до" (after "с"), "đến", "to"
_SPAN = re.compile(rf"(?<!\d){_CLOCK}\s*(?:[-–—]|до|đến|to)\s*{_CLOCK}(?!\d)", re.IGNORECASE)
#: a label with no value ("Клубные Формирования:")
_BARE = re.compile(r"^[^\W\d_][\w\s\-]{0,40}:$")


def hours_label(s: str) -> bool:
    """The line opens with a label naming opening hours ("Режим работы:", "Thời gian làm việc:", "Opening hours")."""
    return _LABEL.match(s.strip()) is not None


def clock_span(s: str) -> bool:
    """The line holds a span of clock times ("с 14:30 до 22:00", "10:00-17:00", "7h30 – 11h30")."""
    return _SPAN.search(s) is not None


def _fits(lines: list[str], live: list[int]) -> bool:
    """Every line of ``live`` is an hours label or a clock span but for a bare label closing them, and both kinds
    stand in it."""
    if not live or not any(hours_label(lines[j]) for j in live) or not any(clock_span(lines[j]) for j in live):
        return False
    return all(hours_label(lines[j]) or clock_span(lines[j]) or (j == live[-1] and _BARE.match(lines[j].strip()))
               for j in live)


def body_hours(lines: list[str], run: list[int], bad: "set[int]", body: "set[int]") -> bool:
    """The field run ``run`` is the page's opening hours right under one of its paragraphs (module docstring)."""
    if not _fits(lines, [j for j in run if j not in bad]):
        return False
    above = next((j for j in range(run[0] - 1, -1, -1) if lines[j].strip()), None)
    return above is not None and above not in bad and above in body


def hours_under(lines: list[str], i: int, bad: "Collection[int]") -> list[int]:
    """The page's opening hours opening right under its paragraph ``i`` (a live sentence): the live lines from the
    next one on that are hours labels or clock spans (a bare label may close them), when both kinds stand there and no
    removed line comes first; else none.  ``boilerplate.tail_names`` reads its tail without them (held53's h53ru14:
    the hours over a table whose rows the layers before removed, for ``structure.table`` to take back)."""
    out: list[int] = []
    for j in range(i + 1, len(lines)):
        if not lines[j].strip():
            continue
        if j in bad or not (hours_label(lines[j]) or clock_span(lines[j]) or _BARE.match(lines[j].strip())):
            break
        out.append(j)
        if _BARE.match(lines[j].strip()) and not hours_label(lines[j]):
            break  # a bare label closes the block
    return out if _fits(lines, out) else []


#: the weekday words among ``features._DATE_WORDS`` (casefolded; Vietnamese "thứ" before a number or a word, "chủ
#: nhật"), and the words that name a date there (a month, "ngày", "tháng")
WEEKDAYS = frozenset("""понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье monday
    tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun thứ chủ""".split())
_DATE_NAMES = frozenset(_MONTHS) | {"ngày", "tháng"}
#: a clock time no day-and-month shares: "HH:MM", or "HH.MM" with minutes no month can be (00, 13-59: "11.00",
#: "9.30"; "10.05" may be the 10th of May), "AM" / "PM" after it ("8:00 AM - 5:00 PM")
_STRICT_CLOCK = r"(?:[01]?\d|2[0-4])(?::[0-5]\d|\.(?:00|1[3-9]|[2-5]\d))(?:\s*[ap]\.?m\b\.?)?"
_STRICT_SPAN = re.compile(rf"(?<!\d)(?<!\d[.:]){_STRICT_CLOCK}\s*[-–—]\s*{_STRICT_CLOCK}(?![.:]?\d)", re.IGNORECASE)
#: what is left of a date once the spans are out: a day and month in digits, a year
_DATE_LEFT = re.compile(r"(?<!\d)\d{1,2}[./]\d{1,2}(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d)")


def weekday_hours(s: str, words: Collection[str]) -> bool:
    """A weekday (range) with a span of clock times and no date: a schedule, no dateline (module docstring).
    ``words`` are the line's casefolded words."""
    if not any(w in WEEKDAYS for w in words) or any(w in _DATE_NAMES for w in words):
        return False
    rest, n = _STRICT_SPAN.subn(" ", s)
    return n > 0 and _DATE_LEFT.search(rest) is None
