"""A lower-case compound of two English words pasted over a syllable (spam90, issue 12 point 3).

Spam hosts are often two English words end to end ("instaplay", "tripleseven", "juanzone", "promoforum",
"promoteapps", "transferdeng"), and pasted over one syllable of a Vietnamese sentence they read as the loan
compounds the press writes ("lộ diện girlgroup mới", "cổ phiếu bluechips"): :func:`.spam_context.real_word` calls
them "english" and keeps them from the context model, and :func:`.spam_invited.loan_compound` vetoes them (spam56).
Twelve of the dev sets' misses were of this shape (benchmarks/notes/spam88.md .. spam90.md).

The separating fact is the word itself, not its place: a compound a real writer uses is a word of wordfreq's
lists, however rare ("dancesport", "streetstyle", "shophouse", "bluechip", "backtest", "lightstick": Zipf 1.1-1.5,
under :func:`.spam_names.solid_compounds`' 1.5), or a plural, an inflection or a one-letter typo of one
("bluechips", "dancesports", "nanorobot" beside "nanorobots", "maketing", "hatchbach"); an invented host name is
none of these. Of the lower-case English compounds standing alone in a Vietnamese sentence of 38,093 real news
articles (benchmarks/notes/spam90.md), those left by that test and written once on their page read -1.4 to 2.65 by
the context model; the pasted ones of the dev sets 2.1 to 10.1.

The token (:func:`english_slot`): lower-case letters, eight at least, two English words of four letters or more
end to end (``real_word``'s "english" compound, no inflection of :func:`.spam_bound.english_form`); no word of the
lists (the syllable model's, :func:`.spam_names.load_words`, ``solid_compounds``, :data:`RARE` =
``data/rare_compounds.txt``, tools/build_rare_compounds.py), no "-s"/"-es"/"-ing"/"-ed"/"-er"/"-ers" form of one, no
word one edit away from one (a letter dropped, added, changed or two swapped), no agent noun or gerund at its end
(:data:`_COINED`: "memetracker", "drumcharger", "hydrotreating": English coins technical terms so). The frame is
:func:`.spam_lone.lone_token`'s: :func:`.spam_lone.stray`, written once, the only Latin word of a sentence of running
Vietnamese (:func:`.spam_lone.alone`), at one of :func:`.spam_lone._place`'s places; and the context model's
log-odds over :data:`GATE`. Flagged, never repaired; asked from :func:`.spam_classes.class_token`, and
:func:`.spam_invited.loan_compound` does not veto a token it holds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["GATE", "RARE", "english_slot", "english_slot_evidence", "rare_compounds"]

#: the context log-odds (:func:`.spam_context.score`) the token needs: over the 2.65 the real compounds written once
#: reach in the news (benchmarks/notes/spam90.md); :data:`.spam_lone.CAMEL_GATE`'s value
GATE = 3.0
RARE = Path(__file__).with_name("data") / "rare_compounds.txt"
_SHAPE = re.compile(r"[a-z]{8,}")
_ENDINGS = ("s", "es", "ing", "ed", "er", "ers")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
#: the endings of a synthetic compound, an object and an agent noun or a gerund, the way English coins a technical
#: term nobody has listed yet ("memetracker": spam30's Wikipedia control; "drumcharger", "drumcharging",
#: "hydrotreating" in the news); none of the 27 lower-case English compounds of the dev spam sets ends so
_COINED = ("er", "ers", "ing")


@lru_cache(maxsize=1)
def rare_compounds() -> frozenset[str]:
    """The words of ``data/rare_compounds.txt`` (read once per process)."""
    with open(RARE, encoding="utf-8") as f:
        return frozenset(s for s in (line.strip() for line in f) if s and not s.startswith("#"))


def _one_edit(word: str) -> set[str]:
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({x + y[1:] for x, y in cuts if y} | {x + y[1] + y[0] + y[2:] for x, y in cuts if len(y) > 1}
            | {x + c + y[1:] for x, y in cuts if y for c in _LETTERS} | {x + c + y for x, y in cuts for c in _LETTERS})


def written_word(low: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``low`` is a word some writer uses: of the lists, a form of one, or one edit away from one."""
    from .spam_names import load_words, solid_compounds

    lists = (load_words(), solid_compounds(), rare_compounds())
    if low in known or any(low in w for w in lists):
        return True
    stems = [low[:-len(e)] for e in _ENDINGS if low.endswith(e)]
    if any(s in w or s + "e" in w for s in stems for w in lists):
        return True
    return any(e in w for e in _one_edit(low) for w in lists)


def english_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is an invented English compound pasted over a syllable (module docstring)."""
    tok = text[a:b]
    if not _SHAPE.fullmatch(tok):
        return False
    from .spam_bound import english_form
    from .spam_names import compound_stems

    stems = compound_stems()
    if not any(tok[:i] in stems and tok[i:] in stems for i in range(4, len(tok) - 3)) or english_form(tok):
        return False
    if written_word(tok, known) or tok.endswith(_COINED):
        return False
    from .spam_context import features, real_word, recurs, score
    from .spam_lone import _place, alone, stray

    if real_word(text, a, b) != "english" or not stray(tok, known) or recurs(text, tok):
        return False
    return alone(text, a, b, known) and _place(text, a, b, known) is not None and score(features(text, a, b)) > GATE


def english_slot_evidence(text: str, a: int, b: int) -> str:
    """The ledger's evidence for a token :func:`english_slot` holds."""
    return ("the only Latin word of a Vietnamese sentence: two English words end to end that no word list, no form "
            "and no typo of a listed word explains, where the context model reads a pasted word (spam90)")
