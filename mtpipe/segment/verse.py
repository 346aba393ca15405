"""A poem's sentence run over its verse lines stays one unit (round bnd48, issue 12; train30's ``t30vi06``).

The cleaner joins a poem's lines that one sentence runs over (:mod:`mtpipe.clean.softbreak_verse`) and lists where in
``doc.meta["verse_joins"]``.  A verse opens with a capital, often on a word that elsewhere opens a sentence ("Tôi buộc
lòng tôi với mọi người⏎Để tình trang trải với trăm nơi"): the splitter's rule for a heading glued to its text with no
stop (:func:`~.glued.glued_breaks`) would cut the sentence there again.  A break that falls on such a join is undone.
"""

from __future__ import annotations

__all__ = ["keep_verse"]


def keep_verse(spans: list[tuple[int, int]], joins: list[int]) -> list[tuple[int, int]]:
    """Merge each two spans of a piece whose break falls on a verse join (``joins``: offsets in the piece, the end of
    the line that goes on)."""
    if not joins or len(spans) < 2:
        return spans
    out = [spans[0]]
    for a, b in spans[1:]:
        end = out[-1][1]
        if any(end <= p < a or p == end for p in joins):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
