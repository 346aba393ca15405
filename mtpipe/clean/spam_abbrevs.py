"""Vietnamese abbreviations and loanwords written as one word: real words, never a pasted token (spam75).

The spam-token tests read a letter-only token no syllable fits as pasted (``spam_names.pasted_name``,
``spam_slots.syllable_slot``, ``spam_shapes.alien_letters`` and the context classes). Real Vietnamese text writes
such tokens all the time: an abbreviation closed up ("tphcm", "TpHCM", "UBND", "HĐND", "UBMTTQVN") or a loanword
written solid ("axit", "oxi"). Their shapes overlap spam's own (toneless splits "sabong", all-caps "VINAGAME"), so
no shape takes them out: a lexicon does. ``data/vi_abbrevs.txt`` holds the keys of the abbreviation tables of two
public Vietnamese text normalisers of TTS front-ends (soe-vinorm, Vinorm; ``tools/build_vi_abbrevs.py``,
``data/SOURCES.md``), three letters or more, letters only, case-folded, less every token of the dev spam sets and
every stem of ``spam_brands.txt`` (none of them was listed).

:func:`lexicon_word` takes a token written as a listed word, whatever its case; a token with a figure or a dot
(a domain, a code: "w88.is", "tphcm88", "tphcm.vip") is never one, nor one of a gambling brand's shape or with a
spam trade's word in it (:func:`.spam_shapes.brand_shape`, :func:`.spam_genre.trade_word`).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = ["ABBREVS", "load_abbrevs", "lexicon_word", "drop_lexicon"]

#: the shipped table: one case-folded word a line; ``#`` lines are comments
ABBREVS = Path(__file__).with_name("data") / "vi_abbrevs.txt"


@lru_cache(maxsize=1)
def load_abbrevs() -> frozenset[str]:
    """The shipped words (read once per process)."""
    with open(ABBREVS, encoding="utf-8") as f:
        return frozenset(s for s in (line.strip() for line in f) if s and not s.startswith("#"))


def lexicon_word(tok: str) -> bool:
    """Whether ``tok`` is a listed abbreviation or loanword: letters only, its case-folded form in the table, no
    gambling brand's shape and no spam trade's word."""
    if not tok.isalpha():
        return False
    low = unicodedata.normalize("NFC", tok).lower()
    if low not in load_abbrevs():
        return False
    from .spam_genre import trade_word  # spam_genre imports the spam modules that ask this one
    from .spam_shapes import brand_shape

    return not brand_shape(tok) and trade_word(tok) is None


def drop_lexicon(text: str, found: dict[str, list[tuple[int, int]]],
                 min_count: int) -> dict[str, list[tuple[int, int]]]:
    """``found`` (token -> spans) less the spans written as a listed word; tokens left with ``min_count`` spans."""
    out = {k: [s for s in v if not lexicon_word(text[s[0]:s[1]])] for k, v in found.items()}
    return {k: v for k, v in out.items() if len(v) >= min_count}
