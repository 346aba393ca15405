"""A lead-in's list printed with no list mark: the items under "Внутри:" are the post's text (issue 12, tg104).

Read on Russian Telegram posts (``tools/build_ru_fresh_sample.py``; benchmarks/notes/tg104.md): a post announces a
list with a lead-in ending ":" and prints its items a line each with no bullet, number or emoji, up to the next blank
line ("Внутри:" / "API" / "Python" / "C#" / "JavaScript" / "Web", a course site's contents).  With no mark, no sibling
guard (:mod:`.list_siblings`, :mod:`.post_lists`) reads them as a list, and ``classifier.line`` takes the short items
one by one: 4 of 5 items on tg103's CHECK half (seed 1303), the same post again in the source.

:func:`lead_items`: a lead-in (:data:`LEAD_WORDS` words at most, ending ":", no list mark) kept, over a block of
:data:`MIN_ITEMS` or more items (each :data:`ITEM_WORDS` words at most, a letter, no list mark, no link, no ":" at its
end) that runs to the next blank line, one item at least kept: the removed items come back when a rule of
:data:`RULES` took them.  Static scan of every dev realpages part (held56 left out): such blocks are 4 -- one content
(a poem's "В школе многое узнаем:" over its lines), three page furniture ("Пароль:" over a site's widgets, "Размер:"
over an accessibility bar's buttons), each under a clutter lead-in, which the guard needs kept.

:func:`counted_items`: the same loss in a numbered list that counts from one ("1. Variable" / "2. Constant" / … /
"12. Visibility", a series of visual guides; items 2 to 10 went by ``classifier.line`` and ``between_removed``, 9
lines on TUNE seed 1404) -- :data:`MIN_COUNTED` or more lines numbered 1, 2, 3, … in order ("N." or "N)"), the first
kept, no item with dot leaders (a table of contents' "1. Область применения ……"): the removed items come back.  The
sibling guard (:mod:`.list_siblings`) needs two thirds of a run kept; a count from one with its first item kept is a
list by its numbers.  Static scan (dev, held56 out): such runs hold 68 content lines and 5 clutter lines, the
clutter one run, a table of contents with dot leaders.  Each line taken back gets a ``kept`` ledger entry (rule
:data:`RULE`) naming the rule it undoes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from .ledger import record
from .list_siblings import mark

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MIN_ITEMS", "MIN_COUNTED", "LEAD_WORDS", "ITEM_WORDS", "lead_items", "counted_items",
           "release_lead_items"]

RULE = "guard.lead_item"
MIN_ITEMS = 3
LEAD_WORDS = 6
ITEM_WORDS = 4
MIN_COUNTED = 4
#: the rules that read a short line alone or by its removed neighbours; no phrase rule
RULES = frozenset(("classifier.line", "boilerplate.short_run", "boilerplate.between_removed",
                   "boilerplate.tail_names", "boilerplate.menu", "boilerplate.orphan_label"))
_LINK = re.compile(r"https?://|www\.|t\.me/", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_BLANK = re.compile(r"\n[^\S\n]*\n")
_COUNT = re.compile(r"(\d{1,2})[.)]\s+\S")
#: a table of contents' dot leaders ("……", "....") -- not a title's ellipsis ("6. For ... range")
_LEADERS = re.compile(r"…{2}|\.{4}")


def _lead(t: str) -> bool:
    return t.endswith(":") and len(t.split()) <= LEAD_WORDS and mark(t) is None


def _item(t: str) -> bool:
    return (len(t.split()) <= ITEM_WORDS and mark(t) is None and not t.endswith(":") and _LETTER.search(t) is not None
            and _LINK.search(t) is None)


def lead_items(lines: list[str], blank_after: list[bool], removed: Mapping[int, tuple[str, str | None]]) -> set[int]:
    """The removed items (by a rule of :data:`RULES`) of each kept lead-in's block of unmarked items, one kept.
    ``blank_after[k]``: a blank line follows line ``k`` (the block's end)."""
    found: set[int] = set()
    n = len(lines)
    for i, t in enumerate(lines):
        if i in removed or blank_after[i] or not _lead(t.strip()):
            continue
        j = i + 1
        while j < n and not blank_after[j]:
            j += 1
        items = range(i + 1, min(j + 1, n))
        if len(items) >= MIN_ITEMS and all(_item(lines[k].strip()) for k in items) \
                and any(k not in removed for k in items):
            found.update(k for k in items if k in removed and removed[k][0] in RULES)
    return found


def _count(line: str) -> int:
    m = _COUNT.match(line.strip())
    return int(m.group(1)) if m is not None and _LEADERS.search(line) is None else 0


def counted_items(lines: list[str], removed: Mapping[int, tuple[str, str | None]]) -> set[int]:
    """The removed items (by a rule of :data:`RULES`) of each run of :data:`MIN_COUNTED` or more lines numbered 1,
    2, 3, … in order, its first item kept."""
    found: set[int] = set()
    n, i = len(lines), 0
    while i < n:
        if _count(lines[i]) != 1:
            i += 1
            continue
        j = i + 1
        while j < n and _count(lines[j]) == j - i + 1:
            j += 1
        if j - i >= MIN_COUNTED and i not in removed:
            found.update(k for k in range(i, j) if k in removed and removed[k][0] in RULES)
        i = j
    return found


def release_lead_items(marks: "Marks") -> None:
    """Take back each line of :func:`lead_items` and :func:`counted_items`, with a ``kept`` ledger entry."""
    removed = marks.removed
    if not removed or not any(r in RULES for r, _ in removed.values()):
        return
    text, spans = marks.doc.text, marks.spans
    if ":\n" not in text and "1." not in text and "1)" not in text:
        return
    lines = marks.line_texts()
    back = counted_items(lines, removed) if "1." in text or "1)" in text else set()
    if ":\n" in text:
        blank_after = [k + 1 == len(spans) or _BLANK.search(text, b, spans[k + 1][0]) is not None
                       for k, (_, b) in enumerate(spans)]
        back |= lead_items(lines, blank_after, removed)
    held = getattr(removed, "held", {})
    for k in sorted(back):
        rule = removed[k][0]
        dict.__delitem__(removed, k)
        held.pop(k, None)
        a, b = spans[k]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: an item of a kept lead-in's list (its block to the "
               f"next blank line, one item kept) or of a list counting from a kept 1.", action="kept")
