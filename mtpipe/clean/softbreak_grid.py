"""A grid table's row wrapped onto two lines or more (round bnd45, issue 12: no sentence cut at a soft line break;
read on train29's ``t29ru06``, a dev part's tariff table in a plain-text dump of a decree).

A plain-text table drawn with ``|`` and rule lines ("|—————|————|") wraps a long cell onto the next line: the other
cells of that line stay empty ("| 1 | Акустическая система Dynacord (4 колонки - | за сутки | 7000,00 |"⏎"| |
усилитель 2600) | | |").  The two lines are one row, one unit, as the boundary-labelled parts mark it; :mod:`.softbreak`
never joins a line that ends with a cell's mark ("|"), so the row was cut at the break.  Two lines are one row when
both are rows of ``|`` cells (opening and closing with "|", three cells or more, the same number of cells), the second
has an empty cell, and either

* the second line's first cell is empty while the first line's is not (a wrapped row repeats no row number), or
* the rows stand alone between two rule lines (two to four lines: a grid table rules off every row; the header's
  "| N | Наименование … |"⏎"| п/п | | измерения | 18%, руб. |").

A Markdown table's rows (one a line, a separator under the header only: "| a | b |"⏎"| c | d |"), a row whose empty cells
are filled with "-" and a menu of "|" links stay apart.
"""

from __future__ import annotations

import re

__all__ = ["grid_wraps"]

# a rule line of a drawn table: dashes, em dashes, "=", "+" and "|", nothing else
_RULE = re.compile(r"^\s*[|+]?[\s\-—–─━=+|]{3,}[|+]?\s*$")
_MAX_ROW_LINES = 4


def _cells(line: str) -> list[str] | None:
    """The cells of a row of ``|`` cells (three or more), or None."""
    s = line.strip()
    if len(s) < 5 or s[0] != "|" or s[-1] != "|" or _RULE.match(s):
        return None
    cells = [c.strip() for c in s[1:-1].split("|")]
    return cells if len(cells) >= 3 else None


def _wraps(first: list[str], second: list[str]) -> bool:
    return len(first) == len(second) and "" in second


def grid_wraps(lines: list[str]) -> set[int]:
    """Indexes ``i`` of the lines whose break to line ``i + 1`` falls inside a grid table's row."""
    out: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        if lines[i][:1] != "|" and lines[i].lstrip()[:1] != "|":
            i += 1
            continue
        j = i
        rows = []
        while j < n and (c := _cells(lines[j])) is not None:
            rows.append(c)
            j += 1
        if not rows:
            i += 1
            continue
        ruled = 2 <= len(rows) <= _MAX_ROW_LINES and i > 0 and _RULE.match(lines[i - 1]) is not None \
            and j < n and _RULE.match(lines[j]) is not None
        for k in range(len(rows) - 1):
            a, b = rows[k], rows[k + 1]
            if not _wraps(a, b):
                continue
            if ruled or (b[0] == "" and a[0] != ""):
                out.add(i + k)
        i = j
    return out
