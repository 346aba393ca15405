"""Placeholder tokens that stand for protected terms inside model input, and their leaks.

A placeholder *shape* says how the k-th term of a segment is written into the
model input (:data:`SHAPES`; the default ``term`` writes ``TERM<k>``).  Real
SentencePiece vocabularies hold none of these as single pieces: ``TERM1``
reaches the model as several pieces (``▁T``, ``ER``, ``M``, ``1``) that it
may copy, split, lower-case, transliterate or drop, and the test models are
built the same way (no user-defined placeholder pieces).

Whatever the model does, nothing placeholder-shaped that the source lacks may
reach an output: :func:`leaks` finds strings that look like a placeholder of
any shape, mangled forms included (``TER M1``, ``term1``, Cyrillic ``ТЕРМ1``,
``TERM 1 0``, ``⟦ 1 ⟧``), beyond those the source itself holds.  The glossary
treats an output with such a leak as a failed attempt, and
:meth:`mtpipe.document.Document.check` refuses a translation that has one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

__all__ = ["PLACEHOLDER_RE", "Shape", "SHAPES", "DEFAULT_SHAPE", "placeholder", "leak_spans", "leaks",
           "placeholder_like", "scrub_leaks"]


#: (template, k) -> the k-th placeholder of that template (made once per process)
_MADE: dict[tuple[str, int], str] = {}


@dataclass(frozen=True)
class Shape:
    """One way of writing placeholders.

    Attributes:
        name: Registry name.
        template: ``str.format`` template of the k-th placeholder (``{0}`` is ``k``;
            ``{1}`` is ``k`` in letters, for shapes without digits).
        pattern: Regular expression of an intact placeholder; group 1 reads ``k`` back.
        letters: Whether ``k`` is written in letters (group 1 then holds them).
    """

    name: str
    template: str
    pattern: re.Pattern[str]
    letters: bool = False

    def make(self, k: int) -> str:
        """The k-th placeholder."""
        key = (self.template, k)
        got = _MADE.get(key)
        if got is None:
            got = self.template.format(k, _letters(k))
            if len(_MADE) < 4096:  # a segment's terms are numbered from 0: a few hundred at most in practice
                _MADE[key] = got
        return got

    def number(self, m: re.Match[str]) -> int:
        """The number a match of :attr:`pattern` stands for."""
        g = m.group(1)
        return _from_letters(g) if self.letters else int(g)


def _letters(k: int) -> str:
    """k in base 26 with the letters a..z (0 -> "a", 26 -> "ba")."""
    s = ""
    while True:
        s = chr(ord("a") + k % 26) + s
        k //= 26
        if not k:
            return s


def _from_letters(s: str) -> int:
    k = 0
    for ch in s:
        k = k * 26 + ord(ch) - ord("a")
    return k


#: Placeholder shapes by name.  ``term``: ``TERM1``; ``zx``: ``ZX1`` (shorter, fewer pieces);
#: ``word``: a made-up rare word ``Zyqxb`` (the number in letters, no digits to split);
#: ``bracket``: ``⟦1⟧`` (numbered Unicode brackets).
SHAPES: dict[str, Shape] = {
    "term": Shape("term", "TERM{0}", re.compile(r"TERM(\d+)")),
    "zx": Shape("zx", "ZX{0}", re.compile(r"(?<![A-Za-z])ZX(\d+)")),
    "word": Shape("word", "Zyqx{1}", re.compile(r"Zyqx([a-z]+)(?![a-z])"), letters=True),
    "bracket": Shape("bracket", "⟦{0}⟧", re.compile(r"⟦(\d+)⟧")),
}
DEFAULT_SHAPE = "term"

PLACEHOLDER_RE = SHAPES["term"].pattern


def placeholder(n: int, shape: str = DEFAULT_SHAPE) -> str:
    """The placeholder for the n-th protected term of a segment."""
    return SHAPES[shape].make(n)


# -- leaks --------------------------------------------------------------------------------------------------

# Latin letters and the Cyrillic ones a model writes for them (transliterated or look-alike)
_H = {"T": "TtТт", "E": "EeЕеЭэ", "R": "RrРр", "M": "MmМм", "Z": "ZzЗз", "X": "XxХх", "Y": "YyУу", "Q": "QqКк"}
_SP = r"[ \u00a0\u200b]?"  # one space a tokenizer may put between pieces
_DIGITS = r"\d(?:[ \u00a0]?\d)*"
# not inside a word of a spaced script ("DETERM1" is no placeholder); next to Chinese, it may be
_NOLETTER = r"(?<![A-Za-z\u00c0-\u024f\u1e00-\u1effА-Яа-яЁё])"


def _word(latin: str) -> str:
    return _SP.join(f"[{_H[c]}]" for c in latin)


# - TERM/ZX followed by digits (a separator or a split between letters allowed): TERM1, TER M1, term_1, ТЕРМ1
# - TERM1/ZX1 intact after any lower-case letter
# - upper-case TERM/ZX, a space, digits: "TERM 1" (lower-case "term 1" is English)
# - the rare word: Zyqx..., zyqx... (split or not)
# - any numbered bracket, or a lone bracket character (no ordinary text uses them)
_LEAK_ALTERNATIVES = "|".join([
    rf"{_NOLETTER}(?:{_word('TERM')}|{_word('ZX')})[_\-#№]?{_DIGITS}",
    r"(?<![A-Z])(?:TERM|ZX)\d+",  # glued to the word before: "visitedTERM1"
    rf"{_NOLETTER}(?:[TТ]{_SP}[EЕ]{_SP}[RР]{_SP}[MМ]|[ZЗ]{_SP}[XХ])[ \u00a0]{_DIGITS}",
    rf"{_NOLETTER}{_word('ZYQX')}[a-z]*",
    rf"[⟦〚][ \u00a0]*(?:{_DIGITS})?[ \u00a0]*[⟧〛]?|[⟧〛]",
])
# every alternative above starts with one of these characters: checked first, the scan of a text
# without a placeholder costs a quarter (the matches are the same: tests/test_placeholders.py)
_LEAK_FIRST = "TtТтZzЗз⟦〚⟧〛"
_LEAK = re.compile(f"(?=[{_LEAK_FIRST}])(?:{_LEAK_ALTERNATIVES})")
_KEY = str.maketrans({c: k for k, cs in _H.items() for c in cs})


def _key(s: str) -> str:
    return re.sub(r"[\s\u200b_\-#№]", "", s.translate(_KEY)).upper()


def leak_spans(text: str) -> list[tuple[int, int, str]]:
    """Every placeholder-shaped string in ``text`` as ``(start, end, key)``; the key is the
    string with spaces removed, look-alike letters made Latin and upper case (``ТЕР М1`` -> ``TERM1``)."""
    return [(m.start(), m.end(), _key(m.group(0))) for m in _LEAK.finditer(text)]


def placeholder_like(text: str) -> list[str]:
    """The keys of :func:`leak_spans` (empty for text that holds nothing placeholder-shaped)."""
    return [k for _, _, k in leak_spans(text)]


def leaks(output: str, allowed: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """Placeholder-shaped strings in ``output`` beyond those in the ``allowed`` texts.

    Args:
        output: A (restored) model output.
        allowed: Texts whose placeholder-shaped strings may appear in the output as
            often as they appear there (the segment's source, the target forms restored).

    Returns:
        The surplus spans ``(start, end, key)``, the last occurrences of each key first
        counted against the allowance; empty when nothing leaked.
    """
    spans = leak_spans(output)
    if not spans:
        return []
    budget: Counter[str] = Counter()
    for a in allowed:
        budget.update(placeholder_like(a))
    out = []
    for span in spans:
        if budget[span[2]] > 0:
            budget[span[2]] -= 1
        else:
            out.append(span)
    return out


def scrub_leaks(output: str, allowed: Iterable[str] = ()) -> str:
    """``output`` with the strings :func:`leaks` finds removed (and the spaces they leave tidied)."""
    found = leaks(output, allowed)
    for start, end, _ in reversed(found):
        before, after = output[:start], output[end:]
        if before.endswith((" ", "\u00a0")) and (not after or after[:1] in " \u00a0.,;:!?)»”。，"):
            before = before.rstrip(" \u00a0")
        output = before + after
    return output.strip() if found else output
