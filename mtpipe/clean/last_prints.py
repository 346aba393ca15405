"""A duplicate's last print never goes (issue 12, dup80).

A duplicate rule removes a line because another print of it stays: ``dedupe.exact`` / ``dedupe.near`` keep the first
print, ``dedupe.title_copy`` / ``dedupe.header_copy`` / ``dedupe.furniture_copy`` the one that opens the text,
``dedupe.covered`` the paragraphs that repeat a lead.  Each rule assumes the other print stays; a later layer that
removes that print as well (docs65: the header's title taken by ``dedupe.title_copy``, its copy as the breadcrumb's
last crumb by ``portal.breadcrumb``) loses the text twice.  After the line layers and their take-backs, each line a
copy rule removed (:func:`copy_rule`) whose other prints are all removed (:func:`orphans`: the same folded text,
:func:`fold`, or the line its note names "at N"; a print a copy rule removed in turn counts by its own other prints)
gets ONE print back (:func:`release_last_prints`): the print with the most kept neighbours (the one in the text;
the first of equals), with a ``kept`` ledger entry (rule :data:`RULE`) naming the rule that took it and the copy's.

Not a duplicate's case, and left removed (both prints clutter by evidence of their own):

* a line printed twice that no claiming rule took and that is no paragraph: a rule of :data:`CLAIM_RULES` says the
  print it keeps is the text's (it opens the text, stands in it, repeats the lead), so a later layer taking that
  print contradicts it; ``dedupe.exact``, ``dedupe.near``, ``dedupe.contained``, ``dedupe.adjacent_copy``,
  ``dedupe.contents`` only keep the first print, and two prints of a label or a menu item both taken (a comment
  counter, a menu's item, a site's name, an address slug) are clutter twice: only a paragraph (:func:`paragraph`,
  the policy's :data:`~.policy.COPY_CHARS`) is released;
* prints that all stand in furniture (no kept line next to any print: a menu printed twice, among removed lines);
* a print a rule took as a pair of prints itself (:data:`PAIR_RULES`: an image's alt text and caption printed
  twice, a label printed twice): the doubling is that rule's evidence.

Measured (dev realpages, crawl, seeds, audit23/34; ``benchmarks/last_prints.py``; benchmarks/notes/dup80.md): 24
copies whose every print is removed, all clutter on both prints (8 pair, 15 label, 1 furniture), none released; the
docs65 shape (made-up, ``tools/ledger_examples.py``) is released with crumb_lines' own patch reverted.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Mapping

from .ledger import record
from .words import line_folded

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "PAIR_RULES", "CLAIM_RULES", "paragraph", "fold", "copy_rule", "other_prints", "orphans", "in_text",
           "release_last_prints"]

RULE = "guard.last_print"
#: rules whose evidence is a line printed twice itself (both prints theirs, or one by their rule and the other by the
#: duplicate layer): the doubling is the clutter's sign, no copy stays by design
PAIR_RULES = ("captions.alt_pair", "boilerplate.doubled_label")
_AT = re.compile(r"\bat (\d+)( and after)?")
_SIBLING = re.compile(r"whose item at \d+")  # dedupe.contents: a table of contents' item names its sibling item
_SEPS = " \t›»>|/\\·•–—-:.,;!?…*#"
#: copy rules whose note says the print they keep is the text's (it opens the text, stands in it, repeats the lead):
#: a later layer that takes that print contradicts them, whatever the line's length
CLAIM_RULES = ("dedupe.title_copy", "dedupe.header_copy", "dedupe.furniture_copy", "dedupe.item_header_copy",
               "dedupe.late_title_copy", "dedupe.covered", "dedupe.truncated_lead", "dedupe.titled_copy",
               "dedupe.dated_copy", "dedupe.breadcrumb", "dedupe.glued_trail")
COPY_CHARS = 60  # any other copy rule's line: a paragraph this long at least (policy.COPY_CHARS: a sentence)
COPY_WORDS = 6  # ... of this many words at least (an address slug, a file name is one word)
AFTER = 3  # "repeated by the paragraphs at N and after": the lines N.. this many


def fold(s: str) -> str:
    """The line's words as printed, case and wrapping marks aside ("• RA QUÂN ..." / "Ra quân ...")."""
    return " ".join(line_folded(s.strip().strip(_SEPS)).split())


