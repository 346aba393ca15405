"""A long sentence the page parts over a blank line in the middle (round bnd78, issue 12: no sentence cut at a soft
line break; read post-blind on held56's ``h56vi07``).

"Sáng chủ nhật , ngày 16/02/2014 tại khuôn viên Trường … đã tổ chức thành công buổi họp lần thứ 15 với sự tham dự
của quý đại biểu ,thầy cô và học sinh"⏎⏎"các khóa tổng cộng 115 người tham dự ." (a school alumni page: the editor's
paragraph break falls inside the sentence; README Convention 4's running text whose clause goes on, labelled a soft
break).  :func:`~.softbreak_gaps.dangling_gaps` joins such a gap when the line ends in a function word ("là", "của",
"и"); this line ends in a content word ("học sinh"), so the gap was read as a paragraph's end.

The sign (:func:`long_gaps`) is the line's length with no mark at its end: **twenty words or more** of running text
(no heading in capitals, no list item) that ends in a letter or a digit (no stop, colon, semicolon, comma, quote or
bracket), **one** blank line, then a line that opens with a lower-case word of two letters or more (no list label
"a)") and closes with a sentence's stop.  A heading of twenty words is rare, and a heading's slug or alt text under it
("le hoi chua ong bon", "anh tin bai") has no stop at its end.

Counts, dev realpages (every part but held56), a line of twenty words or more with no mark at its end, blank lines,
then a line opening in lower case (any end): boundary-labelled content/content **1, a soft break** (``h32vi13`` "… du
lịch, dịch vụ là"⏎⏎"thành viên của chi hội doanh nghiệp huyện.", joined already by ``dangling_gaps``); unlabelled
content/content 11, every one a sentence going on (``h7vi07``'s PDF lines ×9, joined already; ``t28vi74``);
content over clutter or metadata **0** (the nine content/clutter pairs bnd77 counted are headings of 15 words or
fewer).  At eight words or more the content/clutter pairs are 5 (headings over slugs and tags): the length is the sign.
"""

from __future__ import annotations

import re

from .softbreak_text import _CLOSERS, _LIST_START, _WORD

__all__ = ["long_gaps"]

_LONG_WORDS = 20
_LOWER_WORD = re.compile(r"[^\W\d_]{2,}(?=[\s,]|$)", re.UNICODE)


def _long_open(line: str) -> bool:
    """Running text of twenty words or more that ends in a letter or a digit, not in capitals, no list item."""
    s = line.strip()
    if not s[-1:].isalnum() or len(s.split()) < _LONG_WORDS or _LIST_START.match(s):
        return False
    letters = [c for c in s if c.isalpha()]
    return sum(c.isupper() for c in letters) < 0.5 * len(letters)


def _goes_on_to_end(line: str) -> bool:
    """Opens with a lower-case word of two letters or more and closes with a sentence's stop."""
    s = line.strip()
    m = _LOWER_WORD.match(s)
    return m is not None and m.group().islower() and not _LIST_START.match(s) \
        and s.rstrip(_CLOSERS)[-1:] in ".!?…" and _WORD.match(s) is not None


def long_gaps(lines: list[str]) -> list[tuple[int, int]]:
    """Pairs ``(i, i + 2)``: a long line of running text with no mark at its end, one blank line, and a line that
    goes on in lower case to a sentence's stop."""
    return [(i, i + 2) for i in range(len(lines) - 2)
            if not lines[i + 1].strip() and lines[i + 2].strip() and _long_open(lines[i])
            and _goes_on_to_end(lines[i + 2])]
