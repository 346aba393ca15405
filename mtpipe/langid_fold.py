"""Look-alike letters read as the letters they imitate, for language ID only (lang27; the text is not changed).

Two kinds seen on real pages:

- Homoglyphs inside Cyrillic words: Greek ``ο κ ρ α`` or Latin ``o c e p`` typed for the Cyrillic letters they
  look like, an anti-copy trick of some Russian sites ("Всегο на мοдернизацию ... κорпуса", train27ru, where
  the Greek omicron made the page Greek).  Only a word that mixes Cyrillic letters with such look-alikes is
  folded, and only when every non-Cyrillic letter in it has a Cyrillic twin: a Greek or Latin word on its own
  ("λόγος", "Apple") is left as written.  The twins are the project's one look-alike table (Unicode's
  confusables), its pairs whose twin is a Russian letter (:func:`mtpipe.lookalikes.russian_twins`, mix82): a fold
  adds no letter of another Cyrillic language.  (The Latin ``i`` for ``і`` is :mod:`mtpipe.langid`'s own rule.)
- "Fancy font" letters: small capitals (``Tʜᴇᴏ ᴘʜᴀ́ᴛ ɴɢᴏ̂ɴ``, held9: Vietnamese called an unnamed script) and the
  mathematical bold/italic alphabets (``𝐓𝐡𝐨̂𝐧𝐠 𝐛𝐚́𝐨``) read as the plain letters, combining marks composed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lookalikes import CYRILLIC_BESIDE_OTHER, SMALL_CAPITALS, cyrillic_beside_other, russian_twins

__all__ = ["fold_lookalikes"]

# small capitals -> the plain lower-case letter (the shared table)
_FROM_SMALL = str.maketrans(SMALL_CAPITALS)
_FANCY = re.compile("[" + "".join(SMALL_CAPITALS) + "\U0001d400-\U0001d7ff]")
_MATH = re.compile("[\U0001d400-\U0001d7ff]")
# a Cyrillic letter next to a Greek or Latin one: the quick test before looking at words (asked as
# :func:`.lookalikes.cyrillic_beside_other`, the same test led by rarer classes: perf84)
_MIXED = CYRILLIC_BESIDE_OTHER
_WORD = re.compile(r"[^\W\d_]+")
_CYR = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=1)
def _to_cyrillic() -> dict[int, str]:
    return str.maketrans(russian_twins())


def _fold_word(m: re.Match[str]) -> str:
    word = m.group()
    others = [ch for ch in word if not _CYR.match(ch)]
    twins = russian_twins()
    if not others or not all(ch in twins for ch in others):
        return word
    return word.translate(_to_cyrillic())


def fold_lookalikes(text: str) -> str:
    """``text`` with look-alike letters read as the letters they imitate (see the module)."""
    if text.isascii():
        return text
    if _FANCY.search(text):
        text = text.translate(_FROM_SMALL)
        if _MATH.search(text):
            text = _MATH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
        text = unicodedata.normalize("NFC", text)
    if cyrillic_beside_other(text):  # (a Cyrillic letter first: one scan, 4x faster on Latin text)
        text = _WORD.sub(_fold_word, text)
    return text
