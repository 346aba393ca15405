"""A line inside a quotation that runs across lines is a part of the speech, no copy (issue 12, cp64).

``dedupe.exact`` and ``dedupe.contained`` remove a line that an earlier one prints already (a lead again in the
body, a caption printed twice).  A speech quoted over several lines, a sentence a line, may say again what the
narration said, or a quote the lead gave: "Еще в аэропорту … Джаггер сказал, что «что-то явно произошло …" ⏎
"Время способно изменить что угодно." ⏎ "Мы очень рады, … концерт»." (probe58's dev ``ru-99855``, the middle line
printed once before as the author's own words) or '"Я выразила недоверие … не буду.' ⏎ 'Он написал заявление …",
— прокомментировала …' (``ru-1177``, the lead quoting the first sentence alone); both lost with probe58's
``--layout sent``.  Removed, the line tears the quotation: the speaker's words go, its marks no longer pair.

The class: the quotation is open over the line, opened by a mark hugging a word ("«что", '"Я', "“Chúng") on the
line before or on the line itself, left unclosed there, and closed by a mark hugging a word ("концерт»", 'работает"')
on the line itself or the line after, which opens none first.  A pager's "« Previous" / title / "Next »" has marks
standing free, no quotation.  Over every dev part of realpages no line that a duplicate rule removes has the shape
(18 content lines have it and 4 clutter lines, a pull-quote widget, all kept already).
"""

from __future__ import annotations

import re

__all__ = ["inside_quotation"]

_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))[«“„\"](?=\w)")  # an opening mark: free before, a word right after
_CLOSE = re.compile(r"(?<=[\w.!?…,])[»”\"](?=$|[\s.,;:!?)\]—–-])")  # a closing mark: a word or stop right before


def _marks(line: str) -> list[bool]:
    """The line's quotation marks in order, ``True`` for an opening one (marks neither opening nor closing left out)."""
    found = [(m.start(), True) for m in _OPEN.finditer(line)] + [(m.start(), False) for m in _CLOSE.finditer(line)]
    return [opening for _, opening in sorted(found)]


def _left_open(line: str) -> bool:
    """The line opens a quotation it does not close (more opening marks than closing ones after them)."""
    depth = 0
    for opening in _marks(line):
        depth = depth + 1 if opening else max(0, depth - 1)
    return depth > 0


def _closes_first(line: str) -> bool:
    """The line's first quotation mark closes one (a quotation opened on an earlier line)."""
    marks = _marks(line)
    return bool(marks) and not marks[0]


def inside_quotation(before: str | None, line: str, after: str | None) -> bool:
    """``line`` is a part of a speech quoted across lines (module docstring): the quotation opened on ``before`` or on
    ``line`` and left open, closed on ``line`` or on ``after``."""
    opened_before = before is not None and _left_open(before)
    if opened_before and _closes_first(line):
        return True
    if not (opened_before and not _marks(line) or _left_open(line)):
        return False
    return after is not None and _closes_first(after)
