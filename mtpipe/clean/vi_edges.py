"""Clutter at the edges of the article that the layers before leave on Vietnamese pages (issue 12, vi42).

What the dev parts left of Vietnamese clutter (``benchmarks/clutter_left.py``, the lines read where they stand) is
led by one class the duplicate layer already names: a title printed twice.  ``dedupe.exact`` marks the second copy,
but under the ``weighed`` policy its removals of short lines are held on Vietnamese pages (its measured precision
there, 71 clutter lines and 11 content lines, is under the break-even): the copies it took wrongly are a letterhead
printed twice, a table's cells repeated by the next row, a speech's greetings repeated, a list's items repeated by a
second list, a heading repeating an item of the table of contents.  Two sub-classes of its marks carry evidence of
their own that the copy is the page's furniture, and this layer removes those (their rules have their own measured
precision; the rest of ``dedupe.exact``'s held marks stay held):

* ``dedupe.adjacent_copy``: the copy stands right under its first copy, which stays (the page prints the title
  twice: the heading and the image's alt text or the "now reading" line; "Thành phố Thượng Hải" / "Thành phố Thượng
  Hải").  Only blank lines or lines a layer removed as the page's furniture stand between them (share buttons, a
  rubric, an advert); a removed date, byline, credit or breadcrumb between them makes the first copy the header's
  and the second the article's own heading (the annotation's convention 1), and the test stops.  Two words at least
  (a table's cells "Sởi" / "Sởi" repeat).
* ``dedupe.late_title_copy``: the copy of a heading that stands before the article's first sentence, printed again
  after it (the title repeated over the photo or the text's start: "Hãy tri ân thầy cô bằng sự đồng hành" … text …
  "Hãy tri ân thầy cô bằng sự đồng hành").  A copy after the text has begun is never the page's heading; the copy is
  headline-shaped (three words or more, no stop, comma, colon or semicolon at its end, "?" allowed): a speech's
  greetings "Kính thưa các quý vị đại biểu," repeated by a second speech stay.

Only a mark the policy held is read (``Marks.removed.held``): the duplicate layer's own guards (a letterhead, a
table's row, a renumbered item, a line announcing other text) have already spoken.  Under ``balanced`` the
duplicate layer removed these lines itself and this layer has nothing to do.

The layer runs after :mod:`.vi_chrome` and before :mod:`.structure` and :mod:`.tables`, which may take a line back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .features import _sentence_like
from .lines import dedupe_key

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "ADJACENT", "LATE_TITLE", "EdgeLines", "held_copies"]

ADJACENT = "dedupe.adjacent_copy"
LATE_TITLE = "dedupe.late_title_copy"
#: the ledger rules of this module (policy families, docs)
RULES = (ADJACENT, LATE_TITLE)
HELD_RULE = "dedupe.exact"  # the held mark this layer reads
#: removed lines that cut a header's title copy off from the article's heading (convention 1): dates, bylines,
#: credits, sign-offs, breadcrumbs
_CUTS = re.compile(r"date|byline|credit|signoff|breadcrumb|author|caption|meta\.")
MIN_WORDS = 2  # an adjacent copy
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 3, 30  # a late title copy
_BAD_END = ".,;:…!"
_WRAP = "*[]()«»\"'“”‘’#_•·-–— \t"


def _words(s: str) -> int:
    return len(dedupe_key(s).split())


def _printed(s: str) -> str:
    """The line as printed, wrapping marks at its ends aside ("**…**", "[…]", quotes, bullets), its own stop kept: a
    heading "Bệnh tiểu đường là gì?" is no copy of the link "Bệnh tiểu đường là gì" above it."""
    return " ".join(s.split()).strip(_WRAP).casefold()


def _title_shaped(s: str) -> bool:
    t = s.strip()
    return MIN_TITLE_WORDS <= _words(t) <= MAX_TITLE_WORDS and t[-1:] not in _BAD_END


def held_copies(lines: list[str], removed: Mapping[int, Any], held: Mapping[int, tuple[Any, ...]]
                ) -> dict[int, tuple[str, str]]:
    """The held ``dedupe.exact`` marks (``held``: index -> (rule, note, …)) that are an adjacent copy or a late copy
    of a heading above the article's text, among live lines (``removed``: what layers removed): index -> (rule,
    note)."""
    cand = [i for i, v in held.items() if v[0] == HELD_RULE and i not in removed]
    if not cand:
        return {}
    keys = [dedupe_key(s) for s in lines]
    live = [i for i in range(len(lines)) if i not in removed]
    text = [i for i in live if _sentence_like(lines[i])]
    out: dict[int, tuple[str, str]] = {}
    for i in sorted(cand):
        key = keys[i]
        if not key:
            continue
        j = i - 1
        while j >= 0 and j in removed and not _CUTS.search(str(removed[j][0])):
            j -= 1  # the page's furniture between the two copies (share buttons, a rubric, an advert)
        if j >= 0 and j not in removed and j not in out and _printed(lines[j]) == _printed(lines[i]) \
                and _words(lines[i]) >= MIN_WORDS:
            out[i] = (ADJACENT, "a copy of the line right above it, which stays (the page prints the line twice; "
                                "only blank lines or the page's furniture between them)")
            continue
        if not _title_shaped(lines[i]):
            continue
        first = next((k for k in live if k < i and keys[k] == key and k not in out), None)
        others = [t for t in text if keys[t] != key]  # the article's sentences (the title itself may read as one)
        if first is not None and others and first < others[0] < i:
            out[i] = (LATE_TITLE, "a copy, after the article's text has begun, of a heading that stands above the "
                                  "text and stays")
    return out


class EdgeLines:
    """The vi42 layer (:class:`~.marks.LineLayer`): reads what every layer before it removed or the policy held."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang != "vi":
            return
        held = getattr(marks.removed, "held", None)
        if not held:
            return
        lines = [marks.doc.text[a:b] for a, b in marks.spans]
        for i, value in held_copies(lines, marks.removed, held).items():
            marks.removed[i] = value
