"""A clock time written with a dot and a space, "7. 30", is one unit (round bnd65, issue 12: sentence boundaries;
read on held47's ``h47ru14``, dev since the thirty-fifth session).

Russian (and Ukrainian) pages write a clock time with a dot between hours and minutes ("с 8.00 до 17.00", "в 18.00.
Вход свободный": held15, held28, held34, held39, held46), and some put a space after the dot: "МДОУ функционирует …
с 7. 30. до 18.00", "приём с 9. 00 – 13. 00", "сеанс в 19. 30. Билеты в кассе".  razdel reads "7." as a sentence
end before the number (its "7.30" it keeps whole), and leaves "30. Билеты" together: the break is in the middle
of the time and missing after it.

The break "H." | "MM" is no end where it reads only as a time (:func:`spaced_time_goes_on`): an hour (0-23) after a
preposition of time ("с", "в", "до", "к", "от", "по", "около", "после", "между") or a range's dash, and two
digits of minutes (00-59) that close the time: "00", or minutes followed by the time's own stop, a comma, a
bracket, a range's dash or "до".  The same time closed by its stop then ends the sentence before a capitalised
word (:func:`spaced_time_breaks`).  Left as they are: "Итог 7. 30 человек …" (no preposition: a sentence ending
with a number), "в 7. 30 минут спустя …" (a count, not minutes of a time), "учится в 7. классе" (no digits after
it), a list "1. 2. 3." (one digit).
"""

from __future__ import annotations

import re

__all__ = ["spaced_time_goes_on", "spaced_time_breaks"]

#: languages whose splitter (razdel) cuts such a time
SPACED_TIME_LANGS = frozenset(("ru", "uk"))
# the preposition (or a range's dash) and the hour closed by its dot, ending the piece before the break
_HOUR = r"(?:^|[\s(])(?:(?i:с|со|в|во|к|до|от|по|около|после|между|з|із|о|об|від|після)|[-–—])\s+(?:[01]?\d|2[0-3])\."
_HOUR_END = re.compile(_HOUR + r"$")
# the minutes opening the next piece: "00" whatever follows, or minutes the time's stop, a comma, a bracket, a dash or
# "до" close
_MINUTES = re.compile(r"(?:00(?!\d)|[0-5]\d(?=\.(?:\s|$)|\s*[,;)]|\s*[-–—]|\s+до\b|$))")
# a whole spaced time closed by its own stop, then the next sentence's capital
_TIME_STOP = re.compile(_HOUR + r" [0-5]\d\.(\s+)(?=[«\"„]?[А-ЯЁІЇЄҐ][а-яёіїєґ])")
# the same time's digits, searched first (a scan about twenty times faster than :data:`_TIME_STOP`'s)
_TIME_DIGITS = re.compile(r"\d\. [0-5]\d\.\s")


def spaced_time_goes_on(prev: str, nxt: str, lang: str) -> bool:
    """Whether the break between ``prev`` (a span, stripped) and ``nxt`` falls inside a time "H. MM"."""
    if lang not in SPACED_TIME_LANGS or prev[-1:] != "." or not nxt[:1].isdigit():
        return False
    return _HOUR_END.search(prev, max(0, len(prev) - 16)) is not None and _MINUTES.match(nxt) is not None


def spaced_time_breaks(text: str, lang: str) -> list[int]:
    """Offsets after a spaced time closed by its stop where a capitalised word opens the next sentence."""
    if lang not in SPACED_TIME_LANGS or _TIME_DIGITS.search(text) is None:
        return []
    return [m.end(1) for m in _TIME_STOP.finditer(text)]
