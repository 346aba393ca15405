"""A fee table whose rows repeat the same price cells, printed one cell a line, is the article's text (issue 12, tab96).

A club's fee table flattened one cell a line (tkd-yar.ru, tab94's fresh page f09ru, read as tune by tab96) prints the
same two prices under every kind of family::

    2 ребёнка*
    3000 рублей/месяц
    (за каждого)
    4200 рублей/месяц
    (за каждого)
    Для многодетных семей*
    (при предоставлении подтверждающих документов)
    3000 рублей/месяц
    (за каждого)
    ...

Each row's cells stand again under the next row's label, so ``dedupe.exact`` takes the copies and
``captions.repeated_block`` takes the first ones as a header rendered twice: the whole grid of prices goes, the row
labels stay, alone.

What tells the grid from furniture is the rows' shape (:func:`fee_runs`): a *run* of repeated lines (each printed
twice or more on the page) that are all **price cells** (a figure with its money unit, :data:`.record_values._UNIT`,
with at most a per-unit after it: "3000 рублей/месяц", "300 000 đồng/tháng", "500 руб. в месяц") or **notes in
brackets** ("(за каждого)"), one price at least, right under a **row label** (a kept line with letters printed once on
the page), and two such runs or more that share a price, each at most :data:`_GAP` lines under the last.  A shop's
product cards repeat a price too, but with a button's words beside it ("В корзину", "Подробнее"): no run of prices
and brackets alone, and the run is followed by a line printed again (the card's button), which no grid row is.  Inside
each run every line a copy or shape rule removed (:data:`RELEASED`) is kept, with a
``kept`` ledger entry (rule ``guard.fee_rows``) naming the rule and the row label.

Dev evidence (every realpages part, tab96): lines printed twice or more on a page that are a price cell: 6 content
(held52's taxi fares, h52vi12, kept already: its runs are cells of a table found by ``structure.table``), 2 clutter
("S'abonner - 2 mois pour 1€", a subscription button's words: no price cell).  The rule takes back no dev line.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from .ledger import record
from .record_values import _NUM, _UNIT

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RELEASED", "price_cell", "fee_runs", "release_fee_rows"]

#: the copy and shape rules a fee grid's repeated cells fall to
RELEASED = frozenset({
    "dedupe.exact", "dedupe.near", "captions.repeated_block", "captions.repeated_label", "boilerplate.repeated_label",
    "boilerplate.between_removed", "boilerplate.short_run", "boilerplate.menu", "classifier.line"})
#: what may follow a price's unit: a per-unit ("/месяц", "/ tháng", " в месяц", " за час"), then a note in brackets
#: (the soft-break joiner joins "(за каждого)" to the price above it)
_PER = re.compile(r"(?:\s*/\s*[^\W\d_]+\.?|\s+(?:в|за|mỗi|một)\s+[^\W\d_]+\.?)?(?:\s*\([^()]{2,60}\))?\s*\|?\s*",
                  re.IGNORECASE)
_LEAD = re.compile(r"\s*(?:от|до|từ)?\s*", re.IGNORECASE)
_NOTE = re.compile(r"\s*\([^()]{2,80}\)\s*\|?\s*")
_NOTE_WORDS = 8
_SPACES = re.compile(r"\s+")
_MAX_RUN = 8  # lines in one row's run of cells at most
_GAP = 4  # non-blank lines from one run's end to the next run's label at most
_MIN_RUNS = 2


def price_cell(s: str) -> bool:
    """``s`` is a price alone: a figure, its money unit, at most a per-unit and a note in brackets after it
    ("3000 рублей/месяц", "3000 рублей/месяц (за каждого)")."""
    m = _NUM.match(s, _LEAD.match(s).end())
    if not m:
        return False
    u = _UNIT.match(s, m.end())
    return u is not None and _PER.fullmatch(s, u.end()) is not None


def _note(s: str) -> bool:
    return _NOTE.fullmatch(s) is not None and len(s.split()) <= _NOTE_WORDS


def _key(s: str) -> str:
    return _SPACES.sub(" ", s.strip()).casefold()


def fee_runs(lines: list[str], removed: "dict[int, str]") -> list[tuple[int, list[int]]]:
    """``(label, cells)``: each run of a fee grid's repeated price cells and bracketed notes (line numbers) with the
    row label over it; ``removed``: line -> rule.  Empty unless :data:`_MIN_RUNS` runs or more share a price and
    stand at most :data:`_GAP` lines apart."""
    idx = [i for i, s in enumerate(lines) if s.strip()]
    if len(list(islice((i for i in idx if price_cell(lines[i])), 2))) < 2:
        # a grid is two runs or more sharing a price (``_grid``): two price cells at least, in two runs (runs never
        # share a line); a page with fewer gives no grid, and its lines are not keyed (perf88: 2 of the 2,127 dev text
        # pages have two)
        return []
    keys = {i: _key(lines[i]) for i in idx}  # each line's key once (perf87)
    counts: dict[str, int] = {}
    for i in idx:
        counts[keys[i]] = counts.get(keys[i], 0) + 1
    runs: list[tuple[int, list[int]]] = []
    pos = 0
    while pos < len(idx):
        cells: list[int] = []
        k = pos
        while k < len(idx) and counts[keys[idx[k]]] >= 2 and len(cells) <= _MAX_RUN \
                and (price_cell(lines[idx[k]]) or _note(lines[idx[k]])):
            cells.append(idx[k])
            k += 1
        label = idx[pos - 1] if pos else -1
        after = keys[idx[k]] if k < len(idx) else ""
        once = label >= 0 and label not in removed and counts[keys[label]] == 1
        if cells and len(cells) <= _MAX_RUN and any(price_cell(lines[i]) for i in cells) and once \
                and any(c.isalpha() for c in lines[label]) and counts.get(after, 0) < 2:  # a card's button: no grid
            runs.append((label, cells))
        pos = k if cells else pos + 1
    return _grid(lines, idx, runs, keys)


def _grid(lines: list[str], idx: list[int], runs: list[tuple[int, list[int]]],
          keys: dict[int, str]) -> list[tuple[int, list[int]]]:
    """The runs that stand in a grid: chains of runs, each label at most :data:`_GAP` non-blank lines under the
    last run's end, :data:`_MIN_RUNS` or more sharing a price."""
    order = {i: n for n, i in enumerate(idx)}
    out: list[tuple[int, list[int]]] = []
    chain: list[tuple[int, list[int]]] = []
    for run in runs + [(-1, [])]:
        if chain and run[1] and order[run[0]] - order[chain[-1][1][-1]] <= _GAP:
            chain.append(run)
            continue
        prices = [{keys[i] for i in c if price_cell(lines[i])} for _, c in chain]
        shared = len(prices) >= _MIN_RUNS and any(sum(p in q for q in prices) >= 2 for p in set().union(*prices))
        if shared:
            out.extend(chain)
        chain = [run] if run[1] else []
    return out


def release_fee_rows(marks: "Marks") -> None:
    """Take back the copy and shape rules' removals of a fee grid's cells (:func:`fee_runs`), each with a ``kept``
    ledger entry; run after the line layers, before the held lines are written."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for label, cells in fee_runs(lines, {i: rule for i, (rule, _) in removed.items()}):
        for i in cells:
            if i not in removed or removed[i][0] not in RELEASED:
                continue
            rule, _ = removed[i]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, "guard.fee_rows", a, b, f"{rule} would remove it: a cell of a fee table whose rows "
                   f"repeat their prices, printed one cell a line (row {lines[label].strip()[:40]!r})", action="kept")
