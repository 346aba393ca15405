"""An invented lower-case word right after a word that introduces a person or a place (spam85, issue 12 point 3).

"đã thấm vào máu thịt của bà guarupps." (for "bà con"), "diện tích đất trên đảo daleasy trồng tỏi" (for "đảo này"):
a word of kinship or address ("ông", "bà", "anh", "chị", "cô", "chú", "bác", "cậu", "thầy") or of a settlement or a
landform ("làng", "xã", "thôn", "buôn", "phố", "tỉnh", "huyện", "quận", "sông", "núi", "đảo", "vịnh", "hồ", "đèo")
is followed by a Vietnamese syllable or a name, and a name is capitalised; the lower-case Latin words real text puts
there are loanwords the lists know ("anh shipper", "chị streamer") or English words glued ("cô hotgirl").
:func:`.spam_lone.lone_token` leaves a lower-case word at that "name" place alone (Wikipedia writes terms in lower
case where other NAME_INTRO words, "ứng dụng", "dòng", "xe", stand before them: "xe becak", "chatbot"); these words
of people and places take no terms.

The token: letters alone in lower case, five at least, no word of any list, no unmarked Vietnamese syllables
(:func:`.spam_bound._syllables`), not two English words glued (three letters each at least: "hotgirl", "idolkpop");
:func:`.spam_lone.stray`, written once, no :func:`.spam_context.real_word` class, the only Latin word of a sentence of
running Vietnamese (:func:`.spam_lone.alone`, four marked words). The word before: one of those above, in lower case,
one space before the token. No context gate: the slot and the shape are the evidence (guarupps reads -1.35, daleasy
-1.14 to the context model). Controls (benchmarks/notes/spam85.md): 38,093 real news articles (1,862 such words after
those words), the dev clean and look-alike sentences, realpages vi lines, the context corpora and held-out Wikipedia:
no token flagged. Flagged, never repaired.
"""

from __future__ import annotations

import re

__all__ = ["KIN_PLACE_WORDS", "kin_slot", "kin_evidence"]

#: words of kinship and address, of settlements and landforms: a person's or a place's name follows them
KIN_PLACE_WORDS = frozenset("ông bà anh chị cô chú bác cậu thầy "
                            "làng xã thôn buôn phố tỉnh huyện quận sông núi đảo vịnh hồ đèo".split())
_PREV = re.compile(r"(?:^|[\s(\"“])([^\W\d_]+) $")


def _glued_words(tok: str) -> bool:
    from .spam_names import load_words

    words = load_words()
    return any(tok[:i] in words and tok[i:] in words for i in range(3, len(tok) - 2))


def kin_slot(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> bool:
    """Whether ``text[a:b]`` is an invented lower-case word right after a word of :data:`KIN_PLACE_WORDS`."""
    tok = text[a:b]
    if not (tok.isascii() and tok.isalpha() and tok.islower() and len(tok) >= 5):
        return False
    m = _PREV.search(text[max(0, a - 40):a])
    if m is None or m.group(1) not in KIN_PLACE_WORDS:
        return False
    from .spam_bound import _syllables, english_form
    from .spam_context import real_word
    from .spam_lone import alone, stray
    from .spam_names import _brand_like, load_words, solid_compounds

    if _brand_like(tok) or tok in known or tok in load_words() or tok in solid_compounds() or english_form(tok) \
            or _syllables(tok) or _glued_words(tok) or not stray(tok, known):
        return False
    if len(re.findall(r"(?<![\w.-])" + re.escape(tok) + r"(?![\w-])", text, re.IGNORECASE)) != 1:
        return False
    return real_word(text, a, b) is None and alone(text, a, b, known, 4)


def kin_evidence(text: str, a: int, b: int) -> str:
    """The ledger's evidence for a token :func:`kin_slot` holds."""
    m = _PREV.search(text[max(0, a - 40):a])
    word = m.group(1) if m else "?"
    return (f"the only Latin word of a Vietnamese sentence, explained by no list: an invented lower-case word right "
            f"after {word!r}, where a person's or a place's name or a syllable stands (spam85)")
