"""Hyphenated English pieces that no writer joins, alone in running Vietnamese (spam45, issue 12 point 3).

:func:`.spam_lone.stray` lets a lower-case hyphenated token of English pieces pass as a term ("long-term",
"check-in", "world-class"): such pieces are of one kind (:func:`.spam_lone._one_kind`). Gambling hosts' slugs are
written so too ("ultimate-odds", "geoff-banks"): a brand's words joined the way a site's address joins them. What
tells them apart (:func:`english_slug`):

- every piece is of letters alone, three at least (terms of the trade of writing hold a short piece: "e-mail",
  "wi-fi", "k-pop", "check-in", "top-up", "log-in");
- and one piece at least is a word Vietnamese text never writes (no word of
  :func:`.spam_bigrams.written_words`, the Latin words Vietnamese Wikipedia writes; no Vietnamese syllable's shape):
  a term a Vietnamese writer borrows is built of the English words Vietnamese text borrows ("long-term", "real-time",
  "start-up");
- no known site, no Vietnamese company's name, no word of any list written whole, no English compound of the
  gambling trade, which starts with the trade's word (:data:`.spam_slugs.GAMBLING_PIECES`: "poker-dice",
  "casino-hotel", spam41).

Weighed by :func:`.spam_lone.lone_token` where it is the only Latin word of its sentence and written once: flagged at
a sentence's start and right after a number (where a unit or a counted noun stands), elsewhere (inside a name, between
two syllables, before the final stop) only with the context model of :mod:`.spam_context` over
:data:`.spam_slugs.HYPHEN_GATE`. Flagged, never repaired.
"""

from __future__ import annotations

import re

from .spam_bigrams import written_words
from .spam_gaps import _SYLLABLE, _strip_tones
from .spam_lexicon import known_site
from .spam_names import _brand_like, load_words, solid_compounds
from .spam_slugs import GAMBLING_PIECES

__all__ = ["english_slug"]

_PIECES = re.compile(r"[a-z]{3,}(?:-[a-z]{3,})+")


def english_slug(tok: str, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``tok`` is lower-case hyphenated pieces of three letters at least, one of them a word Vietnamese text
    never writes (module docstring)."""
    if not _PIECES.fullmatch(tok) or tok.split("-", 1)[0] in GAMBLING_PIECES or known_site(tok) or _brand_like(tok) or tok in load_words() \
            or tok.replace("-", "") in load_words() or tok.replace("-", "") in solid_compounds():
        return False
    written = written_words()
    return any(p not in written and p not in known and not _SYLLABLE.fullmatch(_strip_tones(p))
               for p in tok.split("-"))
