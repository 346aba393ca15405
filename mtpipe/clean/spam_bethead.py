"""A lower-case name that opens with a gambling word, the only Latin word of a Vietnamese sentence (spam64, issue 12).

:mod:`.spam_shapes` reads a gambling word at a name's end in any case ("kuwin", "rikvip", "HitClub") and at its start
only in title case ("Betway", "Bingoplus": ``title``). Written in lower case, a name opening with "bet", "casino",
"slot", "poker", "bingo" or "lotto" and three letters more ("betnix", "betbyt", "betjambo", "slotastic") is a gambling
site's name too: English words of that shape are SCOWL's (:data:`.spam_shapes._KNOWN_SHAPED`: "better", "between",
"betray") or the lists' (:func:`.spam_lone.stray`), and "beta" opens the real terms Vietnamese pages write in lower
case ("betacaroten", "betaglucan", "betadine"). Seen missed in langfresh33 ("làm thủ betbyt." for "thủ công") and
langfresh35 ("mềm betnix không quá mỏng" for "nhưng"): both in a function word's or a compound's slot, where the
syllable model sees no gap and :func:`.spam_lone.lone_token` takes a lower-case word only at a start or after a number.

:func:`gambling_head`: the token is that shape, stray, written once on its page, no class of real text
(:func:`.spam_context.real_word`), and alone in a sentence of running Vietnamese (:func:`.spam_lone.alone`). Over the
clean controls (realpages ``lang=vi`` lines, dev langfresh sentences and originals, the texts of
``benchmarks/spam_context.py`` with its held-out Wikipedia sentences: 53,105 texts) no word is taken; in any case
(title case too) two would be ("công ty CP ... Betaco", "BetaArchive"), so only lower case. Flag only, never repaired.
"""

from __future__ import annotations

import re

from .spam_context import real_word
from .spam_lone import alone, stray
from .spam_shapes import _KNOWN_SHAPED, BEFORE
from .trade_vocab import alternation

__all__ = ["gambling_head"]

_HEAD = re.compile(r"(?:" + alternation("opens") + r")[a-z]{3,}")  # :mod:`.trade_vocab`'s ``opens`` words
_AFTER = frozenset(" \n,;:.!?…\"”»’')")


def gambling_head(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a lower-case name opening with a gambling word, alone in a Vietnamese sentence
    (module docstring)."""
    tok = text[a:b]
    if not _HEAD.fullmatch(tok) or tok.startswith("beta") or tok in _KNOWN_SHAPED:
        return False
    if not (a == 0 or text[a - 1] in BEFORE) or not (b == len(text) or text[b] in _AFTER):
        return False
    if not stray(tok, known) or len(re.findall(r"(?<![\w.])" + tok + r"(?!\w)", text, re.IGNORECASE)) > 1:
        return False
    return real_word(text, a, b) is None and alone(text, a, b, known)
