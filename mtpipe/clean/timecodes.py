"""A video's or podcast's table of timecodes: its chapter rows are the post's text (issue 12, tg104).

Read on Russian Telegram posts (``tools/build_ru_fresh_sample.py``; benchmarks/notes/tg104.md): a programming or news
channel's episode post lists its chapters a row each, a timecode and the chapter's title ("00:00 Ведущий - Олег
Антоненко. Приветствие" / "00:49 По каким делам Хантера Байдена признали виновным" / …, "1:05:27 Топ-3 ошибок, которым
подвержен Си", "02:01 — №1. Кодовая база").  The layout rules take the rows for a page's headline list or menu
(``boilerplate.headline_run``, ``menu``, ``dateline``, ``tail_names``, ``short_run``): 89 of 601 rows in 57 such
posts of the source, 8 rows of 2 posts on tg103's CHECK half.

:func:`timecode_rows`: a run of :data:`MIN_ROWS` or more consecutive lines, each a timecode ("mm:ss", "h:mm:ss")
and a tail holding a letter, the times strictly ascending.  Static scan of every dev realpages part (held56 left
out): such runs hold 60 lines, all content (a radio programme grid, a festival's programme); the runs of time rows
that are page furniture are "latest news" lists stamped with descending times (6 clutter lines); the other 65 clutter
time rows (comment and news stamps) stand in no run of three.  Only the layout rules of :data:`RULES` are
undone (a phrase rule or a contact stays).  The run's lead-in -- the line just above it, :data:`LEAD_WORDS` words at
most ending ":" ("⏱️ Таймкоды:", ``boilerplate.template``: every episode post of the channel prints it; "8 июля:"
over a festival's programme on dev) -- comes back with it when a rule of :data:`RULES` or the template rule took it.
Each line taken back gets a ``kept`` ledger entry (rule :data:`RULE`) naming the rule it undoes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "LEAD_RULES", "MIN_ROWS", "LEAD_WORDS", "timecode_rows", "release_timecodes"]

RULE = "guard.timecode"
MIN_ROWS = 3
LEAD_WORDS = 3
#: the layout rules that took timecode rows (the source's episode posts); no phrase rule
RULES = frozenset(("boilerplate.headline_run", "boilerplate.menu", "boilerplate.dateline", "boilerplate.tail_names",
                   "boilerplate.short_run", "boilerplate.between_removed", "boilerplate.orphan_label",
                   "classifier.line"))
#: a row: at most three marks ("▶️", "•"), a timecode, an optional separator, the chapter's title
#: a lead-in's rules: the layout rules and the template rule (the lead-in repeated by a channel's every episode post)
LEAD_RULES = RULES | {"boilerplate.template"}
_ROW = re.compile(r"\W{0,3}?((?:\d{1,2}:)?\d{1,2}:[0-5]\d)(?!\d)\s*[-–—:.|]?\s*(.*)")
_LETTER = re.compile(r"[^\W\d_]")
_SCREEN = re.compile(r"\d:[0-5]\d")


def _time(line: str) -> int | None:
    """The row's timecode in seconds, or None when the line is no row."""
    m = _ROW.fullmatch(line.strip())
    if m is None or not _LETTER.search(m.group(2)):
        return None
    s = 0
    for part in m.group(1).split(":"):
        s = s * 60 + int(part)
    return s


def _lead(line: str) -> bool:
    t = line.strip()
    return t.endswith(":") and len(t.split()) <= LEAD_WORDS


def timecode_rows(lines: list[str]) -> tuple[set[int], set[int]]:
    """The rows of each run of :data:`MIN_ROWS` or more timecode rows whose times strictly ascend, and the runs'
    lead-ins (:func:`_lead`, the line just above a run)."""
    found: set[int] = set()
    leads: set[int] = set()
    times = [_time(t) for t in lines]
    n, i = len(lines), 0
    while i < n:
        j, last = i, -1
        while j < n and (t := times[j]) is not None and t > last:
            j, last = j + 1, t
        if j - i >= MIN_ROWS:
            found.update(range(i, j))
            if i > 0 and _lead(lines[i - 1]):
                leads.add(i - 1)
        i = max(j, i + 1)
    return found, leads


def release_timecodes(marks: "Marks") -> None:
    """Take back each row of :func:`timecode_rows` that a rule of :data:`RULES` removed, and each lead-in that a rule
    of :data:`LEAD_RULES` removed, with a ``kept`` ledger entry."""
    removed = marks.removed
    if not removed or not any(r in LEAD_RULES for r, _ in removed.values()):
        return
    if len(_SCREEN.findall(marks.doc.text)) < MIN_ROWS:
        return
    held = getattr(removed, "held", {})
    rows, leads = timecode_rows(marks.line_texts())
    back = [k for k in rows if k in removed and removed[k][0] in RULES]
    back += [k for k in leads if k in removed and removed[k][0] in LEAD_RULES]
    for k in sorted(back):
        rule = removed[k][0]
        dict.__delitem__(removed, k)
        held.pop(k, None)
        a, b = marks.spans[k]
        record(marks.doc, RULE, a, b, f"{rule} would remove it: a row or the lead-in of a timecode table (a run "
               f"of rows, each a timecode and its chapter, the times ascending)", action="kept")
