"""A run of bare field labels and a poll's question (issue 12, fur93: furniture of sites in no part, pre-blind).

Found on fresh stored pages of sites no part holds (fur93's tune half, the URLs in ``benchmarks/notes/fur93.md``),
each class counted over every dev part (clutter / content lines of the shape, every tag):

* :func:`label_runs`: six or more lines in a row (no blank line between), each one or two words of letters and
  20 characters at most, three of them or more opening in lower case: a search or booking form's field labels
  ("страна", "тип тура", "тур", "группа тура", "город", "категория", "гостиница", "питание", "номер": a tour
  operator's search form), a row of share or font buttons printed one a line ("smaller", "Larger", "facebook",
  "twitter", "google plus", "linked in").  A text's list holds its items' figures, marks or clauses; a heading
  opens in capitals.  Dev: 346 / 0 (the runs the layers above leave are fewer: those lines go to the ledger with
  their own rules first) -> ``boilerplate.label_run``.
* :func:`poll_questions`: the question of a poll widget: a line ending in "?" right under the poll's heading
  ("Опрос", "Голосование", "Bình chọn", "Thăm dò ý kiến", "Poll"), or right above the loading text WP-Polls
  prints while it fetches the answers ("Загрузка ... Загрузка ...").  Dev: 0 / 0 (one poll heading on dev,
  h22ru10's, has no question under it) -> ``boilerplate.poll_question``.

The layer runs in :class:`~.ru_chrome.ChromeLines` on every page after :mod:`.page_furniture91`; a run is read on
every line of the page (a label the layers above removed still counts as one), only live lines go to the ledger.
"""

from __future__ import annotations

import re
from typing import Mapping

__all__ = ["RULES", "LABEL_RULE", "POLL_RULE", "label_line", "label_runs", "poll_questions", "page_furniture93"]

LABEL_RULE = "boilerplate.label_run"
POLL_RULE = "boilerplate.poll_question"
RULES = (LABEL_RULE, POLL_RULE)

#: one or two words of letters (a hyphen inside a word), nothing else on the line
_LABEL = re.compile(r"[^\W\d_][^\W\d_-]*(?: [^\W\d_][^\W\d_-]*)?")
LABEL_CHARS = 20
MIN_RUN = 6  # lines in a row
MIN_LOWER = 3  # of them opening in lower case
#: a poll widget's heading, the whole line
_POLL_HEAD = re.compile(r"(?:опрос(?: дня| недели)?|голосование|bình chọn|thăm dò(?: ý kiến)?|poll)\s*:?",
                        re.IGNORECASE)
#: WP-Polls' loading text under the question while the answers load
_POLL_LOADING = re.compile(r"(?:загрузка\s*\.{3}\s*){1,2}|(?:loading\s*\.{3}\s*){1,2}", re.IGNORECASE)
POLL_CHARS = 300


def label_line(s: str) -> bool:
    """One or two bare words of letters, 20 characters at most ("тип тура", "facebook", "Фильтры")."""
    t = s.strip()
    return 0 < len(t) <= LABEL_CHARS and _LABEL.fullmatch(t) is not None


def label_runs(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """The live lines of every run of :data:`MIN_RUN` label lines in a row, :data:`MIN_LOWER` of them opening in
    lower case: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    i, n = 0, len(lines)
    while i < n:
        if not label_line(lines[i]):
            i += 1
            continue
        j = i
        while j < n and label_line(lines[j]):
            j += 1
        run = range(i, j)
        if len(run) >= MIN_RUN and sum(lines[k].strip()[:1].islower() for k in run) >= MIN_LOWER:
            note = f"one of {len(run)} bare one- or two-word labels in a row (a form's fields, a row of buttons)"
            out.update({k: (LABEL_RULE, note) for k in run if k not in removed})
        i = j
    return out


def poll_questions(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """A question under a poll's heading or above WP-Polls' loading text: index -> (rule, note)."""
    full = [i for i in range(len(lines)) if lines[i].strip()]
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(full):
        t = lines[i].strip()
        if i in removed or not t.endswith("?") or len(t) > POLL_CHARS:
            continue
        above = lines[full[k - 1]].strip() if k else ""
        below = lines[full[k + 1]].strip() if k + 1 < len(full) else ""
        if _POLL_HEAD.fullmatch(above) or _POLL_LOADING.fullmatch(below):
            out[i] = (POLL_RULE, "a poll widget's question (under its heading or above its loading text)")
    return out


def page_furniture93(lines: list[str], removed: Mapping[int, object]) -> dict[int, tuple[str, str]]:
    """Both classes: index -> (rule, note)."""
    out = label_runs(lines, removed)
    out.update({i: v for i, v in poll_questions(lines, removed).items() if i not in out})
    return out
