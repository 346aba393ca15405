"""Items of lists and cells of tables that repeat are no copies (issue 12, content precision; dup79, held46 read after
its blind run).

The duplicate layer (:mod:`.dedupe`) keeps the first of two equal or nearly equal lines.  Three shapes of a page's
own content repeat a line, or nearly, and are no line printed twice:

* a series (:func:`series_items`): three consecutive lines or more with the same words and other numbers, each its
  own item ("2016/17 учебный год (Москва)" ⏎ "2017/18 учебный год (Москва)" ⏎ …: the years of an archive of
  tasks, the editions of a contest, the grades of a school).  ``dedupe.near`` took every item whose figures differ
  by a character or two for a copy of the first; a year among the numbers barred :func:`.dedupe._other_numbers`
  (a date stamp repeated over each teaser).  A teaser's stamp never stands in a run of consecutive stamps: a title
  stands between them;
* a list under another heading (:func:`other_heading`): the same short items in the same order under two headings
  of one pattern ("Разбор заданий школьного этапа" and "Разбор заданий муниципального этапа", each over the same
  six school years; "Kết quả vòng loại khối 5" and "Kết quả vòng chung kết"): the list of another stage, section or
  year.  A menu block printed
  twice has the same heading over it, or one of no common pattern; two blocks printed back to back have none;
* a table's cell (:func:`table_cells`): two cells closed by ``|`` (the crawler's column separator) whose lines
  around differ (three pairs of the four nearest): a category, a responsible person or a place repeated in another
  row of a schedule ("Все группы пользователей |"), or under its column's header cell ("Группы пользователей |").
  A block printed twice has the same lines on one side of each copy at least; a pair of cells printed twice, text
  around it (three of the four nearest lines cells, each side).

The shapes are read from the lines' words, numbers and places, never their wording.
"""

from __future__ import annotations

import re
from typing import Callable

from .lines import dedupe_key
from .tables_labels import block_line

__all__ = ["series_items", "other_heading", "table_cells", "near_items", "equal_items"]

_NUMS = re.compile(r"\d+")
_WORDS = re.compile(r"[^\W\d_]+")
_LEAD = re.compile(r"[^\W_]+")
_MARKS = " .)]»\"'"
_ITEM_CHARS = 120  # an item of a series: a line this long at most (a paragraph is no item)
_MIN_SERIES = 3  # items of a series at least
_LIST_ITEM_CHARS = 60  # an item of a list under a heading: this long at most (a label, a year, a name)
_HEAD_CHARS = 100  # a list's heading: this long at most
_MIN_ITEMS = 2  # items of a list under two headings at least
_CELL_CHARS = 60  # a table's cell closed by "|": this long at most
_ROW_SIDE = 2  # lines compared on each side of two cells
_ROW_DIFFER = 3  # of the four: cells at least, and pairs that differ at least

TextAt = Callable[[int], str]


def _siblings(a: str, b: str) -> bool:
    """``a`` and ``b`` have the same words (a word at least), as many numbers, and other numbers; no counter at the
    end ("Рекламный баннер 300x600px left-2" under "… left-1": a widget's or an image's counter)."""
    na, nb = _NUMS.findall(a), _NUMS.findall(b)
    if not na or len(na) != len(nb) or na == nb or len(a) > _ITEM_CHARS or len(b) > _ITEM_CHARS:
        return False
    wa = _WORDS.findall(a.casefold())
    if not wa or wa != _WORDS.findall(b.casefold()):
        return False
    return not (a.rstrip(_MARKS)[-1:].isdigit() and na[-1] != nb[-1])


def series_items(text_at: TextAt, j: int, i: int, n: int) -> bool:
    """The near copies ``j`` < ``i`` stand in one run of consecutive lines, each the one above with other numbers
    (:func:`_siblings`), three lines at least: the items of a series, none a copy."""
    if not all(_siblings(text_at(k), text_at(k + 1)) for k in range(j, i)):
        return False
    first, last = j, i
    while first > 0 and _siblings(text_at(first - 1), text_at(first)):
        first -= 1
    while last + 1 < n and last - first + 1 < _MIN_SERIES and _siblings(text_at(last), text_at(last + 1)):
        last += 1
    return last - first + 1 >= _MIN_SERIES


def _lead(s: str) -> tuple[str, ...]:
    """The first two words of a line, case folded, a number as "#"."""
    return tuple("#" if w.isdigit() else w.casefold() for w in _LEAD.findall(s)[:2])


