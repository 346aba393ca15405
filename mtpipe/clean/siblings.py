"""Items of one list that the line classifier would split: some kept, their siblings taken (issue 12, lost40).

The line classifier judges each short line by itself and its neighbours' shape.  In a list whose items are a name
and a bracket ("«Зенит» (Пенза)" / "«МиК» (Калуга)" / "«Торпедо» (Миасс, Челябинская область)", a tournament's
groups; "Nguyễn Văn A (Hà Nội)", a list of winners), the model keeps the items its lexicon knows and takes the others:
the same list cut in two.  :func:`bracket_siblings` says which lines are items of such a list with an item the
model keeps: the classifier leaves them all.

An item: a line of one to six words before a closing bracket group that holds a letter (a place, a club's town, a
qualifier) and ends the line (a cell rule "|" after it aside), not a sentence (no stop before the bracket).  A list:
three items or more in a block of adjacent lines (no blank line between), each bracket holding other words (a list
of places, not a menu's "(видео)" on every line), two items at least live and under the model's threshold, and no
line of the block removed by an earlier layer as navigation (a menu, breadcrumb, tag or related list: "Главная" over
"О компании (история)" / "Услуги (прайс)" / "Контакты (схема проезда)", where the model keeps one item).  A counter
in a bracket ("Комментарии (3)", "Архив (12)") has no letter and makes no item; a list whose items the model takes
but one (a related list, a menu) stays taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["bracket_item", "bracket_siblings"]

#: a line: its head (no sentence stop, no bracket) then a bracket group holding a letter, closing the line
_ITEM = re.compile(r"^\s*(?P<head>[^()\n.!?…]{1,80}?)\s*\((?P<inner>[^()]*[^\W\d_][^()]*)\)\s*\|?\s*$")
_MAX_HEAD_WORDS = 6
_MIN_ITEMS = 3
_MIN_KEPT = 2
#: the rules of an earlier layer that take a line as navigation: a block holding one is a menu, not a list of the text
_NAV_RULE = re.compile(r"nav|menu|breadcrumb|crumbs|tag|related|list_heading|rubric|template")


def bracket_item(line: str) -> str | None:
    """The bracket's words (case folded) when the line is a list item of a name and its bracket; None otherwise."""
    m = _ITEM.match(line)
    if m is None or not 1 <= len(m.group("head").split()) <= _MAX_HEAD_WORDS:
        return None
    return " ".join(m.group("inner").casefold().split())


def _blocks(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of adjacent lines (a single line break between each and the next)."""
    out: list[list[int]] = []
    for k in range(len(spans)):
        if out and text.count("\n", spans[k - 1][1], spans[k][0]) <= 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def bracket_siblings(text: str, spans: list[tuple[int, int]], kept: Iterable[int],
                     removed: "Mapping[int, Any]") -> set[int]:
    """Line indexes of the bracket lists (:func:`bracket_item`) with two lines of ``kept`` (live lines the classifier
    leaves) among their items, in a block where no line of ``removed`` (the earlier layers') is navigation."""
    kept = set(kept)
    out: set[int] = set()
    for block in _blocks(text, spans):
        items = {k: bracket_item(text[spans[k][0]:spans[k][1]]) for k in block}
        items = {k: v for k, v in items.items() if v is not None}
        if len(items) < _MIN_ITEMS or len(set(items.values())) < len(items) or len(kept & set(items)) < _MIN_KEPT:
            continue
        if any(k in removed and _NAV_RULE.search(str(removed[k][0])) for k in block):
            continue
        out.update(items)
    return out
