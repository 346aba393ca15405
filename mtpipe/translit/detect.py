"""Find Chinese names written in Palladius Cyrillic inside Russian text.

Used by ``glossary suggest`` to mine candidates, and meant for the translation stage:
a Palladius-shaped name that the glossary does not know can be rendered in English
with the rule-based pinyin (``Ван Цзылянь`` -> ``Wang Zilian``), flagged ``auto``,
instead of whatever the model invents.

Persons: two capitalised words, the first a common surname syllable, the second one to
three syllables (case forms allowed: ``Си Цзиньпина``).  Places: one capitalised word
of two or more syllables whose base form has a letter group only Palladius produces
(цз, чж, -нь, -й, э, ао, оу, сю...), or a traditional exonym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["NameSpan", "find_palladius_names"]

_RU_WORD = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?")
_STOP_RU = {"Она", "Пока", "Сама", "Мама", "Тема", "Нина", "Анна", "Ли", "На", "Но", "То", "Как", "Так", "Там",
            "Тут", "Да", "Ну", "Он", "Они", "Сан", "Юань"}
_DISTINCTIVE = ("цз", "чж", "ь", "й", "э", "ао", "оу", "сю", "ся", "сы", "цы", "ъ")


@dataclass
class NameSpan:
    """A name found in text.

    Attributes:
        start: Offset of its first character.
        end: Offset after its last character.
        text: The text as written (maybe inflected).
        en: Rule-based pinyin rendering (``Wang Zilian``).
        kind: ``person`` or ``place``.
        confidence: 0..1.
    """

    start: int
    end: int
    text: str
    en: str
    kind: str
    confidence: float


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from .pinyin import COMMON_SURNAMES, SURNAMES, _lazy

    return frozenset((SURNAMES.get(ch) or _lazy(ch)[0]).replace("ü", "v") for ch in COMMON_SURNAMES)


def word_runs(pattern: re.Pattern[str], text: str) -> list[list[re.Match[str]]]:
    """Matches of ``pattern`` grouped into runs separated by exactly one space (name candidates)."""
    runs: list[list[re.Match[str]]] = []
    cur: list[re.Match[str]] = []
    for m in pattern.finditer(text):
        if cur and text[cur[-1].end(): m.start()] == " ":
            cur.append(m)
        else:
            if cur:
                runs.append(cur)
            cur = [m]
    if cur:
        runs.append(cur)
    return runs


def _runs(text: str) -> list[list[re.Match[str]]]:
    return word_runs(_RU_WORD, text)


def find_palladius_names(text: str, places: bool = True) -> list[NameSpan]:
    """Palladius-shaped person and place names in Russian ``text``, in text order.

    Args:
        text: Russian text.
        places: Also report single-word place names.

    Returns:
        Non-overlapping spans with their rule-based English rendering.
    """
    from .palladius import syllables_to_cyrillic, to_pinyin, word_to_pinyin

    surnames = _surnames()
    out: list[NameSpan] = []
    for run in _runs(text):
        used: set[int] = set()
        for i in range(len(run) - 1):
            if i in used:
                continue
            a, b = run[i], run[i + 1]
            if a.group() in _STOP_RU and b.group() in _STOP_RU:
                continue
            ca, cb = word_to_pinyin(a.group()), word_to_pinyin(b.group())
            if not ca or not cb or len(ca[0].syllables[0]) != 1 or ca[0].syllables[0][0] not in surnames:
                continue
            if len(cb[0].syllables[0]) > 3:
                continue
            rev = to_pinyin(f"{a.group()} {b.group()}")
            out.append(NameSpan(a.start(), b.end(), text[a.start(): b.end()], rev.text, "person",
                                round(min(0.95, 0.5 + rev.confidence / 2), 3)))
            used |= {i, i + 1}
        if not places:
            continue
        for i, m in enumerate(run):
            w = m.group()
            if i in used or w in _STOP_RU or len(w) < 4:
                continue
            rev = to_pinyin(w)
            if not rev.text:
                continue
            sy = rev.candidates[0].syllables
            if not rev.exonym:
                if not sy or len(sy[0]) < 2:
                    continue
                base = syllables_to_cyrillic(sy[0]).lower()
                if not any(d in base for d in _DISTINCTIVE):
                    continue
            out.append(NameSpan(m.start(), m.end(), w, rev.text, "place", round(0.4 + rev.confidence / 3, 3)))
    return sorted(out, key=lambda s: s.start)
