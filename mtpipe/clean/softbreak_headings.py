"""A heading or a breadcrumb trail stands on its line alone (round cp72, issue 12: no post lost to a soft break).

A forum page converted to Markdown prints the thread's path as a heading, the poster's nick as a heading under it and
the post under that, with no blank line between them when the converter drops them::

    # Forum > Section > Thread title
    ## nick
    khi máy khởi động thì …

:mod:`.softbreak` read the nick as a short fragment between two lines that go on (the post opens in lower case) and
joined the three lines into one; the breadcrumb rule (``chrome.breadcrumb_trail``, which takes up to 200 characters
after the crumbs) then removed the joined line, the post's first sentence with it.  Two vetoes (:func:`heading_breaks`):

* a Markdown heading line (one to six ``#`` at the line's start, a space, a word: an ATX heading, one line by the
  format's definition) is never joined to the line after it, and no line is joined to it;
* a breadcrumb trail (:func:`trail_line`: two spaced separators ``>``, ``›`` or ``»`` or more, the crumbs before the
  last one to sixty characters each, letters in the first, no sentence stop, colon or semicolon in them) is never
  joined to the line after it: the trail is the page's furniture, whatever follows it starts a block of its own.
  Joining into a trail from the line above is left to :func:`~.softbreak_marks.crumb_opens` (a line opening with the
  separator) and the usual rules: a sentence may name a menu path ("… vào menu⏎File > Options > Advanced rồi …").

A running sentence that names a path after a colon ("… theo lộ trình sau: Đinh Tiên Hoàng > Điện Biên Phủ > …",
held26) has the colon in its first crumb and is no trail.  A hashtag ("#Китай #туризм") has no space after its mark
and is no heading.
"""

from __future__ import annotations

import re

__all__ = ["heading_breaks", "markdown_heading", "trail_line"]

_ATX = re.compile(r"^\s{0,3}#{1,6}[ \t]+\S")
_SEP = re.compile(r"\s[>›»]\s")
_STOPS = re.compile(r"[.!?…:;：]")
MAX_CRUMB = 60


def markdown_heading(line: str) -> bool:
    """A Markdown ATX heading line: "# Title", "## nick"; not a hashtag ("#tag") nor a bare "#"."""
    return _ATX.match(line) is not None


def trail_line(line: str) -> bool:
    """A breadcrumb trail (module docstring): "# Diễn đàn > Hỏi đáp > <thread>", "Trang chủ » Tin tức » <title>"."""
    s = line.strip().lstrip("#").strip()
    parts = _SEP.split(s)
    if len(parts) < 3:
        return False
    crumbs = [p.strip() for p in parts[:-1]]
    if not all(0 < len(c) <= MAX_CRUMB and not _STOPS.search(c) for c in crumbs) or not parts[-1].strip():
        return False
    return sum(ch.isalpha() for ch in crumbs[0]) >= 2


def heading_breaks(lines: list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """``(after, before)``: the indexes ``i`` of the lines no break after is joined (a Markdown heading, a trail) and
    of those no break before is joined (a Markdown heading)."""
    heads = frozenset(i for i, ln in enumerate(lines) if markdown_heading(ln))
    trails = frozenset(i for i, ln in enumerate(lines) if ("»" in ln or ">" in ln or "›" in ln) and trail_line(ln))
    return heads | trails, heads
