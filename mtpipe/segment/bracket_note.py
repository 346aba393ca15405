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

Round bnd71 (fresh RT news, seed 171's tune half: 52 such breaks in 200 articles, none on any dev part) adds **an
editor's note inside a quotation, signed after its stop with a dash and the outlet**: "Мы с моим другом (Порошенко. —
RT ) договорились …", "… (в палате представителей и сенате. — RT ) по законопроекту …", "(из «Зоны племён». — RT )
приходят …", "(… — Ред.)", "(… — прим. ред.)".  The stop is the note's (Russian editorial style puts it before the
signature), the bracket is still open, and the sentence goes on after it: the splitter's break after the stop is
undone (:func:`signed_note`).  The signature is one to three words, each capitalised or an editor's abbreviation
("ред.", "прим.", "авт.", "пер."), then the closing bracket; within the last 240 characters of text before the stop
a bracket is left open (the note may hold a bracket of its own, "(… «Северный полюс» (СП). — RT )", or a
quotation of two sentences, "(«… края. Хуже ляха …». — RT )").  Left apart: a dash that goes on in lower case
("(Он ушёл. — а я остался)"), a bracket already closed, a signature with no bracket after it.
"""

from __future__ import annotations

import re

__all__ = ["bracket_note", "signed_note"]

_AFTER_WORD = re.compile(r"[^\W\d_][.!?]$")
# a title in quotes closed on its own stops: "благо?..»", "anyway?»", "plans?”" (the quotes stripped first)
_CLOSERS = "»”\""
_TITLE_END = re.compile(r"[^\W\d_](?:\?|!|\?\.\.|\?!|!!|\.\.\.|…)$")
_NOTE = re.compile(r"\([^()]{1,80}\)[.!?]")


# the signature of an editor's note: a dash, one to three words (capitalised, or "ред."/"прим."/"авт."/"пер."), ")"
_SIGN_WORD = r"(?:[^\W\d_a-zа-яё][\w.«»\"-]{0,15}|(?:прим|ред|авт|пер)\.)"
_SIGNED = re.compile(rf"\s*[—–-]\s?{_SIGN_WORD}(?:\s{_SIGN_WORD}){{0,2}}\s?\)")


def signed_note(text: str, end: int, nxt: str) -> bool:
    """Whether ``text`` ends at ``end`` (the break) inside an open bracket with a stop and ``nxt`` opens with the
    note's signature and the closing bracket: "(Порошенко." + "— RT ) договорились …" (see the module)."""
    if _SIGNED.match(nxt) is None:
        return False
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] not in ".!?…":
        return False
    depth = 0  # brackets left open at the stop (a ")" whose "(" lies before the window closes nothing)
    for ch in text[max(0, end - 240):end]:  # the bracket may open a sentence or two before the stop
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth > 0


def bracket_note(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` is a bracketed note closed by a stop that belongs to the sentence ``prev`` (see the module)."""
    tail = prev.rstrip()[-8:]
    if tail[-1:] in _CLOSERS:  # a title in quotes: its own "?", "!", "?.." before the quotes
        after = _TITLE_END.search(tail.rstrip(_CLOSERS)) is not None
    else:
        after = _AFTER_WORD.search(tail[-2:]) is not None
    return after and _NOTE.fullmatch(nxt.strip()) is not None
