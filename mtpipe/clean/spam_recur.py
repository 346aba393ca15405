"""Whether a token is written twice on its page (a real name: a pasted label recurring is :mod:`.spam`'s own case).

The spam tests ask it of one candidate at a time (:mod:`.spam_context`, :mod:`.spam_lone`, :mod:`.spam_letters`,
:mod:`.spam_classes`, :mod:`.spam_opener`, :mod:`.spam_boundpair`, :mod:`.spam_camelwords`): the token counted
case-insensitively at word bounds, more than once.  That count compiles a pattern per token (re's cache of 512 holds
a run's tokens only in part), so :func:`may_recur`, a necessary condition, asks first (perf60's gate in
:mod:`.spam_context`; perf84 gave it to every asker).
"""

from __future__ import annotations

import re

__all__ = ["FOLDS_TO_ASCII", "may_recur", "recurs"]

#: the letters outside ASCII that re's IGNORECASE matches to an ASCII letter, or whose str.lower holds one (İ ı ſ K)
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


def may_recur(text: str, tok: str) -> bool:
    """False only when :func:`recurs`' count of ``tok`` in ``text`` (case-insensitive, at word bounds) cannot
    exceed one: an ASCII token that ``text.lower()`` holds once, in a text with none of :data:`FOLDS_TO_ASCII`
    (then each match of that count is an occurrence str.lower finds, and matches do not overlap)."""
    return not tok.isascii() or text.lower().count(tok.lower()) > 1 or any(ch in text for ch in FOLDS_TO_ASCII)


def recurs(text: str, tok: str) -> bool:
    """``tok`` stands more than once in ``text`` as a word of its own, in any case (no word character or "." before
    it, no word character after it)."""
    return may_recur(text, tok) and len(re.findall(r"(?<![\w.])" + re.escape(tok) + r"(?![\w])", text, re.IGNORECASE)) > 1
