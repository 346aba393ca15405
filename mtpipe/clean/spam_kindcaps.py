"""A word of capitals that names the kind of a complete compound before it, read as no syllable's slot (spam62,
issue 12 point 3).

:func:`.spam_slots.syllable_slot` flags a word of six capitals or more that no list knows where the Wikipedia model
wants a syllable between its neighbours. Between a compound written whole and a lower-case word the model reads the
compound's last syllable with the word after the token, and "hình · phẳng", "tịch · xã" look like a syllable's slot
("hình phẳng", a plane figure). But a compound written whole is a noun that a name, a type or a body's acronym may
follow: "màn hình AMOLED phẳng" (langfresh34's look-alike, a phone's screen), "Phó Chủ tịch UBMTTQVN xã" (a realpages
line: the vice-chair of a commune's Fatherland Front). Nothing is missing before the token there.

The class (:func:`kind_capitals`): the two words right before the token make a word together, the second in lower
case (their PMI over :data:`COMPOUND_PMI`, the Wikipedia syllable bigrams of
:func:`.spam_bigrams.wiki_successors`), and the word right after it is in lower case. A pasted label that sits inside
a name keeps its flag: after a capitalised syllable ("ông Đặng Tất CAKHIA, Phó Chủ tịch") or before one ("sân vận động
quốc gia ITICUN Đình", langfresh17). Measured on every dev spam set (langfresh8 ... 34): no token the cleaner caught is
lost; on the clean controls of :mod:`benchmarks.spam_context`, the realpages ``lang=vi`` lines and documents of the
dev parts and langfresh34's controls (14,931 texts), 5 flags go (AMOLED once, UBMTTQVN four times) and none
comes; on the Wikipedia articles held out of the syllable tables (782), no flag moves.
"""

from __future__ import annotations

import re

from .spam_context import _pmi

__all__ = ["COMPOUND_PMI", "kind_capitals"]

#: the PMI two syllables need to make a word together (a compound written whole before the token)
COMPOUND_PMI = 3.0
_TWO_BEFORE = re.compile(r"(?:^|\s)([^\W\d_]+) ([^\W\d_]+) $")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def kind_capitals(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` stands right after a compound written whole, its last syllable in lower case, and before a
    lower-case word (module docstring): a kind's name or acronym, no syllable's slot."""
    m = _TWO_BEFORE.search(text[max(0, a - 40):a])
    if not m or not m.group(2).islower():
        return False  # after a capitalised syllable: inside a name ("ông Đặng Tất CAKHIA")
    after = _WORD_AFTER.match(text, b)
    return bool(after) and after.group(1).islower() and _pmi(m.group(1).lower(), m.group(2)) > COMPOUND_PMI
