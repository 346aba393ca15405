"""Find glossary terms in text: one Aho-Corasick automaton, longest match first, no overlaps.

Keys are :func:`~mtpipe.glossary.normalize.match_key` forms (length-preserving),
so a match in the key text is a match at the same offsets in the original.
Russian aliases enter with all their generated case forms.  A match must sit
on word boundaries, except for Chinese (which has none).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .model import LANGS, Entry, Glossary
from .normalize import match_key
from .ru_inflect import case_forms

__all__ = ["Match", "Matcher"]


@dataclass(frozen=True)
class Match:
    """A term found in text: ``text[start:end]`` is the surface form."""

    start: int
    end: int
    entry: Entry
    text: str


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FA1F


def _word(ch: str) -> bool:
    return ch.isalnum() and not _is_cjk(ch)


class Matcher:
    """A compiled matcher over a glossary.

    Every language's forms are searched in every segment (a Vietnamese text may
    spell a Chinese name in pinyin, an English one may quote hanzi), but a
    language's own aliases win ties.
    """

    def __init__(self, glossary: Glossary) -> None:
        import ahocorasick

        self.glossary = glossary
        self._auto = ahocorasick.Automaton()
        self._exact = ahocorasick.Automaton()  # case-sensitive entries
        table: dict[tuple[bool, str], list[tuple[int, str]]] = {}
        for idx, e in enumerate(glossary.entries):
            for lang in LANGS:
                forms: Iterable[str] = e.forms(lang)
                if lang == "ru":
                    forms = [f for base in forms for f in case_forms(base)]
                for form in forms:
                    key = form if e.case_sensitive else match_key(form, lang)
                    if key.strip():
                        table.setdefault((e.case_sensitive, key), []).append((idx, lang))
        for (exact, key), owners in table.items():
            (self._exact if exact else self._auto).add_word(key, (len(key), owners))
        self._has_exact = len(self._exact) > 0
        self._has_auto = len(self._auto) > 0
        if self._has_auto:
            self._auto.make_automaton()
        if self._has_exact:
            self._exact.make_automaton()

    def find(self, text: str, lang: str = "") -> list[Match]:
        """Non-overlapping matches in ``text``, in order (longest first where they compete)."""
        cands: list[tuple[int, int, int, int]] = []  # (start, end, entry idx, own-language rank)
        for auto, key_text, ok in ((self._auto, match_key(text, lang), self._has_auto),
                                   (self._exact, text, self._has_exact)):
            if not ok:
                continue
            for end_idx, (n, owners) in auto.iter(key_text):
                start, end = end_idx - n + 1, end_idx + 1
                first, last = text[start], text[end - 1]
                if _word(first) and start > 0 and _word(text[start - 1]):
                    continue
                if _word(last) and end < len(text) and _word(text[end]):
                    continue
                idx, olang = min(owners, key=lambda o: o[1] != lang)
                cands.append((start, end, idx, 0 if olang == lang else 1))
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[3], c[0]))
        taken: list[tuple[int, int]] = []
        chosen: list[Match] = []
        for s, e, idx, _ in cands:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            chosen.append(Match(s, e, self.glossary.entries[idx], text[s:e]))
        chosen.sort(key=lambda m: m.start)
        return chosen
