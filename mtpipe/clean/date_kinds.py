"""What a line :func:`~.features.is_date_line` accepts holds: a date, a counter or a bare number (issue 12, meta76).

:func:`~.features.is_date_line` reads a line of dates, times, calendar words, view/comment counters and numbers alone
("a date, time or counter line"), and ``boilerplate.date_line`` removed every such line under its name and kept the
line as ``doc.meta["date"]`` (the first one on the page wins).  Over the dev parts 123 of its removals hold no date:
a bare number or measure ("539", "+18°", "98,7%", "16+", "№ 50", "1 2 3 4 5 ..."), a list mark with its number
("• 1", "• 2", "• 3" on h44vi03, "01" … "05" on t28vi09) or a view/comment counter ("665 Lượt xem", "3 комментария",
"| Просмотров: 1249 |").  A temperature over the masthead became the page's date ("date=+18°", t31ru01) and kept
the real stamp below it out of ``doc.meta``.  Every one was clutter or metadata (none content), so the removal
stands; :func:`kind` gives it a name that says what it is and keeps a date only where the line has one:

* a date: a day and month with a separator ("14.07.2005", "20/09", "2012-07-31"), a time ("09:51"), a year of this
  or the last century alone ("2024"), or a calendar word ("27 октября", "четверг,", "- Oct 8", "1 năm trước"):
  ``boilerplate.date_line``, the line kept as ``date``;
* no date but a counter's word ("xem", "views", "комментария"): ``boilerplate.counter_line``, nothing kept;
* neither (digits and signs alone): ``boilerplate.number_line``, nothing kept.
"""

from __future__ import annotations

import re

from .features import _DATE_WORDS, _WORDS
from .words import line_folded

DATE_LINE = "boilerplate.date_line"
COUNTER = "boilerplate.counter_line"
NUMBER_LINE = "boilerplate.number_line"
#: the three names a line :func:`~.features.is_date_line` accepts goes under (lists of short-line rules name them all)
RULES = (DATE_LINE, COUNTER, NUMBER_LINE)

#: words of a counter or an update note among :data:`~.features._DATE_WORDS`: no date by themselves
_COUNTER_WORDS = frozenset("""xem lượt views view comments comment просмотров просмотры просмотр комментарий
    комментария комментариев updated обновлено cập nhật đăng lúc""".split())
#: a day and month (or month and year) with a separator, a time of day, a year alone
_DATE_SHAPE = re.compile(r"\d{1,4}[./-]\d{1,4}|\d{1,2}:\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)")


#: a count written in thousands' groups before a counter's word ("1.245 lượt xem", "12.500 views"): no day and month
_GROUPED_COUNT = re.compile(r"(?<![\d./-])\d{1,3}(?:[.,\u00a0 ]\d{3})+(?![\d./-])"
                            r"(?=\s*(?:lượt|xem|views?|просмотр|комментар))", re.IGNORECASE)


def has_date(s: str) -> bool:
    """The line holds a date or time: a day with its month, a time of day, a year, or a calendar word."""
    s = _GROUPED_COUNT.sub(" ", s)
    if _DATE_SHAPE.search(s):
        return True
    return any(w in _DATE_WORDS and w not in _COUNTER_WORDS for w in _WORDS.findall(line_folded(s)))


def kind(s: str) -> tuple[str, str, dict[str, str]]:
    """The rule, ledger note and metadata of a line :func:`~.features.is_date_line` accepts (see the module)."""
    if has_date(s):
        return (DATE_LINE, "a date, time or counter line", {"date": s})
    if _WORDS.search(s):
        return (COUNTER, "a view or comment counter alone on its line (no date)", {})
    return (NUMBER_LINE, "a bare number, measure or list mark alone on its line (no date)", {})
