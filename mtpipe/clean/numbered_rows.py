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
("1" / a title / "2" / …) has no head cell. Without a head cell (a table of figures under a head of several rows:
"Chỉ tiêu" / "Số trúng tuyển" / "Điểm trúng tuyển", a university's quotas and scores, 106 lines lost in a seed-88
sample) the rows may hold :data:`MAX_NUMERIC_CELLS` cells, :data:`MIN_BARE_ROWS` rows at least, and half their cell
lines figures at least (:data:`_VALUE`: "360", "25.35", "-"); a ranking's cells are titles. :class:`NumberedRows`
takes back the block's removed lines (copies, ``dedupe.*``, stay removed), one ``kept`` entry.

tab94 (post-blind on held52, read on a fresh school's fee page): the rows of a table of figures with no head cell
may open at a row key up to :data:`MAX_FIRST_KEY` ("6" / "46.710.000" / "43.350.000" / … / "7" / …: the grades 6
to 12, each over six fees; 50 cells lost to ``boilerplate.date_line`` and ``number_line``); the same five rows and
half their cells figures are needed.  On the dev parts no block opens so (0 content, 0 clutter lines moved); a
pager's or calendar's numbers have no cells between them, a ranking's cells are titles.
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
MAX_NUMERIC_CELLS = 12  # cells in a row of figures (no head cell): a name, quotas, scores, a code
MIN_BARE_ROWS = 5  # rows of a table with no head cell
MAX_FIRST_KEY = 12  # a table of figures with no head cell may open at this row key (a school's grades 6-12, tab94)
MIN_NUMERIC_SHARE = 0.5  # of its cell lines figures ("360", "25.35", "-"): a sidebar's ranking holds titles
#: a figure's cell: a number, a decimal, a range or a dash for none
_VALUE = re.compile(r"[-–—]|[+\-−]?\d[\d.,]*(?:\s*[-–/]\s*\d[\d.,]*)?\s*%?")
_CELL_CHARS = 150  # a paragraph is no cell


def _rows(lines: list[str], rows: list[int], n: int, max_cells: int, first: int = 1) -> list[int]:
    """The positions in ``rows`` of the row numbers ``first``, ``first + 1``, … from position ``n``, each at most
    ``max_cells`` cell lines after the one before; the walk stops at a line of paragraph length."""
    starts, want, m = [n], first + 1, n + 1
    while m < len(rows) and m - starts[-1] <= max_cells + 1:
        s = lines[rows[m]].strip()
        if len(s) > _CELL_CHARS:
            break
        if _NUMBER.fullmatch(s) and s.rstrip(".") == str(want):
            starts.append(m)
            want += 1
        m += 1
    return starts


def numbered_rows(lines: list[str]) -> list[tuple[int, int]]:
    """The blocks ``(first, end)`` (line indices, ``end`` exclusive) of such tables (module docstring)."""
    rows = [i for i in range(len(lines)) if lines[i].strip()]
    out: list[tuple[int, int]] = []
    n = 0
    while n < len(rows):
        key = lines[rows[n]].strip().rstrip(".")
        if not (key.isascii() and key.isdigit() and 1 <= int(key) <= MAX_FIRST_KEY):
            n += 1
            continue
        above = [m for m in range(max(0, n - 1 - MAX_HEAD_CELLS), n) if _HEAD.fullmatch(lines[rows[m]].strip())]
        head = above[-1] if key == "1" and above and all(len(lines[rows[m]].strip()) <= _CELL_CHARS
                                                         for m in range(above[-1], n)) else None
        starts = _rows(lines, rows, n, MAX_CELLS if head is not None else MAX_NUMERIC_CELLS, int(key))
        if len(starts) < 2:
            n += 1
            continue
        widths = [b - a for a, b in zip(starts, starts[1:])]
        usual = min(widths, key=lambda w: (-widths.count(w), w))  # the rows' usual width, the smaller of a tie
        last = starts[-1] + 1
        while last < len(rows) and last - starts[-1] < usual and len(lines[rows[last]].strip()) <= _CELL_CHARS \
                and lines[rows[last]].strip().rstrip(".") != str(len(starts) + int(key)):
            last += 1
        cells = [lines[rows[m]].strip() for m in range(n, last) if m not in starts]
        numeric = sum(bool(_VALUE.fullmatch(c)) for c in cells)
        if (head is not None and len(starts) >= MIN_ROWS) \
                or (len(starts) >= MIN_BARE_ROWS and cells and numeric >= len(cells) * MIN_NUMERIC_SHARE):
            out.append((rows[head if head is not None else n], rows[last - 1] + 1))
            n = last
        else:
            n += 1
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
            head = lines[first].strip()
            what = f"under its '{head}' head" if _HEAD.fullmatch(head) else "of figures"
            record(doc, RULE, spans[first][0], spans[end - 1][1],
                   f"a table's rows {what}, each opening with its running number (lines {first}-{end - 1}): "
                   f"{len(back)} lines taken back from {', '.join(rules)}", action="kept")
