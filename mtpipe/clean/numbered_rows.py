"""A flattened table whose rows open with their running number under an "STT" head is the text's (cp82, issue 12).

An article lists a council's members, a prize's winners or a school's quotas as a table: a head row ("TT" / "Họ
tên" / "Chức vụ/Đơn vị hiện nay"), then one row a member, its number alone on a line ("1", "2", …) over one to four
cells ("GS. Lê Anh Tuấn" / "Chủ tịch Hội đồng Trường" / "Viện trưởng Viện Cơ khí Động lực").  A scrape prints each
cell on its own line; the rows have no fixed period (a member holds one office or three), so the table layer
(:mod:`.tables`) finds none, and the short-line rules take the numbers (``boilerplate.number_line``), the names
(``portal.degree_byline``, ``boilerplate.headline_run``) and the offices (``portal.affiliation``): a seed-86 sample
of dantri articles lost 25 lines of one such table (benchmarks/notes/cp82.md).

:func:`numbered_rows`: a head cell of the closed list :data:`_HEAD` ("STT", "TT", "Số TT", "№", "№ п/п", "No.")
alone on its line, then within :data:`MAX_HEAD_CELLS` lines the number 1 alone on its line, and from there the
numbers 2, 3, … alone on their lines in order, each at most :data:`MAX_CELLS` cell lines after the one before (a
cell: no line of paragraph length); :data:`MIN_ROWS` rows at least. The block runs from the head to the last row's
cells (as many lines as the rows' usual width: the article's byline under the table is no cell). A sidebar's ranking
("1" / a title / "2" / …) has no head cell. :class:`NumberedRows` takes back the block's removed lines (copies,
``dedupe.*``, stay removed), one ``kept`` entry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

RULE = "structure.numbered_rows"
_HEAD = re.compile(r"(?:stt|tt|số tt|số thứ tự|№|№ п/п|n°|no\.?|#)", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,3}\.?")
MAX_HEAD_CELLS = 5  # head cells between "STT" and the first row's number
MAX_CELLS = 5  # cell lines in a row after its number
MIN_ROWS = 3
_CELL_CHARS = 150  # a paragraph is no cell


def numbered_rows(lines: list[str]) -> list[tuple[int, int]]:
    """The blocks ``(first, end)`` (line indices, ``end`` exclusive) of such tables (module docstring)."""
    rows = [i for i in range(len(lines)) if lines[i].strip()]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(rows):
        if not _HEAD.fullmatch(lines[rows[k]].strip()):
            k += 1
            continue
        head = k
        n = next((m for m in range(k + 1, min(k + 2 + MAX_HEAD_CELLS, len(rows)))
                  if lines[rows[m]].strip().rstrip(".") == "1"), None)
        if n is None or any(len(lines[rows[m]].strip()) > _CELL_CHARS for m in range(k + 1, n)):
            k += 1
            continue
        starts, want, m = [n], 2, n + 1
        while m < len(rows) and m - starts[-1] <= MAX_CELLS + 1:
            s = lines[rows[m]].strip()
            if len(s) > _CELL_CHARS:
                break
            if _NUMBER.fullmatch(s) and s.rstrip(".") == str(want):
                starts.append(m)
                want += 1
            m += 1
        if len(starts) < MIN_ROWS:
            k += 1
            continue
        widths = [b - a for a, b in zip(starts, starts[1:])]
        usual = min(widths, key=lambda w: (-widths.count(w), w))  # the rows' usual width, the smaller of a tie
        last = starts[-1] + 1
        while last < len(rows) and last - starts[-1] < usual and len(lines[rows[last]].strip()) <= _CELL_CHARS \
                and not _NUMBER.fullmatch(lines[rows[last]].strip()):
            last += 1
        out.append((rows[head], rows[last - 1] + 1))
        k = last
    return out


class NumberedRows:
    """A line layer's step (run from :class:`~.announced.AnnouncedLists`): takes back a numbered table's lines."""

    def mark(self, marks: "Marks") -> None:
        doc, spans, removed = marks.doc, marks.spans, marks.removed
        lines = [doc.text[a:b] for a, b in spans]
        for first, end in numbered_rows(lines):
            back = [i for i in range(first, end) if i in removed and not removed[i][0].startswith("dedupe.")]
            if not back:
                continue
            rules = sorted({removed[i][0] for i in back})
            for i in back:
                del removed[i]
            record(doc, RULE, spans[first][0], spans[end - 1][1],
                   f"a table's rows under its '{lines[first].strip()}' head, each opening with its running number "
                   f"(lines {first}-{end - 1}): {len(back)} lines taken back from {', '.join(rules)}", action="kept")
