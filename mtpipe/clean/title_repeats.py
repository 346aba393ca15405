"""The page's title printed again under it, shortened (issue 12, post37).

A page's first line is often its title as the site's ``<title>`` prints it, with more glued to it (the site's name
after " | ", a date in brackets, a bullet, the lead's first sentence); the article's heading under it repeats the
title's words, fewer of them: "История "Спортивной школы "Спартак" | СШ «Спартак»" over "История СШ «Спартак»"
(h37ru13), "Принципы школьного питания: как кормят наших детей? После какого урока обед в школе" over "Принципы
школьного питания: как кормят наших детей?" (h27ru07), "В деревню Игумново Можайского округа пришел газ‖ Теперь
около 160 …" over "В деревню Игумново Можайского округа пришел газ" (h32ru06), "Thông báo khẩn về việc ngưng cung
cấp nước (Ngày đăng: 19/10/2018)" over the same words and a stop (h25vi06), "• Chuyến Hành Trình Cảm Xúc: …" over
the same words (h16vi).  The duplicate layer compares only the same text or a paragraph's real length; the second
copy is the shorter and stays.

``boilerplate.title_repeat``: the live line right under the page's first live line, :data:`MIN_WORDS` words at
least and fewer than that first line's, every word of it (letters and digits, case folded) in the first line, in
the same order, the first the same and all within the first line's opening ``len + `` :data:`SLACK` words, no
colon closing it (a label announcing the text's table: "Quy định giờ ra vào lớp như thế nào?" over "Quy định giờ ra
vào lớp:", t29vi03, is the text's).  A heading under the lead that repeats some of its words ("В Москве прошёл
фестиваль «Круг света» …" over "Фестиваль «Круг света»") opens on another word; a lead under the title goes on with
words of its own.  On the dev pages it takes h37ru13's and h27ru07's copies; h32ru06's and h25vi06's stay because the
duplicate layer removes the first line (the annotated title) and keeps the copy, h16vi's because menu lines above
the title stay live.

The layer runs after :mod:`.banners`, before :mod:`.structure` and :mod:`.tables` (they may take a line back).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULES", "REPEAT", "MIN_WORDS", "SLACK", "repeats", "title_repeats", "RepeatLines"]

REPEAT = "boilerplate.title_repeat"
#: the ledger rules of this module (policy families, docs)
RULES = (REPEAT,)
MIN_WORDS = 3  # words of the repeated title, at least (a two-word heading may be a section's own)
SLACK = 3  # the repeat's words lie within the title's first len(repeat) + SLACK words
_WORD = re.compile(r"[^\W_]+")


def _words(s: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(s)]


def repeats(title: str, line: str) -> bool:
    """``line`` repeats ``title``'s opening words, fewer of them, in order (module docstring)."""
    own, head = _words(line), _words(title)
    if line.rstrip()[-1:] == ":" or len(own) < MIN_WORDS or len(own) >= len(head) or own[0] != head[0]:
        return False
    window = iter(head[:len(own) + SLACK])
    return all(w in window for w in own)  # an ordered subsequence (``in`` consumes the iterator)


def title_repeats(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The shortened copy of the title right under the page's first live line: index -> (rule, note)."""
    live = [i for i in range(len(lines)) if i not in removed and lines[i].strip()]
    if len(live) < 3 or not repeats(lines[live[0]], lines[live[1]]):
        return {}
    return {live[1]: (REPEAT, "the page's title printed again right under its first line, fewer of its words in the "
                              "same order")}


class RepeatLines:
    """The post37 title-repeat layer (:class:`~.marks.LineLayer`): live lines only (what no layer before removed)."""

    def mark(self, marks: "Marks") -> None:
        lines = marks.line_texts()
        held = getattr(marks.removed, "held", None) or {}
        found = title_repeats(lines, marks.removed)
        for i, value in found.items():
            if any(j in held and j not in marks.removed and j not in found for j in (i - 1, i + 1)):
                continue  # a removal next to a held line would release it (policy.release_supported): its own rule
            marks.removed.setdefault(i, value)
