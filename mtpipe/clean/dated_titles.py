"""A listing's title with its date and time before it: the text's own line, no post's stamp (issue 12, cp80).

``boilerplate.dateline`` takes a short line with a clock time and a date among a few words as a byline or source
with its date ("Phương Đăng (theo Pravda) Thứ sáu, ngày 17/10/2025 16:23 GMT+7", "15 января 2026, 16:24 • Новости
дня").  A programme guide, a poster of events or a timetable of a festival prints each item as its date and time
first, then, after a stop or a dash, the item's title or a sentence about it: "1 января в 08:40. Скоро в эфире.
Ледниковый период 4: Континентальный дрейф" (a TV listing, audit34 held, 1tv.ru), "21 мая в 18:00 — концерт
камерного оркестра в филармонии", "19h30 ngày 21/5 - Hòa nhạc giao hưởng mừng ngày thống nhất".  The rule took such a
line whole (the item's title lost with its air time).

:func:`listing_title` reads the shape: the line OPENS with a date and a time (either first; joined by a space, a
comma or "в"/"lúc"/"at"; "ngày"/"lúc" before; "am"/"pm" and a zone after), then a stop or a dash, or only a space
where what follows opens in lower case (the stamp opens the clause: "7 января в 20:00 на мосту отключат светофоры у
вокзала"; a byline's name, rubric or source after a stamp opens with a capital), then a tail of four words or more
holding a lower-case word and a function word of any language (a phrase, not a name nor a source: "Информационное
агентство России ТАСС" has none), no label in its first two words ("Источник:", "Nguồn tin:", "Автор:"), no second
date or time, not closing on a bare number (a counter), and no link-bar separator on the line ("|", "•", "·", "丨",
"@", "#").  What the rule still takes: a bare dateline ("1 января 2024, 08:40"), a dated byline ("1 января 2024,
08:40 — Иван Петров", two words), a date with a rubric or counter and no stop or dash ("14 мая 2025, 00:02 Городские
события 0", "10 августа 21:35 В мире"), a stamp before a separator of a link bar ("15 января 2026, 16:24 • Новости
дня"), a label after the stamp ("12:00 24.11.2025 Источник: ТАСС"), a stamp after words ("Posted by … on March 5,
2013 at 10:27 am").

Over the dev realpages every ``boilerplate.dateline``/``boilerplate.date_line`` removal with words after its date
(41 lines of ``=``/``-``, ru and vi) is of those kept shapes, and no line of any dev file (realpages, audit34 dev,
dev2, dev3) has the guarded shape: the guard gives back no dev clutter.  The lines of dev that open with a date and
a time and go on with a title or a sentence (17 content lines, 7 pages of 6 sites: h8ru05's news list "27.08.2009
18:49 РОССИЙСКИЕ УЧЕНЫЕ …", h44ru07 "7 января в 20:00 на мосту будет остановлена …", h30vi06, h2ru09, h7ru07,
c12ru09/11/13) are kept already by the rule's other limits (a stop at the end, 16 words, a stamped headline); the
guard covers the short ones with a stop or a dash inside.  Wired into :func:`~.body_guards.dated_body_line` (the
dateline rule's guard for dated lines of the text).
"""

from __future__ import annotations

import re

from .features import _LABEL, _WORDS, STOP_WORDS
from .templates import _MONTHS

__all__ = ["MIN_TAIL_WORDS", "listing_title"]

#: words of the title after the stamp at least
MIN_TAIL_WORDS = 4
_MONTH = "|".join(sorted(set(_MONTHS), key=len, reverse=True))
_DATE = (r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|\d{4}-\d{2}-\d{2}"
         rf"|\d{{1,2}}\s+(?:{_MONTH})\.?(?:\s+\d{{4}}(?:\s*г\.?)?)?"
         rf"|(?:{_MONTH})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
         r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)")
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_JOIN = r"(?:,?\s+(?:в|во|lúc|at|on|ngày)\s+|,\s*|\s+)"
_STAMP = (rf"^\s*(?:(?:ngày|lúc)\s+)?(?:{_DATE}{_JOIN}(?:lúc\s+)?{_CLOCK}|{_CLOCK}{_JOIN}(?:ngày\s+)?{_DATE})"
          r"(?!\d)")
#: the stamp with its clock's half of the day and its zone ("10:27 am", "16:23 GMT+7")
_STAMPED = re.compile(_STAMP + r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|sa|ch)(?![^\W\d_]))?"
                      r"(?:\s*(?:gmt|utc|msk|мск)(?:\s?[+-]\s?\d{1,2})?(?![^\W\d_]))?", re.IGNORECASE)
#: a stop or a dash after the stamp, then the title
_AFTER = re.compile(r"(?:\.\s+|\s*[—–]\s*|\s+-\s+)(?P<tail>\S.*)$")
#: or a space (a comma) and the clause the stamp opens, in lower case ("7 января в 20:00 на мосту отключат ...")
_GOES_ON = re.compile(r",?\s+(?P<tail>[^\W\d_].*)$")
_CHROME = re.compile(r"[|•·丨@#]")
_SECOND = re.compile(r"(?<!\d)(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})(?!\d)")
_LABELLED = re.compile(r"^\W*\S+(?:\s+\S+)?\s*[:：]")
_FUNCTION = frozenset().union(*STOP_WORDS.values())


def listing_title(line: str) -> bool:
    """The line is a date and a time, a stop or a dash, and an item's title or sentence (module docstring)."""
    s = line.strip()
    if _CHROME.search(s):
        return False
    m = _STAMPED.match(s)
    if m is None:
        return False
    after = _AFTER.match(s, m.end())
    goes_on = _GOES_ON.match(s, m.end()) if after is None else None
    if after is None and (goes_on is None or not goes_on.group("tail")[:1].islower()):
        return False
    tail = (after or goes_on).group("tail")
    words = _WORDS.findall(tail)
    return len(words) >= MIN_TAIL_WORDS and any(w[:1].islower() for w in words) \
        and any(w.casefold() in _FUNCTION for w in words) \
        and not _LABELLED.match(tail) and _LABEL.match(tail) is None and not _SECOND.search(tail) \
        and not re.search(r"\d\W*$", tail)
