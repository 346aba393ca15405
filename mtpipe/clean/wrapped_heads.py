"""A table's header row printed one cell a line, its cells wrapped, under the paragraph that introduces it (tab98).

A district's land-auction notice (admrmr.ru, cpf98's CHECK2 page, read as tune by tab98) ends its text with the lots
table, printed one cell a line, each header cell wrapped over two lines where the page's column was narrow::

    Организатор аукциона – Управление АПК, архитектуры и земельных отношений администрации … района.
    Предмет
    аукциона
    Права на земельный участок,
    ограничение этих прав
    Категория земель
    Разрешенное использование земельного участка
    Начальная цена предмета аукциона
    Размер
    задатка
    Шаг аукциона
    Лот № 1

``classifier.line`` takes "Размер" and "Лот № 1" (short, "Размер" is also an accessibility widget's word) and
``boilerplate.between_removed`` the cells between them: half the header goes, the rest stays.

A run of short lines is also a menu or a tag cloud, so the evidence is the wrapping (:func:`header_run`): a cell
that begins with a capital and has no end mark, and under it a line that begins in lower case (the same cell's
second half: "Предмет" / "аукциона", "Размер" / "задатка"), :data:`_MIN_WRAPS` times or more in the run and once
in :data:`_WRAP_SHARE` lines at least; the run stands right under a kept sentence (:data:`_SENTENCE_WORDS` words or
more, ending with "." or ":") that shares a word with it (the paragraph that introduces the table: "Организатор
аукциона …").  Inside the run every removal by a shape rule (:data:`.schedules.RELEASED`)
is kept, with a ``kept`` ledger entry (rule ``guard.wrapped_heads``).  The run ends at a longer line, a line with an
end mark, or a line a rule outside the shape rules removed (a footer's template).

Dev evidence (tab98, a static scan of every realpages part's labelled lines, ``benchmarks/notes/tab98.md``): the
run holds on 1 dev run, 7 clutter lines (a news site's comment widget under its own clutter sentence, "All posts are
reactively-moderated and must obey the house rules.", which the cleaner removes, so the guard never reads it), 0
content lines; without the one-in-five share 17 runs, all clutter (blogs' sidebars: "Follow here" / "blog roll").
No dev line moves (the benchmark's LOST / LEFT / BND lines identical).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .ledger import record
from .words import line_words

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["cell_line", "header_run", "release_wrapped_heads"]

_CELL_WORDS = 6  # a header cell's half, or a short value
_CELL_CHARS = 60
_SENTENCE_WORDS = 8
_MIN_CELLS = 6  # lines in the run at least
_MIN_WRAPS = 2  # wrapped cells at least
_WRAP_SHARE = 5  # and one line in five of the run at least (a menu's odd lower-case item is rarer)
_END = re.compile(r"[.!?:;…]\s*$")
_STEM = 5  # letters of a word that must match a word of the sentence above
_WORD = re.compile(r"[^\W\d_]{%d,}" % _STEM)


def cell_line(s: str) -> bool:
    """``s`` could be a table's cell printed alone: a few words, no end mark, a letter or a digit."""
    t = s.strip()
    return (0 < len(line_words(t)) <= _CELL_WORDS and len(t) <= _CELL_CHARS and not _END.search(t)
            and any(ch.isalnum() for ch in t))


def _first_letter(s: str) -> str:
    t = s.strip().lstrip("«\"'(„“")
    return t[:1] if t[:1].isalpha() else ""


def _wrapped(upper: str, lower: str) -> bool:
    """``lower`` is the second half of the cell ``upper``: a capital opens the first, lower case the second, and the
    second is no address ("www.site.vn")."""
    a, b = _first_letter(upper), _first_letter(lower)
    return a.isupper() and b.islower() and "." not in lower and "/" not in lower


def _sentence(s: str) -> bool:
    """``s`` is a sentence that can introduce a table: :data:`_SENTENCE_WORDS` words or more, ending with "." or ":"."""
    t = s.strip()
    return t.endswith((".", ":")) and len(line_words(t)) >= _SENTENCE_WORDS  # (the end first: no split, perf90)


def _stems(s: str) -> set[str]:
    return {w[:_STEM].lower() for w in _WORD.findall(s)}


def header_run(lines: list[str], above: int, idx: list[int],
               stop: "Callable[[int], bool]" = lambda i: False) -> list[int]:
    """The non-blank lines (``idx``: their numbers, ascending) of a wrapped header row right under the sentence at
    line ``above``, or ``[]``: :data:`_MIN_CELLS` cell lines or more, :data:`_MIN_WRAPS` wrapped cells or more, a word
    shared with the sentence; the run ends before a line ``stop`` names."""
    s = lines[above]
    if not _sentence(s):
        return []
    run: list[int] = []
    for i in idx:
        if i <= above:
            continue
        if not cell_line(lines[i]) or stop(i):
            break
        run.append(i)
    if len(run) < _MIN_CELLS:
        return []
    wraps = sum(_wrapped(lines[a], lines[b]) for a, b in zip(run, run[1:]))
    if wraps < _MIN_WRAPS or wraps * _WRAP_SHARE < len(run):
        return []
    if not _stems(s) & set().union(*(_stems(lines[i]) for i in run)):
        return []
    return run


def release_wrapped_heads(marks: "Marks", released: "frozenset[str]") -> None:
    """Take back the removals by a rule of ``released`` in each wrapped header run (:func:`header_run`) under a kept
    sentence, each with a ``kept`` ledger entry."""
    removed = marks.removed
    if not removed or not any(r[0] in released for r in removed.values()):
        return  # (only a removal by a rule of ``released`` is taken back: none, nothing to read, perf90)
    lines = marks.line_texts()
    idx = [i for i, s in enumerate(lines) if s.strip()]
    held = getattr(removed, "held", {})
    for n, h in enumerate(idx):
        if h in removed or not _sentence(lines[h]):
            continue
        run = header_run(lines, h, idx[n + 1:n + 1 + 64], lambda i: i in removed and removed[i][0] not in released)
        if not run:
            continue
        for i in run:
            if i not in removed or removed[i][0] not in released:
                continue
            rule, _ = removed[i]
            dict.__delitem__(removed, i)
            held.pop(i, None)
            a, b = marks.spans[i]
            record(marks.doc, "guard.wrapped_heads", a, b, f"{rule} would remove it: a cell of a table's header row "
                   f"printed one cell a line, its cells wrapped, under {_tail(lines[h])!r}", action="kept")


def _tail(line: str, width: int = 40) -> str:
    """The introducing sentence's last words, ``width`` characters at most, cut at a space (never inside a word)."""
    text = line.strip()
    if len(text) <= width:
        return text
    cut = text[-width:]
    return "… " + cut.split(" ", 1)[1] if " " in cut else "… " + cut
