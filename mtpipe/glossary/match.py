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
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from ..scripts import is_cjk
from .lint import matchable, risky_form
from .model import LANGS, Entry, Glossary
from .normalize import match_key, nfc_with_map
from .ru_inflect import case_forms

__all__ = ["Match", "Matcher"]

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_SPACED_DASH = re.compile(r"\s+[-\u2010-\u2015]\s+")
# format characters (Unicode Cf) that can sit invisibly inside a name: soft hyphen, zero-width
# space/joiners, directional marks and embeddings, word joiner, BOM; matching ignores them
_FORMAT = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")


def _drop_format(text: str) -> tuple[str, list[int] | None]:
    """``text`` without format characters, and where each kept character was (None: none dropped)."""
    if not _FORMAT.search(text):
        return text, None
    keep = [i for i, c in enumerate(text) if not _FORMAT.match(c)]
    return "".join(text[i] for i in keep), keep
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
    got = _WORD_CHAR.get(ch)
    if got is None:
        got = _WORD_CHAR[ch] = (ch.isalnum() or ch == "_" or 0x300 <= ord(ch) <= 0x36F) and not _is_cjk(ch)
    return got


#: character -> :func:`_word` (each character's answer worked out once per process)
_WORD_CHAR: dict[str, bool] = {}


def _joined(a: str, b: str) -> bool:
    """Whether two neighbouring characters belong to one word: letters with letters (and combining
    marks), digits with digits.  ``Changchun2024`` splits; ``Changchunese`` and ``13440`` do not."""
    if not (_word(a) and _word(b)):
        return False
    return a.isdigit() == b.isdigit()


def _beside(hay: str, keys: list[str], start: int = -1, end: int = -1) -> bool:
    """Whether one of ``keys`` occurs in ``hay`` as a whole word outside ``hay[start:end]``."""
    for k in keys:
        i = hay.find(k)
        while i >= 0:
            j = i + len(k)
            if (j <= start or i >= end) and not (i > 0 and _joined(hay[i - 1], hay[i])) and not (
                    j < len(hay) and _joined(hay[j - 1], hay[j])):
                return True
            i = hay.find(k, i + 1)
    return False


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
        self._gated: set[tuple[bool, str, int]] = set()  # risky forms of min_context entries (see find)
        for idx, e in enumerate(glossary.entries):
            for lang in LANGS:
                forms: Iterable[str] = e.forms(lang)
                if lang == "ru":
                    forms = [f for base in forms for f in case_forms(base)]
                forms = [f for f in forms if matchable(e, f, lang)]  # one letter, stop words: opt-in only
                for form in _dash_variants(_drop_format(f)[0] for f in forms):
                    exact = e.exact_case(form)
                    key = form if exact else match_key(form, lang)
                    if key.strip():
                        owners = table.setdefault((exact, key), [])
                        if (idx, lang) not in owners:
                            owners.append((idx, lang))
                        if e.min_context and risky_form(form, lang):
                            self._gated.add((exact, key, idx))
        for (exact, key), owners in table.items():
            (self._exact if exact else self._auto).add_word(key, (len(key), tuple(owners)))
        self._has_auto = len(self._auto) > 0
        self._has_exact = len(self._exact) > 0
        if self._has_auto:
            self._auto.make_automaton()
        if self._has_exact:
            self._exact.make_automaton()
        self.n_keys = len(table)
        self._context = {idx: sorted({match_key(unicodedata.normalize("NFC", f)) for w in e.min_context
                                      for f in (case_forms(w) if _CYRILLIC.search(w) else [w]) if f.strip()})
                         for idx, e in enumerate(glossary.entries) if e.min_context}

    def context_of(self, texts: Iterable[str]) -> str:
        """The context :meth:`find` also searches for ``min_context`` words (a document's texts);
        empty when no entry has ``min_context``."""
        if not self._gated:
            return ""
        return match_key(unicodedata.normalize("NFC", "\n".join(texts)))

    def find(self, text: str, lang: str = "", context: str = "") -> list[Match]:
        """Non-overlapping matches in ``text``, in order; longest first where they compete.

        Args:
            text: Any text (NFC or not).
            lang: The text's language; its own aliases win ties.
            context: From :meth:`context_of` (the whole document): where else a ``min_context``
                word may be.  One-character and stop-word forms of an entry with ``min_context``
                match only when one of its words is in ``text`` (outside the match) or here.

        Returns:
            Matches whose offsets index ``text`` itself.
        """
        if not text:
            return []
        base, kept = _drop_format(text)
        if not base:
            return []
        nfc, offsets = nfc_with_map(base)
        cands: list[tuple[int, int, int, int]] = []  # (start, end, entry idx, 0 = own-language alias)
        keyed = match_key(nfc, lang)
        for auto, hay, ok, exact in ((self._auto, keyed, self._has_auto, False),
                                     (self._exact, nfc, self._has_exact, True)):
            if not ok:
                continue
            for end_idx, (n, owners) in auto.iter(hay):
                start, end = end_idx - n + 1, end_idx + 1
                # stricter than verification: a letter next to a digit still counts as one word here
                if start > 0 and _word(nfc[start]) and _word(nfc[start - 1]):
                    continue
                if end < len(nfc) and _word(nfc[end - 1]) and _word(nfc[end]):
                    continue
                if self._gated:
                    owners = tuple(o for o in owners if (exact, hay[start:end], o[0]) not in self._gated
                                   or _beside(keyed, self._context[o[0]], start, end)
                                   or _beside(context, self._context[o[0]]))
                    if not owners:
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
            if kept is not None:  # back to ``text``, invisible characters inside the match included
                s, e = kept[s], kept[e - 1] + 1
            out.append(Match(s, e, self.glossary.entries[idx], text[s:e]))
        return out
