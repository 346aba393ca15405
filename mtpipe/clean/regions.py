"""The page's header and footer judged as blocks, not line by line (issue 12, eighteenth round).

The layers before this one judge a line by its shape and its neighbours; a header of a dozen short lines
(a menu, a login box, a breadcrumb, notices) loses the lines some layer knows and keeps the rest.  This
layer looks at the *region* before the article's first line of text (a sentence, or a paragraph of over
150 characters), once every other layer has judged it:

* a region holding at least one line another layer removed as page furniture (a menu, a breadcrumb, a
  rubric, a template or contact line, a line the classifier took; a date, credit or byline is no
  evidence: an article's head holds those, nor is a copy of another line, `dedupe.covered`), or three bulleted items with one bullet, and two or more
  other lines, each short (eight words at most, no clause going on: not ending in ":" "," ";"), is
  furniture as a whole;
* it keeps its title: the live line right above the text, and the document's first line when it is a
  headline of three words or more (a page's ``<title>`` opens many scraped pages); a head holding an
  official letterhead or a poem's credit (the guards of :mod:`.layout`) is the text's own and stays whole, and
  so is a head whose lines all end with a sentence stop (short sentences: an announcement's own lines, round 22a).

The same test on the region after the article's last line of text was tried and dropped: with three lines
it removed nothing on any part, with two it lost a content line of ``tune``.

Each line goes to the ledger as ``boilerplate.region`` with the region's evidence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _headline_like
from .guards import all_stopped
from .layout import letterhead, verse_attribution
from .templates import words_at_least
from .widgets import _body

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RegionLines", "furniture_regions"]

RULE = "boilerplate.region"
LANGS = ("ru", "vi")
_BULLET = re.compile(r"^\s*[•·*▪►›»–-]\s*\S")
MIN_LINES = 2  # short lines besides the title(s)
#: removals that say nothing about furniture: an article's head holds its date, credit and byline; a paragraph the
#: next ones repeat in full (`dedupe.covered`: an image's alt text copying the title) is a copy, no menu
_NOT_EVIDENCE = re.compile(r"date|credit|byline|caption|meta|front_matter|softbreak|covered")


def _short(s: str) -> bool:
    s = s.strip()
    return bool(s) and not words_at_least(s, 9) and s[-1:] not in ":：,;"


def _evidence(idx: list[int], removed: dict[int, tuple[str, str | None]]) -> list[str]:
    return [str(removed[i][0]) for i in idx if i in removed and not _NOT_EVIDENCE.search(str(removed[i][0]))]


def furniture_regions(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, tuple[str, str]]:
    """Lines of the page's header region to remove as a block: index -> (rule, ledger note)."""
    n = len(lines)
    bad = set(removed)
    body = _body(lines, bad)
    if not body:
        return {}
    out: dict[int, tuple[str, str]] = {}
    live = [i for i in range(n) if i not in bad]
    head = [i for i in live if i < body[0]]
    keep = set(head[-1:])
    if head and head[0] == live[0] and _headline_like(lines[head[0]]) and words_at_least(lines[head[0]], 3):
        keep.add(head[0])
    cand = [i for i in head if i not in keep]
    if len(cand) < MIN_LINES or set(head) & (letterhead(lines) | verse_attribution(lines, bad)) \
            or all_stopped([lines[i] for i in cand]):
        return out  # an official letter's header or a poem's credit: the text's own head, not a site's
    ev = [f"{r} removed" for r in _evidence(list(range(body[0])), removed)]
    bullets = [i for i in cand if _BULLET.match(lines[i])]
    if len(bullets) >= 3 and len({lines[i].strip()[:1] for i in bullets}) == 1:
        ev.append(f"{len(bullets)} bulleted items")
    if ev and len(cand) >= MIN_LINES and all(_short(lines[i]) for i in cand):
        for i in cand:
            out[i] = (RULE, f"one of {len(cand)} short lines above the article's text, a region holding furniture "
                            f"({', '.join(ev[:2])}): the page's header")
    return out


class RegionLines:
    """The region layer (:class:`~.marks.LineLayer`), after every other: it reads what they removed."""

    def mark(self, marks: "Marks") -> None:
        if marks.lang not in LANGS:
            return
        doc = marks.doc
        lines = [doc.text[a:b] for a, b in marks.spans]
        marks.removed.update(furniture_regions(lines, marks.removed))
