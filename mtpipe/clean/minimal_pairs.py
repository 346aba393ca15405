"""Two sentences of one pattern, side by side, with words swapped: a series' items, no copy (issue 12, cp62).

``dedupe.near`` removes a line that a nearby line nearly repeats (a caption printed again, a lead paraphrased under
the title, a teaser with a counter glued).  A worked series writes its items on one pattern and swaps the terms:
"Rót từ từ dung dịch kiềm đến dư vào dung dịch chứa a mol muối Al 3+ (hoặc Zn 2+ ). Sau phản ứng thu được b mol kết
tủa." right above "Rót từ từ dung dịch axit … muối AlO 2 - (hoặc ZnO 2 2- ). …" (a chemistry lesson's three cases,
probe58's dev ``vi-21478226``, the second lost); an exercise's cases, a law's parallel clauses ("… физическим лицам …"
/ "… юридическим лицам …"), a rule for each of two seasons.  Each is its own fact.

The class: both lines are sentences (:data:`MIN_WORDS` words or more, a sentence stop at the end), within
:data:`MAX_GAP` lines of each other, and their words differ only by substitution: aligned on their words (case
aside), every difference replaces words by other words (no word only added or dropped: a paraphrased lead adds "vừa"
and drops "Ngày 5-3", a caption's copy gains a credit; a numeral alone may be, a formula's index or charge: "muối Zn 2+"
/ "muối ZnO 2 2-", the same chemistry cases a sentence a line, probe58 ``--layout sent``, cp64), the lines differ
at :data:`MIN_SWAPS` places at least (one word swapped alone is a copy reworded: "Giá heo hơi …" / "Giá lợn hơi …",
"провёл" / "провел"), and one of the swaps puts a word of letters for another word of letters (numbers alone changed
are the duplicate layer's own number checks).  Over every dev part's ``dedupe.near`` removals (39 clutter lines: titles with another number, a banner's size, teasers with a counter, a
lead paraphrased) none is of this shape.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["MIN_WORDS", "MAX_GAP", "MIN_SWAPS", "swapped_terms"]

MIN_WORDS = 8  # a sentence: this many words at least
MAX_GAP = 2  # the two items stand this close (line indexes)
MIN_SWAPS = 2  # the pattern's terms swapped at this many places at least
_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]")
_CLOSERS = "\"'”’»)]"


def _sentence(s: str) -> bool:
    s = s.strip()
    return len(s.split()) >= MIN_WORDS and s.rstrip(_CLOSERS)[-1:] in ".!?…"


def swapped_terms(first: str, later: str, gap: int) -> bool:
    """``first`` and ``later`` (``gap`` lines apart) are two items of one pattern with terms swapped (module
    docstring), not one sentence printed twice."""
    if not 0 < gap <= MAX_GAP or not (_sentence(first) and _sentence(later)):
        return False
    a, b = _WORD.findall(first.casefold()), _WORD.findall(later.casefold())
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    swaps = [op for op in ops if op[0] == "replace"]
    if len(swaps) < MIN_SWAPS or any(tag != "replace" and _worded(a[i1:i2] + b[j1:j2]) for tag, i1, i2, j1, j2 in ops):
        return False
    return any(_worded(a[i1:i2]) and _worded(b[j1:j2]) for _, i1, i2, j1, j2 in swaps)


def _worded(words: list[str]) -> bool:
    """Some of ``words`` holds letters (a numeral alone does not)."""
    return any(_LETTERS.search(w) for w in words)
