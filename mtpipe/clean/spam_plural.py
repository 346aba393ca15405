"""A lower-case gambling name ending in its trade's word in the plural ("huayvips", "krugerbets"): spam93, issue 12
point 3.

:func:`.spam_shapes.brand_shape` reads a lower-case name that ends in a gambling trade's word (:mod:`.trade_vocab`'s
``lower`` words: "bet", "casino", "slot", "vip", "win"; not "club", which ends loanwords: "fanclub") as a brand's
shape ("kuwin", "rikvip"); the same name with a plural "s" was no shape at all. langfresh47's "huayvips" ("dạy chữ
___ còn", blind) was missed so. :func:`plural_brand` adds the plural, never for a word of the shipped lists
("alphabets", "sherbets": :func:`.spam_names.load_words`, as written or in the singular).

Dev spam (2,826 tokens): 7 lower-case names end so (hi88bets x2, 180bets, forcebets.com, krugerbets.com, filslots,
pinupcasinos.ru), all flagged before by other tests. Controls: no such word in 38,093 Vietnamese news articles
(spam82's snapshots), in the dev look-alike sentences or the realpages parts.
"""

from __future__ import annotations

import re

from .trade_vocab import alternation

__all__ = ["plural_brand"]

_PLURAL_END = re.compile(rf"[a-z]{{2,}}(?:{alternation('lower')})s")


def plural_brand(name: str) -> bool:
    """Whether ``name`` (a token's name before its dot) is in lower case, letters ending in a trade's word
    in the plural, and no word of the shipped lists (module docstring)."""
    if not (name.islower() and _PLURAL_END.search(name) and name.endswith("s")):
        return False
    from .spam_names import load_words

    return name not in load_words() and name[:-1] not in load_words()
