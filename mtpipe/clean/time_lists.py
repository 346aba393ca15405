"""A timetable's row of clock times is the text's own, not a post's stamp (issue 12, cp55; held38).

``boilerplate.date_line`` takes a line of dates, times and calendar words alone as the post's stamp ("25 октября
2019 - 17:28", "17:00, 03.10.2025").  A bus route's departures printed a row a line under the route's name are such
lines too: "06:10, 07:40, 09:25, 17:40", "06:45, 09:45, в субботу — 13:30, в воскресенье —" wrapped before its last
time ("17:30"), held38's whole timetable (h38ru10).  What tells the row from a stamp is its list: two clock times or
more set apart by commas or semicolons ("8:40; 9:30; 10:20", held36's prices by session) or by spaces alone (a
timetable's columns, "6:05 6:10 6:35 6:40" under "Прибытие Отправл."), words between them (weekdays, "Время
заезда: 14:00; расчетный час: 12:00", train27ru), and no other number (a stamp dates its time: "17:00, 03.10.2025")
nor a stamp's word ("обновлено", "views", "cập nhật": "Опубликовано 10:15, обновлено 12:30" is a post's two stamps).
:func:`time_row` says a line is such a row; :func:`row_wraps` says a lone time (or two) under a row that runs on past
its last time is its wrapped tail (the row ends with a word or a dash, "в воскресенье —" / "17:30"): :mod:`.softbreak`
joins the two.  :func:`departures` (a row or a tail) is what :mod:`.schedules` builds a timetable's block on: three
rows or more, a route's name between them, make it (one or two rows, a post's hours, make none).

A timetable printed with a hyphen for the colon ("6-05 6-10 6-35 6-40": a town bus's route, tab94's fresh page f10ru,
21 rows lost to ``date_line`` as dates) is such a row too, but only as three times or more and nothing else on the
line (:func:`hyphen_row`, tab95): two hyphened figures are as often a range ("с 8-30 до 11-30", "13-18 g/dl", "5-6
классов": the 14 dev lines with two or more of them are all prose, none a times-only line), and no dev line holds
three alone, content or clutter.
"""

from __future__ import annotations

import re

__all__ = ["time_row", "hyphen_row", "row_wraps", "departures"]

#: a clock time "06:10", "9:30" (not part of a longer number or a date: "10:15:30" is a stamp's seconds)
_CLOCK = re.compile(r"(?<![\d:./])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:./])")
#: a clock time closed by a comma or a semicolon (words may follow: "09:45, в субботу — 13:30"), or by a space
#: before the next time (a row of columns: "06:05 06:10 06:35 06:40")
_LISTED = re.compile(r"(?<![\d:./])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[,;]|\s+\d{1,2}:[0-5]\d(?![\d:./]))")
#: the words a post's stamp holds and a timetable's row does not (read, updated, ago, views, comments)
_STAMP_WORDS = frozenset("""обновлено опубликовано изменено просмотров просмотры просмотр комментарий комментария
    комментариев назад updated published posted views view comments comment ago cập nhật đăng lúc xem lượt trước
    gmt utc msk мск""".split())
_WORD = re.compile(r"[^\W\d_]+")
#: a row of three clock times or more written "H-MM" (a hyphen or an en dash for the colon), spaces alone between
_HYPHEN_TIME = r"(?:[01]?\d|2[0-3])[-–][0-5]\d"
_HYPHEN_ROW = re.compile(rf"{_HYPHEN_TIME}(?:\s+{_HYPHEN_TIME}){{2,}}")


def time_row(s: str) -> bool:
    """True when ``s`` lists two clock times or more, set apart by commas, semicolons or spaces, with no other digit
    and no stamp's word (:data:`_STAMP_WORDS`): a timetable's row of departures, not a post's stamp."""
    if ":" not in s:
        return hyphen_row(s)
    if len(_CLOCK.findall(s)) < 2 or not _LISTED.search(s):  # (a clock time holds ":", perf57)
        return False
    rest = _CLOCK.sub(" ", s)
    return not any(ch.isdigit() for ch in rest) and not any(w in _STAMP_WORDS for w in _WORD.findall(rest.casefold()))


def hyphen_row(s: str) -> bool:
    """True when ``s`` is three clock times or more written "H-MM" ("6-05 6-10 6-35 6-40") and nothing else."""
    return ("-" in s or "–" in s) and _HYPHEN_ROW.fullmatch(s.strip()) is not None


def _times_only(s: str) -> bool:
    if ":" not in s:
        return False  # no clock time: _CLOCK leaves the line as it is (perf57)
    rest = _CLOCK.sub(" ", s)
    return rest != s and not any(ch.isalnum() for ch in rest)


def row_wraps(cur: str, nxt: str) -> bool:
    """True when ``nxt``, clock times alone, is the wrapped tail of ``cur``, a timetable's row (:func:`time_row`) that
    runs on past its last time (it ends with a word, a dash or a comma, not a time nor a stop): "06:45, 09:45, в
    субботу — 13:30, в воскресенье —" / "17:30" is one row (:mod:`.softbreak` joins them)."""
    cur = cur.strip()
    return _times_only(nxt) and time_row(cur) and not cur[-1].isdigit() and cur[-1] not in ".!?…)"


def departures(lines: list[str], i: int) -> bool:
    """True when line ``i`` is a timetable's row (:func:`time_row`) or the wrapped tail of the row above it (the
    nearest line with text, :func:`row_wraps`)."""
    if time_row(lines[i]):
        return True
    if ":" not in lines[i]:
        return False  # no clock time: no wrapped tail (:func:`row_wraps` asks :func:`_times_only` first; perf91)
    above = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
    return row_wraps(above, lines[i])
