"""An article's reading-time line (issue 12, clut57).

A news site's or a blog's article card prints how long the article takes to read, one line of its own near the
title: "Время чтения: 5 мин", "Примерное время чтения: 3 мин.", "Время чтения: примерно 15 минут" (audit23's dev
page), "9 мин. чтения", "2 мин на чтение" (a documentation portal's article head), "5 min read", "Reading time: 5
minutes", "Thời gian đọc: 3 phút"; or the bare figure under the byline, its label an icon the text extraction lost:
"13 мин" (t27ru66, under the author and date), "42 мин." (h12ru04, first line of the page), "5 мин" (h22ru06).

``boilerplate.reading_time`` (:func:`reading_time`): the whole line is the figure with its reading label (a label
before it, "время чтения"/"на чтение"/"reading time"/"thời gian đọc", or "чтения"/"read"/"đọc" after it), anywhere on
the page; or the bare figure ("N мин", "N мин.", "N min": the abbreviation alone, three digits at most) above the
page's first live sentence (:func:`~.features._sentence_like`), where the article's head stands.  The layer runs
before the short-line rules, so the line carries its own name, not the classifier's.

What shares the shape and stays: a bare duration inside or under the text ("15 минут", a recipe step's "30 мин.":
the text has begun; "минут" spelt out is no widget's abbreviation), a duration with other words ("Время
приготовления: 30 мин", "15 минут до загустения - и пирог готов!", "Читать 5 минут в день полезно."), a sentence
about reading time ("Среднее время чтения статьи — 5 минут, показало исследование.": more words than the figure).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .features import _sentence_like

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "reading_time", "bare_minutes", "reading_times", "ReadingTimeLines"]

RULE = "boilerplate.reading_time"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)

_UNIT = r"(?:мин(?:ут[аыу]?)?\.?|min(?:ute)?s?\.?|phút)"
_ABOUT = r"(?:~|≈|около|примерно|приблизительно|about|khoảng)"
_FIGURE = rf"(?:{_ABOUT}\s*)?\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?\s*{_UNIT}"
_BEFORE = (r"(?:(?:примерное|приблизительное|среднее)\s+)?время\s+(?:на\s+)?(?:чтения|прочтения|чтение)|на\s+чтение|"
           r"(?:estimated\s+)?read(?:ing)?\s+time|thời\s+gian\s+đọc")
_AFTER = r"(?:на\s+)?(?:чтени[ея]|прочтени[ея])|read(?:ing)?|to\s+read|đọc"
_LABELLED = re.compile(rf"(?:{_BEFORE})\s*[:—–-]?\s*{_FIGURE}|{_FIGURE}\s+(?:{_AFTER})", re.IGNORECASE)
_BARE = re.compile(r"\d{1,3}\s?(?:мин|min)\.?", re.IGNORECASE)
#: an icon's remains or a list marker around the figure ("⏱ 5 мин", "• 9 мин. чтения", "| 3 min read |")
_EDGE = re.compile(r"^[^\w~≈]+|[^\w.]+$")
#: a decimal digit: every reading time holds one (its figure, ``\d`` in both patterns), and :func:`_core` keeps them all
#: (a digit is a word character), so a line without one is neither kind (the gate before the edges' scan, perf58)
_DIGIT = re.compile(r"\d")


def _core(s: str) -> str:
    """The line without its edges' icons and marks; "" for a line with no digit (no reading time, :data:`_DIGIT`)."""
    return _EDGE.sub("", s.strip()) if _DIGIT.search(s) else ""


def _labelled(t: str) -> bool:
    return 0 < len(t) <= 60 and _LABELLED.fullmatch(t) is not None


def reading_time(s: str) -> bool:
    """The line is a reading time with its label ("Время чтения: 5 мин", "9 мин. чтения", "5 min read")."""
    return _labelled(_core(s))


def bare_minutes(s: str) -> bool:
    """The line is a bare figure of minutes in the widget's abbreviation ("13 мин", "42 мин.", "5 min")."""
    return _BARE.fullmatch(_core(s)) is not None


def reading_times(lines: list[str], removed: "dict[int, object]") -> dict[int, tuple[str, str]]:
    """The reading-time lines of a page not removed yet: index -> (rule, note) (module docstring)."""
    out: dict[int, tuple[str, str]] = {}
    head = True  # no live sentence above yet
    for i, line in enumerate(lines):
        if i in removed:
            continue
        t = _core(line)  # (once for both kinds, perf58)
        if _labelled(t):
            out[i] = (RULE, "an article's reading time with its label")
        elif head and _BARE.fullmatch(t) is not None:
            out[i] = (RULE, "an article's reading time, the bare figure above the text's first sentence")
        elif head and _sentence_like(line):  # (once head is False only a reading time with its label is asked: perf91)
            head = False
    return out


class ReadingTimeLines:
    """The clut57 reading-time layer (:class:`~.marks.LineLayer`): runs before the short-line rules, so the line
    carries its name."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for i, value in reading_times(lines, marks.removed).items():
            marks.removed.setdefault(i, value)
