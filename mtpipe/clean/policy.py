"""The removal policy (issue 12, gate29): may a rule of low measured precision remove on a page of a site the run
knows nothing about?

``tools/rule_precision.py`` runs the cleaner over the labelled pages of ``benchmarks/data/realpages`` and writes
``data/rule_precision.json``: per ledger rule, the annotated lines it removed that were content and that were clutter,
the Wilson lower bound (95%) of its precision, clutter / (content + clutter), and the ``score`` the gate reads (that
bound; ``tools/rule_precision.py`` ``ESTIMATOR``).

* ``balanced``: every rule removes what it marks (the default before ``weighed``).
* ``conservative``: a rule whose score is under ``threshold`` (:data:`THRESHOLD`) does not remove; the line
  stays, with a ``kept`` ledger entry (rule :data:`RULE`) naming the rule, its counts and its score, so a
  reviewer sees what was held back.  Evidence from the run itself still removes, whatever the rule's precision:
  the cross-document template counts (``boilerplate.template``), the file's own syntax (front matter, Markdown code
  and images: ``frontmatter.*``, ``markdown.*``) and a copy of a paragraph of real length
  (:data:`COPY_RULES`, :data:`COPY_CHARS` characters at least).  A span a rule moves to metadata inside a line it
  leaves (a ``search`` rule of ``action = "meta"``: a crawler's date prefix ``meta.crawl_date``, a reporter's byline
  ``meta.reporter_byline``) is never held either (:meth:`HeldRemovals.allows_cut`, pol61): the line's text stays in the
  page, the span's fields are kept in ``doc.meta``, so the cut loses no sentence, and the table cannot measure it (a
  line left with its sentence is no removed line).  A whole line a ``meta`` rule takes (``meta.date_line``) leaves the
  text the translator reads: it is gated by its measured row like any rule.  A rule the table does not list is held
  as its family (:func:`family_rows`, cp59): see below.
* A rule the table does not list (it removed no labelled line of the counted parts: a rule written for a part never
  counted, ``blind_sets.NEVER_TRAIN_PAGES``, as ``boilerplate.tag_run`` for ``h33ru02``; a rule that removes only
  what a held rule left, never counted under ``balanced``; or a user's ``--rules``) is scored as a rule with no
  counted line of its own: by its family's row, the pooled counts of the family's listed rules (the run-evidence
  ones left out), under each policy's own estimator (``conservative``: the row's Wilson lower bound,
  :func:`wilson_lower`; ``weighed``: the family's precision that :func:`expected_precision` shrinks every rule
  towards, itself shrunk towards all rules', :data:`FAMILY_PRIOR`).  A rule of a family the table does not list at
  all (a user's own ``--rules`` names) is not held: there is no measure to hold it by.
* ``weighed`` (gate31): the same gate and evidence, on another score: the rule's expected precision on the page's
  language (:func:`expected_precision`: the table's per-language counts shrunk towards the rule's, the rule's
  towards its family's, the family's towards all rules'), held under the break-even of the cost the issue states
  (:data:`COST` clutter lines left weigh as one content line lost: hold under ``COST / (COST + 1)``); and a second
  signal: a run of held lines with a removed line on each side is removed after all (:data:`SUPPORT`,
  :func:`release_supported`; its ledger note says so).  The default (``mtpipe.options.CLEAN_POLICIES[0]``, commit
  ``a749ff8``); when first written (gate31), measured leave-one-part-out, it lowered the cost pooled but raised it
  on most parts (benchmarks/README.md, "gate31").

The gate stands where removals are decided: :class:`HeldRemovals` is ``Marks.removed`` itself, so a held line
stays live for every later layer (a region layer sees a live neighbour, not a removed one; a later, precise rule
may still remove it, and then no ``kept`` entry is written).  Spans cut inside a line (``search`` rules) go through
:meth:`HeldRemovals.allows_cut`.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from ..options import CLEAN_POLICIES
from .event_rows import release_event_rows
from .last_prints import release_last_prints
from .ledger import record
from .post_quotes import release_post_quotes
from .letter_head import release_letter_heads
from .prose_subheads import release_subheads
from .roster_heads import release_roster_heads
from .release_guards import quoted_title, stays
from .sentence_pieces import release_pieces
from .word_subheads import release_word_heads

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["POLICIES", "THRESHOLD", "COST", "THRESHOLDS", "RULE", "TABLE", "Z", "load_table", "wilson_lower",
           "family_rows", "expected_precision", "Gate", "HeldRemovals", "gate_marks", "write_held"]

POLICIES = CLEAN_POLICIES  # ``weighed`` (the default), ``balanced``, ``conservative``: one list, the CLI's too
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
FAMILY_PRIOR = 10  # ``weighed``: all rules' precision weighs as this many lines of the family's own (cp59)
LANG_PRIOR = 10  # ``weighed``: the rule's precision weighs as this many lines of its own in the page's language
#: ``weighed``: a run of held lines with a removed line on each side is removed after all (a second, independent
#: signal: the held rule's line sits inside furniture the precise rules took, not in the article's text)
SUPPORT = True
#: ... and the page's start or end stands for a removed line (a held run at the top or bottom edge, next to a removed
#: line): measured and left off (benchmarks/README.md, "gate31")
EDGES = False
Z = 1.96  # the Wilson interval's z (``conservative``'s score, tools/rule_precision.py): two-sided 95%, lower end
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


def wilson_lower(k: int, n: int, z: float = Z) -> float:
    """The lower end of the Wilson score interval of a proportion ``k / n`` (0 when ``n`` is 0)."""
    if n == 0:
        return 0.0
    p = k / n
    d = 1 + z * z / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, (centre - margin) / d)


def family_rows(table: Mapping[str, Mapping[str, Any]]) -> dict[str, list[int]]:
    """family -> ``[content, clutter]``: the removed lines of the family's listed rules, the run-evidence ones
    (:data:`EVIDENCE`) left out."""
    fam: dict[str, list[int]] = {}
    for rule, m in table.items():
        if not rule.startswith(EVIDENCE):
            f = fam.setdefault(_family(rule), [0, 0])
            f[0] += m["content"]
            f[1] += m["clutter"]
    return fam


def _root_precision(fam: Mapping[str, list[int]]) -> float:
    """The precision of all rules pooled (the run-evidence ones left out), plus one line of each label."""
    content, clutter = sum(c for c, _ in fam.values()), sum(k for _, k in fam.values())
    return (clutter + 1) / (content + clutter + 2)


def _family_precision(content: int, clutter: int, root: float) -> float:
    """A family's precision shrunk towards all rules' (:data:`FAMILY_PRIOR`): a family of a few lines (``meta``: 5)
    is judged mostly by the rules at large, not held for want of lines (cp59)."""
    return (clutter + FAMILY_PRIOR * root) / (content + clutter + FAMILY_PRIOR)


def expected_precision(table: Mapping[str, Mapping[str, Any]], lang: str) -> dict[str, float]:
    """``weighed``'s score of each rule on a page in ``lang``: its precision clutter / (content + clutter) on the
    labelled pages of that language, shrunk towards the rule's precision in all languages (:data:`LANG_PRIOR`), that
    shrunk towards its family's (:data:`RULE_PRIOR`; the family's counts over its rules but the run-evidence ones,
    shrunk towards all rules': :func:`_family_precision`).  A rule that took content in one language and none in
    another is judged per language."""
    fam = family_rows(table)
    root = _root_precision(fam)
    out = {}
    for rule, m in table.items():
        p = _family_precision(*fam.get(_family(rule), [m["content"], m["clutter"]]), root)
        p = (m["clutter"] + RULE_PRIOR * p) / (m["content"] + m["clutter"] + RULE_PRIOR)
        content, clutter = m.get("langs", {}).get(lang, (0, 0))
        out[rule] = round((clutter + LANG_PRIOR * p) / (content + clutter + LANG_PRIOR), 4)
    return out


#: (id of a table, language or key) -> (the table, its scores or its families' figures): a run asks the same loaded
#: table for every page; the table object is kept with its scores, so an id reused by another table never answers for it
_SCORES: dict[tuple[int, str], tuple[Mapping[str, Mapping[str, Any]], Mapping[str, float]]] = {}


def _cached(table: Mapping[str, Mapping[str, Any]], key: str, make: Any) -> Mapping[str, Any]:
    got = _SCORES.get((id(table), key))
    if got is None or got[0] is not table:
        if len(_SCORES) > 32:
            _SCORES.clear()
        got = _SCORES[(id(table), key)] = (table, MappingProxyType(make()))
    return got[1]


def _scores_of(table: Mapping[str, Mapping[str, Any]], lang: str) -> Mapping[str, float]:
    return _cached(table, lang, lambda: expected_precision(table, lang))


def _families_of(table: Mapping[str, Mapping[str, Any]], policy: str) -> Mapping[str, Mapping[str, Any]]:
    """family -> the figures an unlisted rule of it is held by under ``policy`` (module docstring; cp59)."""
    def make() -> dict[str, dict[str, Any]]:
        fam = family_rows(table)
        root = _root_precision(fam)
        return {f: {"content": c, "clutter": k, "lower": round(wilson_lower(k, c + k), 4), "family": f,
                    "score": round(_family_precision(c, k, root) if policy == "weighed" else wilson_lower(k, c + k), 4)}
                for f, (c, k) in fam.items()}
    return _cached(table, f" families {policy}", make)


class Gate:
    """Which removals a policy holds back: :meth:`holds` gives the rule's figures when it does (``score``: the one
    the policy compared with ``threshold``)."""

    def __init__(self, table: Mapping[str, Mapping[str, Any]], threshold: float = THRESHOLD,
                 policy: str = "conservative", lang: str = "") -> None:
        self.table, self.threshold, self.policy = table, threshold, policy
        self.scores = (_scores_of(table, lang) if policy == "weighed"
                       else {r: m["score"] for r, m in table.items()})
        self.families = _families_of(table, policy)  # family -> the figures an unlisted rule of it is held by

    def figures(self, rule: str) -> Mapping[str, Any] | None:
        """The figures ``rule`` is scored by (``score``: the policy's): its own row, else its family's (``family``
        names it), else None (a family the table does not know)."""
        score = self.scores.get(rule)
        if score is not None:
            return {**self.table[rule], "score": score}
        return None if rule.startswith(EVIDENCE) else self.families.get(_family(rule))

    @property
    def rule(self) -> str:
        return f"policy.{self.policy}"

    def holds(self, rule: str, line: str) -> Mapping[str, Any] | None:
        """The measured figures of ``rule`` when its removal of ``line`` is held back, else None."""
        if rule.startswith(EVIDENCE) or (rule in COPY_RULES and len(line.strip()) >= COPY_CHARS):
            return None
        m = self.figures(rule)
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

    def allows_cut(self, i: int, a: int, b: int, rule: str, text: str, moved: bool = False) -> bool:
        """True when a span ``a:b`` of line ``i`` may be cut by ``rule`` (``text``: the span); else it is held.  A span
        ``moved`` to metadata (a ``meta`` rule's fields, the rest of the line staying) is always cut (module
        docstring; pol61)."""
        if moved:
            return True
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
    marks.removed = HeldRemovals(gate, marks.line_texts())


def _note(rule: str, m: Mapping[str, Any], threshold: float, note: str | None) -> str:
    whose = f"not in the table, held as its family: {m['family']}.* rules' " if "family" in m else ""
    return (f"{rule} would remove it: measured precision {m['score']} < {threshold:.4g} ({whose}{m['clutter']} "
            f"clutter, {m['content']} content lines removed on the labelled pages; Wilson lower bound {m['lower']})"
            + (f"; {note}" if note else ""))


def release_supported(removed: HeldRemovals) -> None:
    """Remove each run of consecutive held lines that no layer removed when the lines just before and after the run
    are removed (with the held rule, its note telling why).  A run that holds a line its neighbours say nothing
    about (a paragraph of the text, raw HTML that carries words: :func:`.release_guards.stays`, cp59; a title a live
    sentence of the page quotes: :func:`.release_guards.quoted_title`, cp75) stays."""
    live = sorted(i for i in removed.held if i not in removed)
    runs: list[list[int]] = []
    for i in live:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if any(stays(removed.lines[i]) or quoted_title(removed.lines, i, removed) for i in run):
            continue
        last = len(removed.lines) - 1
        if (run[0] - 1 in removed or (EDGES and run[0] == 0 and run[-1] < last)) and \
                (run[-1] + 1 in removed or (EDGES and run[-1] == last and run[0] > 0)):
            for i in run:
                rule, note, m = removed.held[i]
                dict.__setitem__(removed, i, (rule, (f"{note}; " if note else "") + f"held (precision {m['score']}), "
                                              "removed after all: the lines before and after it are removed"))


def write_held(marks: "Marks") -> None:
    """A ``kept`` ledger entry for each line (and span) held back that no other layer removed; first, under
    ``weighed``, the held runs between removed lines go (:func:`release_supported`), then a duplicate whose every
    print is removed gets one print back (:func:`.last_prints.release_last_prints`, dup80), under every policy."""
    removed = marks.removed
    if isinstance(removed, HeldRemovals) and removed.gate.policy == "weighed" and SUPPORT:
        release_supported(removed)
    release_event_rows(marks)  # a sports day's "time / event" rows, their headings and pieces (rtq96)
    release_pieces(marks)  # a sentence's piece split at a link text (cp86)
    release_subheads(marks)  # a one-token subheading between paragraphs, a score split off its row (cp91)
    release_word_heads(marks)  # a subheading over its paragraph, its first word no name's (cp92)
    release_roster_heads(marks)  # one of a series of title-case headings over paragraphs: a roster (rtq93)
    release_post_quotes(marks)  # the article's quotation of the post embedded beside it (rtq93)
    release_letter_heads(marks)  # a letter's address and greeting over its text (rtq98)
    release_last_prints(marks)
    if not isinstance(removed, HeldRemovals):
        return

    t = removed.gate.threshold
    for i, (rule, note, m) in sorted(removed.held.items()):
        if i not in removed:
            a, b = marks.spans[i]
            record(marks.doc, removed.gate.rule, a, b, _note(rule, m, t, note), action="kept")
    for i, a, b, rule, m in sorted(removed.held_cuts, key=lambda c: c[:3]):
        if i not in removed:
            record(marks.doc, removed.gate.rule, a, b, _note(rule, m, t, None), action="kept")
