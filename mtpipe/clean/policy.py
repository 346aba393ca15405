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
  and images: ``frontmatter.*``, ``markdown.*``) and a copy of a paragraph of real length
  (:data:`COPY_RULES`, :data:`COPY_CHARS` characters at least).  A rule the table does not list (it never removed
  a labelled line: a site's or a user's ``--rules``) is not held: there is no measure to hold it by.
* ``weighed`` (gate31): the same gate and evidence, on another score: the rule's expected precision on the page's
  language (:func:`expected_precision`: the table's per-language counts shrunk towards the rule's, the rule's towards
  its family's), held under the break-even of the cost the issue states (:data:`COST` clutter lines left weigh as one
  content line lost: hold under ``COST / (COST + 1)``); and a second signal: a run of held lines with a removed line
  on each side is removed after all (:data:`SUPPORT`, :func:`release_supported`; its ledger note says so).  Not the
  default: measured leave-one-part-out it lowers the cost pooled but raises it on most parts, those that lose no
  content under ``balanced`` (benchmarks/README.md, "gate31").

The gate stands where removals are decided: :class:`HeldRemovals` is ``Marks.removed`` itself, so a held line
stays live for every later layer (a region layer sees a live neighbour, not a removed one; a later, precise rule
may still remove it, and then no ``kept`` entry is written).  Spans cut inside a line (``search`` rules) go through
:meth:`HeldRemovals.allows_cut`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..options import CLEAN_POLICIES
from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["POLICIES", "THRESHOLD", "COST", "THRESHOLDS", "RULE", "TABLE", "load_table", "expected_precision", "Gate",
           "HeldRemovals", "gate_marks", "write_held"]

POLICIES = CLEAN_POLICIES  # ``balanced`` (the default), ``conservative``, ``weighed``: one list, the CLI's too
#: the lowest score (Wilson lower bound of precision) at which a rule removes under ``conservative``: the
#: leave-one-part-out sweep's choice (benchmarks/README.md, "Round 29g": the lowest cost at 10 clutter lines left per
#: content line lost, below the cliff at 0.89-0.90 where the classifier and date lines are held)
THRESHOLD = 0.85
#: ``weighed``: the clutter lines left that weigh as much as one content line lost (issue 12: "a real sentence lost is
#: far worse than a menu line kept"; the cost gate29 and gate31 chose by)
COST = 10
#: the score under which each policy holds a rule: ``weighed`` its break-even, a rule whose expected precision is
#: under COST / (COST + 1) loses more (weighed) than it gains
THRESHOLDS = {"conservative": THRESHOLD, "weighed": COST / (COST + 1)}
RULE_PRIOR = 10  # ``weighed``: the rule's family's precision weighs as this many lines of the rule's own
LANG_PRIOR = 10  # ``weighed``: the rule's precision weighs as this many lines of its own in the page's language
#: ``weighed``: a run of held lines with a removed line on each side is removed after all (a second, independent
#: signal: the held rule's line sits inside furniture the precise rules took, not in the article's text)
SUPPORT = True
#: ... and the page's start or end stands for a removed line (a held run at the top or bottom edge, next to a removed
#: line): measured and left off (benchmarks/README.md, "gate31")
EDGES = False
RULE = "policy.conservative"  # the ledger rule of a line held back (``policy.weighed`` under ``weighed``)
TABLE = Path(__file__).resolve().parent / "data" / "rule_precision.json"
#: rules whose removal is evidence from the run itself (prefixes)
EVIDENCE = ("boilerplate.template", "frontmatter.", "markdown.")
COPY_CHARS = 60  # a copy of a paragraph this long at least is evidence (a sentence, not a repeated label)
#: the duplicate layer's rules whose removed line is a copy of text the page keeps elsewhere (the same paragraph, a
#: near copy, a paragraph the following ones repeat, one held inside a longer one): the run's own evidence when the
#: line is a paragraph of :data:`COPY_CHARS` characters (its text is not lost, and holding it doubles it in the output)
COPY_RULES = ("dedupe.exact", "dedupe.near", "dedupe.covered", "dedupe.contained")


