"""A grid table's row wrapped onto two lines or more (round bnd45, issue 12: no sentence cut at a soft line break;
read on train29's ``t29ru06``, a dev part's tariff table in a plain-text dump of a decree).

The join is made after the line layers (:func:`join_grid_rows`, called by the cleaner once the kept ranges are
written), not with :mod:`.softbreak`'s joins before them: the table layer (:func:`~.tables.pipe_tables`) reads a
table's rows one a line, the same number of cells as its rule lines; a row joined before it would be taken for a
link footer.  Only two lines both kept whole are joined, their kept ranges merged into one.

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

from ..document import Document, LedgerEntry

__all__ = ["grid_wraps", "join_grid_rows", "join_kept"]

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


def join_grid_rows(doc: Document) -> int:
    """Join the wrapped rows of grid tables among the lines the cleaner kept (``doc.meta["kept"]``, merged) in place:
    the newline becomes a space (same length) and the join goes to the ledger (``softbreak.grid_row``, ``joined``).
    Returns how many were joined."""
    text = doc.text
    kept = doc.meta.get("kept")
    if not kept or "|" not in text or "|\n|" not in text.replace(" ", ""):
        return 0  # (an exact prefilter: two rows of cells meet at a line break)
    lines = text.split("\n")
    wraps = grid_wraps(lines)
    if not wraps:
        return 0
    return join_kept(doc, lines, wraps, "softbreak.grid_row", "a grid table's row wrapped onto the next line")


def join_kept(doc: Document, lines: list[str], wraps: set[int], rule: str, note: str) -> int:
    """Join line ``i`` of ``doc.text`` (``lines``: its lines) to line ``i + 1`` for each ``i`` in ``wraps`` where both
    are kept whole (``doc.meta["kept"]``, their ranges merged): the newline becomes a space (same length) and the join
    goes to the ledger (``rule``, ``joined``).  Returns how many were joined."""
    text = doc.text
    kept = doc.meta.get("kept") or []
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    chars = list(text)
    joined = 0
    for i in sorted(wraps):
        nl = starts[i] + len(lines[i])
        k = next((k for k in range(len(kept) - 1) if kept[k][1] == nl and kept[k + 1][0] == nl + 1), -1)
        if k < 0 or kept[k][0] > starts[i] or kept[k + 1][1] < starts[i + 1] + len(lines[i + 1]):
            continue  # a line removed or cut: no join
        kept[k:k + 2] = [[kept[k][0], kept[k + 1][1]]]
        chars[nl] = " "
        ra, rb = doc.to_raw(nl - 1) + 1 if nl else doc.to_raw(nl), doc.to_raw(nl + 1)
        if ra < rb:
            doc.ledger.append(LedgerEntry(rule, "joined", doc.raw_text[ra:rb], ra, rb, note=note))
        joined += 1
    if joined:
        doc.text = "".join(chars)
    return joined
