"""Camel-case names pasted once over a syllable of running Vietnamese (spam42, issue 12 point 3).

:mod:`.spam_lone` flags a camel-case name ("AlimexFund") alone in a Vietnamese sentence only right after a number:
inside a sentence, real camel-case brands read to the context model of :mod:`.spam_context` as pasted ones do
("thì có LipIce trái cây" 3.8; langfresh25's "các ReelsOfJoy ứng" 3.8). Two things the context cannot see tell them
apart, in the token itself:

- a piece of the gambling trade's vocabulary (:data:`PIECES`, ``data/gambling_pieces.txt``: English words that real
  gambling sites' names hold far more often than English does, counted by ``tools/build_gambling_pieces.py`` on two
  public blocklists: "reels", "kings", "grand", "riches", "duel", "spins"): "ReelsOfJoy", "KingsChance",
  "GrandRush". Real brands a Vietnamese text names are of other trades ("LipIce", "GreenCar", "MarryBaby",
  "OpenNet"). Counts inside a name, between two syllables, before the final stop, after a number, with the context
  model over :data:`PIECE_GATE`; not at a sentence's start, where a brand is the subject ("KingsRoad vừa công bố").
- a piece no list knows (:func:`unknown_piece`: no English word of three letters or more, no Vietnamese syllable
  without marks, no word Vietnamese Wikipedia writes, no pinyin): "AcsHub", "AltraBots", "GoOnus"; a made-up host,
  as real brands of this kind ("MobiFone", "JustaTee") stand where names stand: with the context model over
  :data:`ODD_GATE`, between two syllables, inside a name or before the final stop, never at a sentence's start (a
  brand is its subject there: "VinFast chốt ngày").

Only where :func:`.spam_lone.lone_token` weighs a token (a stray camel-case name, the only Latin word of its sentence,
written once, not after a word that introduces a name); flagged, never repaired.
"""

from __future__ import annotations

import re

from .trade_vocab import CAMEL_PIECES, camel_pieces

__all__ = ["PIECES", "PIECE_GATE", "ODD_GATE", "load_pieces", "gambling_piece", "unknown_piece", "camel_place"]

#: ``data/gambling_pieces.txt``, read by :func:`.trade_vocab.camel_pieces`
PIECES = CAMEL_PIECES
#: the context model's log-odds (:func:`.spam_context.score`) a camel-case name with a gambling piece needs
PIECE_GATE = 1.0
#: and one with a piece no list knows
ODD_GATE = 2.0
_PARTS = re.compile(r"[A-Z][a-z]+")


def load_pieces() -> frozenset[str]:
    """The words of ``data/gambling_pieces.txt`` (:func:`.trade_vocab.camel_pieces`: read once per process)."""
    return camel_pieces()


def gambling_piece(tok: str) -> str | None:
    """The first camel-case piece of ``tok`` that is a word of :data:`PIECES`, or None."""
    pieces = load_pieces()
    return next((p.lower() for p in _PARTS.findall(tok) if p.lower() in pieces), None)


def unknown_piece(tok: str, known: "set[str] | dict[str, int]") -> str | None:
    """The first camel-case piece of ``tok`` that no list knows (module docstring), or None."""
    from ..translit.pinyin import parse_syllables
    from .spam_bigrams import written_words
    from .spam_bound import _syllables, english_form
    from .spam_names import load_words, solid_compounds

    for p in _PARTS.findall(tok):
        low = p.lower()
        if len(low) < 3 or low in known or low in load_words() or low in solid_compounds() or english_form(low) \
                or low in written_words() or _syllables(low):
            continue
        sylls = parse_syllables(low)
        if sylls and all(len(x) >= 2 for x in sylls):
            continue
        return low
    return None


def camel_place(tok: str, place: str, score: float, known: "set[str] | dict[str, int]") -> bool:
    """Whether a stray camel-case name alone in its sentence (:func:`.spam_lone.lone_token` has checked that), at
    ``place`` with the context log-odds ``score``, reads as pasted (module docstring)."""
    if gambling_piece(tok) and score > PIECE_GATE and place != "start":
        return True
    return place in ("inner", "name", "end") and score > ODD_GATE and unknown_piece(tok, known) is not None
