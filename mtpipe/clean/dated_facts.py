"""Lines of the text told apart by their dates or document codes (issue 12, cp36: held36's blind run lost them).

* :func:`other_date_or_code`: ``dedupe.near`` takes a line nearly equal to one a few lines above as its copy. Two
  lines that name other calendar dates ("Lưu ý: Văn phòng hành chính đóng cửa thứ Sáu, ngày 23 tháng 12 năm 2022."
  and "… thứ Hai, ngày 20 tháng 6 năm 2022."; "Thứ Hai, ngày 5 tháng 9 năm 2022" under "Thứ Hai, ngày 4 tháng 7 năm
  2022": a list of closures) or other document codes ("Căn cứ Thông tư số 02/2021/TT-BGDĐT …" and "… số
  03/2021/TT-BGDĐT …": an act's preamble) state two facts; a copy repeats its date and its code. Two notes in
  brackets (an act's edition notes) are metadata either way and left to the copy rules.
* :func:`calendar_line`: ``boilerplate.date_line`` takes a full date alone on its line as a post's stamp. A page that
  lists dates (a holiday calendar, a list of closures) prints three full dates or more alone on their lines, each
  later than the one before; a post's stamp stands once, and a list of other stories dates its items newest first.
  A full date of such a run, and a bare year over its dates ("2022" over "Thứ Bảy, ngày 1 tháng 1 năm 2022"), is
  the text's own.
* :func:`schedule_dates`: a schedule prints a date alone on its line over the items of that day ("26.08.2024" over
  "– с. Краснополье (15:00 – 17:00)": outage hours per village, h32ru10; "2. Thứ năm 23/11/2017:" over "* Tân Trụ:
  ấp …", h32vi08; "THỨ HAI (09/02/2026):" over "* SÁNG: …", h30vi11).  Its groups restart their dates (one list per
  district), so no run moves forward far enough for :func:`calendar_line`; a line classifier that never saw such a
  page scores each date 0.96-0.97 (round 48c, held32 left out).  Two such heads or more on a page are its
  schedule's date cells, the text's own; a post's stamp stands once, over its headline rather than a list item.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .templates import _HAS_DIGIT, _MONTHS

__all__ = ["calendar_line", "calendar_lines", "other_date_or_code", "dates_of", "schedule_dates"]

_MONTH_NO = {m: (k % 12) + 1 for k, m in enumerate(_MONTHS[:24])} | {
    m: k + 1 for k, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())} | {
    m: k + 1 for k, m in enumerate("january february march april may june july august september october november "
                                   "december".split())} | {"sept": 9}
_MONTH_ALT = "|".join(sorted(_MONTH_NO, key=len, reverse=True))
#: a calendar date: "ngày 17 tháng 1 năm 2022" / "19 tháng 6, 2022", "17.01.2022", "17 января 2022", "January 17, 2022"
_DATE = re.compile(r"(?<!\d)(?P<vd>\d{1,2})\s+tháng\s+(?P<vm>\d{1,2})(?:\s*,?\s*(?:năm\s+)?(?P<vy>\d{4}))?(?!\d)"
                   r"|(?<![\d.])(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4})(?!\d)"
                   r"|(?<!\d)(?P<rd>\d{1,2})\s+(?P<rm>" + _MONTH_ALT + r")(?![^\W\d_])(?:\s+(?P<ry>\d{4}))?(?!\d)"
                   r"|(?<![^\W\d_])(?P<em>" + _MONTH_ALT + r")\s+(?P<ed>\d{1,2})(?:\s*,\s*(?P<ey>\d{4}))?(?!\d)",
                   re.IGNORECASE)
#: a document's code: number, year and the issuing body's letters ("115/2020/NĐ-CP", "03/2021/TT-BGDĐT")
_CODE = re.compile(r"(?<![\w/])\d{1,5}/(?:19|20)\d\d/[^\W\d_]{1,10}(?:-[^\W\d_]{1,12})*")
_YEAR_ALONE = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
_RUN = 3
#: a list item: a dash or bullet opens the line ("– с. Воробьёвка …", "* Thủ Thừa: …")
_ITEM = re.compile(r"^\s*[–—\-•·*▪►]\s*\S")
_HEAD_MAX = 40  # a date cell: the date, maybe its weekday and number ("1. Thứ tư 22/11/2017:"), no more
_HEADS = 2
_MAX_STEP = 400  # the next date of a calendar comes within a year or so (in _ordinal's units, 372 a year)


def dates_of(s: str) -> list[tuple[int, int, int]]:
    """The calendar dates a line names, as (year or 0, month, day); a day or month out of range is none."""
    if _HAS_DIGIT.search(s) is None:
        return []  # every branch of _DATE holds a "\d" (its day): no scan of the month names without one (perf83)
    out = []
    for m in _DATE.finditer(s):
        g = m.groupdict()
        for p in ("v", "n", "r", "e"):
            if g[p + "d"] is None:
                continue
            month = g[p + "m"]
            month_no = int(month) if month.isdigit() else _MONTH_NO.get(month.casefold(), 0)
            day = int(g[p + "d"])
            if 1 <= month_no <= 12 and 1 <= day <= 31:
                out.append((int(g[p + "y"] or 0), month_no, day))
    return out


def other_date_or_code(first: str, later: str) -> bool:
    """True when both lines name calendar dates, or both name document codes, and those differ: two facts, no copy.
    A line wholly in brackets is an editor's note ("(в ред. Федерального закона от 29.12.2004 N 199-ФЗ)": an act's
    edition notes, metadata, train31), not a fact of the text: this guard leaves it to the copy rules."""
    if first.strip().startswith(("(", "[")) and later.strip().startswith(("(", "[")):
        return False
    da, db = dates_of(first), dates_of(later)
    if da and db and [d[1:] for d in da] != [d[1:] for d in db]:
        return True
    ca, cb = _CODE.findall(first), _CODE.findall(later)
    return bool(ca) and bool(cb) and [c.casefold() for c in ca] != [c.casefold() for c in cb]


def _full_date(s: str) -> "tuple[int, int, int] | None":
    """The one full date (with its year) a short line names, else None."""
    if len(s) > 60:
        return None
    got = dates_of(s)
    return got[0] if len(got) == 1 and got[0][0] else None


def _ordinal(d: tuple[int, int, int]) -> int:
    return d[0] * 372 + (d[1] - 1) * 31 + d[2]


@lru_cache(maxsize=32)
def _runs(lines: "tuple[str, ...]") -> "frozenset[int]":
    """The indexes of the full-date lines that run forward, three at least, and of bare years above their dates."""
    dated = [(k, d) for k, d in ((k, _full_date(s.strip())) for k, s in enumerate(lines)) if d is not None]
    keep: set[int] = set()
    run: list[tuple[int, tuple[int, int, int]]] = []
    for k, d in dated + [(-1, (0, 0, 0))]:
        if run and k >= 0 and 0 < _ordinal(d) - _ordinal(run[-1][1]) <= _MAX_STEP:
            run.append((k, d))
            continue
        if len(run) >= _RUN:
            keep.update(x for x, _ in run)
            years = {y for _, (y, _m, _d) in run}
            lo, hi = run[0][0], run[-1][0]
            for x in range(max(0, lo - 3), hi + 1):
                m = _YEAR_ALONE.match(lines[x])
                if m and int(m.group(1)) in years:
                    keep.add(x)
        run = [(k, d)]
    return frozenset(keep)


def calendar_line(lines: list[str], i: int) -> bool:
    """True when line ``i`` is a full date of a run of three or more, each later than the one before, or a bare year
    above dates of that run: the text's own calendar, no stamp."""
    if len(lines[i]) > 60:
        return False
    return i in _runs(tuple(s if len(s) <= 60 else "" for s in lines))


def calendar_lines(lines: list[str]) -> "frozenset[int]":
    """The indexes of every line :func:`calendar_line` holds (for ``classifier.line``: a year alone over its dates has
    no letters, and the model calls such a line clutter)."""
    return _runs(tuple(s if len(s) <= 60 else "" for s in lines))


@lru_cache(maxsize=32)
def _schedule(lines: "tuple[str, ...]") -> "frozenset[int]":
    heads = [k for k in range(len(lines) - 1)
             if len(lines[k].strip()) <= _HEAD_MAX and _full_date(lines[k].strip()) and not _ITEM.match(lines[k])
             and _ITEM.match(lines[k + 1])]
    return frozenset(heads) if len(heads) >= _HEADS else frozenset()


def schedule_dates(lines: list[str]) -> "frozenset[int]":
    """The indexes of a schedule's date cells: a full date alone on its line (up to ``_HEAD_MAX`` characters) straight
    over a list item, two or more such on the page (for ``classifier.judge``'s guarded lines, round 48c).  A date
    that is itself an item ("- Được đăng ngày 14 Tháng 1 2021" over "- Viết bởi …": a post's stamp over its byline,
    crawl8) heads nothing."""
    return _schedule(tuple(lines))
