"""A fee table printed one cell a line: row labels over bare figures, under a header naming the money unit (tab96).

A district's parental fees (tatarstan-gov.ru, tab94's fresh page f08ru, read as tune by tab96) print the table one
cell a line, each row's label wrapped over two or three lines and its fees bare under it::

    Размер родительской платы
    на 1 учащегося в месяц с 1
    января 2007 года, рублей
    п.г.т.
    Уруссу
    В сельской
    местности
    Центр внешкольной работы
    42
    21
    Детский      оздоровительный
    центр
    42
    21
    ...

``boilerplate.number_line`` takes each figure ("a bare number alone on its line"), ``boilerplate.short_run`` the short
label lines between them, ``classifier.line`` a header cell ("местности"): the fees go, the labels with them.

Figures under labels are also a listing's cards ("Заголовок" / "42" / "21": views and comments), so the evidence is
the header (:func:`money_header`): a kept line of :data:`_HEAD_WORDS` words at most that *ends* with a money unit
(", рублей", "(руб.)", "đồng", "VNĐ": the column header of a fee table; a card's counters have none), and under it,
within :data:`_REACH` non-blank lines, a block (:func:`figure_block`) of short lines (:data:`_CELL_WORDS` words at
most) where runs of bare figures (or a "-" for none) and runs of letter lines alternate :data:`_MIN_GROUPS` times or
more.  The block ends at a longer line.  Inside it every removal by a shape rule (:data:`.schedules.RELEASED`) is
kept, with a ``kept`` ledger entry (rule ``guard.fee_figures``).

Dev evidence (tab96, a static scan of every realpages part): no dev page holds such a header with such a block under
it (0 content, 0 clutter lines): the rule takes back no dev line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["money_header", "figure_block", "release_fee_figures"]

#: a money unit closing a fee table's column header ("… 2007 года, рублей", "Стоимость (руб.)", "Mức thu (đồng)")
_UNIT_END = re.compile(r"(?:руб(?:лей|ля|ль)?\.?|₽|đồng|vnđ|vnd)\s*\)?\s*[.:]?\s*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3}")
_FIGURE = re.compile(r"\s*(?:\d[\d\s.,]*|[-–—])\s*\|?\s*")
_HEAD_WORDS = 16  # the soft-break joiner joins a wrapped header cell into one line
_CELL_WORDS = 12  # a wrapped row label, joined
_REACH = 8  # non-blank lines from the header to the block's first figure at most
_MIN_GROUPS = 3  # runs of figures, each under its label, at least
_MAX_FIGURES = 8  # figures in one row at most


def money_header(s: str) -> bool:
    """``s`` is a column header naming the money unit: short, ending with the unit, a word before it."""
    m = _UNIT_END.search(s)
    return m is not None and len(s.split()) <= _HEAD_WORDS and _WORD.search(s, 0, m.start()) is not None


def _figure(s: str) -> bool:
    return _FIGURE.fullmatch(s) is not None


def figure_block(lines: list[str], head: int) -> tuple[int, int] | None:
    """``(first, last)``: the block of row labels and bare figures under the header at line ``head``, or None."""
    idx = [i for i in range(head + 1, len(lines)) if lines[i].strip()]
    end = next((n for n, i in enumerate(idx) if len(lines[i].split()) > _CELL_WORDS), len(idx))
    idx = idx[:end]
    first = next((n for n, i in enumerate(idx) if _figure(lines[i])), None)
    if first is None or first > _REACH:
        return None
    kinds = [_figure(lines[i]) for i in idx]
    groups, run, ok = 0, 0, True
    for n in range(first, len(kinds)):
        if kinds[n]:
            run += 1
            if n + 1 == len(kinds) or not kinds[n + 1]:
                groups += 1
                ok = ok and run <= _MAX_FIGURES
                run = 0
    last = max(n for n, k in enumerate(kinds) if k)
    if groups < _MIN_GROUPS or not ok or not any(not k and _WORD.search(lines[idx[n]])
                                                  for n, k in enumerate(kinds[first:last], first)):
        return None
    return idx[0], idx[last]


def release_fee_figures(marks: "Marks", released: "frozenset[str]") -> None:
    """Take back the removals by a rule of ``released`` inside each fee table of bare figures (:func:`figure_block`)
    under a kept money header (:func:`money_header`), each with a ``kept`` ledger entry."""
    removed = marks.removed
    if not any(r in released for r, _ in removed.values()):
        return  # only such removals are taken back (perf91)
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for h, s in enumerate(lines):
        if h in removed or not money_header(s):
            continue
        block = figure_block(lines, h)
        if block is None:
            continue
        for i in range(block[0], block[1] + 1):
            if i not in removed or removed[i][0] not in released or not any(ch.isalnum() for ch in lines[i]):
                continue
            rule, _ = removed[i]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, "guard.fee_figures", a, b, f"{rule} would remove it: a cell of a fee table printed one "
                   f"cell a line, its figures under the header {s.strip()[:40]!r}", action="kept")
