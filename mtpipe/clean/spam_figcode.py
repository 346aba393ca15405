"""A scam site's numbered label pasted over a syllable: a long figure glued to letters of no unit (spam57, issue 12).

The class: a figure of three digits or more glued to lower-case letters (``\\d{3,}[a-z]{1,4}``) that are no unit
of measure (:data:`.spam_shapes.MEASURE`, :data:`.spam_shapes.UNIT`), no suffix real text writes after a figure
(:data:`FIGURE_SUFFIXES`: "1080p", "1990s", "3060ti", "9000btu", "300dpi", "1000iu", "150000d", "16h"), standing
right after a lower-case Vietnamese syllable, one space between, with a space, a punctuation mark or the line's
end after it. Seen where it was missed: "nghề chạm 1111mc, điêu khắc gỗ" ("chạm trổ"), "nghề nặng 7565j, nguy
hiểm" ("nặng nhọc": langfresh32), "đỏ 9361ex, đầy ắp gùi" ("đỏ mọng": langfresh31). The labels are scam and
gambling hosts' (346 host labels of that shape in Trạm Sách's VN badsites list, 132 in infinitytec's scams list:
"…vn", "…bet", "…w", "…club", "…kbet", "…news", "…musk"); they slipped through because a letter-digit token
before a comma is no gap between two syllables for :class:`.spam.SpamRepair`'s ``_single`` and the shape tests
of :mod:`.spam_shapes` want a lucky number or a gambling word.

Real text writes that shape after a figure word, a name or a model ("Full HD 1080p", "Solgar Vitamin D3 1000IU",
"RTX 3060ti"): of the 8,708 clean control texts (every langfresh set's rows and originals, Leipzig, UD VTB and
TueCL, FLORES vi) only "HD 1080p" has a lower-case figure of three digits and letters at all, and none stands after
a Vietnamese syllable. A single letter is taken only after four digits and never after a word that numbers a house
or a room (:data:`ADDRESS`: "số 125a", "ngõ 102b", "phòng 1203a"), since addresses write a letter after the number.
"""

from __future__ import annotations

import re

from .spam_gaps import vietnamese_syllable
from .spam_shapes import MEASURE, UNIT

__all__ = ["ADDRESS", "FIGURE_CODE", "FIGURE_SUFFIXES", "figure_code"]

#: a figure of three digits or more glued to one to four lower-case letters
FIGURE_CODE = re.compile(r"(\d{3,})([a-z]{1,4})")
#: what real text writes after a figure beside the units of MEASURE and UNIT: video lines ("1080p", "1080i"),
#: decades ("1990s"), a multiplier ("100x"), hours ("100h"), prices in dong or another currency ("150000d",
#: "5000vnd", "100usd", "500ng" for nghìn), ordinals ("100th"), a graphics card's "ti", screens' and printers'
#: "ppi"/"dpi", pieces ("100pcs"), air conditioners' "btu", lumens, vitamins' "iu"/"mcg", milliseconds, a heart's
#: "bpm", concentrations ("ppm", "ppb"), imperial units ("lb", "lbs", "oz", "ft", "yd"), base pairs, calories,
#: pixels ("margin-bottom: 20px": a page's leaked style, h23vi24; spam58)
FIGURE_SUFFIXES = frozenset("p i s x h d th st nd rd ti dpi ppi pcs btu lm iu mcg ms bpm ppm ppb vnd usd eur dong ng "
                            "ngh lb lbs oz ft yd bp cal px".split())
#: words that number a house, a lane, a room or a lot: a letter after the number is the address's own ("số 125a")
ADDRESS = frozenset("số ngõ ngách hẻm kiệt nhà lô phòng căn tầng kiốt ki-ốt km".split())
_AFTER = ("", " ", ",", ".", ";", ":", "!", "?", "\n")


def figure_code(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a numbered label of the class above in its slot (module docstring)."""
    m = FIGURE_CODE.fullmatch(text[a:b])
    if not m or MEASURE.fullmatch(m.group(0)) or UNIT.fullmatch(m.group(0)) or m.group(2) in FIGURE_SUFFIXES:
        return False
    if text[a - 1:a] != " " or text[b:b + 1] not in _AFTER:
        return False
    prev = re.search(r"(?:^|[^\w-])([^\W\d_]+)$", text[max(0, a - 30):a - 1])
    if not prev or not prev.group(1).islower() or not vietnamese_syllable(prev.group(1), known):
        return False
    return len(m.group(2)) >= 2 or (len(m.group(1)) >= 4 and prev.group(1) not in ADDRESS)
