"""Site slugs built on a word of the spam trades, crypto's and betting's, that no English compound is shaped like
(spam60, issue 12 point 3).

:func:`.spam_slugs.slug` takes a hyphenated lower-case token for a gambling site's slug when its *last* piece is a word
of the gambling trade ("og-casino", "europe-bet"), and leaves the others to :func:`.spam_lone.stray`, which lets
English words joined by hyphens pass as a term ("check-in", "poker-dice"). langfresh33 (the blind set of the 27th
session) pasted slugs of the other trades, and slugs led by the trade's word: "bets-fortune chạm bạc giỏi" (a
sentence's start), "vừa thơ trades-arena, vừa yên bình", "bản quantums-trade nổi tiếng" (a place's name), "40.000
skull-bets.io/người" (a price's currency, :mod:`.spam_perprice`). Two shapes no English compound of the trades has
(:func:`trade_slug`), pieces of three letters at least, letters alone, none repeated ("win-win"):

- *plural head*: the first piece is a word of the trades in the plural (:data:`PLURAL_HEADS`: "bets-fortune",
  "trades-arena", "coins-hub"). An English compound puts its modifying noun in the singular ("bet-hedging",
  "trade-off", "coin-op", "slot-machine", "casino-hotel", "token-gated").
- *invented piece*: one piece is a word of the trades (:data:`.spam_genre.TRADE_WORDS`,
  :data:`.spam_slugs.GAMBLING_PIECES`) and another is a word of no list (no English word of
  :func:`.spam_names.load_words`, no syllable the model knows, no Vietnamese syllable's shape), of four letters at
  least: an invented brand joined to its trade ("quantums-trade"; a piece of three is an abbreviation, "alt-coin").
  English compounds of the trades are of English words ("fair-trade", "day-trading", "stable-coin", "meme-coin").

Weighed as :mod:`.spam_slugs`' slugs are (:func:`.spam_lone.lone_token`: alone in a sentence of running Vietnamese,
written once; flagged at a sentence's start, after a figure or inside a name, elsewhere over the context model's low
gate). Flagged, never repaired.
"""

from __future__ import annotations

import re

from .trade_vocab import words

__all__ = ["PLURAL_HEADS", "trade_slug"]

#: the trades' words in the plural, as a slug's first piece (module docstring)
PLURAL_HEADS = words("head")  # :mod:`.trade_vocab`'s ``head`` words
_PIECES = re.compile(r"[a-z]{3,}(?:-[a-z]{3,}){1,2}")


def trade_slug(tok: str, known: "set[str] | dict[str, int] | None" = None) -> bool:
    """Whether ``tok`` is a slug built on a trade's word of a shape no English compound has (module docstring);
    ``known``: the syllable model's words (the shipped model's when None)."""
    if not _PIECES.fullmatch(tok):
        return False
    pieces = tok.split("-")
    if len(set(pieces)) < len(pieces):
        return False  # "win-win", "bye-bye"
    if pieces[0] in PLURAL_HEADS:
        return True
    from .spam_genre import TRADE_WORDS
    from .spam_slugs import GAMBLING_PIECES

    trade = TRADE_WORDS | GAMBLING_PIECES
    if not any(p in trade for p in pieces):
        return False
    from .spam_bigrams import load_bigrams
    from .spam_gaps import _SYLLABLE, _strip_tones
    from .spam_names import load_words

    words = load_words()
    uni = load_bigrams().uni if known is None else known
    return any(len(p) >= 4 and p not in trade and p not in words and p not in uni
               and not _SYLLABLE.fullmatch(_strip_tones(p)) for p in pieces)