@lru_cache(maxsize=4)
def load_table(path: Path = TABLE) -> dict[str, dict[str, Any]]:
    """The ``rules`` of a precision table (rule -> ``content``, ``clutter``, ``lower``, ``langs``)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))["rules"]


def _family(rule: str) -> str:
    return rule.split(".", 1)[0]


def expected_precision(table: Mapping[str, Mapping[str, Any]], lang: str) -> dict[str, float]:
    """``weighed``'s score of each rule on a page in ``lang``: its precision clutter / (content + clutter) on the
    labelled pages of that language, shrunk towards the rule's precision in all languages (:data:`LANG_PRIOR`), that
    shrunk towards its family's (:data:`RULE_PRIOR`; the family's counts over its rules but the run-evidence ones,
    plus one of each).  A rule that took content in one language and none in another is judged per language."""
    fam: dict[str, list[int]] = {}
    for rule, m in table.items():
        if not rule.startswith(EVIDENCE):
            f = fam.setdefault(_family(rule), [0, 0])
            f[0] += m["content"]
            f[1] += m["clutter"]
    out = {}
    for rule, m in table.items():
        content, clutter = fam.get(_family(rule), [m["content"], m["clutter"]])
        p = (clutter + 1) / (content + clutter + 2)
        p = (m["clutter"] + RULE_PRIOR * p) / (m["content"] + m["clutter"] + RULE_PRIOR)
        content, clutter = m.get("langs", {}).get(lang, (0, 0))
        out[rule] = round((clutter + LANG_PRIOR * p) / (content + clutter + LANG_PRIOR), 4)
    return out


#: (id of a table, language) -> (the table, its scores): a run asks the same loaded table for every page; the table
#: object is kept with its scores, so an id reused by another table never answers for it
_SCORES: dict[tuple[int, str], tuple[Mapping[str, Mapping[str, Any]], Mapping[str, float]]] = {}


def _scores_of(table: Mapping[str, Mapping[str, Any]], lang: str) -> Mapping[str, float]:
    got = _SCORES.get((id(table), lang))
    if got is None or got[0] is not table:
        if len(_SCORES) > 32:
            _SCORES.clear()
        got = _SCORES[(id(table), lang)] = (table, MappingProxyType(expected_precision(table, lang)))
    return got[1]


class Gate:
    """Which removals a policy holds back: :meth:`holds` gives the rule's figures when it does (``score``: the one
    the policy compared with ``threshold``)."""

    def __init__(self, table: Mapping[str, Mapping[str, Any]], threshold: float = THRESHOLD,
                 policy: str = "conservative", lang: str = "") -> None:
        self.table, self.threshold, self.policy = table, threshold, policy
        self.scores = (_scores_of(table, lang) if policy == "weighed"
                       else {r: m["score"] for r, m in table.items()})

    @property
    def rule(self) -> str:
        return f"policy.{self.policy}"

    def holds(self, rule: str, line: str) -> Mapping[str, Any] | None:
        """The measured figures of ``rule`` when its removal of ``line`` is held back, else None."""
        if rule.startswith(EVIDENCE) or (rule in COPY_RULES and len(line.strip()) >= COPY_CHARS):
            return None
        score = self.scores.get(rule)
        return {**self.table[rule], "score": score} if score is not None and score < self.threshold else None


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
    gate = Gate(load_table() if table is None else table, THRESHOLDS[policy] if threshold is None else threshold,
                policy, marks.lang)
    marks.removed = HeldRemovals(gate, [marks.doc.text[a:b] for a, b in marks.spans])


def _note(rule: str, m: Mapping[str, Any], threshold: float, note: str | None) -> str:
    return (f"{rule} would remove it: measured precision {m['score']} < {threshold:.4g} ({m['clutter']} clutter, "
            f"{m['content']} content lines removed on the labelled pages; Wilson lower bound {m['lower']})"
            + (f"; {note}" if note else ""))


def release_supported(removed: HeldRemovals) -> None:
    """Remove each run of consecutive held lines that no layer removed when the lines just before and after the run
    are removed (with the held rule, its note telling why)."""
    live = sorted(i for i in removed.held if i not in removed)
    runs: list[list[int]] = []
    for i in live:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        last = len(removed.lines) - 1
        if (run[0] - 1 in removed or (EDGES and run[0] == 0 and run[-1] < last)) and \
                (run[-1] + 1 in removed or (EDGES and run[-1] == last and run[0] > 0)):
            for i in run:
                rule, note, m = removed.held[i]
                dict.__setitem__(removed, i, (rule, (f"{note}; " if note else "") + f"held (precision {m['score']}), "
                                              "removed after all: the lines before and after it are removed"))


def write_held(marks: "Marks") -> None:
    """A ``kept`` ledger entry for each line (and span) held back that no other layer removed."""
    removed = marks.removed
    if not isinstance(removed, HeldRemovals):
        return

    t = removed.gate.threshold
    if removed.gate.policy == "weighed" and SUPPORT:
        release_supported(removed)
    for i, (rule, note, m) in sorted(removed.held.items()):
        if i not in removed:
            a, b = marks.spans[i]
            record(marks.doc, removed.gate.rule, a, b, _note(rule, m, t, note), action="kept")
    for i, a, b, rule, m in sorted(removed.held_cuts, key=lambda c: c[:3]):
        if i not in removed:
            record(marks.doc, removed.gate.rule, a, b, _note(rule, m, t, None), action="kept")
