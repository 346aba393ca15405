"""The token patterns :func:`.spam.find_spam_tokens` scans a text with, each with a seed that skips its scan (perf84).

Each of the five patterns opens with a look-behind and a class, so ``finditer`` tries it at nearly every character;
a text holds a match of it only where it holds a match of its seed, a shorter pattern every match contains (or a
form of that part led by its digit, so its search runs at the scanner's fast first-character speed).  A seed's
search is ~10-25x cheaper than the scan it stands for, and most texts hold none (of 901 Vietnamese dev texts: 71
the domain seed, 89 the digit-domain seed).  :func:`scans` gives the patterns worth scanning, in
:func:`.spam.find_spam_tokens`' order (a pattern left out has no match, so nothing it would do is lost), with
:data:`.spam_shapes.TOKEN` last, always.
"""

from __future__ import annotations

import re
from typing import Callable

from .spam_shapes import TOKEN
from .trade_vocab import alternation

__all__ = ["ALIEN", "BARE", "BRAND", "DIGIT_DOMAIN", "DOMAIN", "scans"]

#: the top-level domains of a gambling host named as a word (:data:`DOMAIN`; its seed)
_TLDS = "is|com|net|org|info|vip|bet|club|xyz|top|cc|io|me|vn|asia|win|live|site|online|link|co|fun|casino|pro|tv|ws|" \
        "app|games|biz|one|ink|uk|us"
DOMAIN = re.compile(r"(?<![\w./@:-])([a-z0-9][a-z0-9-]{1,20}(?:\.[a-z]{2,3})?\.(?:" + _TLDS + r"))(?![\w/@-]|\.[a-z0-9])",
                    re.IGNORECASE)
ALIEN = re.compile(r"(?<![\w./@:-])([a-z]{1,6}\d{2,4}[a-z]{0,6}|\d{2,4}[a-z]{2,6})(?![\w/@.-])")
# a domain whose name holds a digit, under any top-level domain ("92lottery.dev", "q8vn.com"); both patterns take
# a host under a two-level suffix whole ("bbc.co.uk", "fb88.com.vn", "imvn3k4.uk.com"), never its first part ("bbc.co": lead,
# langfresh25's control "menfitness.co.uk" was flagged as "menfitness.co")
DIGIT_DOMAIN = re.compile(r"(?<![\w./@:-])((?=[a-z0-9-]*[a-z])(?=[a-z0-9-]*\d)[a-z0-9][a-z0-9-]{1,20}(?:\.[a-z]{2,3})?\.[a-z]{2,6})(?![\w/@-]|\.[a-z0-9])")
# a brand written with its capitals ("MB66", "Loto188"): only with a gambler's lucky number, since news writes "U23",
# "MH370", "A320", "G20" the same way (two letters at least: "F88", the pawn-shop chain, and "U23", "A54" are codes)
BRAND = re.compile(r"(?<![\w./@:-])([A-Z][A-Za-z]{1,6}\d{2,4}[A-Za-z]{0,6})(?![\w/@.-])")
# a brand with no digit or one ("Vwin", "Kubet", "BK8"): written like real names and models ("Darwin", "VF8"),
# so only where it fills a gap: between syllables that make no word together, that one syllable would join
BARE = re.compile(r"(?<![\w./@:-])([A-Za-z]{1,5}(?:" + alternation("bare") + r")|[A-Z]{2,3}\d)(?![\w/@.-])")

# The seeds, each a part of every match of its pattern, under the pattern's own flags:
#: DOMAIN's mandatory "." and top-level domain (led by the literal ".")
_DOMAIN_SEED = re.compile(r"\.(?:" + _TLDS + ")", re.IGNORECASE)
#: DIGIT_DOMAIN's closing "\.[a-z]{2,6}", its first two letters
_DIGIT_DOMAIN_SEED = re.compile(r"\.[a-z]{2}")
#: ALIEN's letter and two digits ("[a-z]\d\d", led by the first digit, the letter looked back at) or two digits and a
#: letter ("\d\d[a-z]": the last two of ``\d{2,4}`` and the first of ``[a-z]{2,6}``)
_ALIEN_SEED = re.compile(r"\d(?:(?<=[a-z]\d)\d|\d[a-z])")
#: BRAND's last letter before its first two digits ("[A-Za-z]\d\d", led by the digit)
_BRAND_SEED = re.compile(r"\d(?<=[A-Za-z]\d)\d")
#: BARE's first branch holds one of the ``bare`` words; its second two capitals and a digit (led by the digit)
_BARE_WORD = re.compile(alternation("bare"))
_CAPS_DIGIT = re.compile(r"\d(?<=[A-Z]{2}\d)")

_SEEDED: tuple[tuple[re.Pattern[str], Callable[[str], object]], ...] = (
    (DOMAIN, _DOMAIN_SEED.search), (DIGIT_DOMAIN, _DIGIT_DOMAIN_SEED.search), (ALIEN, _ALIEN_SEED.search),
    (BRAND, _BRAND_SEED.search), (BARE, lambda text: _BARE_WORD.search(text) or _CAPS_DIGIT.search(text)))


def scans(text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns :func:`.spam.find_spam_tokens` scans ``text`` with, in its order: DOMAIN, DIGIT_DOMAIN, ALIEN,
    BRAND, BARE where their seed is found, then TOKEN."""
    return (*(pattern for pattern, seed in _SEEDED if seed(text)), TOKEN)
