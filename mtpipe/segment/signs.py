"""Sentence-boundary signs of round bnd42 (issue 12: boundary F1 on real pages), read on held31's misses; each is a
class the text shows, for every page, not one page's strings:

* **a number after "№" is no year**: "г." after it is "город" before the city's name ("школы №1 г. Серпухова", "СОШ
  № 12 г. Москвы"), not the terminal "г." of "в 1990 г. Он …" (:data:`NUMBERED_CITY`);
* **a stop glued to a sentence that opens with a number and its case ending** ("… произошло ДТП.65-летний водитель
  …", "… на 40%.5-й этаж"): after a word of three letters or more that is no abbreviation, a stop, then digits, a
  hyphen and a lower-case ending start a new sentence ("ст.65-летия", "гл.5-я": abbreviations; "1.5-кратный": a number)
  (:func:`digit_nospace_breaks`);
* **a closing straight quote opening the next piece before a dash and a lower-case word** (`… будущее! "– заявил Хэ
  Дахай.`): the quote closes the quotation, the dash and the verb of saying go on with it (:func:`closing_quote_goes_on`;
  ``«…!» — сказал`` and ``”`` already do: ``sentences._continues``).
"""

from __future__ import annotations

import re

__all__ = ["NUMBERED_CITY", "digit_nospace_breaks", "closing_quote_goes_on"]

#: "№1 г.", "№ 12а г." at the end of a piece: the "г." after a numbered institution is the city's
NUMBERED_CITY = re.compile(r"№\s*\d+[а-яё]?\s+г\.\s*$")

# a word of three letters or more, a stop, then a number with a hyphenated case ending and a space or a word
_DIGIT_GLUED = re.compile(r"(?<![\w.])([^\W\d_]{3,})\.(?=\d{1,4}-[а-яё]{1,8}\b)")


def digit_nospace_breaks(text: str, lang: str, abbr: frozenset[str]) -> list[int]:
    """Offsets just after a stop glued to a sentence that opens with a number and its case ending (ru, uk, bg)."""
    if lang not in ("ru", "uk", "bg") or "-" not in text:
        return []
    return [m.end() for m in _DIGIT_GLUED.finditer(text) if m.group(1).lower() not in abbr]


_QUOTE_DASH = re.compile(r'"\s*[—–-]\s*[^\W\d_]')


def closing_quote_goes_on(text: str, a: int) -> bool:
    """Whether the piece at ``a`` opens with a straight quote that closes a quotation (an odd number of them before it in
    the paragraph), then a dash and a lower-case word: the attribution after a quoted sentence."""
    m = _QUOTE_DASH.match(text, a)
    return m is not None and m.group()[-1].islower() and text.count('"', 0, a) % 2 == 1
