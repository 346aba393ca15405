"""A table's numbered cell printed over the next column's cell (round bnd59, issue 12: no sentence cut at a soft line
break; read on held40's ``h40ru12``, a bath house's price table, dev since the twenty-ninth session).

A table printed one cell a line puts a row's name cell, closed by its number ("Помывка в бане N 5", "N 1"), over the
next column's cell, which opens in lower case ("разряд 1", "внеразрядное", "внеразр. отделение").  :mod:`.softbreak`
took the lower-case line for the rest of a sentence and joined the two cells.  A veto (:func:`numbered_cell`) keeps
the break when

* the line is short (six words at most) and closed by a number sign and its number ("N 5", "№ 17", "№5"), nothing
  after it; and
* the next line is short too (three words at most), opens with a lower-case word that is no function word (a
  preposition or conjunction goes on: "Приложение N 8"⏎"к решению Совета депутатов", "… № 483"⏎"от 26.03.2009"),
  and ends no sentence (a short predicate that closes the sentence goes on: "Школа № 5"⏎"закрыта на карантин.").

A long next line ("20 мая в ООШ №5"⏎"состоялся итоговый конкурс «Самый лучший класс школы-2011», …", train28's
``t28ru39``) is running text and goes on.  On the boundary-labelled parts the shape (a line closed by a number sign's
number, a lower-case line after it) is a cell's end seven times of nine (all seven h40ru12's, "N 5", "N 1"), and the
two others are kept apart by the conditions above.  A short line closed by "№" and its number is already kept apart by
the number-line veto of :mod:`.softbreak` (:func:`~.layout._number_line`: a letterhead's "от 12.03.2024 № 15"); the
Latin "N" that Russian official texts print for the sign is not a number line there, and a letterhead rule is no
place for a table's cell, so the cell is told here.

Round tab94 (held52's ``h52vi12``, a taxi fare table, read after its blind figures): **a header cell's unit in
brackets under it** ("Đơn vị tính"⏎⏎"(Vnđ)", "Vios"⏎⏎"(Vnđ)"): a line that is only a money unit in brackets (the
unit words of :data:`~.record_values._UNIT`), one blank line under a short cell (four words at most, no digit, no
stop, no ":" or "|" closing it), goes on that cell (:func:`unit_gaps`).  On the boundary-labelled dev parts a line
alone in brackets after a blank line is a unit four times of none ("(Số 01/T6.2021)", "(Mt 5,1-12a)", "(ЧПОУ НКЭС)",
"(dưới 2 tuổi)" stand apart and stay apart: no unit); without the blank line "Тариф"⏎"(с НДС)"⏎"руб." is joined
already.
"""

from __future__ import annotations

import re

from .record_values import _UNIT
from .softbreak_gaps import DANGLING_WORDS

__all__ = ["numbered_cell", "unit_gaps"]

_NUMBERED_END = re.compile(r"(?:^|\s)[N№]\s?\d{1,4}$")
_CELL_WORDS, _NEXT_WORDS = 6, 3
_STOPS = ".!?…:;"
_FIRST = re.compile(r"[^\W\d_]+", re.UNICODE)


def numbered_cell(cur: str, nxt: str) -> bool:
    """True when ``cur`` is a cell closed by its number and ``nxt`` the next column's lower-case cell."""
    c, n = cur.strip(), nxt.strip()
    if not c or not n or len(c.split()) > _CELL_WORDS or not _NUMBERED_END.search(c):
        return False
    if len(n.split()) > _NEXT_WORDS or n.rstrip("\"'”’»)]")[-1:] in _STOPS:
        return False
    m = _FIRST.match(n)
    return m is not None and m.group(0).islower() and m.group(0) not in DANGLING_WORDS


_UNIT_CELL = re.compile(r"^\(" + _UNIT.pattern + r"\s*\)$", re.IGNORECASE)
_HEAD_WORDS = 4
_DIGIT = re.compile(r"\d")


def unit_gaps(lines: list[str]) -> list[tuple[int, int]]:
    """Pairs ``(i, i + 2)``: line ``i + 2`` is a money unit alone in brackets ("(Vnđ)", "(руб.)"), one blank line under
    line ``i``, a short header cell (module docstring)."""
    out = []
    for i in range(len(lines) - 2):
        c, n = lines[i].strip(), lines[i + 2].strip()
        if lines[i + 1].strip() or not c or not n.startswith("(") or not _UNIT_CELL.match(n):
            continue
        if len(c.split()) <= _HEAD_WORDS and _FIRST.search(c) and not _DIGIT.search(c) and c[-1] not in _STOPS + "|":
            out.append((i, i + 2))
    return out
