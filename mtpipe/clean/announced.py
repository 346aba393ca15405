"""A list the text announces is the text's own (issue 12, round 39, loss39).

The rules that remove a run of short lines "outside the article" (``boilerplate.menu``: short or bulleted lines in a
row; ``boilerplate.field_run``: "Label: value" lines in a row) read the run and the article's edges, not the line
that leads into it.  Where a sentence of the text ends with ":" and the run follows it, the run is the list that
sentence announces: "… số lượng học bổng dành cho ứng viên … như sau:" over "• Kazakhstan: 2" / "• Mexico: 1" …;
"Năm 2003, Miền Saigon bầu ban điều hành gồm:" over "Trưởng : …" / "Phó : …" / "Thư ký : …" / "Thủ quỹ : …".
:class:`AnnouncedLists`, a last line layer, takes such a run back, one ledger entry a line (action ``kept``, rule
``structure.announced``).  The evidence is position and shape, never wording:

* the lead: walking up from the run, the first line that is neither one of the list's items kept above the run (a
  short line of eight words at most with no sentence stop inside) nor a note in brackets ("(Là những người …)") is
  live, ends with ":" and holds four words or more (a lone label "Меню:" / "Danh mục:" leads to furniture); at most
  six kept items stand between;
* the text goes on: the nearest line under the run is live (a footer's menu under "Подписывайтесь на нас:" runs on
  into more removed furniture);
* the run: every line of it removed by one of the list rules above and no longer than a list item (eight words).

The layer then takes a lone label whose value stays removed (:mod:`.orphan_labels`, ``boilerplate.orphan_label``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record
from .lineups import LineupLines
from .numbered_rows import NumberedRows
from .orphan_labels import mark_orphan_labels

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "announced_lists", "AnnouncedLists"]

RULE = "structure.announced"
TAKEN_FROM = ("boilerplate.menu", "boilerplate.field_run")
_WORD = re.compile(r"[^\W\d_]+")
_STOP_INSIDE = re.compile(r"[.!?…](?:\s|$)")
_MIN_LEAD_WORDS = 4  # the sentence announcing the list: this long at least
_MAX_ITEM_WORDS = 8  # a list item (kept above the run, or in it)
_MAX_KEPT_ITEMS = 6  # kept items between the lead and the run


def _words(s: str) -> int:
    return len(s.split())


def _item(s: str) -> bool:
    """A list item's shape: eight words at most, no sentence stop before its end."""
    s = s.strip()
    return 0 < _words(s) <= _MAX_ITEM_WORDS and not _STOP_INSIDE.search(s.rstrip(".!?…"))


def _note(s: str) -> bool:
    """A line wholly in brackets: a note on the lead above it."""
    s = s.strip()
    return len(s) > 2 and s[0] in "([" and s[-1] in ")]"


def _lead(s: str) -> bool:
    s = s.rstrip()
    return s.endswith((":", "：")) and len(_WORD.findall(s)) >= _MIN_LEAD_WORDS


def _runs(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> list[list[int]]:
    """Maximal runs of non-blank lines each removed by a list rule (blank lines inside a run allowed)."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, s in enumerate(lines):
        if not s.strip():
            continue
        if removed.get(i, ("",))[0] in TAKEN_FROM and _item(s):
            run.append(i)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return runs


def _announced(lines: list[str], removed: dict[int, tuple[str, str | None]], run: list[int]) -> bool:
    below = next((j for j in range(run[-1] + 1, len(lines)) if lines[j].strip()), None)
    if below is None or below in removed:
        return False  # the text does not go on under the run
    kept = 0
    for j in range(run[0] - 1, -1, -1):
        s = lines[j]
        if not s.strip():
            continue
        if j in removed:
            return False
        if _lead(s):
            return True
        if _note(s):
            continue
        if not _item(s) or kept >= _MAX_KEPT_ITEMS:
            return False
        kept += 1
    return False


def announced_lists(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, str]:
    """The removed list lines the text announces: line index -> why."""
    out: dict[int, str] = {}
    for run in _runs(lines, removed):
        if _announced(lines, removed, run):
            for i in run:
                out[i] = f"one of {len(run)} items of a list a sentence ending with ':' announces, the text going on under it"
    return out


class AnnouncedLists:
    """The line layer (:class:`~.marks.LineLayer`) after the tables: takes back a list the text announces."""

    def mark(self, marks: "Marks") -> None:
        doc, spans = marks.doc, marks.spans
        lines = [doc.text[a:b] for a, b in spans]
        for i, why in announced_lists(lines, marks.removed).items():
            rule = marks.removed.pop(i)[0]
            record(doc, RULE, spans[i][0], spans[i][1], f"{why}: taken back from {rule}", action="kept")
        LineupLines().mark(marks)  # a match report's line-ups under their heading (cp82, :mod:`.lineups`)
        NumberedRows().mark(marks)  # a table's rows under an "STT" head, each opening with its number (cp82)
        mark_orphan_labels(marks)  # then a lone label whose value stays removed (clut75, :mod:`.orphan_labels`)
