"""A Latin token right after a syllable that Vietnamese writes only as the first half of one word (spam82, issue 12).

Pasted spam tokens replace one syllable of a real sentence. Where the syllable replaced is the second half of a word
whose first half is *bound* -- a syllable that, in the Wikipedia syllable table, is followed by one partner almost
every time and never by a foreign word ("tấp" -> "nập" 35 of 38, "sảng" -> "khoái" 11 of 11, "dế" -> "mèn" 8 of 8)
-- the token stands where no writer puts a name or a loan: "tấp cotosen hơn" (langfresh32), "vô cùng sảng byntra."
(langfresh36). The test reads the slot, not the token's letters, so it holds for any shape (invented lower-case
words, camel-case runs, glued English words) and does not ask that the token be the sentence's only Latin word.

:func:`bound_partner` holds for a lower-case syllable of :data:`MIN_SEEN` successors or more in
:func:`.spam_bigrams.wiki_successors`, its commonest successor :data:`MIN_SHARE` of them or more, and no foreign word
after it in :func:`.spam_slots.load_slots`' counts. :func:`broken_pair` holds for a token written once, with a
letter, no Vietnamese syllable (toneless "nap" is the partner typed without marks) and nothing explains
(:func:`.spam_lone.stray`), right after such a syllable written in lower case, where that syllable does not close a
word with the one before it (:func:`.spam_bound.closes_word`), not before a capitalised word of no syllable (a foreign
name of two words: "gạo cội Youn Yuh Jung", "đỏ rực Ariadna Gutíerrez"; the Wikipedia table has too few of these
pairs for the closing test) and not the partner mistyped (its letters the partner's Telex keys give or take one:
"nỗ lwujc", "khả anwng"), nor the partner unmarked and glued to the next word ("găng taycao su", "vắc xin28 ngày":
the held half's two tokens, so that test is in-sample).
Flagged, never repaired.

Controls (benchmarks/notes/spam82.md): half of the two news snapshots of spam78's notes (1.89 million Latin tokens in
lines of Vietnamese, about 19,000 articles): tokens after a bound syllable that are no syllable and stray: 14, of
which the name and typing tests leave 4 ("vừa nhu Jakie đánh giá", "mai mỉa V-League", "bánh nọc nilon",
"tháp nghiên al-Hadba"); the other half (1.87 million tokens, 18,993 articles), judged once: 2, both the partner
glued to the next word, the class the last test above takes out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .spam_recur import recurs

__all__ = ["MIN_SEEN", "MIN_SHARE", "bound_partner", "broken_pair", "pair_evidence"]

#: successors a syllable needs in the Wikipedia table, and the share its commonest one needs
MIN_SEEN = 8
MIN_SHARE = 0.85
_TONES = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_NEXT = re.compile(r" ([A-Z][^\W\d_]*)")
_KEYS = {"ă": "aw", "â": "aa", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw", "đ": "dd"}


@lru_cache(maxsize=4096)
def bound_partner(syllable: str) -> tuple[str, int, int] | None:
    """``(partner, its count, all successors)`` of a lower-case syllable bound to one successor, else None."""
    from .spam_bigrams import wiki_successors
    from .spam_slots import load_slots

    succ = wiki_successors()[0].get(syllable)
    if not succ:
        return None
    total = sum(succ.values())
    partner, n = max(succ.items(), key=lambda kv: kv[1])
    if total < MIN_SEEN or n < MIN_SHARE * total or load_slots().after.get(syllable, (0, 0))[1]:
        return None
    return partner, n, total


def _telex(syllable: str) -> str:
    """The keys Telex types ``syllable`` with ("lực" -> "luwcj")."""
    tone = ""
    base = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            base.append(ch)
    return "".join(_KEYS.get(c, c) for c in unicodedata.normalize("NFC", "".join(base))) + tone


def _unmarked(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable.replace("đ", "d"))
                   if not unicodedata.combining(c))


def _mistyped(tok: str, partner: str) -> bool:
    a, b = Counter(tok.lower()), Counter(_telex(partner))
    return sum((a - b).values()) <= 1 and sum((b - a).values()) <= 1


def broken_pair(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The partner of the bound syllable ``text[a:b]`` stands after in place of its own (module docstring), or None."""
    tok = text[a:b]
    if not tok.isascii() or not re.search(r"[A-Za-z]", tok) or a < 2 or text[a - 1] != " ":
        return None
    m = re.search(r"(?:^|(?<=\s))([^\W\d_]+) $", text[max(0, a - 20):a])
    if not m or not m.group(1).islower():
        return None
    prev = m.group(1)
    bound = bound_partner(prev)
    if bound is None or _mistyped(tok, bound[0]) or tok.lower().startswith(_unmarked(bound[0])):
        return None  # the partner mistyped, or glued to the next word ("găng taycao su", "vắc xin28 ngày")
    from .spam_bound import closes_word, vietnamese_syllable
    from .spam_lone import stray

    if vietnamese_syllable(tok, known) or not stray(tok, known):
        return None
    if recurs(text, tok):
        return None  # written twice on the page: a real name
    if closes_word(text, a - 1 - len(prev), prev):
        return None  # the syllable ends a word of its own
    nxt = _NEXT.match(text, b)
    if nxt and not vietnamese_syllable(nxt.group(1), known):
        return None  # a foreign name of two words ("gạo cội Youn Yuh Jung", "đỏ rực Ariadna Gutíerrez")
    return bound[0]


def pair_evidence(text: str, a: int, b: int, known: "set[str] | dict[str, int]") -> str | None:
    """The ledger's evidence when :func:`broken_pair` holds, else None."""
    partner = broken_pair(text, a, b, known)
    if partner is None:
        return None
    m = re.search(r"([^\W\d_]+) $", text[max(0, a - 20):a])
    prev = m.group(1) if m else ""
    _, n, total = bound_partner(prev) or ("", 0, 0)
    return (f"after '{prev}', a syllable written only before '{partner}' ({n} of {total} in the syllable table, never "
            f"before a foreign word): the token stands in that word's second half (spam82)")
