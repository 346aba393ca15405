"""A name after the noun of an organisation's unit: a department, a branch, an office (spam60, issue 12 point 3).

:func:`.spam_names.pasted_name` leaves a label alone after a word that introduces a name (:data:`.spam_names.
NAME_INTRO`: "hãng", "ty", "tập đoàn", "ngân hàng"), words of one syllable, looked up alone. The nouns of a company's
units are words of two syllables whose second syllable alone introduces nothing ("bộ phận" a department, "số phận"
fate; "chi nhánh" a branch, "nhánh cây" a twig), so a unit's English name after them read, between two lower-case
syllables, as a label pasted over a syllable: "Theo Bộ phận Worldpanel thuộc Kantar" (langfresh33's look-alike,
a real news sentence: Kantar's Worldpanel division), as would "chi nhánh Intel Products Việt Nam", "đơn vị
Cloudfield của Amazon", "văn phòng Greenpeace tại Hà Nội". :data:`UNIT_NOUNS` are those nouns, matched whole
(:func:`unit_slot`); after them a name is expected as after :data:`.spam_names.NAME_INTRO`'s words.
"""

from __future__ import annotations

import unicodedata

__all__ = ["UNIT_NOUNS", "unit_slot"]

#: nouns of an organisation's unit, after which the unit's name stands (module docstring)
UNIT_NOUNS = frozenset(unicodedata.normalize("NFC", w) for w in (
    "bộ phận", "chi nhánh", "đơn vị", "văn phòng", "phòng ban", "công ty con", "công ty mẹ", "trụ sở"))
_LONGEST = max(len(w.split()) for w in UNIT_NOUNS)


def unit_slot(text: str, a: int) -> bool:
    """Whether the words right before ``text[a:]`` (one space between) end in a noun of :data:`UNIT_NOUNS`."""
    if text[a - 1:a] != " ":
        return False
    words = [w.strip("\"'“‘«(") for w in unicodedata.normalize("NFC", text[max(0, a - 30):a]).lower().split()]
    return any(" ".join(words[-n:]) in UNIT_NOUNS for n in range(2, _LONGEST + 1) if len(words) >= n)
