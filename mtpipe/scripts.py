"""One table of scripts and their character ranges, and the tests built on it.

Every "is this a Chinese character" question in mtpipe is answered here, so
detection, segmentation, glossary matching, term protection, encoding repair
and evaluation agree on what a Han character is.

Han is the CJK Unified Ideographs blocks and their extensions plus the
compatibility ideographs; a plain ``"\\u3400" <= c <= "\\u9fff"`` would also take
the Yijing hexagram symbols (U+4DC0–U+4DFF) between Extension A and the main
block, and ``"\\u4e00" <= c <= "\\u9fff"`` misses Extension A, the supplementary
planes and the compatibility ideographs.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

__all__ = ["HAN", "KANA", "HANGUL", "CJK_PUNCTUATION", "FULLWIDTH", "NO_WORD_SPACES", "SCRIPTS",
           "in_ranges", "is_han", "is_kana", "is_cjk", "char_class"]

Ranges = tuple[tuple[int, int], ...]

#: CJK Unified Ideographs Extension A, the main block, the compatibility ideographs, Extensions B–F with the
#: compatibility supplement, Extensions G–H.
HAN: Ranges = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F), (0x30000, 0x323AF))
#: Hiragana and Katakana.
KANA: Ranges = ((0x3040, 0x30FF),)
#: Hangul syllables.
HANGUL: Ranges = ((0xAC00, 0xD7AF),)
#: CJK Symbols and Punctuation (ideographic space, 。、「」《》...).
CJK_PUNCTUATION: Ranges = ((0x3000, 0x303F),)
#: Halfwidth and Fullwidth Forms (，！？ and full-width letters and digits).
FULLWIDTH: Ranges = ((0xFF00, 0xFFEF),)
#: Scripts written without spaces between words: a word boundary cannot be asked of them.
NO_WORD_SPACES: Ranges = KANA + HAN + HANGUL

#: Name -> ranges, for whoever needs to list them.
SCRIPTS: dict[str, Ranges] = {"han": HAN, "kana": KANA, "hangul": HANGUL, "cjk_punctuation": CJK_PUNCTUATION,
                              "fullwidth": FULLWIDTH}


def in_ranges(ch: str, ranges: Ranges) -> bool:
    """Whether the character ``ch`` lies in one of ``ranges``."""
    o = ord(ch)
    for lo, hi in ranges:  # a plain loop: any() over a generator costs twice as much per call
        if lo <= o <= hi:
            return True
    return False


def is_han(ch: str) -> bool:
    """A Chinese character (hanzi, kanji, hanja): see :data:`HAN`."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or (o >= 0x3400 and in_ranges(ch, HAN))


def is_kana(ch: str) -> bool:
    """Hiragana or katakana."""
    return 0x3040 <= ord(ch) <= 0x30FF


def is_cjk(ch: str) -> bool:
    """A character of a script written without word spaces (Han, kana, Hangul)."""
    return in_ranges(ch, NO_WORD_SPACES)


def char_class(*tables: Sequence[tuple[int, int]]) -> str:
    """The inside of a regex character class (``[...]``) matching the ranges of ``tables``."""
    return "".join(f"\\U{lo:08x}-\\U{hi:08x}" for table in tables for lo, hi in table)


@lru_cache(maxsize=1)
def _t2s():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional Chinese to simplified (official OpenCC, ``t2s``)."""
    return _t2s().convert(text) if text else text
