"""A link the text points to is the text's own (issue 12 point 1, round 30, tables30).

The rules that remove a short line sending the reader elsewhere (``boilerplate.source_link``: "Читать на
site.ru", a link at a short line's end; ``boilerplate.contact``: an address standing alone) read the line alone.
Some such lines are the article's: a bare address under a sentence leading to it ("… xin tham khảo trang web sau:"
/ "http://…"), or an item of a bulleted list whose other items the page keeps ("* Website: https://…" between
"* Brand: …" items).  :class:`PointedLinks`, a last line layer, takes such a line back, one ledger entry a line
(action ``kept``, rule ``structure.link``).  The evidence is position and shape, never wording:

* pointed to: the nearest line above (blank lines between allowed) is live, ends with ":" and is a sentence of four
  words or more (a lone label "Источник:" / "Nguồn:" leads to a source, metadata: not taken);
* a list item: the line opens with a list marker ("*", "-", "–", "•", "+") and the nearest non-blank lines above
  and below are live, the one below an item with the same marker (a footer's links or contacts are removed
  together: their siblings are not live).

Only lines holding a whole address (``http://``, ``https://``, ``www.``) are taken; an address shortened with
"..." or "…" inside is a link's displayed text (a widget renders it so, nobody can follow it as printed), and an
e-mail or telephone line stays as the rules left it.  A line that is the address alone (a list marker before it
allowed) is never taken back (clut82): the labels' Convention 9 (benchmarks/data/realpages/README.md) makes a URL
alone on its line clutter also where the sentence before points to it (``h24vi14``'s "… xin tham khảo trang web sau
:" over its URL, ``h47vi14``'s "Sinh viên xem chi tiết Lịch thi tại:" over a Google Docs address): it has nothing to
translate; a line with words beside its address ("Website: https://…", "Link đăng ký: https://…") still is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .ledger import record

if TYPE_CHECKING:
    from .marks import Marks

__all__ = ["RULE", "pointed_links", "PointedLinks"]

RULE = "structure.link"
TAKEN_FROM = ("boilerplate.source_link", "boilerplate.contact")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_ELIDED = re.compile(r"\.\.\.|…")
_MARKER = re.compile(r"^\s*([*\-–•+])\s+\S")
_WORD = re.compile(r"[^\W\d_]+")
#: the address alone on its line, a list marker before it allowed (Convention 9: clutter wherever it stands)
_BARE = re.compile(r"\s*(?:[*\-–•+]\s+)?(?:https?://|www\.)\S+\s*", re.IGNORECASE)
_MIN_WORDS = 4  # a line pointing to the link: a sentence this long at least


def _neighbour(lines: list[str], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else None


def pointed_links(lines: list[str], removed: dict[int, tuple[str, str | None]]) -> dict[int, str]:
    """The removed link lines the text owns: line index -> why (a sentence points to it, a list item among kept
    items)."""
    out: dict[int, str] = {}
    for i, (rule, _) in sorted(removed.items()):
        url = _URL.search(lines[i])
        if rule not in TAKEN_FROM or url is None or _ELIDED.search(url.group()) or _BARE.fullmatch(lines[i]):
            continue
        above, below = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
        if above is None or above in removed:
            continue
        lead = lines[above].rstrip()
        if lead.endswith((":", "：")) and len(_WORD.findall(lead)) >= _MIN_WORDS:
            out[i] = "an address a sentence ending with ':' points to"
            continue
        m = _MARKER.match(lines[i])
        if m and below is not None and below not in removed and (n := _MARKER.match(lines[below])) \
                and n.group(1) == m.group(1):
            out[i] = f"an item of a '{m.group(1)}' list whose other items are kept"
    return out


class PointedLinks:
    """The line layer (:class:`~.marks.LineLayer`) after the tables: takes back a link line the text owns."""

    def mark(self, marks: "Marks") -> None:
        doc, spans = marks.doc, marks.spans
        lines = [doc.text[a:b] for a, b in spans]
        for i, why in pointed_links(lines, marks.removed).items():
            rule = marks.removed.pop(i)[0]
            record(doc, RULE, spans[i][0], spans[i][1], f"{why}: taken back from {rule}", action="kept")