def copy_rule(rule: str) -> bool:
    """A rule that removes a line as a copy of another print the page keeps."""
    return rule.startswith("dedupe.") or "copy" in rule or rule.endswith(("title_repeat", "title_echo"))


def other_prints(lines: list[str], spans: list[tuple[int, int]], removed: Mapping[int, Any], i: int,
                 by_fold: Mapping[str, list[int]]) -> set[int]:
    """The other prints of line ``i``: lines of the same folded text and the line(s) its note names "at N"."""
    out = {k for k in by_fold.get(fold(lines[i]), ()) if k != i} if fold(lines[i]) else set()
    note = str(removed[i][1] or "")
    if _SIBLING.search(note):
        return out
    starts = [a for a, _ in spans]
    for m in _AT.finditer(note):
        k = bisect.bisect_right(starts, int(m.group(1))) - 1
        if k >= 0 and spans[k][0] == int(m.group(1)):
            out.update(x for x in range(k, min(len(lines), k + (AFTER if m.group(2) else 1))) if x != i)
    return out


def orphans(lines: list[str], spans: list[tuple[int, int]], removed: Mapping[int, Any]) -> list[tuple[int, list[int]]]:
    """(copy line, its other prints) for each line a copy rule removed whose other prints are all gone: removed, and
    a print a copy rule removed has no live print of its own either."""
    by_fold: dict[str, list[int]] = {}
    for k, s in enumerate(lines):
        by_fold.setdefault(fold(s), []).append(k)
    cache: dict[int, set[int]] = {}

    def prints(k: int) -> set[int]:
        if k not in cache:
            cache[k] = other_prints(lines, spans, removed, k, by_fold)
        return cache[k]

    def lives(k: int, seen: set[int]) -> bool:
        if k not in removed:
            return True
        if k in seen or not copy_rule(str(removed[k][0])):
            return False
        seen.add(k)
        # a copy whose kept print this module cannot name (a split copy, a near copy's note naming none): trusted
        return not prints(k) or any(lives(x, seen) for x in prints(k))

    out = []
    for i in sorted(removed):
        if copy_rule(str(removed[i][0])) and prints(i) and not any(lives(k, {i}) for k in prints(i)):
            out.append((i, sorted(prints(i))))
    return out


def paragraph(line: str) -> bool:
    """A paragraph of real length (:data:`COPY_CHARS` characters, :data:`COPY_WORDS` words), not a label."""
    s = line.strip()
    return len(s) >= COPY_CHARS and len(s.split()) >= COPY_WORDS


def _near(lines: list[str], i: int) -> list[int]:
    out = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if 0 <= k < len(lines):
            out.append(k)
    return out


def in_text(lines: list[str], removed: Mapping[int, Any], k: int) -> bool:
    """The print ``k`` stands by the page's text: its nearest line above or below is kept."""
    return any(x not in removed for x in _near(lines, k))


def release_last_prints(marks: "Marks") -> list[int]:
    """Take back one print of each duplicate whose every print is removed (module docstring); run after the other
    take-backs, before the held lines are written.  Returns the lines taken back."""
    removed = marks.removed
    if not removed:
        return []
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    back: list[int] = []
    for i, others in orphans(lines, marks.spans, removed):
        group = sorted({i, *others})
        if any(k in back or k not in removed for k in group):
            continue  # one print of the group is back already
        if any(str(removed[k][0]) in PAIR_RULES for k in group):
            continue
        if str(removed[i][0]) not in CLAIM_RULES and not paragraph(lines[i]):
            continue  # a label or menu item printed twice, both prints taken: no copy rule said one is text
        near = {x: sum(y not in removed for y in _near(lines, x)) for x in group}
        k = max(group, key=lambda x: (near[x], -x))
        if not near[k]:
            continue  # every print stands in furniture: a menu printed twice
        rule, copy = removed[k][0], removed[i][0]
        dict.__delitem__(removed, k)
        held.pop(k, None)
        back.append(k)
        a, b = marks.spans[k]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: the last print of a line {copy} removed as its "
                                      f"copy (line {i + 1}), every other print removed too", action="kept")
    return back
