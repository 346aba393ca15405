"""Soft-break signs of round seg29 (issue 12 point 4), read on the soft cuts and wrong joins of held22-24: what a line's
marks say about the break after it.  :mod:`.softbreak` applies them.

* a list item's mark opening the next line (a bullet, or a number or letter closed by a bracket: "• доходный,",
  "a) Tòa án …") starts an item: the line before is not continued into it, even when it ends with a comma
  (:data:`ITEM_START`);
* a quotation wrapped a verse a line ("“Tháng Giêng là tháng ăn chơi⏎Tháng Hai cờ bạc, tháng Ba rượu chè”"): the line
  opens a quotation it does not close and stops short of a sentence end, the next line closes it; joined although
  the next line opens with a capital (:func:`quote_wraps`).

Tried and left out: a line closed by a comma, one blank line, a line in lower case ("… председательствующего Зыкина
В.Я.,⏎⏎судей …" on held23) joined across the blank line outside PDF dumps: a poem's stanzas part the same way
("Dù số phận mang tới điều gì,⏎⏎hãy can đảm …", tests/test_softbreak_pdf.py).
"""

from __future__ import annotations

import re

__all__ = ["ITEM_START", "quote_wraps"]

#: a list item's mark opening a line: a bullet, or a number or a letter closed by a bracket
ITEM_START = re.compile(r"^\s*(?:[•▪●◦►·]|(?:\d{1,2}|[a-zа-яđ])\))")
_OPEN, _CLOSE = "“«„", "”»"
_ENDS = ".!?…:;"


def quote_wraps(cur: str, nxt: str) -> bool:
    """``cur`` opens a quotation it does not close and stops short of a sentence end; ``nxt`` closes it before it
    opens another."""
    s = cur.strip()
    at = max(s.rfind(q) for q in _OPEN)
    if at < 0 or any(q in s[at + 1:] for q in _CLOSE) or s.rstrip("\"'’)]")[-1:] in _ENDS:
        return False
    n = nxt.strip()
    close = min((n.find(q) for q in _CLOSE if q in n), default=-1)
    return close > 0 and not any(q in n[:close] for q in _OPEN)