def _parallel(a: str, b: str) -> bool:
    """Two headings of one pattern: short, opening with the same two words (no number among them) and other words
    after them, neither holding the other's words ("Разбор заданий школьного этапа" / "… муниципального этапа").  A
    record's fields over each record differ in their numbers alone ("12 ингредиентов" / "8 ингредиентов", a date
    stamp over each comment); a menu's item and a longer one ("All In" / "All In with Chris Hayes") hold each other."""
    if len(a) > _HEAD_CHARS or len(b) > _HEAD_CHARS:
        return False
    wa, wb = _WORDS.findall(a.casefold()), _WORDS.findall(b.casefold())
    lead = _lead(a)
    if len(lead) < 2 or "#" in lead or lead != _lead(b) or wa == wb:
        return False
    return " ".join(wa) not in " ".join(wb) and " ".join(wb) not in " ".join(wa)


def other_heading(text_at: TextAt, j: int, i: int, n: int) -> bool:
    """The equal short lines ``j`` < ``i`` are the same item of one list printed under two headings: going up from
    both, the lines are equal pairs (the items above it, in the same order) up to a pair that differs, two headings
    of one pattern (:func:`_parallel`); the second list starts below the first copy and holds two items at least
    (the items below counted, up to the page's ``n`` lines: a lone line under two headings is
    :func:`.structure.other_listing`'s)."""
    t = 1
    while j - t >= 0 and i - t > j:
        a, b = text_at(j - t), text_at(i - t)
        if dedupe_key(a) != dedupe_key(b):
            break
        if len(a.strip()) > _LIST_ITEM_CHARS:
            return False
        t += 1
    else:
        return False
    if not _parallel(a, b):
        return False
    down = 1
    while j + down < i - t and i + down < n and dedupe_key(text_at(j + down)) == dedupe_key(text_at(i + down)) \
            and len(text_at(j + down).strip()) <= _LIST_ITEM_CHARS:
        down += 1
    return t - 1 + down >= _MIN_ITEMS


def _cell(s: str) -> bool:
    s = s.strip()
    return s.endswith("|") and 1 < len(s) <= _CELL_CHARS and bool(_WORDS.search(s))


def _around(text_at: TextAt, k: int, d: int, n: int) -> list[str]:
    """The two nearest lines from ``k`` in direction ``d`` holding a letter or digit (a bare "|" skipped); ``""``
    past the page's edge."""
    out: list[str] = []
    k += d
    while 0 <= k < n and len(out) < _ROW_SIDE:
        if dedupe_key(text_at(k)):
            out.append(text_at(k))
        k += d
    return out + [""] * (_ROW_SIDE - len(out))


def table_cells(text_at: TextAt, j: int, i: int, n: int) -> bool:
    """The copies ``j`` < ``i`` are short cells closed by ``|`` among cells (three of the two nearest lines above
    and the two below each are cells, :func:`.tables_labels.block_line`, or the page's edge: a table ending the page)
    and, of those lines, three pairs differ or more: one value in two rows of a table (its other cells differ; the
    next cell may be the same: one person responsible for both rows), or under its column's header cell.  A block
    printed twice has the same lines on one side of each copy at least (an item inside it: on both sides), and a
    pair of cells printed twice has text around it."""
    if not (_cell(text_at(j)) and _cell(text_at(i))):
        return False
    around = [_around(text_at, k, -1, n) + _around(text_at, k, 1, n) for k in (j, i)]
    if any(sum(x == "" or block_line(x) == "c" for x in side) < _ROW_DIFFER for side in around):
        return False
    return sum(dedupe_key(x) != dedupe_key(y) for x, y in zip(*around)) >= _ROW_DIFFER


def _text_at(text: str, spans: list[tuple[int, int]]) -> TextAt:
    return lambda k: text[spans[k][0]:spans[k][1]]


def near_items(text: str, spans: list[tuple[int, int]], j: int, i: int) -> bool:
    """The near copies ``j`` < ``i`` (lines ``spans`` of ``text``) are items of a series or cells of a table."""
    text_at = _text_at(text, spans)
    return series_items(text_at, j, i, len(spans)) or table_cells(text_at, j, i, len(spans))


def equal_items(text: str, spans: list[tuple[int, int]], j: int, i: int) -> bool:
    """The equal lines ``j`` < ``i`` are the same item of a list under two headings or cells of a table."""
    text_at = _text_at(text, spans)
    return other_heading(text_at, j, i, len(spans)) or table_cells(text_at, j, i, len(spans))
