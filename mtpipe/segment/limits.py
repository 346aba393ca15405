"""Sentences longer than the model's token limit: :func:`fit_to_limit` splits them at clauses, then spaces, then
anywhere (moved out of ``sentences.py`` unchanged, branch ``seg23``)."""

from __future__ import annotations

import re
from typing import Callable


def fit_to_limit(text: str, lang: str, limit: int, count: Callable[[str, str], int]) -> list[tuple[int, int]]:
    """Split ``text`` into spans each at most ``limit`` tokens: clauses, then spaces, then anywhere.

    ``count`` may offer ``at_most(text, lang, limit)`` (:class:`mtpipe.tokens.TokenBudget`): the
    same answer as ``count(text, lang) <= limit``, often without counting."""
    at_most = getattr(count, "at_most", None)
    if (at_most(text, lang, limit) if at_most is not None else count(text, lang) <= limit) or len(text) < 2:
        return [(0, len(text))]
    mid = len(text) // 2
    cut = None
    for pattern in (r"[,;:，；：、]\s*", r"\s+"):
        points = [m.end() for m in re.finditer(pattern, text) if 0 < m.end() < len(text)]
        if points:
            cut = min(points, key=lambda p: abs(p - mid))
            break
    if cut is None:
        cut = mid
    left = text[:cut].rstrip()
    right_start = cut + (len(text[cut:]) - len(text[cut:].lstrip()))
    out = [(a, b) for a, b in fit_to_limit(left, lang, limit, count)]
    out += [(right_start + a, right_start + b) for a, b in fit_to_limit(text[right_start:], lang, limit, count)]
    return out
