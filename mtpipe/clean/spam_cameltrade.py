"""A camel-case name built on a gambling word in any of its pieces: a brand's shape (spam103, issue 12 point 3).

:func:`.spam_shapes.brand_shape` read a camel-case name as a gambling brand when the trade's word ends it and is one
of ``end`` ("HitClub", "GloryCasino", "MadridBet": ``cased``) or opens it title-cased before a capital ("BetParx":
spam95's ``_CAMEL_HEAD``). langfresh49 (blind) showed the two gaps left: the trade's word ending a name is "Poker" or
"Bingo" (``opens`` words that are no ``end`` word: "NagaPoker", "GlobalPoker", "GossipBingo") or another language's
word of the trade (a ``stem``: Indonesian "togel", the lottery, in "SedapTogel", "JoniTogel"; Filipino "perya" in
"MegaPerya"; Turkish "bedava" in "RuletOyunlariBedava"); or the head is a title-case brand of its own before a
capitalised word ("Bettilt" + "World", "Betmania" + "Plus", "Betflix" + "Fan": the head alone has ``title`` shape,
:data:`.spam_shapes._TITLE_BRAND`, and is no known word of :data:`.spam_shapes._KNOWN_SHAPED`: "Better", "Between").

:func:`camel_trade` says so, and ``brand_shape`` gives such a name the ``cased`` shape (a capital inside: no name is
written so but a brand's), so it is read as a pasted brand wherever it stands, a sentence's start and a name's slot
too, as "HitClub" is. Evidence (benchmarks/notes/spam103.md): of camel-case names of letters (two pieces or more),
none of the 12,577 dev control texts (the dev realpages' vi lines, the 44 dev sets' clean and look-alike sentences
and their spam rows' originals), none of the 3,313 RSS items (spam94's pool) and one of the 38,093 news articles
(spam82's snapshots: "AutoLotto", a lottery app in a list of app names, a gambling name) holds the shape; 12 dev
spam tokens do (GossipBingo, GoldMedalBingo, GlobalPoker, MeritSlotKayit, OynaBetGiris, RuletOyunlariBedava,
PeryaPlus, MegaPerya, BetbhaiBetting, BetmaniaPlus, BetflixFan, BetvenoGlobal), and 7 of langfresh49's 78.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .trade_vocab import words

__all__ = ["camel_trade"]

#: a camel-case name of letters: two title-case pieces or more
_CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,}")
_PIECE = re.compile(r"[A-Z][a-z]+")


@lru_cache(maxsize=1)
def _trade_words() -> frozenset[str]:
    """The gambling trade's words a piece may be: ``opens`` (bet, bingo, casino, lotto, poker, slot) and ``stem``
    (another language's words of the trades) of :mod:`.trade_vocab`."""
    return frozenset(words("opens")) | frozenset(words("stem"))


def camel_trade(name: str, title_head: "re.Pattern[str]", known_shaped: frozenset[str]) -> bool:
    """Whether ``name`` is a camel-case name with a gambling word as a piece, or with a head of a title brand's shape
    (``title_head``: :data:`.spam_shapes._TITLE_BRAND`; ``known_shaped`` the known words of that shape)."""
    if not _CAMEL.fullmatch(name):
        return False
    pieces = [p.lower() for p in _PIECE.findall(name)]
    if any(p in _trade_words() for p in pieces):
        return True
    head = pieces[0]
    return len(head) >= 4 and head not in known_shaped and bool(title_head.search(head))
