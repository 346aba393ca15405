"""A stray lower-case token between a person's title and a name's syllable, inside the clause (spam86, issue 12).

"Lúc mới xây dựng, vua funaloma Long cho đặt ở đó một cái đài" (for "vua Gia Long"): a person's title
(:data:`.spam_slugs.PERSON_TITLES`: "vua", "ông", "tướng", ...) is followed by a name, and a name is capitalised.
:func:`.spam_slugs.name_run` knows the slot (a title before, a capitalised Vietnamese syllable after), and
:func:`.spam_lone.lone_token` flags a stray lower-case token there, but only where :func:`.spam_lone._place` calls
the place "name": after a capitalised syllable, after a word that introduces a name, or before a name's last
syllable when punctuation follows it ("ở Nasd5715 An."). With the clause going on after the name's syllable ("vua
funaloma Long cho", "vua gjackpot-ph Đại đã") the place has no name and the token was weighed nowhere.

:func:`title_slot`: the shapes lone_token weighs in lower case (``lower``: an invented word, hyphenated pieces;
``unwritten``: letters and figures; ``slug``), :func:`.spam_lone.stray`, written once, no
:func:`.spam_context.real_word` class, the only Latin word of a sentence of running Vietnamese
(:func:`.spam_lone.alone`, four marked words), no place of :func:`.spam_lone._place`, and :func:`.spam_slugs.name_run`
(a title right before it, a capitalised syllable right after; not a Korean or Japanese honorific). No context gate,
as at lone_token's "name" place. Controls: 38,093 real news articles hold 93,921 lower-case Latin tokens in that slot
(syllables written without marks, "gia", "cho"), 79 of them where ``_place`` has no place, none stray and alone; the
54,140 clean control texts 6,705 and 16, none (benchmarks/notes/spam86.md). Flagged, never repaired; asked from
:func:`.spam_classes.class_token`.
"""

from __future__ import annotations

import re

from .spam_context import real_word
from .spam_lone import _place, _shape, alone, stray
from .spam_slugs import name_run

__all__ = ["title_slot", "title_slot_evidence"]


def title_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a stray lower-case token between a person's title and a name's syllable (module
    docstring)."""
    tok = text[a:b]
    if not (tok.isascii() and tok == tok.lower()):
        return False
    if _shape(tok) not in ("lower", "unwritten", "slug") or "." in tok or not name_run(text, a, b, known):
        return False
    if not stray(tok, known) or _place(text, a, b, known) is not None:
        return False
    if len(re.findall(r"(?<![\w.-])" + re.escape(tok) + r"(?![\w-])", text, re.IGNORECASE)) != 1:
        return False
    return real_word(text, a, b) is None and alone(text, a, b, known, 4)


def title_slot_evidence(text: str, a: int, b: int) -> str:
    """The ledger's evidence for a token :func:`title_slot` holds."""
    return ("the only Latin word of a Vietnamese sentence, explained by no list: a lower-case token between a "
            "person's title and a name's capitalised syllable, where a name's syllable stands (spam86)")
