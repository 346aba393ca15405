"""The page's other photo captions left as one table cell, once one was found between two paragraphs (issue 12,
left99).

``portal.cell_caption`` (:func:`~.vi_captions.cell_captions`) takes an image's caption left as the one cell of the
image's table ("Người dân thôn Dền Sáng mang lễ vật đến khu rừng để cúng thần linh. |") only between two paragraphs
that close with a stop: the one evidence that the line is no table's cell of a page of tables.  A page prints all its
photos the same way, so the captions that stand elsewhere -- the page's first line over the text (h54vi13: "Trong lễ
cúng rừng, người dân thôn Dền Sáng bầu Tổ bảo vệ rừng của thôn. |", the lead photo's caption), over a subheading,
under another caption -- are the same widget, and the caption found between paragraphs is the evidence for them.

``portal.cell_sibling`` (:func:`cell_siblings`): on a page where ``portal.cell_caption`` removed a line, another
live line of the same shape (:func:`~.vi_captions.cell_caption`: one cell of four to forty words, one sentence at
most), whose live neighbours (the lines with a letter or a digit) carry no bar (no table's row beside it: a calendar's,
a price list's cells stay) and one of which at least is a paragraph that closes with a stop.

Counted over every dev part (held54 left out), on the labelled lines: a one-cell caption line on a page where
``cell_captions`` finds another, not found itself: 3 lines, all clutter (h33vi02, h35vi14, h38vi08), no content; the
one-cell line first on the page with no such sibling (no evidence) is left: "Tiếp tục lùi thời gian thông quan tại
cặp cửa khẩu Chi Ma-Ái Điểm |" (h30vi03) is the page's title, content.

The rule runs in :class:`~.vi_captions.CaptionLines`' layer (Vietnamese pages), after ``portal.cell_caption``.
"""

from __future__ import annotations

from typing import Any, Mapping

from .vi_captions import CELL, _closes, cell_caption

__all__ = ["RULE", "cell_siblings"]

RULE = "portal.cell_sibling"


def cell_siblings(lines: list[str], removed: Mapping[int, Any]) -> dict[int, tuple[str, str]]:
    """The page's other one-cell captions once ``portal.cell_caption`` took one (``removed`` holds the layer's
    finds): index -> (rule, note)."""
    found = [i for i, value in removed.items() if value[0] == CELL]
    if not found:
        return {}
    live = [i for i in range(len(lines)) if i not in removed and any(ch.isalnum() for ch in lines[i])]
    out: dict[int, tuple[str, str]] = {}
    for k, i in enumerate(live):
        if not cell_caption(lines[i]):
            continue
        near = [lines[live[j]] for j in (k - 1, k + 1) if 0 <= j < len(live)]
        if near and all("|" not in s for s in near) and any(_closes(s) for s in near):
            out[i] = (RULE, f"a photo's caption left as one table cell, as the caption on line {found[0] + 1} "
                            f"between two paragraphs")
    return out
