"""A camel-case name standing inside a Vietnamese name: the name's slot, read as :func:`.spam_slugs.name_run` reads
it for a lower-case word (spam105, issue 12).

:func:`.spam_lone.lone_token` flags a stray lower-case word alone in its sentence inside a name ("bạn tuanpham",
"Chuôn loivs": a capitalised Vietnamese syllable right before it that does not open its sentence, or a person's
title before it and a capitalised syllable after it: ``name_run``, spam41/72), but asked a camel-case name in the same
slot for a gambling piece or a piece no list knows (:func:`.spam_camel.camel_place`): "người dân Chuôn
CyberHackingSage và Chuôn Trung" (langfresh50, for "Chuôn Thượng"), "vua Chăm Pa là Chế CauvoCapital" (langfresh37),
"ở Phúc BoomFantasy" (langfresh48), "bà Quế CounterLuck" (langfresh34) were let be, each piece an English word.
No writer spells one half of a Vietnamese name and glues an English brand in camel case to it. After a whole name of
two capitalised syllables or more the slot is a brand's as often ("đảo Phú Quốc VinWonders", spam64's real sentence,
against "Kiều Quốc IndoAgen", langfresh47): left to :func:`.spam_camel.camel_place`.

Counted at spam105 (``lone_token`` on every camel-case name of letters, integ against this module;
benchmarks/notes/spam105.md): the 45 dev spam sets gain 16 rows (14 of them caught by other tests before), the dev
controls (12,825 texts) and the 38,093 news articles none. The guards: a whole name before it (above: "Việt Nam
VinFast", langfresh13's clean sentence), a dash after it (a headline's credit: "Phi Thanh Vân GiadinhNet - Hai lần
...", a news article); name_run leaves a country's name before it out ("chuyên gia Mỹ McMaster").
"""

from __future__ import annotations

import re

from .spam_camel import camel_place
from .spam_context import features, score
from .spam_slugs import name_run

#: a dash after the name: a headline's credit ("Phi Thanh Vân GiadinhNet - Hai lần kết hôn": a site's name)
_DASH = re.compile(r" ?[-–—]")
#: the word before the capitalised syllable before the name, when it ends in a letter
_TWO_BEFORE = re.compile(r"(?:^|\s)(\S*[^\W\d_]) [^\W\d_]+ $")

__all__ = ["camel_slot"]


def camel_slot(text: str, a: int, b: int, place: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether the stray camel-case name ``text[a:b]``, alone in its sentence at ``place``, reads as pasted: by its
    pieces (:func:`.spam_camel.camel_place`), or inside a name (module docstring)."""
    if camel_place(text[a:b], place, score(features(text, a, b)), known):
        return True
    if place != "name" or _DASH.match(text, b) or not name_run(text, a, b, known):
        return False
    m = _TWO_BEFORE.search(text[max(0, a - 60):a])
    return not (m and m.group(1)[:1].isupper())  # a whole name before it ("đảo Phú Quốc VinWonders": spam64)
