"""Sentence splitters, one per language, and their registry (:data:`SPLITTERS`, :func:`register_splitter`).

razdel for Russian, punctuation splitters of our own for Chinese (quotes included) and
Vietnamese, sentencex for the rest (:func:`_sentencex_for`); languages mtpipe does not
translate fall back to a splitter of their script (:data:`_FALLBACK`).  Each returns
``(start, end)`` spans of its input; :func:`~mtpipe.segment.sentences.split_sentences`
repairs them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..langid import CYRILLIC_LETTERS
from ..scripts import is_han


def _razdel(text: str) -> list[tuple[int, int]]:
    from razdel import sentenize

    return [(s.start, s.stop) for s in sentenize(text)]


@lru_cache(maxsize=None)
def _sentencex_for(lang: str) -> Callable[[str], list[tuple[int, int]]]:
    from sentencex import segment

    def split(text: str) -> list[tuple[int, int]]:
        # sentencex takes inline list numbers "2) … 3) …" for brackets and splits no sentence between them
        # (a blog's "1) Assassinate … al-Qaeda. Musharraf has … 2) Target …" came back as three spans); it
        # reads the text with those brackets masked (same length, so offsets hold), and a list number after
        # a sentence's stop still opens a sentence (:func:`_list_breaks`)
        numbers = [m.start() for m in _LIST_PAREN.finditer(text) if not _closes(text, m.start())] if ")" in text else []
        if not numbers:
            return _sentencex_spans(segment, lang, text)
        masked = list(text)
        for c in numbers:
            masked[text.index(")", c)] = "|"
        return _list_breaks(text, _sentencex_spans(segment, lang, "".join(masked)), numbers)

    return split


def _sentencex_spans(segment: Callable[[str, str], object], lang: str, text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    opener = None  # where an opening quote cut off the piece before begins
    for piece in segment(lang, text):
        piece = piece.strip()
        if not piece:
            continue
        i = text.find(piece, pos)
        if i < 0:  # sentencex altered the text: fall back to the rest as one sentence
            spans.append((pos if opener is None else opener, len(text)))
            return spans
        start, end = (i if opener is None else opener), i + len(piece)
        opener = None
        m = _OPENING_TAIL.search(piece) if piece[-1] in "“«„‘\"'([" else None
        if m and m.start() > 0:
            end = i + m.start()  # 'said. “' | 'With …': the opening quote belongs to the sentence after it
            opener = i + m.start() + len(m.group()) - len(m.group().lstrip())
        spans.append((start, end))
        pos = i + len(piece)
    if opener is not None:
        spans.append((opener, len(text)))
    return spans


# an inline list number closed by a bracket ("2) Target", "b) the"), standing as a word
_LIST_PAREN = re.compile(r"(?<!\S)(\d{1,2}|[A-Za-z])\)(?=\s)")


def _closes(text: str, at: int) -> bool:
    """Whether the bracket after ``at`` closes one opened before it ("(although we have 2) that …")."""
    window = text[max(0, at - 300):at]
    return window.rfind("(") > window.rfind(")")


def _list_breaks(text: str, spans: list[tuple[int, int]], numbers: list[int]) -> list[tuple[int, int]]:
    """``spans`` cut before each list number (at ``numbers``) that follows a sentence's stop ("… did. 2) Target")."""
    cuts = [c for c in numbers if text[max(0, c - 64):c].rstrip()[-1:] in (".", "!", "?", "…", "\"", "”", "»", ")")]
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for c in cuts:
            if a < c < b and text[a:c].strip():
                out.append((a, c))
                a = c
        out.append((a, b))
    return out


# opening quotes or brackets after a space at the end of a sentencex piece ('… minister said. “'); the
# space before them says they open (a closing quote follows its word without a space)
_OPENING_TAIL = re.compile(r"\s+[“«„‘\"'(\[]+$")


# "……" ends a sentence too; a quote closed after "！"/"？" is handled by _zh_quotes
_ZH_END = re.compile(r"(?:[。！？!?]+|……)[”’」』）》)\]\"']*")
_ZH_OPEN = "“「『"
_ZH_CLOSE = "”」』"
_ZH_TAIL = 24


def _zh(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _ZH_END.finditer(text):
        if m.end() <= pos:
            continue
        if spans and not any(ch.isalnum() for ch in text[pos:m.end()]):
            spans[-1] = (spans[-1][0], m.end())  # a lone "。" belongs to the sentence before
        else:
            spans.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return _zh_quotes(text, spans)


def _zh_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo breaks after a quote that ends with ``！``/``？`` but not the sentence.

    A quote opened after a colon (``他问：“……？”``) ends its sentence; a quote that
    opens the sentence is followed by its attribution (``「你好嗎？」她問道。``);
    a quote embedded without a colon (``他高喊“赢了！”并举起奖杯。``) continues.
    Only a short tail without a comma is glued: a long clause after the quote
    is a new sentence.
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out:
            pa, pb = out[-1]
            prev = text[pa:pb].rstrip()
            if prev[-1:] in _ZH_CLOSE and len(prev) >= 2 and prev[-2] in "！？!?":
                opener = max(prev.rfind(q) for q in _ZH_OPEN)
                before = prev[:opener].rstrip() if opener >= 0 else ""
                tail = text[a:b].strip()
                short = len(tail) <= _ZH_TAIL and "，" not in tail and tail[:1] not in _ZH_OPEN
                if opener >= 0 and not before.endswith(("：", ":")) and short:
                    out[-1] = (pa, b)
                    continue
        out.append((a, b))
    return out


_BREAK = re.compile(r"[.!?…]+[\"”’»)\]]*\s+(?=[\"“«(\[]?\w)", re.UNICODE)


def _punct(text: str) -> list[tuple[int, int]]:
    """Break after sentence punctuation followed by a capital, a digit or an opening quote.

    Used for Vietnamese, where sentencex misses breaks before capitals with
    diacritics (``… này. Ở các …``); the shared post-pass handles abbreviations.
    """
    spans = []
    pos = 0
    for m in _BREAK.finditer(text):
        nxt = text[m.end():m.end() + 2].lstrip("\"“«([")
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit() or is_han(nxt[0])):
            continue
        spans.append((pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


#: language -> splitter; anything else uses sentencex for that language.
SPLITTERS: dict[str, Callable[[str], list[tuple[int, int]]]] = {"ru": _razdel, "zh": _zh, "vi": _punct}


def register_splitter(lang: str, splitter: Callable[[str], list[tuple[int, int]]]) -> None:
    """Give ``lang`` its own sentence splitter.

    Args:
        lang: Language code (``ru``, ``vi``, ...).
        splitter: ``text -> [(start, end), ...]`` spans of ``text``, in order; the shared
            post-pass (abbreviations, continuations, whitespace trimming) still runs.
    """
    SPLITTERS[lang] = splitter

# languages mtpipe does not translate are still split sensibly (they are flagged, not translated)
_FALLBACK: dict[str, Callable[[str], list[tuple[int, int]]]] = {
    **{code: _razdel for code, *_ in CYRILLIC_LETTERS}, "ja": _zh}
