"""Guards of round 27d (prec27): the page's own structure takes lines back from a rule (issue 12).

Written against the dev half of ``train27ru`` (85 Russian pages of 85 sites no rule had seen: odd-numbered
documents dev, even-numbered held).  Each guard reads where a line stands and what shape it shares with the
lines around it, never its wording:

* :func:`announced`: ``boilerplate.menu`` takes a run of six short lines outside the article as a menu; a run
  right under a line ending with a colon is the list that line announces ("Оснащение номера:" over "- wi-fi /
  - телевизор / - чайник", a hotel room's amenities), not a menu: a menu has no sentence of the page before it
  saying what comes (the headline-run and tail-run rules already spare a list announced by a colon); the colon
  line and the one above it must be live (a label right under removed furniture heads the furniture);
* :func:`arithmetic`: ``boilerplate.date_line`` takes a line of numbers and few words as a date or counter; a
  line whose numbers are joined by arithmetic operators ("+ 4,2 + 14 + 0,5 + 48 …", a sum wrapped over three
  lines of a costing) is a formula of the text: no date, time or counter is written with "+" or "=" between
  its numbers;
* :func:`ellipsis_teaser`: ``dedupe.contained`` removes a later line that an earlier one holds; when the earlier
  one starts with it and is cut off with an ellipsis ("Отдыхали в этом отеле со 2 по 16 сентября. Оценка..." over
  "Отдыхали в этом отеле со 2 по 16 сентября." and "Оценка – 4 …", a review's teaser), the earlier one is the
  copy (a teaser cut at a length) and the later one the text: the cut copy goes (``dedupe.truncated_lead``), as a
  lead cut off without an ellipsis already does; :func:`ellipsis_lead` makes the same choice between two near
  copies (``dedupe.near``): an earlier one cut off with an ellipsis goes, not the whole later one (conv54);
* :func:`time_range`: ``boilerplate.dateline`` takes a short line with a time of day and another date-like number
  as a byline's stamp; a line holding a range of two times ("с 8:00 до 14:00", "8:00–14:00") and six words or
  more states hours (a hotel's early check-in terms: "*Ранний заезд с 8:00 до 14:00 – 50% от стоимости 1х
  суток"): a stamp dates one moment, it has no range.

And a last line layer, :class:`StructureLines`, after every other: a printed document's table of contents
(:func:`leader_item`: a title, dot leaders and a page number, "Введение………………2-4", "1.1 История вопроса………5-7"; three
such lines on a page at least, :func:`contents_run`) goes as clutter with the lines between its items (a section's
heading, a wrapped title), the numbered items closing it whose page number lost its leaders and its label right above
it ("Содержание", "СОДЕРЖАНИЕ"), ``structure.contents`` (clut57).  Round 27d took such a list back as the page's own
text; the labels' Conventions have since made a table of contents clutter (benchmarks/data/realpages/README.md, the
``t27ru59`` relabel: "Содержание" and its dot-leader items, as ``held22``'s "СОДЕРЖАНИЕ" and its dotted items).  Two
leader lines are no contents list.

The round's other guards live where their rule does: :func:`~.headings.undated_amounts` (``boilerplate.masthead``:
a line in capitals whose numbers date nothing states amounts), :func:`~.regions.furniture_regions` (the header's
furniture must stand above the title kept over the text) and :func:`~.notices.site_notices` (a sentence under the
page's kept title is its lead, no notice "above the title").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import line_folded


if TYPE_CHECKING:
    from collections.abc import Callable

    from .marks import Marks

__all__ = ["announced", "arithmetic", "ellipsis_teaser", "ellipsis_holder", "time_range", "leader_item", "other_listing",
           "contents_run", "StructureLines"]

#: an arithmetic operator standing alone between numbers (or opening or closing a wrapped sum)
_OPERATOR = re.compile(r"(?:(?<=\d)|(?<=\d\s)|^)\s*[+=×]\s*(?=\d|$)")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def announced(lines: list[str], first: int, bad: "set[int] | frozenset[int]" = frozenset()) -> bool:
    """True when the line above line ``first`` ends with a colon and it and the line above it are no lines removed
    (``bad``): the run from ``first`` is the list the page's text announces.  A colon line right under removed
    furniture ("More Video" / "For more on poverty in America:" over a site's topic menu) is the menu's own
    heading."""
    return first > 0 and lines[first - 1].rstrip().endswith((":", "：")) \
        and not any(k in bad for k in range(max(0, first - 2), first))


def arithmetic(s: str) -> bool:
    """True when the line holds three numbers or more and two arithmetic operators ("+", "=", "×") between
    them: a sum or a formula, not a date, time or counter."""
    return len(_OPERATOR.findall(s)) >= 2 and len(_NUMBER.findall(s)) >= 3


_ELLIPSIS = ("...", "…")


def ellipsis_teaser(head: str, prev: str, key: str) -> bool:
    """True when the earlier line ``head`` (its dedupe key ``prev``) opens with the later line's key ``key``, goes
    on after it and ends with an ellipsis: a teaser cut off, the later line the text it was cut from."""
    return head.rstrip().endswith(_ELLIPSIS) and prev.startswith(key) and len(prev) > len(key)


def ellipsis_holder(head: str, prev: str, key: str) -> bool:
    """True when the earlier line ``head`` (its dedupe key ``prev``) holds the later line's key ``key`` after other
    words, goes on past it and ends with an ellipsis, the later line not: a teaser or excerpt cut at a length that
    glued a link label or a caption before the text it copies ("[Xem chi tiết](…)Họp báo … Ảnh: VGP Chiều tối
    2/12, … tháng 11/2020. Tại buổi họp báo, … kinh …" over "Chiều tối 2/12, … tháng 11/2020.", audit35 vi-hddtvn,
    cp81).  The later line is the whole bare copy (Convention 12 of the realpages README: a copy cut short is
    clutter wherever it stands, the whole one content), so ``dedupe.contained`` keeps it; the teaser stays too (its
    words before the copy may be nowhere else), unlike :func:`ellipsis_teaser`'s teaser opening with the line."""
    at = prev.find(key)
    return (at > 0 and at + len(key) < len(prev) and head.rstrip().endswith(_ELLIPSIS)
            and not key.rstrip().endswith(_ELLIPSIS))


def ellipsis_lead(first: str, later: str) -> bool:
    """True when, of two near copies (``dedupe.near``), the earlier line ``first`` is cut off with an ellipsis and the
    later line ``later`` goes on past the cut without one: a lead or summary the site printed cut above the text it
    was cut from, the copy to drop (Convention 12 of the realpages README: the whole copy is content).

    Seen on ``h29vi10`` (conv54): "Ông Nguyễn Văn Bính-Phó giám đốc … của TP Hà Nội..." over "Ông Nguyễn Văn Bính -
    Phó giám đốc … của TP Hà Nội nhằm tránh ùn tắc giao thông.", the spaces around a dash differing, so no exact
    prefix (:func:`~.summaries.truncated_lead`, :func:`ellipsis_teaser`) caught it and the near rule dropped
    the whole later copy."""
    a, b = first.rstrip(), later.rstrip()
    return a.endswith(_ELLIPSIS) and not b.endswith(_ELLIPSIS) and len(b) > len(a.rstrip(".… "))



#: two times of day joined as a range: "с 8:00 до 14:00", "8:00–14:00", "from 8:00 to 14:00", "từ 8:00 đến 14:00"
_TIME_RANGE = re.compile(r"(?<![\d:])\d{1,2}[:.]\d{2}\s*(?:[-–—]|до|по|to|until|till|đến|tới)\s*\d{1,2}[:.]\d{2}(?![\d:])",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def time_range(s: str, words: int = 6) -> bool:
    """True when the line holds a range of two times of day and ``words`` words or more: hours stated in the
    text, not a stamp."""
    return _TIME_RANGE.search(s) is not None and len(_WORD.findall(s)) >= words


#: dot leaders (three dots or more, or two ellipses and more) then a page number or range closing the line
_LEADER = re.compile(r"(?:\.{3,}|…{2,}|[.…]{3,})\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$")
_LEADER_ITEMS = 3  # leader lines a page holds at least: its contents list, not a stray line
CONTENTS = "structure.contents"


def leader_item(s: str) -> bool:
    """True when the line is an item of a printed table of contents: words, dot leaders and a page number."""
    if "..." not in s and "…" not in s:
        return False  # every leader holds three dots or an ellipsis (perf57: most lines are not searched)
    m = _LEADER.search(s)
    return m is not None and _WORD.search(s[:m.start()]) is not None


_LEAD_WORDS = re.compile(r"[^\W_]+")
#: a copy this long at most may be an item of a listing (a label, a name, a place): a paragraph is a copy
LISTING_ITEM_CHARS = 60


def _lead(s: str) -> tuple[str, ...]:
    """The first two words of a line, case folded, a number as "#"."""
    return tuple("#" if w.isdigit() else w.casefold() for w in _LEAD_WORDS.findall(s)[:2])


def other_listing(line_at: "Callable[[int], str | None]", j: int, i: int) -> bool:
    """The equal lines ``j`` < ``i`` (``dedupe.exact`` copies) are the same item of two listings of one pattern
    (held26, read after its blind run): on one side at least, the live lines next to them differ and open with the
    same two words, numbers aside: "(возрастная группа 5-8 лет)" under "в номинации «A»:" and under "в номинации
    «B»:", each over "1 место – <name>"; one name placed first in two categories, each over its own "2 место – …".
    A line a page prints twice has the same lines around it (or one holding the other: a pair of lines printed
    twice, the second time with more text glued on), lines of no common pattern, or another copy of itself next
    to it.  ``line_at(k)``: line ``k``'s text, None when it is removed or out of the page."""
    own = _words(line_at(i) or "")
    for d in (-1, 1):
        if j + d == i or i + d == j:
            continue  # adjacent copies: one line printed twice
        a, b = line_at(j + d), line_at(i + d)
        if a is None or b is None:
            continue
        wa, wb = _words(a), _words(b)
        if own in (wa, wb) or wa in wb or wb in wa:
            continue
        if len(_lead(a)) == 2 and _lead(a) == _lead(b):
            return True
    return False


def _words(s: str) -> str:
    return " ".join(_LEAD_WORDS.findall(line_folded(s)))


#: a printed contents list's label standing alone right above its first item
_CONTENTS_LABEL = re.compile(r"(?:содержание|оглавление|mục lục|contents|table of contents)(?: статьи| работы)?\s*:?",
                             re.IGNORECASE)
#: an item whose page number follows its title without leaders ("1.4 Цель, задачи … музея.11-12", t27ru59)
_NUMBERED_PAGE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S.*?[^\d\s-]\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$")
_GAP = 2  # lines between two leader items at most (a section's heading, a title wrapped over two lines)
_GAP_WORDS = 20  # ... each this many words at most


def contents_run(lines: list[str]) -> list[int]:
    """The lines of the page's printed table of contents (clut57): its leader items (:func:`leader_item`, three at
    least), the lines between two of them (at most :data:`_GAP`, short, no sentence stop at their end: a section's
    heading, a wrapped title), the numbered items right under the last one whose page number follows the title
    without leaders, and the contents label right above the first ("Содержание"); empty when the page has fewer
    than :data:`_LEADER_ITEMS` leader items."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    items = [i for i in nonblank if leader_item(lines[i])]
    if len(items) < _LEADER_ITEMS:
        return []
    pos = {i: k for k, i in enumerate(nonblank)}
    run = set(items)
    for a, b in zip(items, items[1:]):
        between = nonblank[pos[a] + 1:pos[b]]
        if len(between) <= _GAP and all(len(lines[k].split()) <= _GAP_WORDS and lines[k].rstrip()[-1:] not in ".!?…"
                                        for k in between):
            run.update(between)
    for k in nonblank[pos[items[-1]] + 1:pos[items[-1]] + 1 + _GAP]:
        if not _NUMBERED_PAGE.match(lines[k]):
            break
        run.add(k)
    first = pos[items[0]]
    if first and _CONTENTS_LABEL.fullmatch(lines[nonblank[first - 1]].strip()):
        run.add(nonblank[first - 1])
    return sorted(run)


class StructureLines:
    """The last line layer (:class:`~.marks.LineLayer`): a printed table of contents and its label go as clutter
    (``structure.contents``, clut57; round 27d took them back as the page's text, before the labels' Convention
    made a table of contents clutter: benchmarks/data/realpages/README.md, ``t27ru59``).  Lines another rule removed
    keep that rule's name."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        run = contents_run(lines)
        n = sum(leader_item(lines[i]) for i in run)
        for i in run:
            marks.removed.setdefault(i, (CONTENTS, f"a printed table of contents ({n} items with dot leaders and page "
                                                   f"numbers) and its label"))
