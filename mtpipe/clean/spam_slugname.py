"""English words joined by a hyphen where a Vietnamese name goes (spam64, issue 12).

A slug of English pieces ("archer-exchange", "wins-feed": :func:`.spam_compound.english_slug`, a piece Vietnamese text
never writes) is a gambling or trading site's name. :func:`.spam_lone.lone_token` weighs it inside a sentence by the
context model (over :data:`.spam_slugs.HYPHEN_GATE`) and takes it where a name goes only after a place word
(:func:`.spam_placeslot.place_slot`: "ở gamble-tribe Cà Mau"). Two places where a name goes were left:

- after a word that introduces a name (:data:`.spam_names.NAME_INTRO`: "bản", "làng", "hãng") or a capitalised
  syllable inside a name (:func:`.spam_lone._place`'s ``name``): "Bản wins-feed là nơi" for "Bản Lùn" (langfresh35);
- between a lower-case syllable and a capitalised one, where a name's first syllable or the word before a name stands:
  "thiền archer-exchange Trúc Lâm" for "thiền phái Trúc Lâm" (langfresh35).

No writer puts an English compound of such pieces in a Vietnamese name; the real ones stand in brackets after their
Vietnamese term ("phi thần (non-theism)"), after a noun that names a kind ("kiểu chữ sans-serif ở") or after a word
that names a term ("gọi là epi-mark.", "là non-cacheable có": :data:`.spam_shapes.SITE_INTRO`, which
:data:`.spam_names.NAME_INTRO` holds), all outside these places. :func:`slug_in_name`: the token is such a slug, written once, no class of real text
(:func:`.spam_context.real_word`), alone in a sentence of running Vietnamese (:func:`.spam_lone.alone`), in one of the
two places. Over the clean controls (53,105 texts: realpages ``lang=vi`` lines, dev langfresh sentences and originals,
``benchmarks/spam_context.py``'s texts and held-out Wikipedia sentences) no slug is taken; 11 dev spam tokens stand so
(9 caught before by other rules). Flag only, never repaired.
"""

from __future__ import annotations

import re

from .spam_compound import english_slug
from .spam_context import real_word
from .spam_gaps import vietnamese_syllable
from .spam_lone import _place, alone
from .spam_shapes import BEFORE, SITE_INTRO

__all__ = ["slug_in_name"]

_PREV = re.compile(r"(?:^|\s)([^\W\d_]+) $")
_NEXT = re.compile(r" ([^\W\d_]+)")


def slug_in_name(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is an English slug alone in a Vietnamese sentence where a name goes (module docstring)."""
    tok = text[a:b]
    if "-" not in tok or not english_slug(tok, known) or not (a == 0 or text[a - 1] in BEFORE):
        return False
    if len(re.findall(r"(?<![\w.])" + re.escape(tok) + r"(?![\w-])", text, re.IGNORECASE)) > 1:
        return False
    if real_word(text, a, b) is not None or not alone(text, a, b, known):
        return False
    p, n = _PREV.search(text[max(0, a - 40):a]), _NEXT.match(text[b:b + 40])
    if p and p.group(1).lower() in SITE_INTRO:
        return False  # a term named after "là", "của", "và" ("gọi là epi-mark.", "là non-cacheable có": Wikipedia)
    if _place(text, a, b, known) == "name":
        return True
    return bool(p and n) and p.group(1).islower() and vietnamese_syllable(p.group(1), known) \
        and n.group(1)[:1].isupper() and n.group(1)[1:].islower() and vietnamese_syllable(n.group(1), known)
