"""One more shape of a name built on a spam trade's word, for :func:`.spam_tradepiece.lone_trade` (spam77, issue 12
point 3).

:mod:`.spam_tradepiece` takes a trade's word as a piece of its own: a camel-case piece, or a hyphen-joined piece that
is the token's head or stands beside an invented piece. spam76's notes left two shapes of the class; this module
takes the first:

- *glued in lower case* (:func:`glued_trade`): a word of the trades (:data:`GLUE_WORDS`) that opens or closes a
  token of lower-case letters, whose rest (three letters or more) is no Vietnamese syllable or run of syllables
  written without marks, no English word of the shipped list and no word of the syllable tables: "luckyabow"
  ("Sự tồn tại luckyabow hồ Thác Bà", langfresh40), as the dev sets' caught ones "rikvip", "busstrade",
  "slotastic", "numercoins", "luxeeforex", "vixcasino" are built. The English compounds of a trade's word have an
  English word for a rest ("freetrade", "luckystar", "memecoin") or are in the shipped lists whole ("bitcoin",
  "stablecoin", "investment"); a Vietnamese word typed without marks has syllables for a rest ("betong": "bê
  tông"; and "bet" is a whole piece only). Over the controls (53,016 clean texts, below) four lower-case tokens
  carry a trade's word at an end with a rest of three letters, all known whole (stablecoin, minigame, investment,
  bitcoin): no control of the shape.
- *a trade's word leading a hyphenated slug*: spam77 took it before a place's or a person's name ("casino-atlanta",
  "casino-midas": a WordNet name list) and let English compounds be ("poker-face"); spam94 found no such compound in
  real Vietnamese text and :mod:`.spam_tradepiece` takes every piece now ("crypto-return", "roulette-win"), so the
  name list went.

It then needs all that :func:`.spam_tradepiece.lone_trade` asks (written once, the only Latin word of a running
Vietnamese sentence, in a syllable's slot, not after a word that introduces a name). Flagged, never repaired.
Controls: tools/spam_miss_gates.py's ``control_texts`` with the held-out Wikipedia file (the dev sets' clean and
look-alike sentences, the dev realpages' Vietnamese lines and documents, the context model's corpora).
"""

from __future__ import annotations

import re

from .trade_vocab import by_length, words

__all__ = ["GLUE_WORDS", "glued_trade"]

#: the trades' words a lower-case name is glued from (:data:`.spam_genre.TRADE_WORDS` and
#: :data:`.spam_tradepiece.TRADE_PIECES` less the words that are Vietnamese syllables typed without marks -- "vay",
#: "tien", "dong", "phim" -- and the short words that open or close English words -- "win", "bet", "fx", "pay",
#: "card", "dex", "swap", "gain", "spin", "club", "chain", "option"), longest first; not "bongda", "vip", "options",
#: nor spam83's later "bonus", "giris", "oyna", "deneme" (benchmarks/notes/trade86.md)
GLUE_WORDS = by_length(words("glue"))  # :mod:`.trade_vocab`'s ``glue`` words
_LOWER = re.compile(r"[a-z]{6,}")


def _plain_rest(rest: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``rest`` is letters no list reads: no English word, no word of the syllable tables, no Vietnamese
    syllable or run of syllables written without marks."""
    from .spam_bigrams import written_words
    from .spam_bound import _syllables
    from .spam_gaps import _SYLLABLE
    from .spam_names import load_words

    return len(rest) >= 3 and rest not in load_words() and rest not in known and rest not in written_words() \
        and not _SYLLABLE.fullmatch(rest) and not _syllables(rest)


def glued_trade(tok: str, known: "set[str] | dict[str, int]") -> tuple[str, int, tuple[str, ...]] | None:
    """The word of :data:`GLUE_WORDS` a lower-case ``tok`` is glued from at one end before or after letters of no
    list (module docstring), its index and the token's two pieces (as :func:`.spam_tradepiece.trade_piece` gives
    them), or None."""
    if not _LOWER.fullmatch(tok):
        return None
    for w in GLUE_WORDS:
        if tok.startswith(w) and _plain_rest(tok[len(w):], known):
            return w, 0, (w, tok[len(w):])
        if tok.endswith(w) and _plain_rest(tok[:-len(w)], known):
            return w, 1, (tok[:-len(w)], w)
    return None
