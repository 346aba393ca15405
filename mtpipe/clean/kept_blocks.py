"""A short gap inside a block of short kept lines is the block's own: a safety net on every shape rule (issue 12, cp54).

What the blind parts lost on their first run (cp54 reconstructed held29..held37 on the code each was first measured
on): hardly a sentence, mostly short lines of a structured block whose other lines the cleaner kept.  A schedule's
bare dates between its kept rows ("27.08.2024" between "– с. Воробьёвка (13:00 – 17:00)" rows, held32), a TV guide's
slots ("09:00 Tin trong nước 1", held31), a calendar's date under its kept holiday name (held36), a menu's dish a near
copy took (held32), a price table's wrapped head cell ("на 1 человека/ 1 сеанс", held37), an age group's heading over
kept result rows (train29).  (A hospital's hotline and e-mail between its name and its address, held37, were content
then; Convention 13 of the realpages README makes a site's own contact fields furniture: a contact rule's removal
stands, :data:`EXEMPT`.)  Each was
taken by another rule (a date line, a contact, a near copy, a lower-case edge, a caption label); every round guarded
the rule that took it, and the next blind page lost the same kind of line to another rule.

The net states the evidence instead of the rule: a run of at most :data:`RUN` removed lines, each short
(:data:`WORDS` words at most, two letters or digits at least), inside a block of short lines (the lines of
:data:`WORDS` words at most around the run, kept or removed) that keeps :data:`SIDE` lines above the run and
:data:`SIDE` below and half its lines at least (:data:`SHARE`), is the block's own (a table printed one cell a line, a
list, a letterhead): the run is taken back, each line with a ``kept`` ledger entry (rule :data:`RULE`) naming the rule
that would have removed it.  Furniture stands in runs of its own (a menu, a share bar, a byline over a date) or between
long paragraphs (a photo caption, a "read also" pointer): neither sits in a block of short lines the page keeps.  Run
evidence still removes: a template seen in many documents, front matter and Markdown syntax
(:data:`~.policy.EVIDENCE`), and an exact copy of a line (``dedupe.exact``, ``dedupe.adjacent_copy``, and cp70's
``dedupe.item_header_copy``, the first of two exact copies: taking it back would print the line twice).

Chosen on held29..held36's first runs and the dev parts, then checked on held37's first run (read last; the figures in
benchmarks/README.md, "cp54"): on the code each part was first measured on it takes back 9 of held29..36's 106
first-run losses and 4 of held37's 7, no clutter line on either; on the dev parts 3 content lines (text parts' clutter
recall unchanged) and, in the crawl, one content line and four clutter lines.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from .ledger import record
from .policy import EVIDENCE

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RUN", "WORDS", "SIDE", "SHARE", "EXEMPT", "block_gaps", "release_blocks"]

RULE = "guard.kept_block"
RUN = 3  # the longest run of removed lines taken back
WORDS = 10  # a short line: this many words at most (the run's lines and the kept lines around it)
SIDE = 2  # kept lines of the block needed above the run and below it
SHARE = 0.5  # the block's kept lines: this share of its lines at least
#: removals that stand whatever the block: the run's own evidence, an exact copy of a kept line, and a site's own
#: contact fields (Convention 13 of benchmarks/data/realpages/README.md, conv54: an institution's hotline, e-mail and
#: address in its header or footer are the site's furniture, a letterhead block and all)
EXEMPT = EVIDENCE + ("dedupe.exact", "dedupe.adjacent_copy", "boilerplate.contact", "portal.header_contact",
                     "boilerplate.byline", "signoff.",  # and a byline: the post's author and date are its metadata
                     "dedupe.item_header_copy",  # a teaser list item's title over its date, kept under it (cp70)
                     "dedupe.title_copy")  # the page's title printed twice above the text, one copy kept (dup78)
_WORD = re.compile(r"\w+")


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _short(s: str) -> bool:
    return _words(s) <= WORDS


def block_gaps(lines: list[str], removed_by: Mapping[int, str]) -> list[tuple[int, int]]:
    """``(first, last)`` (inclusive) of each run of removed lines (``removed_by``: line -> rule) that
    :func:`release_blocks` takes back: at most :data:`RUN` lines, each short with two letters or digits and removed by
    a rule outside :data:`EXEMPT`, inside a block of short lines (the run of lines of :data:`WORDS` words at most
    around it, kept or removed) holding :data:`SIDE` kept lines above the run and :data:`SIDE` below, and kept lines
    for half its lines at least (:data:`SHARE`)."""
    out: list[tuple[int, int]] = []
    n, i = len(lines), 0
    short = [_short(s) for s in lines]
    while i < n:
        if i not in removed_by:
            i += 1
            continue
        a = i
        while i + 1 < n and i + 1 in removed_by:
            i += 1
        b, i = i, i + 1
        if b - a + 1 > RUN or any(removed_by[k].startswith(EXEMPT) or not short[k]
                                  or sum(ch.isalnum() for ch in lines[k]) < 2 for k in range(a, b + 1)):
            continue
        lo, hi = a, b
        while lo > 0 and short[lo - 1]:
            lo -= 1
        while hi + 1 < n and short[hi + 1]:
            hi += 1
        above = sum(k not in removed_by for k in range(lo, a))
        below = sum(k not in removed_by for k in range(b + 1, hi + 1))
        kept = above + below
        if above >= SIDE and below >= SIDE and kept >= SHARE * (hi - lo + 1):
            out.append((a, b))
    return out


def release_blocks(marks: "Marks") -> None:
    """Take back each run of :func:`block_gaps`, each line with a ``kept`` ledger entry; run after the other
    take-backs (:func:`.schedules.release_schedules`, :func:`.list_guards.release_withdrawn`), before the held lines
    are written."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for first, last in block_gaps(lines, {i: rule for i, (rule, _) in removed.items()}):
        for i in range(first, last + 1):
            rule, _ = removed[i]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, RULE, a, b, f"{rule} would remove it: a short line inside a block of short kept lines "
                   f"(between {lines[first - 1].strip()[:30]!r} and {lines[last + 1].strip()[:30]!r})", action="kept")
