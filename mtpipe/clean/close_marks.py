"""A pop-up's close button scraped as the page's first line (issue 12, clut64).

A page's overlay (a cookie notice, a subscription box, an AMP page's sidebar) prints its close button as a cross, and
a scrape keeps the cross alone on a line: "X" over the title of a regional TV site's AMP page (h41ru07), "×" under a
page's comments box (h35ru05) or closing it (t27ru26).  The classifier takes "×" (no letter); a Latin or Cyrillic "X"
reads as a letter or a Roman numeral, and nothing took it.

``boilerplate.close_mark`` (:func:`close_marks`): a line that is only a cross (:data:`_CROSS`: "X", "x", "Х", "х",
"×", "✕", "✖", "╳", maybe in brackets) and is the page's first or last line (blank lines aside), outside the
article's text.  A letter "X" is a Roman numeral (section X) on a page that numbers its sections that way: on a page
with another Roman numeral alone on a line ("I", "II", "IX", "XI"; h38vi11's "I" / "II" over their sections) a
letter "X" stays; the signs "×", "✕", "✖" are never numerals.  Counted over every part's lines before the rule: the
three lone crosses are clutter (two the classifier took); the lone Roman numerals ("I", "II") are content and none is
a cross.

The layer runs with :mod:`.ru_feedback`, right before :mod:`.structure`.  It marks live lines only; then it runs
:mod:`.theme_strings`' layer (clut82: a theme's English strings, a home crumb, a meta row's author),
:mod:`.cms_strings`' (cms99: a CMS's own UI string), :mod:`.widget_runs`' (cms103: a comment widget's ambiguous
strings inside a run of its strings) and
:mod:`.header_rows`' (clut85: a post's category row, a bare domain, a glued meta date, a periodical's source line).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

from .cms_strings import CmsLines
from .header_rows import HeaderRows
from .theme_strings import ThemeLines
from .widget_runs import WidgetRuns

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "RULES", "close_mark", "close_marks", "CloseMarks"]

RULE = "boilerplate.close_mark"
#: the ledger rules of this module (policy families, docs)
RULES = (RULE,)

_CROSS = re.compile(r"[\[(]?\s*([xXХх×✕✖╳])\s*[\])]?")
_SIGNS = "×✕✖╳"
#: a Roman numeral alone on its line (a section's number), up to XXXIX
_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})\.?")


def close_mark(s: str) -> bool:
    """The line is only a cross, maybe in brackets."""
    return _CROSS.fullmatch(s.strip()) is not None


def close_marks(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """A cross alone on the page's first or last line: index -> (rule, note)."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    if not nonblank:
        return {}
    ends = {nonblank[0], nonblank[-1]}
    got = [i for i in sorted(ends) if i not in removed and close_mark(lines[i])]
    if not got:
        return {}
    numerals = any(_ROMAN.fullmatch(lines[i].strip()) and lines[i].strip().rstrip(".") not in ("", "X")
                   for i in nonblank)
    out: dict[int, tuple[str, str]] = {}
    for i in got:
        mark = _CROSS.fullmatch(lines[i].strip()).group(1)  # type: ignore[union-attr]
        if mark not in _SIGNS and numerals:
            continue  # a page numbering its sections in Roman numerals: "X" is the tenth
        where = "first" if i == nonblank[0] else "last"
        out[i] = (RULE, f"a pop-up's close button, a cross alone on the page's {where} line")
    return out


class CloseMarks:
    """The clut64 close-mark layer (:class:`~.marks.LineLayer`): live lines only."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        for i, value in close_marks(lines, marks.removed).items():
            marks.removed.setdefault(i, value)
        ThemeLines().mark(marks)  # clut82 (:mod:`.theme_strings`), at the same place in the layer order
        CmsLines().mark(marks)  # cms99 (:mod:`.cms_strings`): a CMS's own UI string, from its language files
        WidgetRuns().mark(marks)  # cms103 (:mod:`.widget_runs`): a widget's ambiguous strings inside its run
        HeaderRows().mark(marks)  # clut85 (:mod:`.header_rows`): a category row, a bare domain, a glued meta date
