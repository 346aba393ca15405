"""Soft-break sign of round bnd50 (issue 12: sentence boundaries on real pages): a numbered list item's sentence
wrapped before a quoted name or a bracket, the next item of the list right after.

A forum's help page numbers the parts of a post, one item a line; a long item wraps where the page breaks the line
before the name of a setting: "2. Зелёный огонёк рядом с ником - … или в настройках просмотра пользователем была
снята галочка в чекбоксе⏎"Показывать онлайн-статус" (невидимый режим)⏎3. Звезда в верхнем правом углу - …" (train30's
``t30ru08``).  :mod:`.softbreak` joins a line that the next one goes on in lower case or with continuing punctuation;
a line opening with a quote and a capital reads as a unit of its own, and the item was cut there.

The sign (:func:`item_wraps`): the line opens with a list number ``N.`` or ``N)``, holds running text (six words or
more after the number) and stops short of a sentence end; the next line opens with an opening quote or bracket, is a
short piece (eight words at most) with no list number or bullet and no sentence end; and the line after it opens the
next item, ``N+1``: the piece lies inside item ``N``.  Left apart: a numbered heading over its paragraph ("1. Giới
thiệu chung⏎Nếu như Bắc Kinh …": a short heading, a long paragraph ending its sentence), a piece after an item that
no item ``N+1`` follows, a piece opening with a capital word (a caption, a label: "Форма 2").
"""

from __future__ import annotations

import re

__all__ = ["item_wraps"]

_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_OPENS = "\"“„«(["
_CLOSERS = "\"'”’»)]"
_ENDS = ".!?…:;"
_MARK = re.compile(r"^\s*(?:[-–—•▪●◦►·*+>]|\d{1,3}(?:\.\d{1,3})*[.)])")
_ITEM_WORDS, _PIECE_WORDS = 6, 8


def _ends(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS).rstrip()
    return not s or s[-1] in _ENDS


def item_wraps(lines: list[str], i: int) -> bool:
    """Whether the break after ``lines[i]`` wraps a numbered item before a quoted name or a bracket (see the module)."""
    if i + 2 >= len(lines):
        return False
    cur, nxt, after = lines[i], lines[i + 1].strip(), lines[i + 2]
    m = _NUMBER.match(cur)
    if m is None or len(_WORD.findall(m.group(2))) < _ITEM_WORDS or _ends(cur):
        return False
    if nxt[:1] not in _OPENS or _MARK.match(nxt) or len(nxt.split()) > _PIECE_WORDS or _ends(nxt):
        return False
    m2 = _NUMBER.match(after)
    return m2 is not None and int(m2.group(1)) == int(m.group(1)) + 1
