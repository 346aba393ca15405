"""A comment widget's ambiguous strings, taken inside a run of that widget's strings (issue 12, cms103).

A comment widget prints a block of its own UI strings under the article: wpDiscuz's subscription bar, the visitor's
name, the thread's count and its tabs ("Подписаться", "Уведомить о", "guest", "0 Комментарий", "Межтекстовые Отзывы",
"Посмотреть все комментарии": held55's h55ru15, nikaplus.ru).  Several of those strings are unambiguous UI
(``portal.cms_string`` takes them alone: "Уведомить о", "Межтекстовые Отзывы"); others are a common word that can
head a text or name a person ("Подписаться", "Новые", "Ответить", "guest", "Гость").  The table
(``data/cms_strings.tsv``, :mod:`.cms_strings`, built from the widget's own language files by
``tools/build_cms_strings.py``) writes those ``run`` in its last column.

``portal.widget_run`` (:func:`widget_run_lines`): a live line that is a ``run`` string of a widget is removed when it
stands in a run of at least :data:`MIN_RUN` consecutive non-blank lines (blank lines between them allowed) that are
each a string of the *same* widget (any part of the table, a line already removed by another rule counted by its
text), at least one of them a string that is no ``run`` string (the widget's unambiguous UI, what makes the run that
widget's).  A line of the article between breaks the run.  No line next to a line the policy held is taken (its
removal would release the held line, as :class:`.cms_strings.CmsLines`).  Runs in :mod:`.close_marks`' layer after
``cms_string``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

from .cms_strings import MAX_CHARS, RUN, CmsString, _first, _pattern, normalise, rows

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "MIN_RUN", "widget_string", "widget_run_lines", "WidgetRuns"]

RULE = "portal.widget_run"
RULES = (RULE,)
#: the fewest lines of one widget's strings in a row for its ``run`` strings to be taken (h55ru15's run: 6)
MIN_RUN = 3
_SLOT = re.compile(r"%(?:\d\$)?[sd]")


@lru_cache(maxsize=1)
def _table() -> tuple[frozenset[str], dict[str, tuple[CmsString, ...]], tuple[tuple[re.Pattern[str], CmsString], ...]]:
    """The strings of every widget that has ``run`` rows: their first words, exact ones by normal form (all rows of
    that form: two widgets may share one), and a pattern per slotted row."""
    widgets = {r.cms for r in rows() if r.part == RUN}
    exact: dict[str, list[CmsString]] = {}
    slotted = []
    for r in rows():
        if r.cms not in widgets:
            continue
        if _SLOT.search(r.text):
            pat = _pattern([r])
            if pat is not None:
                slotted.append((pat, r))
        else:
            exact.setdefault(normalise(r.text), []).append(r)
    firsts = frozenset(_first(t) for t in exact) | frozenset(_first(normalise(r.text)) for _p, r in slotted)
    return firsts, {t: tuple(v) for t, v in exact.items()}, tuple(slotted)


@lru_cache(maxsize=1)
def _longest() -> int:
    """A line longer than this is no widget string (perf): the longest string's length and room for marks, a count."""
    return min(MAX_CHARS, 24 + max(len(r.text) for r in rows() if r.cms in {x.cms for x in rows() if x.part == RUN}))


def widget_string(s: str) -> tuple[CmsString, ...]:
    """The rows of run-bearing widgets the whole line is (none: an empty tuple)."""
    if not 0 < len(s) <= _longest():
        return ()
    firsts, exact, slotted = _table()
    head = _first(s)
    if head not in firsts and not (head[:1].isdigit() and "%d" in firsts):  # a count before a phrase: "%d ..."
        return ()
    t = normalise(s)
    if not t:
        return ()
    found = exact.get(t, ())
    return found + tuple(r for p, r in slotted if p.fullmatch(t) is not None)


def widget_run_lines(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live lines that are a widget's ``run`` string inside a run of its strings: index -> (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    run: list[tuple[int, tuple[CmsString, ...]]] = []

    def close() -> None:
        for cms in {r.cms for _i, found in run for r in found}:
            mine = [(i, [r for r in found if r.cms == cms]) for i, found in run]
            # the longest stretch of consecutive run lines that are all this widget's
            stretch: list[tuple[int, list[CmsString]]] = []
            for item in mine + [(-1, [])]:
                if item[1]:
                    stretch.append(item)
                    continue
                if len(stretch) >= MIN_RUN and any(r.part != RUN for _i, rs in stretch for r in rs):
                    for i, rs in stretch:
                        if i not in removed and all(r.part == RUN for r in rs):
                            out.setdefault(i, (RULE, f"an ambiguous UI string of {cms} ({rs[0].lang}) inside a run of "
                                                     f"{len(stretch)} lines of its strings: {rs[0].text!r}, from "
                                                     f"{rs[0].source}"))
                stretch = []
        run.clear()

    for i, s in enumerate(lines):
        if not s.strip():
            continue
        found = widget_string(s)
        if found:
            run.append((i, found))
        elif run:
            close()
    if run:
        close()
    return out


class WidgetRuns:
    """The cms103 layer (:class:`~.marks.LineLayer`): live lines only."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        found = widget_run_lines(lines, marks.removed)
        held = getattr(marks.removed, "held", None) or {}
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported)
            marks.removed.setdefault(i, value)
