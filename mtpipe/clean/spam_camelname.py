"""A camel-case name standing inside a Vietnamese name: the name's slot, read as :func:`.spam_slugs.name_run` reads
it for a lower-case word (spam105, issue 12).

:func:`.spam_lone.lone_token` flags a stray lower-case word alone in its sentence inside a name ("bạn tuanpham",
"Chuôn loivs": a capitalised Vietnamese syllable right before it that does not open its sentence, or a person's
title before it and a capitalised syllable after it: ``name_run``, spam41/72), but asked a camel-case name in the same
slot for a gambling piece or a piece no list knows (:func:`.spam_camel.camel_place`): "người dân Chuôn
CyberHackingSage và Chuôn Trung" (langfresh50, for "Chuôn Thượng"), "vua Chăm Pa là Chế CauvoCapital" (langfresh37),
"ở Phúc BoomFantasy" (langfresh48), "bà Quế CounterLuck" (langfresh34) were let be, each piece an English word.
No writer spells one half of a Vietnamese name and glues an English brand in camel case to it.

Counted at spam105 (a stray camel-case name of letters, alone in its sentence, written once, at ``name``, after a
capitalised syllable not opening its sentence; benchmarks/notes/spam105.md): the 45 dev spam sets hold 13 such rows
that ``lone_token`` let be; the dev controls (12,825 texts) none; the 38,093 news articles one ("kênh Bé KuTin": a
channel's name); name_run leaves a country's name before it out ("chuyên gia Mỹ McMaster", "Hãng xe hơi Việt Nam
VinFast": "việt nam" joined :data:`.spam_slugs.COUNTRIES` for it, a dev control), and a name before a dash is a
headline's credit ("Phi Thanh Vân GiadinhNet - Hai lần ...", a news article).
"""

from __future__ import annotations

import re

from .spam_camel import camel_place
from .spam_context import features, score
from .spam_slugs import name_run

#: a dash after the name: a headline's credit ("Phi Thanh Vân GiadinhNet - Hai lần kết hôn": a site's name)
_DASH = re.compile(r" ?[-–—]")

__all__ = ["camel_slot"]


def camel_slot(text: str, a: int, b: int, place: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether the stray camel-case name ``text[a:b]``, alone in its sentence at ``place``, reads as pasted: by its
    pieces (:func:`.spam_camel.camel_place`), or inside a name (module docstring)."""
    if camel_place(text[a:b], place, score(features(text, a, b)), known):
        return True
    return place == "name" and not _DASH.match(text, b) and name_run(text, a, b, known)
