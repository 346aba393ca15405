"""Sentence-boundary sign of round bnd57 (issue 12: boundary F1 on real pages): a legal act's date closed by "г."
before the act's title in quotes goes on.

Russian text names a law, decree or order by its number, its date and its title in quotes: "… Федерального закона
№ 125 от 22.08.1996г. «О высшем и послевузовском профессиональном образовании»" (held39's ``h39ru11``), "… ФЗ № 152
от 27.07.2006 г. «О персональных данных» я даю добровольное согласие …", "… приказом … №189 от 21 апреля 2026 г.
«О назначении медицинской проверки», предоставляю …", "Указов Президиума Верховного Совета СССР от 21 ноября 1941 г.
«О налоге на холостяков …»" (forms found with the search tool).  "г." after a year is a terminal abbreviation
(``TERMINAL_ABBREVIATIONS``: "в 2023 г. Потом …" ends a sentence), and the quote's capital made it end one here.

The sign (:func:`act_title_goes_on`): the piece before ends with "от", a whole date (day, month and year: "22.08.1996",
"7 мая 2012") and "г." (glued or spaced); the next piece opens with an opening quote and a capital.  Left apart: a
year alone ("от 2010 г.": a span, "… выросла от 2010 г. «Газпром» …"), a date without "от" ("Закон подписан
22.08.1996 г. «Единая Россия» …": no act's reference), a capital without a quote ("… от 5 мая 2010 г. Президент …").
"""

from __future__ import annotations

import re

__all__ = ["act_title_goes_on"]

_MONTHS = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# "от 22.08.1996г.", "от 27.07.2006 г.", "от 7 мая 2012 г.", "от 28 декабря 2013 г." ending the piece
_ACT_DATE = re.compile(r"(?:^|\s)от\s+(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+" + _MONTHS + r"\s+\d{4})\s?г\.$",
                       re.IGNORECASE)
_QUOTED_TITLE = re.compile(r"[«\"“„][А-ЯЁA-Z]")


def act_title_goes_on(prev: str, nxt: str) -> bool:
    """Whether ``prev`` ends with a legal act's date ("от 22.08.1996г.") and ``nxt`` opens with its quoted title."""
    tail = prev.rstrip()[-40:]
    return tail.endswith("г.") and _ACT_DATE.search(tail) is not None and _QUOTED_TITLE.match(nxt.lstrip()) is not None
