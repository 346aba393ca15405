"""Two timetables on one page under the same title lines: the repeated title is each table's own heading (tab96).

A town bus's timetable page (atpauto.dankov.lipetsk.ru, tab94's fresh page f10ru, read as tune by tab95 and tab96)
prints the weekday table and the Saturday table each under the same four title lines and the same header row::

    Расписание движения автобусов
    по маршруту № 2
    «Химзавод – ул. Кирова»
    (суббота)
    Химический завод ул. Кирова
    Прибытие Отправл. Прибытие Отправл.
    7-25 ---- выезд  из гаража
    1-я СМЕНА
    7-35 7-40 8-05 8-10
    ...

:mod:`.schedules` finds both tables by their rows of clock times and keeps what the shape rules took inside them and
in the :data:`.schedules._ABOVE` (2) lines over their first row; the titles stand higher, so ``dedupe.exact`` and
``captions.repeated_block`` take the second table's titles as copies of the first's ("a header rendered twice"),
``captions.repeated_block`` the first's, ``captions.repeated_label`` the header row (:data:`EXTRA`) and
``boilerplate.between_removed`` "(суббота)" between them: both tables lose their names.

The evidence here is the repetition itself, over two schedules: a *head stack* is the run of short lines
(:data:`_WORDS` words at most, kept or removed by a shape or copy rule: :data:`.schedules.RELEASED`,
:data:`EXTRA`) right over a schedule block, :data:`_HEAD` lines at most, not reaching into the block above.
When two blocks' head stacks share :data:`_SHARED` lines or more (the same text), each stack from its highest shared
line down to its block is the table's heading: every removal there by one of those rules is kept, with a ``kept``
ledger entry (rule ``guard.schedule_head``).  A site's header stands over the first table only; a related-links list
over no table.

Dev evidence (tab96): no dev page has two schedule blocks whose head stacks share two lines (the rule takes back no
dev line; every dev figure and LOST / LEFT / BND line identical).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["EXTRA", "head_stacks", "shared_heads", "release_shared_heads"]

_WORDS = 12
_HEAD = 8  # non-blank lines of a head stack at most
_SHARED = 2
_SPACES = re.compile(r"\s+")


#: the rules a repeated heading's lines fall to besides :data:`.schedules.RELEASED` (passed in as ``released``): a
#: header row of two column pairs, "Прибытие Отправл. Прибытие Отправл."
EXTRA = frozenset({"captions.repeated_label"})


def _key(s: str) -> str:
    return _SPACES.sub(" ", s.strip()).casefold()


def head_stacks(lines: list[str], removed_by: "dict[int, str]", blocks: list[tuple[int, int, int]],
                released: "frozenset[str]") -> list[list[int]]:
    """Each block's head stack (line numbers, top down): the short lines right over its first line, kept or removed
    by a rule of ``released`` or :data:`EXTRA`, :data:`_HEAD` non-blank lines at most, above the block before it."""
    out = []
    ends = sorted(last for _, last, _ in blocks)
    for first, _, _ in blocks:
        floor = max((e for e in ends if e < first), default=-1)
        stack: list[int] = []
        k = first - 1
        while k > floor and len(stack) < _HEAD:
            s = lines[k]
            if s.strip():
                if len(s.split()) > _WORDS or removed_by.get(k, "boilerplate.menu") not in released | EXTRA:
                    break
                stack.append(k)
            k -= 1
        out.append(stack[::-1])
    return out


def shared_heads(lines: list[str], removed_by: "dict[int, str]", blocks: list[tuple[int, int, int]],
                 released: "frozenset[str]") -> list[tuple[int, int]]:
    """``(top, first)`` line ranges: a block's heading from its highest line shared with another block's head stack
    (:data:`_SHARED` shared lines or more) down to the line over the block."""
    stacks = head_stacks(lines, removed_by, blocks, released)
    keys = [{_key(lines[i]) for i in st} for st in stacks]
    out = []
    for n, st in enumerate(stacks):
        for m in range(len(stacks)) if st else ():
            common = keys[n] & keys[m] if m != n else set()
            if len(common) >= _SHARED:
                top = min(i for i in st if _key(lines[i]) in common)
                out.append((top, st[-1]))
                break
    return out


def release_shared_heads(marks: "Marks", blocks: list[tuple[int, int, int]], released: "frozenset[str]") -> None:
    """Take back the removals by a rule of ``released`` or :data:`EXTRA` inside each shared heading
    (:func:`shared_heads`) of the page's schedule ``blocks``, each with a ``kept`` ledger entry."""
    removed = marks.removed
    if len(blocks) < 2 or not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for top, bottom in shared_heads(lines, {i: rule for i, (rule, _) in removed.items()}, blocks, released):
        for i in range(top, bottom + 1):
            if i not in removed or removed[i][0] not in released | EXTRA or not any(ch.isalnum() for ch in lines[i]):
                continue
            rule, _ = removed[i]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, "guard.schedule_head", a, b, f"{rule} would remove it: the heading two timetables on the "
                   f"page print over their rows (from {lines[top].strip()[:40]!r})", action="kept")
