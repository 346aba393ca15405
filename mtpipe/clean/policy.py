"""The removal policy (issue 12, gate29): may a rule of low measured precision remove on a page of a site the run
knows nothing about?

``tools/rule_precision.py`` runs the cleaner over the labelled pages of ``benchmarks/data/realpages`` and writes
``data/rule_precision.json``: per ledger rule, the annotated lines it removed that were content and that were clutter,
the Wilson lower bound (95%) of its precision, clutter / (content + clutter), and the ``score`` the gate reads (that
bound; ``tools/rule_precision.py`` ``ESTIMATOR``).

* ``balanced`` (the default): every rule removes what it marks.
* ``conservative``: a rule whose score is under ``threshold`` (:data:`THRESHOLD`) does not remove; the line
  stays, with a ``kept`` ledger entry (rule :data:`RULE`) naming the rule, its counts and its score, so a
  reviewer sees what was held back.  Evidence from the run itself still removes, whatever the rule's precision:
  the cross-document template counts (``boilerplate.template``), the file's own syntax (front matter, Markdown code
  and images: ``frontmatter.*``, ``markdown.*``) and an exact copy of a paragraph of real length
  (``dedupe.exact``, :data:`COPY_CHARS` characters at least).  A rule the table does not list (it never removed
  a labelled line: a site's or a user's ``--rules``) is not held: there is no measure to hold it by.

The gate stands where removals are decided: :class:`HeldRemovals` is ``Marks.removed`` itself, so a held line
stays live for every later layer (a region layer sees a live neighbour, not a removed one; a later, precise rule
may still remove it, and then no ``kept`` entry is written).  Spans cut inside a line (``search`` rules) go through
:meth:`HeldRemovals.allows_cut`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..options import CLEAN_POLICIES

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["POLICIES", "THRESHOLD", "RULE", "TABLE", "load_table", "Gate", "HeldRemovals", "gate_marks",
           "write_held"]

POLICIES = CLEAN_POLICIES  # ``balanced`` (the default), ``conservative``: one list, the CLI's too
#: the lowest score (Wilson lower bound of precision) at which a rule removes under ``conservative``: the
#: leave-one-part-out sweep's choice (benchmarks/README.md, "Round 29g": the lowest cost at 10 clutter lines left per
#: content line lost, below the cliff at 0.89-0.90 where the classifier and date lines are held)
THRESHOLD = 0.85
RULE = "policy.conservative"  # the ledger rule of a line held back
TABLE = Path(__file__).resolve().parent / "data" / "rule_precision.json"
#: rules whose removal is evidence from the run itself (prefixes)
EVIDENCE = ("boilerplate.template", "frontmatter.", "markdown.")
COPY_CHARS = 60  # an exact copy of a paragraph this long at least is evidence (a sentence, not a repeated label)


@lru_cache(maxsize=4)
def load_table(path: Path = TABLE) -> dict[str, dict[str, Any]]:
    """The ``rules`` of a precision table (rule -> ``content``, ``clutter``, ``lower``, ``langs``)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))["rules"]


class Gate:
    """Which removals ``conservative`` holds back: :meth:`holds` gives the rule's figures when it does."""

    def __init__(self, table: Mapping[str, Mapping[str, Any]], threshold: float = THRESHOLD) -> None:
        self.table, self.threshold = table, threshold

    def holds(self, rule: str, line: str) -> Mapping[str, Any] | None:
        """The measured figures of ``rule`` when its removal of ``line`` is held back, else None."""
        if rule.startswith(EVIDENCE) or (rule == "dedupe.exact" and len(line.strip()) >= COPY_CHARS):
            return None
        m = self.table.get(rule)
        return m if m is not None and m["score"] < self.threshold else None


class HeldRemovals(dict):  # type: ignore[type-arg]
    """``Marks.removed`` under ``conservative``: line index -> (rule, note), where a held rule's marks never enter;
    ``held`` keeps the first held mark of each line (index -> rule, note, figures) and ``held_cuts`` the held spans."""

    def __init__(self, gate: Gate, lines: list[str]) -> None:
        super().__init__()
        self.gate, self.lines = gate, lines
        self.held: dict[int, tuple[str, str | None, Mapping[str, Any]]] = {}
        self.held_cuts: list[tuple[int, int, int, str, Mapping[str, Any]]] = []

    def __setitem__(self, i: int, value: tuple[str, str | None]) -> None:
        m = self.gate.holds(value[0], self.lines[i])
        if m is None:
            super().__setitem__(i, value)
        else:
            self.held.setdefault(i, (value[0], value[1], m))

    def setdefault(self, i: int, value: tuple[str, str | None]) -> Any:  # type: ignore[override]
        if i not in self:
            self[i] = value
        return self.get(i, value)

    def update(self, other: Any = (), **kw: Any) -> None:  # type: ignore[override]
        items: Iterable[Any] = other.items() if hasattr(other, "items") else other
        for i, value in items:
            self[i] = value

    def allows_cut(self, i: int, a: int, b: int, rule: str, text: str) -> bool:
        """True when a span ``a:b`` of line ``i`` may be cut by ``rule`` (``text``: the span); else it is held."""
        m = self.gate.holds(rule, text)
        if m is not None:
            self.held_cuts.append((i, a, b, rule, m))
        return m is None


def gate_marks(marks: "Marks", policy: str, table: Mapping[str, Any] | None = None,
               threshold: float | None = None) -> None:
    """Put the gate of ``policy`` on ``marks`` (``balanced``: nothing changes)."""
    if policy not in POLICIES:
        raise ValueError(f"unknown removal policy {policy!r} ({' or '.join(POLICIES)})")
    if policy == "balanced":
        return
    gate = Gate(load_table() if table is None else table, THRESHOLD if threshold is None else threshold)
    marks.removed = HeldRemovals(gate, [marks.doc.text[a:b] for a, b in marks.spans])


def _note(rule: str, m: Mapping[str, Any], threshold: float, note: str | None) -> str:
    return (f"{rule} would remove it: measured precision {m['score']} < {threshold} ({m['clutter']} clutter, "
            f"{m['content']} content lines removed on the labelled pages; Wilson lower bound {m['lower']})"
            + (f"; {note}" if note else ""))


def write_held(marks: "Marks") -> None:
    """A ``kept`` ledger entry for each line (and span) held back that no other layer removed."""
    removed = marks.removed
    if not isinstance(removed, HeldRemovals):
        return
    from .ledger import record

    t = removed.gate.threshold
    for i, (rule, note, m) in sorted(removed.held.items()):
        if i not in removed:
            a, b = marks.spans[i]
            record(marks.doc, RULE, a, b, _note(rule, m, t, note), action="kept")
    for i, a, b, rule, m in sorted(removed.held_cuts, key=lambda c: c[:3]):
        if i not in removed:
            record(marks.doc, RULE, a, b, _note(rule, m, t, None), action="kept")
