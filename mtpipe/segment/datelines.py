"""A wire dateline inside a line, and a dateline's country in brackets (branch ``bnd64``).

README Convention 3: a dateline (a place, a date, an agency) that opens a lead is part of its first sentence.
:func:`.sentences._merge_dateline` reads one at a paragraph's start ("МОСКВА, 29 авг - РИА Новости. Россия …",
crawlru2, held31, held33, tune3, train27ru, train28).  Two forms of the same agencies escaped it (held43's
``h43ru02``):

* **the place's country in brackets** after a foreign city, as RIA Novosti and PRIME write it: "ХАРБИН (Китай), 19 июн
  — ПРАЙМ. Шестое …", "ВАШИНГТОН (США), 3 мар — РИА Новости. …" (:data:`COUNTRY_NOTE`, in both dateline patterns);
* **the dateline after a sentence on its line**: a scraped page glues the lead to what stands above it (a photo
  credit, the author's name: "… © РИА Новости. Евгений Епанчинцев. ХАРБИН (Китай), 19 июн — ПРАЙМ. Шестое …"); the
  dateline opens the lead there as at a line's start (:func:`inner_datelines`).  Inside a line the place must be in
  capitals, as the agencies print it, and the dateline must carry a date or an agency (the wire forms, not a place
  alone: "… сказал он. США. Это …" is left).
"""

from __future__ import annotations

import re
from typing import Callable

#: a place's country or region in brackets, after the place: "ХАРБИН (Китай)", "ВАШИНГТОН (США)", "HÀ NỘI (Việt Nam)"
COUNTRY_NOTE = r"(?:\s+\([A-ZА-ЯЁĐ][^\W\d_]+(?:[ -][^\W\d_]+){0,2}\))?"

# a place in capitals (three letters or more, a second or third word maybe) opening a span
_CAPS_HEAD = re.compile(r"\s*[A-ZА-ЯЁĐ]{3,}(?:[ -][A-ZА-ЯЁĐ]{2,}){0,2}(?![^\W\d_])")
_LOOK = 200  # the dateline is read in this many characters from the span's start


def inner_datelines(text: str, spans: list[tuple[int, int]],
                    wire_end: Callable[[str], int]) -> list[tuple[int, int]]:
    """``spans`` with a wire dateline that opens a span after a sentence's end (not the paragraph's first) merged with
    the sentence after it; ``wire_end(s)`` is where a dateline opening ``s`` ends (0 if none)."""
    out: list[tuple[int, int]] = []
    until = -1  # the end of the last dateline found: spans starting before it join the one before
    for a, b in spans:
        if out and a <= until:
            out[-1] = (out[-1][0], b)
            continue
        if out and _CAPS_HEAD.match(text, a) is not None and text[out[-1][0]:out[-1][1]].rstrip()[-1:] in ".!?…»\"":
            end = wire_end(text[a:a + _LOOK])
            if end and a + end > b:
                until = a + end
        out.append((a, b))
    return out
