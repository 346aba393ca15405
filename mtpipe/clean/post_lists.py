"""A post's own lists that the layout rules take whole: an emoji-marked checklist under its title, a lead-in's section
whose sibling sections stay, a run of records that share their field labels (issue 12, tg103).

Read on the TUNE half of a second draw of ruf100's fresh Russian source (Telegram news posts,
``tools/build_ru_fresh_sample.py`` seed 1303; benchmarks/notes/tg103.md).  tg102's sibling guard
(:mod:`.list_siblings`) takes back one item of a list whose siblings stay; these shapes lose the whole list, so no
kept sibling vouches for it, and the evidence is elsewhere in the post:

* :func:`emoji_lists`: :data:`MIN_RUN` or more consecutive lines opening with the same pictograph mark ("🔹
  Аутентификация" / "🔹 Авторизация" / … under "🔄 Проектирование безопасных систем: шпаргалка для разработчика";
  "☑️ Automated Security Checks" / "☑️ Continuous Monitoring" / …), the line above the run kept (its title or its
  lead paragraph).  ``boilerplate.menu``, ``between_removed``, ``tail_names`` and ``classifier.line`` took 12 such
  items on TUNE (10 on ruf100's CHECK 1003).  A page's menu prints no repeated pictograph before each entry and sits
  under other removed furniture.
* :func:`section_siblings`: a section -- a lead-in ending ":" (:data:`MAX_LEAD_WORDS` words at most) and
  :data:`MIN_ITEMS` or more items of one list mark -- removed whole (lead-in and items) while another section of the
  post with the same item mark stays ("Что мы предлагаем:" / "▪️3500$+" / "▪️Remote, full-time" / … under the kept
  "Задачи:", "Требования:", "Желательно:" sections of the same vacancy, each "▪️"-marked): 5 lines on TUNE.
* :func:`record_runs`: :data:`MIN_RECORDS` or more records, each a title line over two or more "label: value" rows,
  all with the same labels in the same order ("— Стажёр-менеджер в Облако КРОК" / "Где: удалённо" / "Опыт: можно
  без опыта", ten vacancies; rows go as repeated labels and copies), two thirds of the titles kept: the removed rows
  and titles come back (19 lines of one post on ruf100's CHECK 1003).  A contact card or a document card prints its
  labels once, not per record under kept titles.

Only the rules of :data:`RULES` are undone (rules that read a line alone or its neighbours' removal, and the
repeat rules a record's rows trip); a phrase rule (``more_heading``, templates, contacts) stays.  Static scan of
every dev realpages part (held55 left out) in the note.  Each line taken back gets a ``kept`` ledger entry (rule
:data:`RULE`) naming the rule it undoes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Mapping

from .ledger import record
from .list_siblings import mark

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "emoji_lists", "section_siblings", "record_runs", "release_post_lists"]

RULE = "guard.post_list"
MIN_RUN = 3
MIN_ITEMS = 2
MAX_LEAD_WORDS = 6
MIN_RECORDS = 3
RECORD_KEPT = 2 / 3
#: rules that read a line alone or by its removed neighbours, and the repeat rules of records (TUNE 1303, CHECK 1003)
RULES = frozenset(("classifier.line", "boilerplate.menu", "boilerplate.between_removed", "boilerplate.tail_names",
                   "boilerplate.short_run", "boilerplate.orphan_label", "boilerplate.number_line",
                   "boilerplate.field_run", "boilerplate.repeated_label", "captions.repeated_block",
                   "dedupe.exact"))
#: a copy's rule: undone only for a record's rows under a title that is no copy (rows repeat their labels by nature);
#: a checklist or a section removed as a copy of another is a copy (lost43's list printed twice under one heading)
COPY = "dedupe.exact"
#: a record's row: a label of one to three words, a colon, a value
_ROW = re.compile(r"^([^\W\d_][^\W_]*(?:[ \-][^\W_]+){0,2}):\s+\S")


def _pictograph(k: str | None) -> bool:
    return k is not None and k not in ("#", "E—") and any(unicodedata.category(c) == "So" for c in k)


def _runs(lines: list[str], start: int = 0):
    """(start, end, mark) of each run of consecutive lines opening with one :func:`mark`."""
    n, i = len(lines), start
    while i < n:
        k = mark(lines[i])
        j = i + 1
        while k is not None and j < n and mark(lines[j]) == k:
            j += 1
        yield i, j, k
        i = j


def _undo(run, removed: Mapping[int, tuple[str, str | None]], copies: bool = False) -> set[int]:
    return {r for r in run if r in removed and removed[r][0] in RULES and (copies or removed[r][0] != COPY)}


def emoji_lists(lines: list[str], removed: Mapping[int, tuple[str, str | None]]) -> set[int]:
    """The removed items of each run of :data:`MIN_RUN` or more lines of one pictograph mark whose line above is
    kept."""
    found: set[int] = set()
    for i, j, k in _runs(lines):
        if _pictograph(k) and j - i >= MIN_RUN and i > 0 and i - 1 not in removed:
            found |= _undo(range(i, j), removed)
    return found


def _lead(line: str) -> bool:
    t = line.strip()
    return t.endswith(":") and len(t.split()) <= MAX_LEAD_WORDS and mark(t) is None


def section_siblings(lines: list[str], removed: Mapping[int, tuple[str, str | None]]) -> set[int]:
    """Each section (a lead-in and its items of one mark) removed whole while a section of the same item mark, its
    lead-in and most of its items kept, stands in the post."""
    sections = []
    for i in range(len(lines) - MIN_ITEMS):
        if _lead(lines[i]):
            _, j, k = next(_runs(lines, i + 1))
            if k is not None and j - i - 1 >= MIN_ITEMS:
                sections.append((i, j, k))
    kept = {k for i, j, k in sections
            if i not in removed and sum(r not in removed for r in range(i + 1, j)) * 3 >= 2 * (j - i - 1)}
    found: set[int] = set()
    for i, j, k in sections:
        run = range(i, j)
        if k in kept and all(r in removed for r in run) and len(_undo(run, removed)) == len(run):
            found.update(run)
    return found


def record_runs(lines: list[str], removed: Mapping[int, tuple[str, str | None]]) -> set[int]:
    """The removed titles and rows of :data:`MIN_RECORDS` or more records sharing their labels, most titles kept."""
    groups: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    n, i = len(lines), 1
    while i < n:
        j = i
        while j < n and _ROW.match(lines[j].strip()):
            j += 1
        if j - i >= 2 and not _ROW.match(lines[i - 1].strip()):
            key = tuple(_ROW.match(lines[r].strip()).group(1).lower() for r in range(i, j))
            groups.setdefault(key, []).append((i - 1, j))
        i = max(j, i + 1)
    found: set[int] = set()
    for recs in groups.values():
        if len(recs) >= MIN_RECORDS and sum(t not in removed for t, _ in recs) >= RECORD_KEPT * len(recs):
            for t, j in recs:
                if removed.get(t, ("",))[0] != COPY:
                    found |= _undo(range(t, j), removed, copies=True)
    return found


def release_post_lists(marks: "Marks") -> None:
    """Take back each line of :func:`emoji_lists`, :func:`section_siblings` and :func:`record_runs`, with a
    ``kept`` ledger entry."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    found = emoji_lists(lines, removed) | section_siblings(lines, removed) | record_runs(lines, removed)
    for k in sorted(found):
        rule = removed[k][0]
        dict.__delitem__(removed, k)
        held.pop(k, None)
        a, b = marks.spans[k]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: a line of a post's own list (an emoji-marked "
               f"checklist, a section of a kept section's shape, or a record of a run sharing its labels)",
               action="kept")
