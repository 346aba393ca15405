"""A post's own list of titles, each with its link: the titles are the post's text, the links its furniture (issue 12,
tg102).

Read on the TUNE half of ruf100's fresh Russian source (Telegram news posts, ``tools/build_ru_fresh_sample.py`` seed
1003; benchmarks/notes/tg102.md).  Analysts feed such posts as they feed pages; the posts print two list shapes the
layout rules take for a page's link furniture:

* :func:`title_links`: a link list -- each item a short title over its bare link ("Праздник урожая в ГУМе" /
  "https://t.me/mscculture/24286" / "Фестиваль \"Демодуляция\"" / "https://t.me/mosafishka/19223" / …, a Moscow
  channel's "where to go today" post).  The bare links go (``boilerplate.contact``), and then the titles between
  them go as furniture between removed lines (``boilerplate.between_removed``, ``short_run``, ``byline``,
  ``classifier.line``, ``orphan_label``): 20 titles and a section label of one post on TUNE.  A title is taken back
  when it stands in a block of lines that are each a bare link or a title, holding :data:`MIN_PAIRS` title-over-link
  pairs or more, and the title is one of them or heads one (the next line a bare link or a paired title).
* :func:`linked_items`: a digest -- each item a headline with its link on one line, all opening with the same
  list mark ("– Стратосферный дирижабль Sceye совершил первый суточный полет https://naked-science.ru/…"): two or
  three of the items go (``boilerplate.source_link``, ``classifier.line``) and the others stay.  An item is taken back
  when :data:`MIN_ITEMS` or more lines of the document share its shape (the same opening mark, words, one link
  closing the line) and one of them at least is kept.

On the realpages dev parts neither shape is a menu: pages print a menu's titles as link text, not over bare links,
and a related-links list's items carry no bare link (static scan in the note).  The bare links themselves stay
removed.  Each line taken back gets a ``kept`` ledger entry (rule :data:`RULE`) naming the rule it undoes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "MIN_PAIRS", "MIN_ITEMS", "title_links", "linked_items", "release_link_lists"]

RULE = "guard.link_list"
MIN_PAIRS = 3  # title-over-link pairs a block needs
MIN_ITEMS = 3  # lines of one linked-item shape a document needs
TITLE_WORDS = 14  # a title: this many words at most
#: the rules that take a list's titles as layout furniture (the TUNE half's losses); no phrase rule
SHAPE_RULES = frozenset(("boilerplate.between_removed", "boilerplate.short_run", "boilerplate.byline",
                         "classifier.line", "boilerplate.orphan_label"))
ITEM_RULES = frozenset(("boilerplate.source_link", "classifier.line"))
_BARE_LINK = re.compile(r"(?:https?://|t\.me/|www\.)\S+", re.I)
_LINK = re.compile(r"https?://|www\.|t\.me/", re.I)
_LETTER = re.compile(r"[^\W\d_]")
#: a linked item: an opening mark (dash, bullet, emoji or digit with its dot), words, one link closing the line
_ITEM = re.compile(r"([-–—•▪·*]|\d{1,2}[.)]|[^\w\s«\"'(])\s*(\S.*?\S)\s+(?:https?://|www\.)\S+")


def _bare(s: str) -> bool:
    return _BARE_LINK.fullmatch(s.strip()) is not None


def _title(s: str) -> bool:
    t = s.strip()
    return bool(_LETTER.search(t)) and not _LINK.search(t) and len(t.split()) <= TITLE_WORDS


def title_links(lines: list[str]) -> set[int]:
    """The titles of each block of link-list lines (each a bare link or a title) holding :data:`MIN_PAIRS` pairs of a
    title over its link or more: a title of a pair, or one over a paired title or a link (a section's label)."""
    found: set[int] = set()
    n, i = len(lines), 0
    while i < n:
        if not (_bare(lines[i]) or _title(lines[i])):
            i += 1
            continue
        j = i
        while j < n and (_bare(lines[j]) or _title(lines[j])):
            j += 1
        paired = {k for k in range(i, j - 1) if _title(lines[k]) and _bare(lines[k + 1])}
        if len(paired) >= MIN_PAIRS:
            for k in range(i, j):
                if k in paired or (_title(lines[k]) and k + 1 < j and (_bare(lines[k + 1]) or k + 1 in paired)):
                    found.add(k)
        i = j
    return found


def linked_items(lines: list[str], removed: "dict[int, tuple[str, str | None]]") -> set[int]:
    """The lines of each linked-item shape (:data:`_ITEM`, keyed by the opening mark) that :data:`MIN_ITEMS` lines
    or more share, one of them at least kept."""
    shapes: dict[str, list[int]] = {}
    for k, s in enumerate(lines):
        m = _ITEM.fullmatch(s.strip())
        if m is not None and _LETTER.search(m.group(2)) and not _LINK.search(m.group(2)):
            shapes.setdefault(m.group(1) if not m.group(1)[0].isdigit() else "#", []).append(k)
    return {k for ks in shapes.values() if len(ks) >= MIN_ITEMS and any(k not in removed for k in ks) for k in ks}


def _links_fewer(lines: list[str], n: int) -> bool:
    """Fewer than ``n`` links (:data:`_LINK`) on the page: fewer than ``n`` bare links or linked items, each of which
    holds one (no match of :data:`_LINK` crosses a line's end, so the joined lines hold those of each line): the
    screen before :func:`title_links` and :func:`linked_items` (perf91)."""
    return sum(1 for _ in zip(range(n), _LINK.finditer("\n".join(lines)))) < n


def release_link_lists(marks: "Marks") -> None:
    """Take back the titles of :func:`title_links` a shape rule removed and the items of :func:`linked_items` a link
    rule removed, each with a ``kept`` ledger entry."""
    removed = marks.removed
    if not removed:
        return
    if not any(r in SHAPE_RULES or r in ITEM_RULES for r, _ in removed.values()):
        return  # only such removals are taken back (perf91)
    lines = marks.line_texts()
    if _links_fewer(lines, min(MIN_PAIRS, MIN_ITEMS)):
        return
    held = getattr(removed, "held", {})
    back = {k: "a title of the post's link list (each title over its bare link)" for k in title_links(lines)
            if k in removed and removed[k][0] in SHAPE_RULES}
    back.update({k: "an item of the post's linked list (its siblings, one kept, each a title and its link)"
                 for k in linked_items(lines, removed) if k in removed and removed[k][0] in ITEM_RULES})
    for k, why in sorted(back.items()):
        rule = removed[k][0]
        dict.__delitem__(removed, k)
        held.pop(k, None)
        a, b = marks.spans[k]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: {why}", action="kept")
