"""A schedule printed one cell a line is the article's text, whatever the shape rules made of its cells (issue 12).

Two blind parts running (held31, held32) lost most of their content on pages whose article *is* a timetable: a
week's opening hours, a power company's list of outages by day and village, a council's week of engagements, a
kindergarten's week of menus.  Flattened one cell a line, such a table is all short lines: each day a bare date or
weekday (``boilerplate.date_line``, ``signoff.date``: a post's stamp), its rows repeated from day to day
(``dedupe.exact``, ``captions.repeated_block``: a header printed twice), its cells a run of short lines
(``boilerplate.menu``, ``classifier.line``, ``boilerplate.between_removed``).  Guarding each rule in turn only hands
the line to the next (read after held32's blind measure).

What tells the schedule from furniture is the days: a page's bare dates or weekdays running forward, three at least
(:func:`.body_dates.date_series`: "26.08.2024", "27.08.2024", "28.08.2024"; "THỨ 2" … "THỨ 7"; "Thứ hai" / "21/5",
"Thứ ba" / "22/5").  A post's stamp stands once; a list of other stories dates its items newest first.  The block runs
from the line over the first day (its heading or label: "р. Воробьёвский:", "BỮA") to the last day's rows: the short
lines after it (fifteen words at most) until a long line, or a line that a rule outside the shape rules removed
(a share bar, a footer's notice: page furniture again).  Inside the block every line the shape rules
(:data:`RELEASED`) removed is kept, with a ``kept`` ledger entry (rule ``guard.schedule``) naming the rule that would
have removed it and the days that make the block; a rule with other evidence (a template seen in many documents, a
site's named chrome, spam) still removes its line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .body_dates import _day_key, date_series
from .fee_figures import release_fee_figures
from .fee_rows import release_fee_rows
from .ledger import record
from .list_guards import extra_days
from .parallel_rows import release_rows
from .schedule_heads import EXTRA as HEAD_EXTRA, release_shared_heads
from .table_headers import release_table_headers
from .time_lists import departures
from .wrapped_heads import release_wrapped_heads

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RELEASED", "schedule_blocks", "release_schedules"]

#: the rules that judge a line by its shape or its copies alone: the ones a schedule's cells fall to
RELEASED = frozenset({
    "boilerplate.number_line", "boilerplate.counter_line",  # boilerplate.date_line's lines with no date (meta76)
    "boilerplate.date_line", "signoff.date", "boilerplate.menu", "captions.repeated_block", "dedupe.exact",
    "dedupe.near", "dedupe.covered", "dedupe.contained", "classifier.line", "boilerplate.between_removed",
    "boilerplate.field_label", "boilerplate.dateline", "boilerplate.region", "boilerplate.short_run",
    "boilerplate.field_run", "boilerplate.tag_list", "boilerplate.tags", "boilerplate.menu_gap",
    "boilerplate.labelled_link", "boilerplate.repeated_label"})
_ROW_WORDS = 15
_ABOVE = 2
_MIN_ROWS = 3  # a timetable's rows of clock times (:func:`.time_lists.departures`) that make a block
_GAP = 4  # lines from one row to the next at most (a route's name between, blank lines around it)


def schedule_blocks(lines: list[str], removed_by: "dict[int, str]") -> list[tuple[int, int, int]]:
    """``(first, last, days)`` line ranges (inclusive) of the page's schedules; ``removed_by``: line -> rule.  A block
    stands on three bare days or more, or on three rows of clock times or more (:func:`.time_lists.departures`, cp55)
    at most :data:`_GAP` lines apart (a route's name between them): ``days`` counts them."""
    days = sorted({i for i, s in enumerate(lines) if _day_key(s) is not None and date_series(lines, i)}
                  | set(extra_days(lines)))  # days with their calendar word, day numbers, numbered rows (cp43)
    rows = [i for i in range(len(lines)) if departures(lines, i)]
    out = [_block(lines, removed_by, run[0], run[-1], len(run), below=False) for run in _runs(rows)
           if len(run) >= _MIN_ROWS]  # a row's wrapped tail is a row: the block ends with the last
    if len(days) < 3:
        return out
    return [_block(lines, removed_by, days[0], days[-1], len(days))] + out


def _runs(rows: list[int]) -> list[list[int]]:
    """``rows`` (line numbers, ascending) cut where :data:`_GAP` lines or more stand between two of them."""
    out: list[list[int]] = []
    for i in rows:
        if out and i - out[-1][-1] <= _GAP:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _block(lines: list[str], removed_by: "dict[int, str]", first: int, last: int, n: int,
           below: bool = True) -> tuple[int, int, int]:
    """The block from line ``first`` to ``last``: the heading or header cells right above it (:data:`_ABOVE` lines at
    most, short and kept or removed by a shape rule) and, ``below``, the short lines under it down to a long line or a
    line a rule outside the shape rules removed (the last day's rows)."""
    for _ in range(_ABOVE):  # the day's heading or the table's first header cell, right above it
        k = first - 1
        if k < 0 or len(lines[k].split()) > _ROW_WORDS or removed_by.get(k, "boilerplate.date_line") not in RELEASED:
            break
        first = k
    end = last
    for k in range(last + 1, len(lines) if below else last + 1):
        if len(lines[k].split()) > _ROW_WORDS or (k in removed_by and removed_by[k] not in RELEASED):
            break
        end = k
    return first, end, n


def release_schedules(marks: "Marks") -> None:
    """Take back the shape rules' removals inside a schedule's block (:func:`schedule_blocks`), each with a
    ``kept`` ledger entry; run after the line layers, before the held lines are written.  A line without a letter or
    a digit (a cell rule "|" between a museum's tour times, train27ru) is no cell: it stays removed (cp55)."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    # the blocks take back removals by RELEASED alone, their shared heads by it or by that module's EXTRA (perf91)
    blocks = schedule_blocks(lines, {i: rule for i, (rule, _) in removed.items()}) if any(
        r in RELEASED or r in HEAD_EXTRA for r, _ in removed.values()) else []
    held = getattr(removed, "held", {})
    for first, last, n in blocks:
        span = f"{lines[first].strip()[:30]!r} … {lines[last].strip()[:30]!r}"
        for i in range(first, last + 1):
            if i not in removed or removed[i][0] not in RELEASED or not any(ch.isalnum() for ch in lines[i]):
                continue
            rule, _ = removed[i]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, "guard.schedule", a, b, f"{rule} would remove it: a cell of a schedule printed one cell "
                   f"a line ({n} bare dates or weekdays running forward, or rows of clock times; lines {span})",
                   action="kept")
    release_shared_heads(marks, blocks, RELEASED)  # two timetables' shared title lines (:mod:`.schedule_heads`, tab96)
    release_rows(marks, RELEASED | {"boilerplate.tail_names", "boilerplate.teaser_tail"})  # parallel rows (cp71)
    release_fee_rows(marks)  # a fee grid whose rows repeat their prices (:mod:`.fee_rows`, tab96)
    release_fee_figures(marks, RELEASED)  # a fee table's bare figures under a money header (:mod:`.fee_figures`)
    release_table_headers(marks)  # a header row printed over each table of numbered rows (:mod:`.table_headers`)
    release_wrapped_heads(marks, RELEASED)  # a header row a cell a line, cells wrapped (:mod:`.wrapped_heads`, tab98)
