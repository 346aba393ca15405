"""A camel-case run of English dictionary words standing in a Vietnamese syllable's slot (spam79, issue 12 point 3).

Pasted gambling and coin names are often two or three English words joined in camel case ("WildSultan",
"TreasureMile", "GetRedStag", "JungleRaja", "MuseCapital"): every piece is in the shipped English list, so the
tests that look for a piece no list knows (:func:`.spam_camel.unknown_piece`) pass them, and the pair class of
:mod:`.spam_classes` (spam47) takes two pieces of four letters or more only, between two syllables or in a name's
place, and not after a word that introduces a name. Real camel-case brands of English words are named in
Vietnamese text too ("MarryBaby", "GreenCar", "CoinGlass", "OpenNet", "BusMap"); what tells them apart is the slot:
a real brand stands where Vietnamese text names things (after "của", "dịch vụ", "Hãy cùng", at a sentence's
start, after a verb of having or being, :data:`_OBJECT`: "thì có LipIce trái cây"), a pasted one where the text
wants one more syllable of a word ("sức sống mãnh ·," -- "mãnh liệt"; "trống rỗng, · bã quá" -- "buồn bã";
"bám ·." -- "bám biển").

:func:`english_run` holds for a token written once on its page, the only Latin word of a sentence of running
Vietnamese (:func:`.spam_lone.alone`), nothing explains (:func:`.spam_lone.stray`), of two or three capitalised
pieces of three letters or more each, all words of the shipped English list (``data/latin_words.txt``), not
opening a sentence, in a sentence that names no Latin name of its own (spam81: "Apple" passes ``alone`` as an
English word; :func:`.spam_productnames.latin_company`), whose neighbours want a syllable: the Wikipedia model's
log-odds of a syllable over a foreign word (:func:`.spam_slots.slot_odds`) over :data:`SLOT_BOTH` with a syllable
on each side, over :data:`SLOT_ONE` with one (a comma or a stop on the other side); and the context model of
:mod:`.spam_context` over :data:`CONTEXT_GATE`. Flagged, never repaired.

Controls (spam79's notes): the clean controls of ``tools/spam_miss_gates.py`` with the held-out Wikipedia file
(53,323 texts) and 8,653 real news articles (benchmarks/notes/spam78.md's two corpora): no token of the shape
passes.
"""

from __future__ import annotations

import re

from .spam_names import load_words
from .spam_recur import recurs

__all__ = ["CONTEXT_GATE", "SLOT_BOTH", "SLOT_ONE", "english_run", "run_evidence"]

#: the slot odds (:func:`.spam_slots.slot_odds`) a run needs between two syllables, and beside one
SLOT_BOTH = 2.0
SLOT_ONE = 2.0
#: the context model's log-odds (:func:`.spam_context.score`) it needs
CONTEXT_GATE = 2.0
_RUN = re.compile(r"(?:[A-Z][a-z]{2,}){2,3}")
_PIECE = re.compile(r"[A-Z][a-z]+")
_AFTER = " \n,;:.!?…\"”»’')"
_FIGURE_OR_HOST = re.compile(r" ?\d|\.\w")
_PREV = re.compile(r"([^\W\d_]+) $")
#: verbs of having and being, and words that list: whatever noun phrase follows, a brand's name too
_OBJECT = frozenset("có là như gồm".split())


def _english(tok: str) -> bool:
    return bool(_RUN.fullmatch(tok)) and all(p.lower() in load_words() for p in _PIECE.findall(tok))


def _odds(text: str, a: int, b: int) -> tuple[float, float] | None:
    """``(slot odds, gate)`` of the token's slot, or None where no syllable stands beside it."""
    from .spam_slots import neighbours, slot_odds

    prev, nxt = neighbours(text, a, b)
    odds = slot_odds(prev, nxt)
    if odds is None:
        return None
    return odds, SLOT_BOTH if prev and nxt else SLOT_ONE


def english_run(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a camel-case run of English words pasted over a syllable (module docstring)."""
    tok = text[a:b]
    if not _english(tok) or not (a == 0 or text[a - 1] in " \n“\"«(‘'") or not (b == len(text) or text[b] in _AFTER):
        return False
    from .spam_context import features, real_word, score
    from .spam_lone import alone, stray, true_start
    from .spam_shapes import sentence_start

    if (true_start(text, a) and sentence_start(text, a)) or not stray(tok, known) or _FIGURE_OR_HOST.match(text, b):
        return False  # a name's slot: its figures after it ("sạc siêu nhanh SuperDart 50W"), or a host ("Illicit..com")
    prev = _PREV.search(text, max(0, a - 20), a)
    if prev and prev.group(1).lower() in _OBJECT:
        return False  # a noun phrase's slot, a name's too ("thì có LipIce trái cây")
    if recurs(text, tok):
        return False  # written twice on the page: a real name
    odds = _odds(text, a, b)
    if odds is None or odds[0] <= odds[1] or real_word(text, a, b) is not None or not alone(text, a, b, known):
        return False
    from .spam_productnames import latin_company

    if latin_company(text, a, b):
        return False  # the sentence names a Latin name of its own ("Apple ... biến AirTag thành": spam81)
    return score(features(text, a, b)) > CONTEXT_GATE


def run_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`english_run` holds, else None."""
    if not english_run(text, a, b, known):
        return None
    from .spam_context import features, score

    odds = _odds(text, a, b) or (0.0, 0.0)
    return (f"camel-case run of English words {'+'.join(p.lower() for p in _PIECE.findall(text[a:b]))}, the only "
            f"Latin word of a Vietnamese sentence, where a syllable is wanted (slot log-odds {odds[0]:.2f}, "
            f"context {score(features(text, a, b)):.2f}): spam79")
