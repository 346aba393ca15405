"""A block the text announces is the text's own, whatever rule removed its cells: a safety net (issue 12, cp57).

What the blind parts lost on their first run (cp57 reconstructed held29..held37 on the code each was first measured
on, after cp54's :mod:`.kept_blocks`): the largest losses are whole blocks removed, no line of them kept, so no kept
neighbour vouches for them.  A skating rink's hours, one cell a line ("Расписание массового катания на коньках:" over
"понедельник-четверг:" / "11.00 – 12.00," / … 25 lines, held31), a church's week ("Расписание богослужений с 26
января по 1 февраля:" over "30 января, пятница.", held31), a power company's outages ("Так, отключения коснутся
следующих районов региона:" over "р. Воробьёвский:" / "26.08.2024" / "– п. … (08:00 – 17:00)", held32), a library's
holidays ("… sẽ nghỉ lễ vào những ngày sau đây:" over "2022" / "Tết Dương lịch" / "Thứ Bảy, ngày 1 tháng 1 năm 2022",
held36).  Date lines, field labels, datelines, short runs took them: every rule that reads a line by its shape.

What says they are content is on the page, not in the lines: a sentence of the text ending with ":" leads into the
run, and the text goes on right under it.  :mod:`.announced` reads that evidence for two list rules
(``boilerplate.menu``, ``boilerplate.field_run``); this net reads it for every rule outside the run's own evidence
(:data:`.kept_blocks.EXEMPT`: templates, front matter, Markdown, exact copies, a site's contact fields, bylines and
sign-offs) and for cells of a table as well as list items:

* the run: a maximal run of removed lines, each a cell (:data:`WORDS` words of letters at most, two letters or digits
  at least) and no file name or URL slug (one token holding a letter and ".", "_", "/" or two hyphens:
  "dfe98a84e_3.png", "tu-van-luat-hon-nhan-gia-dinh", an image's name left between a lead and its list);
* the lead: walking up from the run, the first line that is neither a list item kept above the run nor a note in
  brackets (:func:`.announced._item`, :func:`.announced._note`, at most six kept items between) is kept, ends with
  ":" and holds four words or more (a lone label "Меню:" or "Поделиться:" leads to furniture);
* the text goes on: the line right under the run is kept (a footer's menu under "Подписывайтесь на нас:" runs on
  into more removed furniture).

Each line of the run is taken back with a ``kept`` ledger entry (rule :data:`RULE`) naming the rule that would have
removed it.  Chosen on held29..held37's first runs and the dev parts, then checked on held38's first run (read last;
figures in benchmarks/README.md, "cp57"): 33 of held29..37's 94 first-run losses left after cp54's net come back
(held31 27, held32 3, held36 3) and none of their clutter lines; no dev part moves (main guards those pages in-sample);
held38's first run loses its 14 all the same (its timetable's lead, "Опубликовано расписание автобусов:", holds three
words).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping

from .announced import _MAX_KEPT_ITEMS, _item, _lead, _note
from .kept_blocks import EXEMPT
from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "WORDS", "announced_runs", "release_announced"]

RULE = "guard.announced_block"
WORDS = 10  # a cell of the run: this many words of letters at most
_LETTERS = re.compile(r"[^\W\d_]+")
_ONE_TOKEN_NAME = re.compile(r"^\S*[^\W\d_]\S*$")


def _file_name(s: str) -> bool:
    """A file's name or a URL's slug: one token holding a letter and ".", "_", "/" or "\\", or two hyphens."""
    s = s.strip()
    if " " in s:
        return False
    return bool(_ONE_TOKEN_NAME.match(s)) and any(c in "._/\\" for c in s) or s.count("-") >= 2


#: a site's own words (its copyright, share and subscribe prompts, comment and print links, counters): a run holding
#: one is the site's footer or bar, never a block the text announces (a country list under "… như sau:" running on into
#: "Bản quyền thuộc về …", test_loss39_lists)
SITE_WORDS = ("chrome.copyright", "chrome.dmca", "chrome.share", "chrome.subscribe", "chrome.comments",
              "chrome.blog_comments", "chrome.print", "chrome.font_", "chrome.read_more", "chrome.views", "chrome.player",
              "chrome.icons", "chrome.error")


def _cell(s: str, rule: str) -> bool:
    return (not rule.startswith(EXEMPT + SITE_WORDS) and len(_LETTERS.findall(s)) <= WORDS
            and sum(ch.isalnum() for ch in s) >= 2 and not _file_name(s))


def _led(lines: list[str], removed_by: Mapping[int, str], first: int) -> bool:
    """A kept line ending with ':' leads into the run starting at ``first`` (kept items or notes between)."""
    kept = 0
    for j in range(first - 1, -1, -1):
        s = lines[j]
        if j in removed_by:
            return False
        if _lead(s):
            return True
        if _note(s):
            continue
        if not _item(s) or kept >= _MAX_KEPT_ITEMS:
            return False
        kept += 1
    return False


def announced_runs(lines: list[str], removed_by: Mapping[int, str]) -> list[tuple[int, int]]:
    """``(first, last)`` (inclusive) of each maximal run of removed lines (``removed_by``: line -> rule) that
    :func:`release_announced` takes back: every line a cell (:func:`_cell`), a kept lead ending with ':' above it
    (:func:`_led`) and a kept line right under it.  Runs are read top down, a run taken back counting as kept for the
    runs under it (a year, a holiday the policy held, then the holiday's date: one block)."""
    out: list[tuple[int, int]] = []
    live = dict(removed_by)  # the removals standing: a run taken back is kept for the runs below
    n, i = len(lines), 0
    while i < n:
        if i not in removed_by:
            i += 1
            continue
        a = i
        while i + 1 < n and i + 1 in removed_by:
            i += 1
        b, i = i, i + 1
        if b + 1 >= n or not all(_cell(lines[k], removed_by[k]) for k in range(a, b + 1)):
            continue
        if _led(lines, live, a):
            out.append((a, b))
            for k in range(a, b + 1):
                del live[k]
    return out


def release_announced(marks: "Marks") -> None:
    """Take back each run of :func:`announced_runs`, each line with a ``kept`` ledger entry; run after
    :func:`.kept_blocks.release_blocks`, before the held lines are written."""
    removed = marks.removed
    if not removed:
        return
    lines = marks.line_texts()
    held = getattr(removed, "held", {})
    for first, last in announced_runs(lines, {i: rule for i, (rule, _) in removed.items()}):
        for i in range(first, last + 1):
            rule, _ = removed[i]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, RULE, a, b, f"{rule} would remove it: one of {last - first + 1} cells a line ending "
                   f"with ':' announces, the text going on under them", action="kept")
