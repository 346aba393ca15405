"""An interview's answer under its question is no headline of a list (issue 12, cp87: cp86's fresh RT sample).

``boilerplate.headline_run`` takes, inside the article, a paragraph followed by three or more headline-like lines
(no stop at the end) up to a removed line as a gallery's or sidebar's list of other stories.  An interview printed
as dialogue turns, each opening with a dash, breaks that reading: rt_05232 lost "— Нет, это я пока просто фантазирую
(смеётся)", the answer to "— Уже знаете, куда поедете отдыхать?", because the answer has no stop and two lines of an
embedded post followed it down to a removed date.  :func:`reply_run`: the run's first line opens with a dialogue
dash ("— ", "– ") and so does the line above it, which ends with a question mark: a question and its answer.  A list
of other stories stands under a paragraph of the text, not under a question put in a dialogue turn.  Dev holds the
shape (a dash line ending in "?" and a dash line under it) eleven times on ten pages of five parts (held12, held13,
held28, train27ru, train30), every one content; no dev line of it was removed, so nothing moves there.  The whole run
then stays (the rule's reading of it as a list is gone); clutter after the answer (an embedded post's lines) is left
to the rules that read it.
"""

from __future__ import annotations

import re

__all__ = ["in_turn", "reply_run"]

_TURN = re.compile(r"^\s*[—–]\s+\S")


def reply_run(lines: list[str], run: list[int], k: int) -> bool:
    """``run[k:]`` (headline-like lines after the line ``run[k - 1]``) opens with an answer to a question asked in
    a dialogue turn (module docstring)."""
    if k < 1 or k >= len(run):
        return False
    above, first = lines[run[k - 1]].rstrip(), lines[run[k]]
    return bool(_TURN.match(above)) and above.endswith("?") and bool(_TURN.match(first))


#: a dialogue's turn for :func:`in_turn`: a dash and a space open it (an interview's question or answer)
_TURN_OPEN = re.compile(r"^\s*[–—]\s")
_TURN_SPAN = 6  # lines a turn cut at its links may span


def in_turn(lines: list[str], i: int) -> bool:
    """Line ``i`` and the nearest non-blank line above or below it open with a dialogue dash: an interview's turn
    ("— Я говорю о деньгах, о бюджете вашего канала." between the answers, RT; cp92), no site's notice -- the dev
    parts' 22 prompts open with no dash.  A piece of a turn cut at its links is read from the turn's first line
    (:func:`_turn_start`, rtq93)."""
    start = _turn_start(lines, i)
    if not _TURN_OPEN.match(lines[start]):
        return False
    near = [next((lines[j] for j in rng if lines[j].strip()), "") for rng in (range(start - 1, -1, -1), range(i + 1, len(lines)))]
    return any(_TURN_OPEN.match(t) for t in near)


def _turn_start(lines: list[str], i: int) -> int:
    """The line a turn cut at links opens on: up from ``i`` while the line above ends in no end mark ("— В ноябре
    Министерство юстиции США обязало канал" / "RT America зарегистрироваться … вашему каналу …?", a question split
    at its links, rtq93); ``i`` itself when the line above closes a sentence or ``i`` opens a turn."""
    k = i
    while not _TURN_OPEN.match(lines[k]):
        j = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        if j is None or lines[j].rstrip()[-1:] in ".!?…:;»\"" or i - j > _TURN_SPAN:
            return k
        k = j
    return k
