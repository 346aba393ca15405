"""A short model code in capitals standing where a name goes, not where a syllable was cut out (spam71, issue 12).

:mod:`.spam` flags a bare brand of two or three capitals and a digit ("BK8", ``_BARE``) seen once where it fills a
gap: between two syllables that make no word together, that some syllable would join (``fit``). That test sees a
gap after every noun of a kind and every verb that takes an object, and Vietnamese news names products, vehicles,
standards and chemicals exactly there, in this shape: "cho mẫu YU7 chỉ", "giấy phép bán SU7 vào", "đặt mua PS5 với",
"xem PS5 có", "chứng nhận CAT1 về" (langfresh21, 27 and 38's look-alikes and clean rows: 8 look-alike and 3 clean
false alarms), "cầu đường BT2 chưa", "đoàn tàu MW9 xem", "chu trình CO2 phi", "lượng CO2 giảm" (4 more of the 52,429
clean control texts: spam_miss_gates' controls with the held-out Wikipedia, 91 codes of this shape in a word's
place). :func:`.spam_slots.slot_odds` tells the slots apart as it does for spam68's compounds: how likely Wikipedia
puts *some* syllable between the two neighbours against a foreign word. Every code of the controls and look-alikes
flagged here stands at -0.26 to 3.23; the dev spam token pasted over a bound syllable, "trong việc BK8 chế máy tính"
(độ chế), at 4.61, and a made-up "phải KV8 vệ" (bảo vệ) at 8.56. :func:`named_code` reads the code as a name (left
to the other tests: a listed brand is still flagged) at odds up to :data:`.spam_slots.ODDS_TWO`, that module's own
bar for "a syllable is wanted" (:data:`.spam_slots.ODDS_ONE` beside one syllable). A capital after a lower-case word
with no stop between marks a boundary (a run-in heading, a lost full stop: "Chắp cánh cho sự sáng BK8 Mỗi cá nhân",
the default set's BK8 over "tạo", 2.38), where the word after says nothing about the slot: there the odds decide
nothing and the gap test stands as before (3 of the controls' 91 codes stand so, none flagged: "VF8 và VF5 Plus",
"trên kênh HTV9 Đài truyền hình"; no look-alike). A code inside a title-case name ("Cộng Đồng PS5 Việt Nam", "Cổng
CS1 Trường") is :func:`.spam_gaps.name_gap`'s, flagged before this test and left so.
"""

from __future__ import annotations

import re

from .spam_slots import ODDS_ONE, ODDS_TWO, neighbours, slot_odds

__all__ = ["CODE", "named_code"]

#: the capitals-and-digit alternative of :mod:`.spam`'s ``_BARE``: two or three capitals and one digit
CODE = re.compile(r"[A-Z]{2,3}\d")
_WORD_BEFORE = re.compile(r"(\w+) $")


def _case_break(text: str, a: int, b: int) -> bool:
    """A lower-case word right before ``text[a:b]`` and a capital right after it, no stop between."""
    m = _WORD_BEFORE.search(text[max(0, a - 40):a])
    return bool(m and m.group(1)[:1].islower() and text[b:b + 1] == " " and text[b + 1:b + 2].isupper())


def named_code(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, a code of :data:`CODE`'s shape, stands where Wikipedia puts a foreign word about as
    readily as a syllable (module docstring): odds known and at most the bar; unknown neighbours, or a boundary
    after it, decide nothing."""
    if not CODE.fullmatch(text[a:b]) or _case_break(text, a, b):
        return False
    prev, nxt = neighbours(text, a, b)
    odds = slot_odds(prev, nxt)
    return odds is not None and odds <= (ODDS_TWO if prev and nxt else ODDS_ONE)
