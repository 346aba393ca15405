"""Find glossary terms in text: Aho-Corasick automata, longest match first, no overlaps.

Keys are :func:`~mtpipe.glossary.normalize.match_key` forms (length-preserving),
so a match in the key text is a match at the same offsets in the original;
text that is not NFC is composed first and offsets are mapped back.  Russian
aliases enter with all their generated case forms.  A match must sit on word
boundaries (Cyrillic, Latin with Vietnamese diacritics, digits), except where
the term itself starts or ends with a Chinese character or punctuation.

Forms that must keep their letter case (acronyms, or entries marked
``case_sensitive``) go into a second automaton searched on the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..scripts import is_cjk
from .model import LANGS, Entry, Glossary
from .normalize import match_key, nfc_with_map
from .ru_inflect import case_forms

__all__ = ["Match", "Matcher"]

_SPACED_DASH = re.compile(r"\s+[-\u2010-\u2015]\s+")
_TIGHT_DASH = re.compile(r"(?<=\w)[-\u2010-\u2015](?=\w)")


@dataclass(frozen=True)
class Match:
    """A term found in text: ``text[start:end]`` is the surface form."""

    start: int
    end: int
    entry: Entry
    text: str


_is_cjk = is_cjk  # scripts without word spaces (mtpipe.scripts)


def _word(ch: str) -> bool:
    return (ch.isalnum() or ch == "_" or 0x300 <= ord(ch) <= 0x36F) and not _is_cjk(ch)


def _joined(a: str, b: str) -> bool:
    """Whether two neighbouring characters belong to one word: letters with letters (and combining
    marks), digits with digits.  ``Changchun2024`` splits; ``Changchunese`` and ``13440`` do not."""
    if not (_word(a) and _word(b)):
        return False
    return a.isdigit() == b.isdigit()


def _dash_variants(forms: Iterable[str]) -> list[str]:
    """Each form, plus its spaced-dash twin: ``Trung - Hàn`` and ``Trung-Hàn`` (keys are
    length-preserving, so a space around a dash cannot be folded away)."""
    out: dict[str, None] = {}
    for f in forms:
        out[f] = None
        out[_SPACED_DASH.sub("-", f)] = None
        out[_TIGHT_DASH.sub(" - ", f)] = None
    return list(out)


class Matcher:
    """A compiled matcher over a glossary (build once, call :meth:`find` many times).

    Every language's forms are searched in every segment (a Vietnamese text may
    spell a Chinese name in pinyin, an English one may quote hanzi), but where
    two entries share a key, the one with an alias in the segment's language wins.

    Args:
        glossary: The loaded glossary.
    """

    def __init__(self, glossary: Glossary) -> None:
        import ahocorasick

        self.glossary = glossary
        self._auto = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()
        table: dict[tuple[bool, str], list[tuple[int, str]]] = {}
        for idx, e in enumerate(glossary.entries):
            for lang in LANGS:
                forms: Iterable[str] = e.forms(lang)
                if lang == "ru":
                    forms = [f for base in forms for f in case_forms(base)]
                for form in _dash_variants(forms):
                    exact = e.exact_case(form)
                    key = form if exact else match_key(form, lang)
                    if key.strip():
                        owners = table.setdefault((exact, key), [])
                        if (idx, lang) not in owners:
                            owners.append((idx, lang))
        for (exact, key), owners in table.items():
            (self._exact if exact else self._auto).add_word(key, (len(key), tuple(owners)))
        self._has_auto = len(self._auto) > 0
        self._has_exact = len(self._exact) > 0
        if self._has_auto:
            self._auto.make_automaton()
        if self._has_exact:
            self._exact.make_automaton()
        self.n_keys = len(table)

    def find(self, text: str, lang: str = "") -> list[Match]:
        """Non-overlapping matches in ``text``, in order; longest first where they compete.

        Args:
            text: Any text (NFC or not).
            lang: The text's language; its own aliases win ties.

        Returns:
            Matches whose offsets index ``text`` itself.
        """
        if not text:
            return []
        nfc, offsets = nfc_with_map(text)
        cands: list[tuple[int, int, int, int]] = []  # (start, end, entry idx, 0 = own-language alias)
        for auto, hay, ok in ((self._auto, match_key(nfc, lang), self._has_auto),
                              (self._exact, nfc, self._has_exact)):
            if not ok:
                continue
            for end_idx, (n, owners) in auto.iter(hay):
                start, end = end_idx - n + 1, end_idx + 1
                # stricter than verification: a letter next to a digit still counts as one word here
                if start > 0 and _word(nfc[start]) and _word(nfc[start - 1]):
                    continue
                if end < len(nfc) and _word(nfc[end - 1]) and _word(nfc[end]):
                    continue
                idx, olang = min(owners, key=lambda o: o[1] != lang)
                cands.append((start, end, idx, 0 if olang == lang else 1))
        cands.sort(key=lambda c: (c[0] - c[1], c[3], c[0]))
        taken = bytearray(len(nfc))
        chosen: list[tuple[int, int, int]] = []
        for s, e, idx, _ in cands:
            if any(taken[s:e]):
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append((s, e, idx))
        chosen.sort()
        out = []
        for s, e, idx in chosen:
            if offsets is not None:
                s, e = offsets[s], offsets[e]
            out.append(Match(s, e, self.glossary.entries[idx], text[s:e]))
        return out
