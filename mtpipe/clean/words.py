"""Words of a line for telling a sentence from furniture (moved out of :mod:`mtpipe.clean.templates`, which
re-exports them): Chinese and Japanese count one word per two characters."""

from __future__ import annotations

import re
from functools import lru_cache

from ..scripts import HAN, KANA, char_class

__all__ = ["line_folded", "line_words", "word_count", "words_at_least"]

_HAN_KANA = re.compile(f"[{char_class(HAN, KANA)}]")


@lru_cache(maxsize=256)  # a page's lines: the boilerplate features ask about each several times
def _han_kana(line: str) -> bool:
    return _HAN_KANA.search(line) is not None


def words_at_least(line: str, k: int) -> bool:
    """``word_count(line) >= k`` (``k`` >= 1), without splitting a long line of spaced words whole."""
    if not (_han_kana(line) if len(line) <= 2000 else _HAN_KANA.search(line)):  # (a long line: not remembered)
        return len(line_words(line)) >= k if len(line) <= 2000 else len(line.split(None, k - 1)) >= k  # (k parts)
    return word_count(line) >= k


@lru_cache(maxsize=1 << 14)  # the per-line record (perf92): a page line is split ~55 times by the clean + segment path
def line_words(line: str) -> tuple[str, ...]:
    """``tuple(line.split())``, made once for a line and read by every layer that asks (``len(line_words(s))``, not
    ``len(s.split())``): a tuple, so no caller can change what the next one reads."""
    return tuple(line.split())


@lru_cache(maxsize=1 << 14)  # ... and casefolded ~20 times (perf91's count)
def line_folded(line: str) -> str:
    """``line.casefold()``, folded once for a line."""
    return line.casefold()


@lru_cache(maxsize=4096)  # a line asked by several layers (32,839 calls for 9,956 lines over the text pages: perf54)
def word_count(line: str) -> int:
    """Words of a line for telling a sentence from furniture: ``split()`` words, except that
    Chinese and Japanese (Han and kana, :mod:`mtpipe.scripts`), written without spaces, count
    one word per two characters ("中国外交部发言人毛宁主持例行记者会" is 8 words, not 1); a
    token of punctuation alone between them is no word.  Korean has spaces: counted by them."""
    if not _HAN_KANA.search(line):
        return len(line_words(line))
    han = len(_HAN_KANA.findall(line))
    rest = sum(1 for tok in _HAN_KANA.sub(" ", line).split() if any(ch.isalnum() for ch in tok))
    return rest + (han + 1) // 2
