"""A breadcrumb trail printed one crumb a line, under its home crumb (issue 12, clut77).

A portal's template may print its breadcrumb as a list, one crumb a line, each with the list's marker: a number ("1.
Trang chủ" / "2. » Luận Văn - Báo Cáo", h15vi02) or a bullet ("• Home" / "• Góc Giáo Viên" / "• XÂY DỰNG THỰC ĐƠN
CHO TRẺ MẦM NON ĐẠT CHUẨN DINH DƯỠNG", t29vi01; "- Главная" / "- Для жителей" / …, h14ru01).  The layers before take
the home crumb (``portal.breadcrumb``, a rubric, a menu's item) and, when the crumbs look like a menu's, the rest;
short crumbs of words that are no menu's leave the trail's middle and its last crumb (the post's title or its
category) standing over the page's title, where they read as a rubric or a heading.

``portal.breadcrumb`` (:func:`split_crumbs`): the lines right under a removed home crumb ("Trang chủ", "Home",
"Главная", alone after its marker, a separator allowed), each opening with the same marker (the next number, or the
same bullet), each a crumb (:data:`MAX_WORDS` words at most, no sentence, no stop, colon or comma at its end), at most
:data:`MAX_CRUMBS` of them, the run ending at a line with no such marker (the page's title or its text).  A menu is
longer (its items run on past :data:`MAX_CRUMBS`: none is taken here, the menu layers judge it); a list whose items
are sentences, or which runs on into the text's own items, is none.  Counted over every dev part's lines before the
rule: seven trails of this shape on six pages, every line under a home crumb clutter; two pages' crumbs were left
(h15vi02, t29vi01: three lines), none of the text's lines is of the shape.  Called from
:class:`~.vi_rubrics.RubricLines` on Vietnamese pages (the Russian trails of the shape were taken already), whose
guard keeps a crumb beside a line the policy held (h15vi02's crumb stands over its title, on which
``dedupe.breadcrumb``'s mark is held: removing the crumb would release it).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .features import _sentence_like

__all__ = ["RULE", "MAX_CRUMBS", "MAX_WORDS", "split_crumbs"]

RULE = "portal.breadcrumb"
MAX_CRUMBS = 3  # crumbs under the home crumb (more: a menu's items)
MAX_WORDS = 16
_MARK = re.compile(r"^\s*(?:(?P<num>\d{1,2})\.|(?P<bullet>[•·▪►*\-–—]))\s*")
_HOME = re.compile(r"^(?:trang chủ|home|главная(?: страница)?)\s*[»›>/|]?\s*$", re.IGNORECASE)
_SEPS = " \t»›>/|"


def _crumb(s: str) -> bool:
    t = s.strip(_SEPS)
    return bool(t) and len(t.split()) <= MAX_WORDS and t[-1:] not in ".!?…:;," and not _sentence_like(t)


def _mark_end(line: str) -> int:
    m = _MARK.match(line)
    return m.end() if m else 0


def _fold(s: str) -> str:
    return " ".join(s.strip(_SEPS).casefold().split())


def _last_print(lines: list[str], j: int, start: int, removed: Mapping[int, Any]) -> bool:
    """The crumb ``j`` is the last print of a line a duplicate rule took as its copy ("Ra quân làm sạch kênh mương"
    over the trail, ``dedupe.title_copy``, whose copy is the trail's last crumb "RA QUÂN LÀM SẠCH KÊNH MƯƠNG"): each
    rule leaves the other print standing, so the crumb stays (docs65 found the title lost)."""
    crumb = _fold(lines[j][start:])
    return any(str(v[0]).startswith("dedupe.") and _fold(lines[r]) == crumb for r, v in removed.items())


def split_crumbs(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The live crumbs of a trail printed one crumb a line under its removed home crumb (module docstring): index ->
    (rule, note)."""
    out: dict[int, tuple[str, str]] = {}
    rows = [i for i, s in enumerate(lines) if s.strip()]
    for k, i in enumerate(rows):
        m = _MARK.match(lines[i])
        if i not in removed or m is None or not _HOME.match(lines[i][m.end():].strip()):
            continue
        number = int(m["num"]) if m["num"] else None
        run: list[int] = []
        end = None
        for j in rows[k + 1:]:
            mj = _MARK.match(lines[j])
            same = mj is not None and (mj["num"] == str(number + len(run) + 1) if number is not None
                                       else mj["bullet"] == m["bullet"])
            if not same:
                end = j
                break
            run.append(j)
            if len(run) > MAX_CRUMBS or not _crumb(lines[j][mj.end():]):  # type: ignore[union-attr]
                break
        if end is None or not run or len(run) > MAX_CRUMBS:
            continue  # a menu's items, a list running on, or the page's end
        if not all(_crumb(lines[j][_MARK.match(lines[j]).end():]) for j in run):  # type: ignore[union-attr]
            continue
        home = lines[i].strip()
        for j in run:
            if j not in removed and not _last_print(lines, j, _mark_end(lines[j]), removed):
                out[j] = (RULE, f'a crumb of a breadcrumb printed one crumb a line under its home crumb "{home}", '
                                "the same marker opening each, the trail ending at a line with none")
    return out
