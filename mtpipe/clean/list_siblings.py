"""One item of a list whose siblings, printed with the same list mark, stay: the item is the list's too (issue 12,
tg102).

Read on the TUNE half of ruf100's fresh Russian source (Telegram news posts, seed 1003; benchmarks/notes/tg102.md):
a post's list printed an item a line, each opening with the same mark -- a bullet ("•Садоводство" … "•Фотография"),
an emoji ("📺How I Refactor Code …" … "📺I Found The Secret Stack …", "🏆 Pre Affluent (траты от 120 000 ₽ в
месяц)." / "🏆 Affluent (…)." / "🏆 Top Affluent (…)."), a poll's emoji and dash ("👍 — Goland" / "🤩 — VS Code" /
"🤔 — другой инструмент (напишу в комментарии)"), a number ("1. На CodinGame …" … "5. Любите битвы роботов? …").
One item of the list goes by a rule that reads the line alone (``captions.placeholder``: "Фотография" is a photo's
placeholder; ``classifier.line``; ``dedupe.near``: "Affluent" is "Pre Affluent" less a word; a site notice's phrase)
while its siblings stay: 5 items of 5 lists on TUNE.

:func:`sibling_items`: a run of :data:`MIN_RUN` or more consecutive lines opening with the same mark (:func:`mark`),
at least :data:`KEPT_SHARE` of them kept: its removed lines, when a rule of :data:`RULES` removed them.  A menu printed
with bullets is removed as a whole (no kept majority); static scan over every dev realpages part (held55 left out):
runs of three or more lines of one mark, two thirds of them content: 1,009 content lines, 3 clutter and 2 metadata
lines ("• Thời gian đăng: …", a date rule's, not among :data:`RULES`).  Each line taken back gets a ``kept`` ledger
entry (rule :data:`RULE`) naming the rule it undoes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "MIN_RUN", "KEPT_SHARE", "mark", "sibling_items", "release_siblings"]

RULE = "guard.list_sibling"
MIN_RUN = 3
KEPT_SHARE = 2 / 3
#: the rules that read one line alone (the TUNE half's losses among kept siblings)
RULES = frozenset(("classifier.line", "captions.placeholder", "dedupe.near", "boilerplate.site_notice",
                   "boilerplate.between_removed", "boilerplate.short_run", "boilerplate.byline",
                   "boilerplate.tail_names", "boilerplate.orphan_label"))
_MARK = re.compile(r"\d{1,2}[.)]\s|[^\w\s«»\"'(\[|]+")
_MARK_DASH = re.compile(r"[^\w\s\-–—]+\s*[—–-]\s")


def mark(line: str) -> str | None:
    """The list mark a line opens with: ``"#"`` for a number with its dot or bracket, ``"E—"`` for an emoji and a
    dash (a poll's options, each its own emoji), else the opening run of marks (``"•"``, ``"📺"``); None for none."""
    t = line.strip()
    m = _MARK.match(t)
    if m is None:
        return None
    if t[0].isdigit():
        return "#"
    if _MARK_DASH.match(t):
        return "E—"
    return m.group(0).strip() or None


def sibling_items(lines: list[str], removed: Mapping[int, tuple[str, str | None]]) -> set[int]:
    """The removed lines of each run of :data:`MIN_RUN` or more lines of one :func:`mark`, :data:`KEPT_SHARE` of
    them at least kept, that a rule of :data:`RULES` removed."""
    found: set[int] = set()
    n, i = len(lines), 0
    while i < n:
        k = mark(lines[i])
        j = i + 1
        while k is not None and j < n and mark(lines[j]) == k:
            j += 1
        if k is not None and j - i >= MIN_RUN:
            run = range(i, j)
            if sum(1 for r in run if r not in removed) >= KEPT_SHARE * len(run):
                found.update(r for r in run if r in removed and removed[r][0] in RULES)
        i = j
    return found


def release_siblings(marks: "Marks") -> None:
    """Take back each line of :func:`sibling_items`, with a ``kept`` ledger entry."""
    removed = marks.removed
    if not any(r in RULES for r, _ in removed.values()):
        return  # only such removals are taken back (perf91)
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for k in sorted(sibling_items(lines, removed)):
        rule = removed[k][0]
        dict.__delitem__(removed, k)
        held.pop(k, None)
        a, b = marks.spans[k]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: an item of a list whose siblings, opening with "
               f"the same mark {mark(lines[k])!r}, stay", action="kept")
