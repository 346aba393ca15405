"""Stray hyphenated tokens :mod:`.spam_lone` passed on langfresh29 (spam50, issue 12 point 3): a place's name with its
first syllable gone.

Told by its shape and its place in a sentence of running Vietnamese (the token the only Latin word there:
:func:`.spam_lone.alone`, written once on its page), flagged, never repaired:

- *a place name's first syllable* (:func:`place_slot`): lower-case English words joined by hyphens, three letters or
  more each ("gamble-tribe", "trend-apparent"), right after a word that names a kind of place or says where
  (:data:`PLACE_WORDS`: "sông", "bản", "hồ", "ở", "tại") and right before a capitalised Vietnamese syllable, the
  name's rest ("ở gamble-tribe Cà Mau", "sông trend-apparent Long"). A place's name is written in capitals syllable by
  syllable, so a lower-case term there is none of its syllables. :func:`.spam_lone.stray` lets such pieces pass as a
  hyphenated term ("long-term", "check-in"); real terms are English compounds the lists know written whole
  ("world-class", "high-tech", "start-up") or hold a piece of two letters ("check-in", "e-mail"), and unmarked
  syllables joined so transcribe a name ("ban-mai"). Lower-case words of letters alone in that slot are left alone:
  shops and brands are written so in forums ("tại vinmart Hà Đông", "tại thegioididong Cầu Giấy", "ở khachsan
  Mường Thanh"), as langfresh29's "ở codeotop Sơn" is. The slot alone (:func:`name_slot`) serves
  :func:`.spam_genre.pasted_trade_name`: a name built on a trade's word there is weighed, not passed as one a
  place word introduces ("bản bongdatam Cấu").

Vietnamese syllables glued without marks into one lower-case token in a syllable's slot ("xây dựng laydinhcao thế
kỷ") are no class here: shops' names are written so in the same slots and read as pasted to the context model as
much ("mua sữa bachhoaxanh vì", log-odds 3.47 against 3.64; "dùng dienmayxanh để", 2.74).
"""

from __future__ import annotations

import re

__all__ = ["PLACE_WORDS", "name_slot", "place_slot"]

#: words after which a place's name stands: kinds of place, and "ở", "tại" (where)
PLACE_WORDS = frozenset("làng xã thôn bản buôn phố tỉnh huyện quận sông núi đảo vịnh hồ ở tại".split())
_HYPHENED = re.compile(r"[a-z]{3,}(?:-[a-z]{3,})+")


def place_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]``, a stray lower-case token, stands where a place name's first syllable does: after a word
    of :data:`PLACE_WORDS` (one space between), before a capitalised Vietnamese syllable (module docstring)."""
    tok = text[a:b]
    if not _HYPHENED.fullmatch(tok):
        return False
    from .spam_gaps import _SYLLABLE
    from .spam_names import _brand_like, load_words, solid_compounds

    if any(_SYLLABLE.fullmatch(p) for p in tok.split("-")) or _brand_like(tok):
        return False  # (unmarked syllables joined so transcribe a name: "ban-mai")
    if tok.replace("-", "") in load_words() or tok.replace("-", "") in solid_compounds():
        return False  # an English compound ("world-class", "high-tech", "start-up")
    return name_slot(text, a, b, known)


def name_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` stands where a place name's first syllable does, whatever its shape: after a word of
    :data:`PLACE_WORDS` (one space between), before a capitalised Vietnamese syllable."""
    from .spam_gaps import vietnamese_syllable

    m = re.search(r"(?:^|\s)([^\W\d_]+) $", text[max(0, a - 30):a])
    if not (m and m.group(1).lower() in PLACE_WORDS):
        return False
    m = re.match(r" ([^\W\d_]+)(?:[\s.,;:!?)]|$)", text[b:b + 40])
    return bool(m) and m.group(1)[:1].isupper() and m.group(1)[1:].islower() and vietnamese_syllable(m.group(1), known)
