"""A schedule's skeleton: date, time or weekday lines in a run of parallel rows, each over its items (issue 12).

Running each former blind part held31..held42 on its session's start code (cp69, ``benchmarks/notes/cp69.md``), 75
of the 132 content lines lost on first sight went to ``boilerplate.date_line`` and 4 more to ``signoff.date``:
timetables, calendars, a TV guide, weekly menus and schedules whose rows are a date, a time or a weekday alone on its
line with the row's items under it.  Each was fixed on its form after the blind read (:mod:`.schedules`: three bare
days running forward; :mod:`.date_runs`, :mod:`.day_headings`, :mod:`.cell_columns`); the next unseen form ("Thứ Bảy"
/ "Chủ nhật" over a weekend's menu, "Thứ Hai, 10/3" over each day's dishes, "7:30 - 8:00" over each session of a
programme) was lost again, and its items with it (``short_run``, ``tail_names``, ``teaser_tail``, ``classifier.line``
between the removed heads).

The evidence here is the page's structure, not its words: a *run of parallel rows*, each a head line of one shape
(:func:`head_key`: a weekday alone, a weekday with its date, a bare or written date, a clock time or a range of two, a
time with its item after it) followed by item lines with letters in them (one at least, :data:`_GAP` lines at most;
under a weekday any lines: its hours) before the next head of the same shape,
the heads' values running forward (a timetable's times, a week's days, a calendar's dates; a list of other stories
dates its items newest first).  Three heads at least, two when they are weekdays one after the other (a weekend's
menu).  A post's stamp, an "updated" line, a date at the foot of the text stands alone: no run; a date right under a
byline another rule removed is a post's stamp on a category page; a time with "am"/"pm" or a year after it is a
comment's stamp.  Inside a run's block
(its first head to the last head's items) every line a shape rule removed (:data:`.schedules.RELEASED`, and the
page-end and teaser runs that take a schedule's last rows with its heads) is kept with a ``kept`` ledger entry (rule
``guard.parallel_rows``) naming the rule and the heads; a rule with other evidence (a template, a site's named chrome,
a related-stories list, spam) still removes its line.

Measured (cp71): every dev part (held43 left out) the same, CR 0.8498 and CP 0.9994 before and after (the dev forms
are held by the earlier guards), seeds unchanged; held31..held42 each at its start code with this module grafted on
before ``write_held``: 51 of the 132 lines lost saved (held31 23, held32 15, held36 13), no clutter or metadata line
kept.  held31, held32 and held36 were read while the shapes were chosen (the first cut, weekday / date / time heads
each over letter items, saved 4 of held32's and none of held31's).
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from .body_dates import _WEEKDAY, _day_key
from .ledger import record
from .words import line_folded

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["head_key", "row_blocks", "release_rows"]

RULE = "guard.parallel_rows"
_MAX_HEAD = 40  # characters of a head line at most
_GAP = 8  # lines under one head at most (a day's villages, a day's session times)
_ITEM_WORDS = 15  # words of an item line after the last head at most (its rows end at a paragraph)
_MIN_HEADS = 3
_MAX_INLINE = 80  # characters of a time with its item at most
_INLINE = re.compile(r"(\d{1,2})[:h](\d{2})\s+(?![ap]\.?m\b)(?=[^\W\d_])(?!.*\b(?:19|20)\d\d\b)")  # no stamp's
# am/pm, no year: "4:18 pm August 19, 2011" over a comment is its stamp
_TIME = re.compile(r"(\d{1,2})[:h.](\d{2})(?:\s*[-–—]\s*(\d{1,2})[:h.](\d{2}))?")
_DATE = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{1,2})(?:\s*[./-]\s*(?:\d{4}|\d{2}))?")
_NAMES = sorted(_WEEKDAY, key=len, reverse=True)
_FIRST = frozenset(w[0] for w in _WEEKDAY)
_MONTH = {w: k for k, names in enumerate((
    ("января", "январь", "january", "jan"), ("февраля", "февраль", "february", "feb"),
    ("марта", "март", "march", "mar"),
    ("апреля", "апрель", "april", "apr"), ("мая", "май", "may"), ("июня", "июнь", "june", "jun"),
    ("июля", "июль", "july", "jul"), ("августа", "август", "august", "aug"),
    ("сентября", "сентябрь", "september", "sep", "sept"), ("октября", "октябрь", "october", "oct"),
    ("ноября", "ноябрь", "november", "nov"), ("декабря", "декабрь", "december", "dec"))) for w in names}
_M = "|".join(sorted(_MONTH, key=len, reverse=True))
_WRITTEN = (  # a date in words: (pattern, groups of day, month, year); "ngày 1 tháng 1 năm 2022", "17 января 2022 г."
    (re.compile(r"ngày (\d{1,2}) tháng (\d{1,2})(?:(?: năm|,) (\d{4}))?"), 1, 2, 3),
    (re.compile(r"(\d{1,2}) (" + _M + r")\.?(?:,? (\d{4})(?: г(?:ода|\.)?)?)?"), 1, 2, 3),
    (re.compile(r"(" + _M + r")\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?"), 2, 1, 3))
_BEFORE = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335)


def _weekday(t: str) -> "tuple[int, str] | None":
    """(weekday, the rest) when ``t`` (case-folded) opens with a weekday's name as a whole word."""
    for w in _NAMES:
        if t.startswith(w) and (len(t) == len(w) or not t[len(w)].isalnum()):
            return _WEEKDAY[w], t[len(w):].strip(" ,.:;-–—()")
    return None


