"""A cell wrapped over two lines inside a table flattened one cell a line (issue 12, round tbl58: no sentence cut at a
soft line break; read on held40's ``h40ru12``, a municipal act's tariff table, dev since the post-blind round).

A table extracted one cell a line keeps the line breaks inside a cell, and its short pieces are what
:mod:`.softbreak` leaves apart on purpose: one lower-case word joins only inside a chain that goes on ("… của⏎Thanh
Niên⏎, ông"), and a line opening with a capital goes on nothing.  Inside a table found by its shape
(:class:`~.tables.TableLines`: a periodic run of cells inside the article) the two lines are one cell, one unit
(Convention 6 of the realpages README), when they are next to each other (no blank line between) and kept, the line
before ends in a letter with no stop and

* the next line is a number sign and its number, "N 4", "№ 4", closing a name: "внеразр. отделение"⏎"N 4" (the same
  table prints "Помывка в бане N 5" on one line); also when the sign is the table's first line and the name the line
  right above it (a row's label, joined by :mod:`.softbreak` into a line too long for a cell, parts two runs of
  cells);
* or the next line is one lower-case word (letters, "-" or "/" inside: "мест", "п/п") and either the pair stands in
  the table's head, above its first value cell, the word printed once in the table ("Кол-во"⏎"мест", "N"⏎"п/п",
  "№"⏎"п/п", "Đơn vị"⏎"tính": a column's name wrapped; a value recurs: "Понедельник"⏎"выходной" …
  "Воскресенье"⏎"выходной" opening a timetable that has no head row), or the line before ends in a Russian adjective
  of four letters or more, its noun on the next line ("… внеразрядное"⏎"отделение", "Сауна общего"⏎"отделения": a
  phrase wrapped).

What stays apart: a label and its one-word value in the table's body ("Понедельник"⏎"выходной", "Стандартный
номер"⏎"есть", "Трехразовое питание"⏎"включено": the label ends in a noun), two cells with a blank line between, a
line closed by a stop, a number over a word.  The join is made after the line layers (:func:`join_table_cells`, as
:mod:`.softbreak_grid` joins a grid table's wrapped row), on the lines both kept whole.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document
from .softbreak_grid import join_kept
from .table_heads import sign_cell
from .tables import cell_shape

__all__ = ["cell_wraps", "join_table_cells"]

RULE = "softbreak.table_cell"
_STOPS = ".!?…:;,"
_SIGN = re.compile(r"(?:N|№)\s?\d{1,3}")  # a number sign and its number alone on a line
_ONE_WORD = re.compile(r"[^\W\d_]+(?:[-/][^\W\d_]+)*")  # one word: "мест", "п/п", "кол-во"
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
_PHRASE_WORD = 4  # the line before's last word, an adjective, this many letters at least (in the body)
# a Russian adjective's ending: the phrase goes on into its noun ("внеразрядное"⏎"отделение"); a noun ending a label
# ("Стандартный номер"⏎"есть") is whole, the word under it the next column's value; "-ой" is a noun's too ("Оплата
# картой"⏎"нет")
_ADJECTIVE = re.compile(r"(?:ый|ий|ая|яя|ое|ые|ого|его|ых|их|ую|юю|ым|им)$")


def _pair(cur: str, nxt: str, head: bool) -> bool:
    """``cur`` and ``nxt`` are one cell (``head``: the pair stands above the table's first value, ``nxt`` printed
    once in the table)."""
    c, n = cur.strip(), nxt.strip()
    if not c or not n or c[-1] in _STOPS or not (c[-1].isalpha() or sign_cell(c)):
        return False
    if _SIGN.fullmatch(n):
        return True
    if _ONE_WORD.fullmatch(n) is None or not n[0].islower():
        return False
    if head:
        return True
    m = _LAST_WORD.search(c)
    return m is not None and len(m.group(1)) >= _PHRASE_WORD and _ADJECTIVE.search(m.group(1).casefold()) is not None


def cell_wraps(lines: list[str]) -> set[int]:
    """Indexes ``i`` of the breaks (line ``i`` to ``i + 1``) inside one cell of a table whose lines are ``lines`` (blank
    lines included: a blank line parts two cells).  The lines before the first value cell are its head."""
    out: set[int] = set()
    head = True
    seen = Counter(s.strip() for s in lines)
    for i in range(len(lines) - 1):
        if lines[i].strip() and cell_shape(lines[i]) != "L":
            head = False
        if _pair(lines[i], lines[i + 1], head and seen[lines[i + 1].strip()] == 1):
            out.add(i)
    return out


def join_table_cells(doc: Document, tables: list[tuple[int, int]]) -> int:
    """Join the wrapped cells of the tables at ``tables`` (``(start, end)`` in ``doc.text``, each a table
    :class:`~.tables.TableLines` took) among the lines the cleaner kept; returns how many were joined."""
    if not tables:
        return 0
    lines = doc.text.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    wraps: set[int] = set()
    for a, b in tables:
        idx = [i for i, s in enumerate(starts) if a <= s < b]
        if not idx:
            continue
        wraps |= {idx[0] + k for k in cell_wraps(lines[idx[0]:idx[-1] + 1])}
        k = idx[0]
        if k > 0 and _SIGN.fullmatch(lines[k].strip()) and _pair(lines[k - 1], lines[k], False):
            wraps.add(k - 1)  # the table's first line a number sign closing the name right above it
    return join_kept(doc, lines, wraps, RULE, "a table's cell wrapped onto the next line") if wraps else 0
