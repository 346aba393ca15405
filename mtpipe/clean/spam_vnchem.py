"""A substance's name as Vietnamese writes it: a look-alike of a pasted lower-case token (spam91, issue 12 point 3).

langfresh46's controls drew a blind false alarm on "polyyeste" in a chemistry sentence of a paint forum ("(như
polyetylen, polypropylene, nylon, polyvinyclorua và nhựa nhiệt dẻo polyyeste)"): Vietnamese writes the names of
substances in its own spelling of the international stem, not in English's ("polyetylen" for polyethylene,
"polyeste" for polyester, "etanol", "benzen", "propylen"), so :mod:`.spam_lookalike`'s ``english`` class (WordNet's
``noun.substance`` words, ``data/wordnet_substances.txt``, spam87) does not know them, and the lower-case "random"
shape of :func:`.spam_names.pasted_name` flags a word that shape was never meant for; a writer's typo ("polyyeste"
for "polyeste") is the same word to a reader.

:func:`vietnamised_substance` folds a token and every WordNet substance to one skeleton (Vietnamese chemistry's
spelling of the international stems, the rules Vietnamese textbooks and Vietnamese Wikipedia's article titles
write: "th" -> "t" (etylen, metan), "ph" -> "f", "y" -> "i" (polyetylen and polietilen both written), an English
"-er" ends in "-e" (polyeste, ete), a final mute "-e" dropped (benzen, etylen, propylen, butan)) and holds where the
token's skeleton is a substance's; or one letter away from one (added, dropped or changed: a typo), for skeletons
of eight letters or more, in a sentence that names another substance so (a list of them). Lower-case letters only,
seven at least, no lucky number or trade word of the spam trades in it (:data:`.trade_vocab.LUCKY`, ``token``).

Dev (every langfresh set but langfresh46, spam91's note): no spam token of the 2,748 folds to a substance's
skeleton; one is one letter from one (langfresh29's "compostione" over "giờ", "composition"), alone among Vietnamese
words, so the typo needs the list. langfresh46's "polyyeste" is one letter from "polyester"'s skeleton in a sentence
naming "polyetylen" (exactly "polyethylene"'s) and "polypropylene" (WordNet's own).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["skeleton", "vietnamised_substance"]

_LOWER = re.compile(r"[a-z]{7,}")
_WORD = re.compile(r"(?<![\w-])[a-z]{7,}(?![\w-])")
#: Vietnamese chemistry's spelling of an international stem, folded the same way on both sides
_FOLDS = (("th", "t"), ("ph", "f"), ("y", "i"))
_TYPO_MIN = 8  # a skeleton this long may be one letter off a substance's (a typo); shorter ones match exactly


def skeleton(word: str) -> str:
    """The spelling both Vietnamese and English names of a substance fold to (module docstring)."""
    w = word.lower()
    for a, b in _FOLDS:
        w = w.replace(a, b)
    if w.endswith("er"):
        w = w[:-1]  # polyester -> polyeste, ether -> ete
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]  # benzene -> benzen, ethylene -> etylen
    return w


def _deletes(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


@lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], frozenset[str]]:
    """The substances' skeletons, and every one of them less one letter (for the one-letter test)."""
    from .spam_lookalike import substances

    skels = frozenset(skeleton(w) for w in substances())
    return skels, frozenset(d for s in skels if len(s) >= _TYPO_MIN - 1 for d in _deletes(s))


def _named(tok: str) -> bool:
    """``tok``'s skeleton is a substance's (a lower-case word of seven letters or more, no trade word in it)."""
    if not _LOWER.fullmatch(tok):
        return False
    from .trade_vocab import LUCKY, alternation

    return not (LUCKY.search(tok) or re.search(alternation("token"), tok)) and skeleton(tok) in _index()[0]


def vietnamised_substance(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a substance's name in Vietnamese spelling, or a typo of one in a sentence that names
    another substance (module docstring)."""
    tok = text[a:b]
    if _named(tok):
        return True
    if not _LOWER.fullmatch(tok) or len(skeleton(tok)) < _TYPO_MIN:
        return False
    skels, dels = _index()
    s = skeleton(tok)
    # one letter added, dropped or changed: a deletion on one side meets the other (or a deletion on each side)
    if not (s in dels or any(d in skels or d in dels for d in _deletes(s))):
        return False
    from .spam_lone import _sentence

    st, en = _sentence(text, a, b)
    return any(_named(m.group(0)) for m in _WORD.finditer(text, st, en) if m.start() != a)