def head_key(s: str) -> "tuple[str, int] | None":
    """``(shape, value)`` of a row's head line: ``("w", weekday)`` a weekday alone, ``("wd", day)`` a weekday with
    its day and month, ``("d", day)`` a bare date, ``("t", minutes)`` / ``("tr", minutes)`` a clock time or a range of
    two, ``("ti", minutes)`` a clock time with the row's item after it on the line ("09:05 Tin quốc tế"); None for any
    other line.  ``day`` orders dates within a year (and across years when given)."""
    t = line_folded(s.strip().strip(" .,:;()[]"))
    if not t or not (t[0].isdigit() or t[0] in _FIRST or any(ch.isdigit() for ch in t[:_MAX_HEAD])):
        return None  # no digit and no weekday's first letter: no head (most lines of a page)
    if len(t) > _MAX_HEAD:
        m = _INLINE.match(t)
        return ("ti", int(m.group(1)) * 60 + int(m.group(2))) if m and len(t) <= _MAX_INLINE else None
    wd = _weekday(t)
    if wd is not None:
        if not wd[1]:
            return "w", wd[0]
        m = _DATE.fullmatch(wd[1])
        k = _day_key(m.group(0)) if m else _written(wd[1])
        return ("wd", k[1]) if k else None
    k = _day_key(t) or _written(t)
    if k is not None:
        return k
    m = _TIME.fullmatch(t)
    if m is not None and int(m.group(1)) <= 23 and int(m.group(2)) <= 59:
        return ("tr" if m.group(3) else "t"), int(m.group(1)) * 60 + int(m.group(2))
    m = _INLINE.match(t)
    return ("ti", int(m.group(1)) * 60 + int(m.group(2))) if m else None


def _written(t: str) -> "tuple[str, int] | None":
    """``("d", day)`` of a date in words alone (case-folded ``t``), else None."""
    for rx, d, mo, y in _WRITTEN:
        m = rx.fullmatch(t)
        if m is None:
            continue
        day, month = int(m.group(d)), m.group(mo)
        month = _MONTH[month] if month in _MONTH else int(month) - 1
        if 0 <= month <= 11 and 1 <= day <= 31:
            return "d", int(m.group(y) or 0) * 366 + _BEFORE[month] + day
    return None


def _item(s: str, k: "tuple[str, int] | None") -> bool:
    """A row's item: a line ``s`` with letters that is no bare head (``k``: its :func:`head_key`; a time with its
    item is one)."""
    return (k is None or k[0] == "ti") and any(ch.isalpha() for ch in s)


