"""Guards that take lines back from a rule where its premise does not hold (issue 12, round 21d).

Each guard reads the shape and position of the lines a rule is about to remove, never their wording:

* :func:`closes_page`: the menu rule removes a run of short lines "outside the article"; when the article
  it measured against is a single sentence-like line and the run closes the page (no line after it,
  removed or kept), the run is where the page's own text begins (a document's title block and first
  headings, the store having cut the text after them), not a footer menu: a footer stands above the
  site's closing lines (copyright, contacts), and one sentence is too little to tell the article's edges;
* :func:`sibling_items`: ``dedupe.covered`` removes a paragraph that the next ones repeat in order (a lead
  running two paragraphs together, cut off); when it and those paragraphs are items of one list (the same
  bullet, or a number each), they are parallel items written on one pattern ("• Ứng viên … bậc Đại học …
  25 tuổi …" then "• Ứng viên … bậc Thạc sĩ … 35 tuổi …"), each its own sentence, no copy of a lead;
* :func:`numbered_heading`: ``dedupe.near`` removes a later line close to an earlier one; when the later one
  opens with a section number ("1.", "I.", "2.1") the earlier one lacks, it is the text's own numbered
  heading taking up the title (a Q&A or legal page's first section), not a second print of the title.
"""

from __future__ import annotations

import re

__all__ = ["closes_page", "sibling_items", "numbered_heading"]

_BULLETS = "•·*▪►›»–-+"
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zа-яđ][.)])\s", re.IGNORECASE)
_SECTION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s+\S")


def closes_page(run: list[int], n: int, body: list[int]) -> bool:
    """True when the run of line indexes ``run`` ends the document of ``n`` lines after a body (sentence-like
    lines kept) of one line at most before it."""
    return bool(run) and run[-1] == n - 1 and len([b for b in body if b < run[0]]) <= 1


def _marker(line: str) -> str:
    s = line.lstrip()
    if s[:1] and s[:1] in _BULLETS and s[1:2].isspace():
        return s[:1]
    return "#" if _NUMBERED.match(s) else ""


def sibling_items(line: str, nexts: list[str]) -> bool:
    """True when ``line`` and every line of ``nexts`` open with one list marker (the same bullet, or a number
    or letter each: "1.", "2.1.", "a)")."""
    m = _marker(line)
    return bool(m) and bool(nexts) and all(_marker(t) == m for t in nexts)


def numbered_heading(first: str, later: str) -> bool:
    """True when ``later`` opens with a section number ("1. ", "IV. ", "2.1) ") and ``first`` opens with none."""
    return bool(_SECTION.match(later.lstrip())) and not _SECTION.match(first.lstrip())
