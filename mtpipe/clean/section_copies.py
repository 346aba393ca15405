"""A section's items printed again under another section's head are that section's items, no copy: a take-back
(issue 12, cp74).

What the former blind parts still lose on first sight after ``guard.parallel_rows`` and ``guard.swapped_item``
(``benchmarks/blind_losses.py``, held31..held43 each at its session's start commit, benchmarks/notes/cp74.md): among
the copy rules' losses, one structure on two sites in two languages.  A page of sections, each a short head ending with
":" over its items, where two sections share items: a clinic's holiday hours ("Кабинеты иммунопрофилактики:" /
"Стоматологические поликлиники:" each over the same "- 29 и 30 апреля, 10 и 11 мая — …;" / "- 28 апреля и 1, 9, 12
мая — ….", held32), a library's hours ("Thứ Hai - Thứ Sáu:" / "Thứ Bảy:" each over "+ Thời gian mở cửa phục vụ: …" /
"+ Thời gian hết giờ phục vụ: …", held41).  ``dedupe.exact`` and ``dedupe.near`` keep the first section's items and
remove the others': each section loses its text.

The evidence is the page's structure, not its words (:func:`section_copies`): the removed copy and the line its copy
rule names (kept, earlier) sit at the same place under two heads -- each head a kept line of :data:`HEAD_WORDS` words at
most ending with ":", the two heads different (a list printed twice under one head, "Читайте также:" at the top and the
foot, is a copy), the copy at most :data:`MAX_ITEMS` lines under its head, the lines between kept or copies too, no
other head between the earlier print and its head; the sections side by side
(the first head at most :data:`MAX_SPAN` lines above the second, every line between kept or taken back here: a contact
block copied into a footer is far from its first print, clutter between); the text goes on under the run (the next line
kept, or the page's end).  A related-stories list printing each title twice, a menu repeating the breadcrumb, a lead
copied into a teaser have no two section heads at one distance: they stay removed.  Each line taken back gets a
``kept`` ledger entry (rule :data:`RULE`) naming the copy rule and the two heads.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from .item_repeats import release_repeats
from .item_swaps import release_swapped
from .ledger import record
from .link_lists import release_link_lists
from .list_siblings import release_siblings
from .post_lists import release_post_lists
from .timecodes import release_timecodes
from .lead_items import release_lead_items

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "HEAD_WORDS", "MAX_ITEMS", "MAX_SPAN", "section_head", "section_copies", "release_items"]

RULE = "guard.section_copy"
HEAD_WORDS = 8  # a section's head: this many words at most
MAX_ITEMS = 8  # a copied item at most this many lines under its head
MAX_SPAN = 20  # the first section's head at most this many lines above the copy's head
_COPY = ("dedupe.exact", "dedupe.near")
_AT = re.compile(r" at (\d+)$")
_LETTERS = re.compile(r"[^\W\d_]")


def section_head(line: str) -> bool:
    """A section's head: a short line ending with ":" holding letters ("Thứ Bảy:", "Стоматологические поликлиники:")."""
    t = line.strip()
    return t.endswith(":") and 1 <= len(t[:-1].split()) <= HEAD_WORDS and bool(_LETTERS.search(t))


def _fold(line: str) -> str:
    return " ".join(line.casefold().split())


def section_copies(lines: list[str], starts: list[int],
                   removed: Mapping[int, tuple[str, str | None]]) -> dict[int, tuple[int, int, int]]:
    """Line -> (its earlier copy, the copy's head, the earlier copy's head) for each line a copy rule removed
    (``removed``: line -> (rule, note), the note naming the earlier line's start, ``starts``) that
    :func:`release_items` takes back (module docstring)."""
    at = {s: k for k, s in enumerate(starts)}
    copies = {i for i, (rule, _n) in removed.items() if rule in _COPY}
    gone = set(removed)
    out: dict[int, tuple[int, int, int]] = {}
    for i in sorted(copies):
        m = _AT.search(removed[i][1] or "")
        j = at.get(int(m.group(1))) if m else None
        if j is None or j >= i or j in gone:
            continue
        h = i - 1
        while h >= 0 and i - h <= MAX_ITEMS and not section_head(lines[h]):
            h -= 1
        hj = j - (i - h)
        if h < 0 or i - h > MAX_ITEMS or hj < 0 or h in gone or hj in gone or h - hj > MAX_SPAN:
            continue
        if not section_head(lines[hj]) or _fold(lines[h]) == _fold(lines[hj]):
            continue
        if any(k in gone and k not in copies for k in range(h + 1, i)) or any(
                section_head(lines[k]) for k in range(hj + 1, j)):
            continue  # the copy among its head's items (kept, or copies), its earlier print under the other head
        if any(k in gone for k in range(hj, h)):
            continue  # the sections side by side, every line between kept
        end = i
        while end + 1 < len(lines) and end + 1 in copies and end + 1 - h <= MAX_ITEMS:
            end += 1
        if end + 1 < len(lines) and end + 1 in gone and end + 1 not in copies:
            continue  # the text goes on under the run (or the page ends)
        out[i] = (j, h, hj)
        gone.discard(i)
    return out


def release_items(marks: "Marks") -> None:
    """The list items' take-backs, run after the other take-backs, before the held lines are written: an item with a
    term swapped (:func:`.item_swaps.release_swapped`), then each line of :func:`section_copies`, with a ``kept``
    ledger entry naming the copy rule and the two heads; then a line repeated in each item of a listing
    (:func:`.item_repeats.release_repeats`, cp77); a post's link list's titles (:mod:`.link_lists`, tg102); a post's
    rows with no list mark: a timecode table, a lead-in's items, a count from one (:mod:`.timecodes`,
    :mod:`.lead_items`, tg104)."""
    release_swapped(marks)
    release_repeats(marks)
    release_link_lists(marks)  # a post's link list: titles over bare links, linked items (tg102)
    release_siblings(marks)  # an item of a list whose siblings of the same mark stay (tg102)
    release_post_lists(marks)  # a post's whole list: emoji checklist, sibling section, records (tg103)
    release_timecodes(marks)  # a video's timecode table: its chapter rows (tg104)
    release_lead_items(marks)  # a kept lead-in's unmarked items, to the next blank line (tg104)
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for i, (j, h, hj) in sorted(section_copies(lines, [a for a, _ in marks.spans], removed).items()):
        rule = removed[i][0]
        dict.__delitem__(removed, i)
        held.pop(i, None)
        a, b = marks.spans[i]
        record(marks.doc, RULE, a, b, f"{rule} would remove it as a copy of line {j}: an item of the section "
               f"{lines[h].strip()[:40]!r}, the copy one of {lines[hj].strip()[:40]!r}", action="kept")
