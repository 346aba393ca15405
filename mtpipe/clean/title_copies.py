"""The page's title printed twice above the text: which copy goes (issue 12, dup78).

``dedupe.exact`` marks the later of two exact copies; under the ``weighed`` policy its marks of short lines are held
on Vietnamese pages (its measured precision there is under the break-even: the copies it took wrongly are a
letterhead printed twice, a table's cells, a menu's rows, a speech's greetings).  :mod:`.vi_edges` removes the held
copy right under its first copy among the text's lines (``dedupe.adjacent_copy``) and the copy after the text has
begun (``dedupe.late_title_copy``).  Left held: the page's own title printed twice at the top, above the text, where
the adjacent test stops (the pair stands among the short lines of a directory or a hotel's page, or a counter the date
rule took stands between).  Here the copy's place is the evidence: the first copy is the page's title (one of its
first :data:`FIRST_LINES` live lines, no sentence above it, two to :data:`MAX_WORDS` words, no stop, comma, colon or
semicolon at its end), the later copy is printed exactly as it is (wrapping marks aside: a link "Bệnh tiểu đường là
gì" over the heading "Bệnh tiểu đường là gì?" is two printings, not a copy) and stands before the text too.
Convention 1 of ``benchmarks/data/realpages/README.md`` says which copy is the content:

* a repeat (``dedupe.title_copy`` on the later copy): nothing live between the two copies, and no date stamp, byline,
  credit, breadcrumb or reading time among the lines removed between them (a view counter, "665 Lượt xem", "1",
  a widget's "null", is none): the first copy is the title, the later one its repeat (the heading and an image's alt
  text, a "now reading" line);
* a header copy (``dedupe.title_copy`` on the first copy): a date stamp or byline removed between them, every line
  between removed or a short live line of the header's block (an author's site, a reading time: :data:`META_WORDS`
  words at most, no sentence), and the text's first sentence within :data:`TEXT_LINES` live lines under the later
  copy: the first copy is the site's header, the later the article's own heading, next to its text.

lost94: a bare name left live between the copies (a forum poster's, two to four capitalised words,
:func:`~.vi_heads._bare_name`) is a byline too (h45vi02: title / "Võ Xuân Trường" / title / text; the dev lines of
another shape between two top copies, "Оценить", "539", a rubric, mark a repeat), and under a gated policy a later copy
``dedupe.exact`` removed outright (60 characters or more: a copy the policy never holds) is read as well: where the
header test passes it is handed back in ``back`` for the caller to take back, the header's copy going instead.

Anything else (a live line between that is no header meta: a product code, a rubric; a list item; the pair after a
sentence of the page) keeps both, as before.  Only a ``dedupe.exact`` mark the policy held is read: the duplicate
layer's own guards (a letterhead, a listing's record, a line announcing other text) have already spoken, and under
``balanced`` the duplicate layer removed the later copy itself.

Dev pages (every realpages part, the ``weighed`` run of integ at dup78's start): the held ``dedupe.exact`` marks that
stay live are 58 lines on vi pages (46 content, 12 clutter).  The rule takes 9 annotated lines, all clutter, 0
content (counted as ``tools/rule_precision.py`` counts, the ledger rule covering most of each removed line, on a
``weighed`` run): newly the repeats on c12vi14, h11vi04 (the second of three copies), h26vi19, h6vi02 and the header
copies on h18vi08, t27vi09; lines ``dedupe.exact`` took after all before (a held run between removed lines) on h8vi02,
h9vi07, h6vi02.  It leaves h11vi04's third copy (the content one: a product code between), h45vi02's (a byline left
live between), t27vi101's (the link without its "?") and t29vi04's (taken, then taken back by ``structure.table`` as
a cell of the hotel's table of labels).  Under ``balanced`` the duplicate layer removes the later copy itself and this
rule takes nothing, so the table's recount (counted under ``balanced``) gives it no row: it is scored by its
family's pool (``dedupe.*``: 0.934 on integ's table, over the break-even) until a ``--gated`` count gives it one.  The layer is called from
:mod:`.vi_edges` (after its adjacent and late copies), which reads the held marks; its removals stand in a block of
short kept lines (:data:`~.kept_blocks.EXEMPT`: taking one back prints the title twice).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .copies import _READ_TIME
from .features import _sentence_like
from .lines import dedupe_key
from .templates import _DATE_TOKEN
from .vi_heads import _bare_name

__all__ = ["RULE", "FIRST_LINES", "MAX_WORDS", "title_copies", "counter"]

RULE = "dedupe.title_copy"
HELD_RULE = "dedupe.exact"  # the held mark read
FIRST_LINES = 3  # the title is one of the page's first live lines
MIN_WORDS, MAX_WORDS = 2, 25
META_WORDS = 6  # a live line between a header copy and the article's heading: the header's meta, this short
TEXT_LINES = 6  # the text's first sentence within this many live lines under the article's heading
_BAD_END = ".,;:…"
_WRAP = "*[]()«»\"'“”‘’#_•·-–— \t"
_LONE_MARK = re.compile(r"(?:\s+[,;])+$")
_ITEM = re.compile(r"^\s*(?:[•·*▪►›»\-–—+]|\d{1,3}[.)])\s*\S")
#: removed lines that cut a header's title copy off from the article's heading (convention 1): dates, bylines,
#: credits, sign-offs, breadcrumbs (a counter the date rule took is none: :func:`counter`)
_CUTS = re.compile(r"date|byline|credit|signoff|breadcrumb|author|meta\.")
#: a counter: numbers (thousands grouped or not) apart by spaces, two words at most after them ("665 Lượt xem", "1",
#: "1.204 views", a document site's views, downloads and pages "31 461 2"); "20.09" (a day and month) is none
_NUMBER = r"\d{1,9}(?:[.,]\d{3})*"
_COUNTER = re.compile(r"^\W*" + _NUMBER + r"(?:\s+" + _NUMBER + r")*\W*(?:[^\W\d_]+\W*){0,2}$")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _printed(s: str) -> str:
    """The line as printed, wrapping marks at its ends aside, its own stop kept; a comma or semicolon left alone at
    its end (a widget's "," glued on by the scrape: "<title> ,") dropped."""
    return _LONE_MARK.sub("", " ".join(s.split())).strip(_WRAP).casefold()


def _title_shaped(s: str) -> bool:
    t = s.strip()
    return MIN_WORDS <= len(dedupe_key(t).split()) <= MAX_WORDS and t[-1:] not in _BAD_END and not _ITEM.match(t)


def counter(line: str) -> bool:
    """A view or comment counter ("665 Lượt xem", "1"): a number and two words at most, no year nor month."""
    s = line.strip()
    return _COUNTER.match(s) is not None and not _YEAR.search(s) and not _DATE_TOKEN.search(s.casefold())


def _stamp(line: str, rule: str) -> bool:
    """A removed line that cuts the header off: a date, byline, credit or breadcrumb rule's line, no counter."""
    return _CUTS.search(rule) is not None and not counter(line)


def title_copies(lines: list[str], removed: Mapping[int, Any], held: Mapping[int, tuple[Any, ...]],
                 back: set[int] | None = None) -> dict[int, tuple[str, str]]:
    """The page's title copy to remove (module docstring): index -> (rule, note).  ``removed``: what layers removed;
    ``held``: index -> (rule, note, …) of the marks the policy held; ``back``: filled with the later copies
    ``dedupe.exact`` removed outright (a copy of :data:`~.policy.COPY_CHARS` characters, never held) that open the
    text under a header copy: the caller takes them back (lost94)."""
    taken = {i for i, v in removed.items() if v[0] == HELD_RULE} if back is not None else set()
    cand = sorted({i for i, v in held.items() if v[0] == HELD_RULE and i not in removed} | taken)
    if not cand:
        return {}
    live = [k for k in range(len(lines)) if k not in removed]
    top = []
    for k in live[:FIRST_LINES]:
        if _sentence_like(lines[k]):
            break
        top.append(k)
    out: dict[int, tuple[str, str]] = {}
    for i in cand:
        j = next((k for k in top if k < i and _printed(lines[k]) == _printed(lines[i])), None)
        if j is None or j in out or not _title_shaped(lines[j]):
            continue
        between = range(j + 1, i)
        stamps = [k for k in between if k in removed and _stamp(lines[k], str(removed[k][0]))]
        stamps += [k for k in between if k not in removed and _bare_name(lines[k])]  # a byline left live (lost94)
        if i in taken:
            if stamps and not any(k in taken for k in between):
                if _header_copy(lines, removed, live, between, i):
                    out[j] = (RULE, _header_note(lines, removed, stamps[0]))
                    back.add(i)  # type: ignore[union-attr]
            continue
        if not stamps and all(k in removed and not _READ_TIME.match(lines[k]) for k in between):
            out[i] = (RULE, "a repeat of the page's title right above it, which stays (no date, byline or "
                            "breadcrumb between the copies: Convention 1's first copy)")
            continue
        if stamps and _header_copy(lines, removed, live, between, i):
            out[j] = (RULE, _header_note(lines, removed, stamps[0]))
    return out


def _header_copy(lines: list[str], removed: Mapping[int, Any], live: list[int], between: range, i: int) -> bool:
    """No live line between the copies but the header's short meta, and the text's first sentence within
    :data:`TEXT_LINES` live lines under the later copy ``i``."""
    if any(k not in removed and (_sentence_like(lines[k]) or len(lines[k].split()) > META_WORDS) for k in between):
        return False
    return any(_sentence_like(lines[k]) for k in [k for k in live if k > i][:TEXT_LINES])


def _header_note(lines: list[str], removed: Mapping[int, Any], k: int) -> str:
    how = removed[k][0] if k in removed else "a byline left live"
    return (f"the header's copy of the page's title, cut off from the text by the line {lines[k].strip()[:40]!r} "
            f"({how}); the copy under it opens the text and stays (Convention 1)")
