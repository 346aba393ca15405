"""A header region's short line whose every word the page's text repeats is the page's heading (issue 12, cp56).

What dev still lost after cp54's block net (integ, 26th session), read by the rule that took it: two of the losses
were a page's own heading taken as part of its header region (``boilerplate.region``: short lines above the
article's text in a region holding furniture): a travel guide's place name first on the page, over its icon bar
("Thượng Hải", tune2's t2vi06) and a dictionary entry's second variant between its kept first variant and the
"ENGLISH" label ("chiến dịch mùa hè xanh", train27vi's t27vi80).  A header's furniture (a site's name, a menu, a
login prompt) names the site, not the story.

The evidence is the page's own text: each word of the line (its letters-only words of two letters or more, read on
their first :data:`STEM` letters so that an inflected form counts) recurs in the page's kept lines of
:data:`BODY_WORDS` words or more other than the line's nearest neighbours, and the line is first on the page or
next to a kept line (its nearest non-blank line above or below).  The line holds two to :data:`WORDS` words, no digit
and no sentence end.  Each line taken back gets a ``kept`` ledger entry (rule :data:`RULE`) naming the rule that
would have removed it.

Tried and dropped (dev figures in benchmarks/README.md, "cp56"): the same guard on ``boilerplate.byline`` and
``boilerplate.short_run`` (the crawl's WSJ headlines, "Республика Бурятия" under a decision's date) kept a byline
that recurs in the title, site and show names ("BBC Future", "Politics Nation"): five clutter lines for no content
line beyond the two above (without the neighbour condition, on the three rules: 17 clutter lines).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RELEASED", "WORDS", "BODY_WORDS", "STEM", "echoed_heads", "release_echoed"]

RULE = "guard.echoed_head"
#: the rule overruled: a header region's lines (byline and short-run rules were tried: see the docstring)
RELEASED = frozenset({"boilerplate.region"})
WORDS = 6  # a heading: this many words at most
BODY_WORDS = 8  # a body line: this many words at least, kept
STEM = 5  # a word is read on its first letters (an inflected form counts: "Бурятия" / "Бурятии")
_WORD = re.compile(r"[^\W\d_]{2,}")
_ANY = re.compile(r"\w+")
_END = re.compile(r"[.!?…:]\s*$")


def _stems(s: str) -> list[str]:
    return [w.lower()[:STEM] for w in _WORD.findall(s)]


def _neighbours(lines: list[str], i: int) -> list[int]:
    """The nearest non-blank line above ``i`` and below it (as many as there are)."""
    out = []
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if 0 <= k < len(lines):
            out.append(k)
    return out


def echoed_heads(lines: list[str], removed_by: "dict[int, str]") -> list[int]:
    """The lines (indices) :func:`release_echoed` takes back: removed by a rule of :data:`RELEASED`, two to
    :data:`WORDS` words, no digit and no sentence end, next to a kept line (its nearest non-blank line above or below
    kept) or first on the page, and every word's stem in the page's kept lines of :data:`BODY_WORDS` words or more
    other than the line's own neighbours (a byline under its title repeats the title's credit, not the text)."""
    heads = []  # the removed lines of the heading's shape, with their stems: asked first (perf88)
    for i, rule in removed_by.items():
        if rule not in RELEASED:
            continue
        s = lines[i].strip()
        words = _stems(s)
        if not 2 <= len(words) <= WORDS or any(c.isdigit() for c in s) or _END.search(s):
            continue
        heads.append((i, words))
    if not heads:
        return []  # none to take back: the page's long lines are not read (most pages: no region line, or none such)
    long_kept = [k for k, s in enumerate(lines) if k not in removed_by and len(_ANY.findall(s)) >= BODY_WORDS]
    if not long_kept:
        return []
    stems = {k: set(_stems(lines[k])) for k in long_kept}
    first = next((k for k, s in enumerate(lines) if s.strip()), -1)
    out = []
    for i, words in heads:
        near = _neighbours(lines, i)
        if i != first and all(k in removed_by for k in near):
            continue
        body: set[str] = set().union(*(stems[k] for k in long_kept if k not in near))
        if all(w in body for w in words):
            out.append(i)
    return sorted(out)


def release_echoed(marks: "Marks") -> None:
    """Take back each line of :func:`echoed_heads`, with a ``kept`` ledger entry; run with the other take-backs,
    before the held lines are written."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for i in echoed_heads(lines, {i: rule for i, (rule, _) in removed.items()}):
        rule, _ = removed[i]
        dict.__delitem__(removed, i)
        held.pop(i, None)
        a, b = marks.spans[i]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: a heading whose every word the page's text repeats",
               action="kept")
