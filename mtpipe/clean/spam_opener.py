"""A site's name right after a sentence's first syllable (spam70, issue 12 point 3).

:func:`.spam_lone._place` gives a stray token a place between two syllables (``inner``) only after a lower-case
syllable: a capitalised one before it is a name's ("Huyện sharkreef.com Hải": ``name``), unless it opens the
sentence, where its capital says nothing, and then the token had no place at all. So a host or a gambling slug
standing for a sentence's second syllable passed wherever no other test took it: "Thời scommettendo.it qua đi" ("Thời
gian", langfresh38, taken by :func:`.spam_hostword.host_in_word` since), "Cây eat-sleep-bet im lìm" ("Cây cối",
langfresh38). Here that slot counts as ``inner`` does for the two shapes no writer gives a word (:func:`.spam_lone.
_shape`'s ``unwritten``: a host, letters and figures; ``slug``: a gambling site's slug): the token is stray and alone
in its sentence (:func:`.spam_lone.lone_token`'s own tests), a lower-case Vietnamese syllable follows, and the context
model reads it as pasted over :data:`.spam_lone.LOW_GATE`. Dev: 11 spam rows of these shapes in that slot (all taken
by other tests already); the clean controls (52,429 texts) hold none.

Flagged, never repaired.
"""

from __future__ import annotations

import re

from . import spam_lone as L
from .spam_context import features, real_word, recurs, score

__all__ = ["opener_slot"]

_FIRST_WORD = re.compile(r"(?:^|\n|[“\"(«‘'])([^\W\d_]+) $")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def opener_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]``, a host's or a gambling slug's shape, stands for its sentence's second syllable (module
    docstring)."""
    tok = text[a:b]
    if text[a - 1:a] != " " or not (b == len(text) or text[b] in " \n,;:" + L._CLOSE):
        return False
    if L._shape(tok) not in ("unwritten", "slug") or not L.stray(tok, known):
        return False
    m = _FIRST_WORD.search(text[max(0, a - 40):a])
    n = _NEXT_WORD.match(text[b:b + 40])
    if not (m and n and m.group(1)[:1].isupper() and L._vi_word(m.group(1), known) and n.group(1).islower()
            and L._vi_word(n.group(1), known) and L.true_start(text, a - len(m.group(1)) - 1)):
        return False
    if m.group(1).lower() in L.SITE_INTRO:
        return False  # "Theo spiegel.de cho biết": a site named where a text names one
    if recurs(text, tok):
        return False  # written twice: a real name (as lone_token)
    marked = L.MIN_MARKED_DOMAIN if "." in tok else L.MIN_MARKED
    if real_word(text, a, b) is not None or not L.alone(text, a, b, known, marked):
        return False
    return score(features(text, a, b)) > L.LOW_GATE
