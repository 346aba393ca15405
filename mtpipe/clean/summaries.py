"""A summary above the text that stops where the text's sentence goes on (issue 12, conv54).

A site prints a summary (a lead, a sapo) above the article that repeats the article's opening and closes it with a
full stop where the article's own sentence goes on: "… có một làng nghề làm gốm tuổi đời ngót 300 năm." over "… có
một làng nghề làm gốm tuổi đời ngót 300 năm, ở đó người dân vẫn đang giữ gìn nghề thủ công …" (``h25vi08``).  The
cut-off-lead rule (``dedupe.truncated_lead``, :func:`mtpipe.clean.dedupe._truncated`) passes over a line that ends
with a stop (a whole sentence there may be a title the lead takes up), so both copies were kept and the text went
to the model twice.  Convention 12 of ``benchmarks/data/realpages/README.md``: of a text printed twice the whole
copy is content and a copy cut short is clutter.

:func:`stopped_summary`: one of the next two live lines opens with the line (its closing stop aside, case aside),
goes on from there with a comma, colon, semicolon, dash or a lower-case word (the same sentence: the summary stopped
it, the text did not), by :data:`MIN_MORE` characters or more, and ends a sentence; the line holds more than
:data:`MAX_TITLE_WORDS` words (a title is shorter: :func:`~.guards.title_clause` keeps a title the lead extends) and
is not the page's first live line (the page's title, Convention 1).  A line whose next line goes on after a
sentence end ("Title." over "Title. The text …") is no cut: kept.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Document

__all__ = ["MAX_TITLE_WORDS", "MIN_MORE", "goes_on", "stopped_summary"]

MAX_TITLE_WORDS = 14  #: the words a title holds at most (as :func:`~.guards.title_clause`)
MIN_MORE = 20  #: the characters the text holds past the summary's stop at least
_WORD = re.compile(r"[^\W_]+")
_CLAUSE = tuple(",;:–—-")
_ENDS = tuple(".!?…»”\")")


def goes_on(line: str, full: str) -> bool:
    """True when ``line`` ends with one full stop, holds more than :data:`MAX_TITLE_WORDS` words, and ``full``
    opens with it (the stop aside, case aside), then goes on in the same sentence (a clause mark or a lower-case
    word) by :data:`MIN_MORE` characters or more and ends a sentence."""
    s, f = line.strip(), full.strip()
    if not s.endswith(".") or s.endswith("..") or len(_WORD.findall(s)) <= MAX_TITLE_WORDS:
        return False
    head = s[:-1].rstrip()
    if len(f) < len(s) + MIN_MORE or not f.casefold().startswith(head.casefold()) or not f.endswith(_ENDS):
        return False
    rest = f[len(head):].lstrip()
    return rest.startswith(_CLAUSE) or rest[:1].islower()


def stopped_summary(doc: Document, spans: list[tuple[int, int]], removed: dict[int, Any]) -> None:
    """Remove a summary that one of the next two live lines repeats and goes on from in the same sentence
    (``dedupe.truncated_lead``)."""
    live = [i for i in range(len(spans)) if i not in removed]
    for n, i in enumerate(live[1:], 1):  # the page's first live line is its title (Convention 1): never a summary
        line = doc.text[spans[i][0]:spans[i][1]]
        for j in live[n + 1:n + 3]:
            if goes_on(line, doc.text[spans[j][0]:spans[j][1]]):
                removed[i] = ("dedupe.truncated_lead", f"a summary stopped where the paragraph at {spans[j][0]} goes on")
                break
