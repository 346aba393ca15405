"""PDF text dumps: a sentence run across blank lines (split out of :mod:`.softbreak`, bnd59; behaviour unchanged).

A PDF converted to text often puts a blank line after every printed line, so its sentences run across blank lines.  In
a document that is such a dump (:func:`_pdf_gaps`: at least two gaps, and a fifth of the gaps between lines of running
text, are a line of four words or more that stops short of a sentence end followed by a line that goes on in lower
case or with continuing punctuation), those gaps (one or two blank lines) are joined too; a heading (capitals, a
section number), a list item, a label of fewer than four words, a date line or a line starting with a capital is never
joined across a gap, and no other document's blank lines are touched.

Round tab105 (:func:`hours_items`, held56's ``h56ru13``, a pool's opening hours): a line of clock times closed by a
figure or a bracket ("… с 9:00 до 21:00 (последний заход в 20:00)") over a line opening with a weekday in lower case
and its own span of clock times ("суббота c 9:00 до 21:00 …") is two items of an hours list, each a unit (the parts'
lists), never one sentence: neither across a gap here nor on the next line (:mod:`.softbreak`)."""

from __future__ import annotations

import re
from typing import Callable

from .opening_hours import WEEKDAYS, clock_span
from .softbreak_text import _LIST_START, _continues, _ends_sentence
from .words import line_words

__all__ = ["_pdf_gaps", "hours_items"]

_HYPHEN_END = re.compile(r"[^\W\d_]-$", re.UNICODE)
_PDF_MIN_WORDS = 4  # the line before a gap that may be joined is running text, not a label
_FIRST_WORD = re.compile(r"[\s\-–—,:]+")


def hours_items(cur: str, nxt: str) -> bool:
    """``cur`` and ``nxt`` are two items of an hours list: both hold a span of clock times
    (:func:`~.opening_hours.clock_span`), ``cur`` closes on a figure or a bracket (no clause going on: "… с 9:00 до
    18:00, а в"), ``nxt`` opens with a weekday ("суббота c 9:00 до 21:00", "воскресенье-понедельник …")."""
    c, n = cur.strip(), nxt.strip()
    if not c or c[-1] not in ")0123456789" or _FIRST_WORD.split(n, 1)[0].casefold() not in WEEKDAYS:
        return False
    return clock_span(c) and clock_span(n)


def _running(line: str) -> bool:
    """A line of running text that stops short of a sentence end: no heading, no list item, no label."""
    s = line.strip()
    if len(line_words(s)) < _PDF_MIN_WORDS or _ends_sentence(s) or _LIST_START.match(s):
        return False
    letters = "".join(filter(str.isalpha, s))
    return not letters or sum(map(str.isupper, letters)) < 0.6 * len(letters)


def _gap_joins(lines: list[str], date: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``: line ``i`` of running text that stops short of a sentence end, blank lines
    (one or two), then line ``j`` that continues it (a lower-case word or continuing punctuation;
    no list item, no date line)."""
    out = []
    n = len(lines)
    for i in range(n - 2):
        if not lines[i].strip() or lines[i + 1].strip():
            continue
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        if j >= n or j - i - 1 > 2:
            continue
        nxt = lines[j]
        if _running(lines[i]) and _continues(nxt) and not _LIST_START.match(nxt) and not date(j):
            out.append((i, j))
    return out


def _pdf_gaps(lines: list[str], date: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The blank-line gaps to join in a PDF text dump (none in any other document).

    A PDF converted to text often puts a blank line after every printed line, so a sentence runs
    across blank lines ("… Việt Nam đã chuyển⏎⏎mình từ một quốc gia …").  A document is taken for
    such a dump when at least two gaps, and a fifth of the gaps between lines of running text, are
    a line of running text that stops short of a sentence end followed by a line that continues it
    in lower case, or when a line broken by a hyphen ("эконо-⏎⏎мики") adds to them.  Only those
    gaps are joined: a heading, a list item, a label of fewer than four words or a line ending a
    sentence is never joined to the next paragraph, and a line that starts with a capital is not
    taken to continue one.
    """
    gaps = _gap_joins(lines, date)
    if not gaps:
        return []
    hyphens = sum(1 for i, j in gaps if _HYPHEN_END.search(lines[i].rstrip()))
    text_gaps = 0
    prev = None
    for k, ln in enumerate(lines):
        if not ln.strip():
            continue
        if prev is not None and k > prev + 1 and len(lines[prev].split()) >= _PDF_MIN_WORDS:
            text_gaps += 1
        prev = k
    if len(gaps) + hyphens < 2 or len(gaps) < 0.2 * text_gaps:
        return []
    # an hours list's items read as the dump's gaps above (the shape is the same) but are never joined (tab105)
    return [(i, j) for i, j in gaps if not hours_items(lines[i], lines[j])]
