"""Soft-break signs of round bnd52 (issue 12: no sentence cut at a soft line break), read on held37's price tables: text
extracted from an HTML table keeps the line breaks inside a cell, so a cell's note or unit wraps over lines that the
page shows as one.  Each needs a sign the lines show; :mod:`.softbreak` applies them:

* **a note in brackets wrapped over lines** ("(1 сеанс - 45 минут;"⏎"указана стоимость на 1 человека;"⏎"вместимость до
  4 человек)"): a line that opens a bracket it does not close goes on, whatever ends it (";" ends no sentence inside a
  bracket), into lines that open in lower case, up to the line that closes the bracket (three lines after it at most);
  a bracket that never closes, or a line between that opens with a capital or a digit, joins nothing
  (:func:`bracket_notes`);
* **a cell's note in brackets on the line under it** ("3 Сауна с бассейном, бильярд"⏎"(вместимость до 8 человек)",
  "ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток"⏎"(при наличии свободных номеров)"): a line that ends in a
  lower-case word, no stop, over a line that is one bracket, lower case first, of twelve words at most
  (:func:`note_under`).  A time or a number over a note ("С 06.00 до 22.00"⏎"(начало первого сеанса …)") or a heading
  in capitals over its subtitle ("ЛЮБИТЕЛЬСКАЯ ФУТБОЛЬНАЯ ЛИГА"⏎"(III ДИВИЗИОН …)") stays apart;
* **a unit's abbreviation closing a wrapped head cell** ("№ п/п Наименование Цена, руб."⏎"на 1 человека/ 1 сеанс"): a
  line ending in an abbreviation of the segmenter's tables (:data:`~mtpipe.segment.abbreviations.ABBREVIATIONS`,
  written in lower case: "руб.", "тыс.", "г.") goes on into a line that opens with a lower-case word; an acronym
  ("… КНР.") or a word ("… в 2023 году.") ends the sentence (:func:`abbreviation_end`).
"""

from __future__ import annotations

import re

from ..segment.abbreviations import ABBREVIATIONS
from .softbreak_marks import ITEM_START
from .words import line_words

__all__ = ["abbreviation_end", "bracket_notes", "note_under"]

_NOTE_LINES = 3  # a wrapped note goes on over three lines after its opening at most
_NOTE_WORDS = 12  # a note under a cell: one bracket of twelve words at most
_ABBR = ABBREVIATIONS["ru"] | ABBREVIATIONS["vi"]
_LAST_ABBR = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,6})\.$", re.UNICODE)
_NOTE = re.compile(r"\(\s*[^\W\d_][^()]*\)[.:;]?", re.UNICODE)


def _lower_start(line: str) -> bool:
    s = line.lstrip()
    return bool(s) and s[0].isalpha() and s[0].islower() and not ITEM_START.match(s)


def bracket_notes(lines: list[str]) -> set[int]:
    """Indexes ``i`` of the breaks (line ``i`` to ``i + 1``) inside a note in brackets wrapped over lines."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        depth = line.count("(") - line.count(")")
        if depth <= 0 or line.rstrip()[-1:] == "(":
            continue
        for j in range(i + 1, min(i + 1 + _NOTE_LINES, len(lines))):
            if not _lower_start(lines[j]):
                break
            depth += lines[j].count("(") - lines[j].count(")")
            if depth <= 0:
                out.update(range(i, j))
                break
    return out


def note_under(cur: str, nxt: str) -> bool:
    """``nxt`` is a note in brackets under ``cur``, a cell that ends in a lower-case word."""
    c, n = cur.strip(), nxt.strip()
    words = line_words(c)
    return bool(words) and words[-1][:1].isalpha() and words[-1][:1].islower() and words[-1][-1:].isalpha() \
        and _NOTE.fullmatch(n) is not None and len(line_words(n)) <= _NOTE_WORDS and n[1:2].islower()


def abbreviation_end(cur: str, nxt: str) -> bool:
    """``cur`` ends in an abbreviation's stop (lower case) and ``nxt`` goes on with a lower-case word."""
    c = cur.rstrip()  # a match ends at the end, 7 characters at most: searched from 8 before it, the same (perf84)
    m = _LAST_ABBR.search(c, max(0, len(c) - 8))
    return m is not None and m.group(1).islower() and m.group(1) in _ABBR and _lower_start(nxt) \
        and len(nxt.split()) > 1

