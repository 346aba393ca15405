"""Sentence-boundary sign of round bnd50 (issue 12: boundary F1 on real pages): a bracketed note standing after a
sentence's stop and closed by a stop of its own after the bracket belongs to the sentence before.

A contest's results name the child and then the school in brackets: "… 3-е место присуждено работе «Портрет дедушки»
Кати Соковой, 7 лет. (ГБОУ СОШ № 709 СПДО №2)." (held27's ``h27ru02``); a trade report its growth: "… импорт из РФ
в КНР – $ 17,2 млрд. (+32,8%)."; a photo its credit: "… edition of the magazine. (Photo by Jonathan Ernst/Reuters).".
The note has no sentence of its own: its stop after the bracket closes the sentence the note is part of, and the
splitter's break at the stop before the bracket is undone.

The sign (:func:`bracket_note`): the piece before ends with a word of letters and ".", "!" or "?"; the next piece is a
bracket, at most eighty characters inside it, then a stop and nothing more.  Left apart: a note without a stop after
it ("… vang vọng. (Không bao gồm phí thang máy)": a unit of its own, the annotations agree), a note after a number and
its stop ("… Mt 14,1-12. (Lễ Đức Mẹ: Kh 21,1-5a ; Lc 11,27-28).": a liturgical table's next reading, held24), a bracket
that opens a longer sentence.

Round bnd60 (held41's ``h41ru02``, dev since its blind run) adds **a note after a title in quotes that closes on its
own "?", "!" or "?.."**: "Вторая часть называлась «Массовый туризм – зло или благо?..» (http://pribaikal.ru/….html).",
"Источник: paavohtl «What was Radiant AI, anyway?» (https://blog.paavo.me/radiant-ai/).", "Ask: “What typically
derails your plans?” (e.g., emotional spending).".  The title's stop is the title's, the quote closes it, and the
note and its stop after the bracket close the sentence; the splitter's break after the quote is undone.  A run of
stops ("?..", "?!") before the closing quotes is the title's too.  Left apart as before: a note with no stop after
it, a number's stop before the quotes.
"""

from __future__ import annotations

import re

__all__ = ["bracket_note"]

_AFTER_WORD = re.compile(r"[^\W\d_][.!?]$")
# a title in quotes closed on its own stops: "благо?..»", "anyway?»", "plans?”" (the quotes stripped first)
_CLOSERS = "»”\""
_TITLE_END = re.compile(r"[^\W\d_](?:\?|!|\?\.\.|\?!|!!|\.\.\.|…)$")
_NOTE = re.compile(r"\([^()]{1,80}\)[.!?]")


def bracket_note(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` is a bracketed note closed by a stop that belongs to the sentence ``prev`` (see the module)."""
    tail = prev.rstrip()[-8:]
    if tail[-1:] in _CLOSERS:  # a title in quotes: its own "?", "!", "?.." before the quotes
        after = _TITLE_END.search(tail.rstrip(_CLOSERS)) is not None
    else:
        after = _AFTER_WORD.search(tail[-2:]) is not None
    return after and _NOTE.fullmatch(nxt.strip()) is not None
