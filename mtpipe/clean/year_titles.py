"""A title-cased phrase with its year is no byline with a view counter (issue 12, cp85; ``boilerplate.byline``'s
guard).

held48's h48vi12 lost its post's title "Họp Mặt 2021" (a home-village association's yearly meeting; the page's URL
slug is ``hop-mat-2021``) to ``boilerplate.byline``'s "a personal name with the page's counters": two capitalised
words pass the name test and "2021" reads as a view count.  lost42's :func:`.body_dates.year_title` keeps such a
line in capitals ("LỊCH PHỤNG VỤ 2015") and leaves the mixed case to the byline, since a name may stand with one
counter ("Русранд Экономика 31", held6; "Мария Щелканова 37 0", held2, two).  An event's title names its year
("Họp Mặt 2021", "Đại Hội 2020", "Выпускной Вечер 2023"); a byline's counter that happens to be a year is rare, and
a person's name shows itself: a Vietnamese name opens with a surname (:data:`.signoff._VI_SURNAMES`), a Russian
one holds a surname's ending (:data:`.ru_closing.SURNAME_ENDINGS`: "Щелканова").

:func:`titled_year`: the line is two to four capitalised words and one year (1900-2099) after them, nothing else, in
Vietnamese or Russian, and the words are no person's name by that test.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["titled_year"]

_SHAPE = re.compile(r"^((?:[^\W\d_]+\s+){1,3}[^\W\d_]+)\s+((?:19|20)\d\d)$")


def titled_year(s: str, lang: str) -> bool:
    """True when ``s`` is capitalised words and one year after them, and the words are no person's name (module
    docstring): an event's or a post's title, not a byline with its view counter."""
    m = _SHAPE.match(s.strip())
    if m is None or lang not in ("vi", "ru"):
        return False
    words = m.group(1).split()
    if not all(w[0].isupper() for w in words):
        return False
    if lang == "vi":
        from .signoff import _VI_SURNAMES

        return unicodedata.normalize("NFC", words[0].casefold()) not in _VI_SURNAMES
    from .ru_closing import SURNAME_ENDINGS

    return not any(w.casefold().endswith(SURNAME_ENDINGS) for w in words)