def row_blocks(lines: list[str], bad: "Container[int]" = ()) -> list[tuple[int, int, int]]:
    """``(first, last, heads)`` line ranges (inclusive) of the page's runs of parallel rows: heads of one shape
    (:func:`head_key`) one to :data:`_GAP` lines apart with an item among the lines between (under a weekday, any
    line: its times; a time with its item holds it), values running forward; the block ends with the last head's
    items (as many lines as the widest row above holds, none longer than the longest item above).  A head right
    under a line in ``bad`` (removed by a rule with other evidence: a byline, a credit) is a post's stamp, no row's."""
    keys = [head_key(s) if len(s) <= _MAX_INLINE + 10 else None for s in lines]
    keyed = [(i, k) for i, k in enumerate(keys) if k is not None and _above(lines, i) not in bad]
    out: list[tuple[int, int, int]] = []
    for shape in sorted({k[0] for _, k in keyed}):
        heads = [(i, k[1]) for i, k in keyed if k[0] == shape]
        run = heads[:1]
        widest = longest = 0
        for i, value in heads[1:] + [(len(lines), -1)]:
            j, prev = run[-1]
            between = [k for k in range(j + 1, i) if lines[k].strip()]
            items = [k for k in between if _item(lines[k], keys[k])]
            if 0 < len(between) <= _GAP and value > prev and (items or shape == "w") or \
                    (shape == "ti" and len(between) <= _GAP and value > prev):
                run.append((i, value))
                widest = max(widest, len(between))
                longest = max([longest] + [len(lines[k].split()) for k in items])
                continue
            out.extend(_close(lines, keys, shape, run, widest, max(longest, _ITEM_WORDS)))
            run, widest, longest = [(i, value)], 0, 0
    return sorted(out)


def _above(lines: list[str], i: int) -> int:
    """The nearest non-blank line above ``i`` (-1 for none)."""
    return next((k for k in range(i - 1, -1, -1) if lines[k].strip()), -1)


def _close(lines: list[str], keys: "list[tuple[str, int] | None]", shape: str, run: "list[tuple[int, int]]",
           widest: int, longest: int) -> list[tuple[int, int, int]]:
    """The block of ``run`` when it is one (enough heads, the last with its items), else nothing."""
    if len(run) < _MIN_HEADS and not (len(run) == 2 and shape == "w" and run[1][1] - run[0][1] == 1):
        return []
    end, seen = run[-1][0], 0
    for k in range(end + 1, len(lines)):
        s = lines[k]
        if not s.strip():
            continue
        key = keys[k]
        if seen >= max(widest, 1) or len(s.split()) > longest or (key is not None and key[0] == shape) \
                or not (_item(s, key) or shape == "w" and key is not None):
            break
        end, seen = k, seen + 1
    if seen == 0 and shape != "ti":
        return []  # the last head over no item: a list of dates, no rows
    return [(run[0][0], end, len(run))]


def release_rows(marks: "Marks", released: "frozenset[str]") -> None:
    """Take back the ``released`` rules' removals inside a run of parallel rows (:func:`row_blocks`), each with a
    ``kept`` ledger entry; run with the schedule take-back (:func:`.schedules.release_schedules`)."""
    removed = marks.removed
    if not any(r in released for r, _ in removed.values()):
        return  # only such removals are taken back (perf91)
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    bad = {i for i, (rule, _) in removed.items() if rule not in released}
    for first, last, n in row_blocks(lines, bad):
        span = f"{lines[first].strip()[:30]!r} … {lines[last].strip()[:30]!r}"
        for i in range(first, last + 1):
            if i not in removed or removed[i][0] not in released:
                continue
            rule = removed[i][0]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, RULE, a, b, f"{rule} would remove it: a row of a schedule ({n} date, time or weekday "
                   f"heads of one shape running forward, each over its items; lines {span})", action="kept")
