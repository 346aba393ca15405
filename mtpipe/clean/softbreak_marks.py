"""Soft-break signs of round seg29 (issue 12 point 4), read on the soft cuts and wrong joins of held22-24: what a line's
marks say about the break after it.  :mod:`.softbreak` applies them.

* a list item's mark opening the next line (a bullet, or a number or letter closed by a bracket: "• доходный,",
  "a) Tòa án …") starts an item: the line before is not continued into it, even when it ends with a comma
  (:data:`ITEM_START`);
* a symbol font's bullet read as a Latin-1 letter (round bnd48, train30's ``t30vi06``: "ê Từ ấy (1946) >> Chi
  tiết⏎ê Bác Hồ >> Chi tiết"; Wingdings' arrow is "ê", its tick "ü", its diamond "v", its box "q", Word's ring "o"),
  alone before a capital or a figure, opening two lines in a row: each line is an item, the line before is not
  continued into it although the letter is lower case (:func:`glyph_items`);
* a quotation wrapped a verse a line ("“Tháng Giêng là tháng ăn chơi⏎Tháng Hai cờ bạc, tháng Ba rượu chè”"): the line
  opens a quotation it does not close and stops short of a sentence end, the next line closes it; joined although
  the next line opens with a capital (:func:`quote_wraps`).

* a hard-wrapped text (crawl12, read after its final blind run: a legacy parish site's pages wrapped at about 70
  characters, "… thuộc phường Tư Đình, quận⏎Long Biên, thành phố Hà Nội …"): its running lines fill up to one width
  and most of them stop short of a sentence end, the next line going on in lower case; there a full line (four
  fifths of the width or more) that stops short of a sentence end goes on into the next line even when that line
  opens with a capital (a name wrapped to the next line) (:func:`wrap_width`).

* a breadcrumb's mark opening the next line ("» МБДОУ "Детский сад №21"" under the site's slogan, ``h42ru15``,
  clut67; "› Новости", "→ Контакты"): ``»`` or ``›`` (or an arrow), a space, then no lower-case word, where the
  paragraph so far (back to its last blank line) leaves no «quotation» open: the mark closes no quote, it starts the
  trail's line, which the line before is not continued into (:func:`crumb_opens`; a guillemet closing a quote the
  paragraph opened, "… «Карапуз" over "», в народе …", still goes on).

Tried and left out: a line closed by a comma, one blank line, a line in lower case ("… председательствующего Зыкина
В.Я.,⏎⏎судей …" on held23) joined across the blank line outside PDF dumps: a poem's stanzas part the same way
("Dù số phận mang tới điều gì,⏎⏎hãy can đảm …", tests/test_softbreak_pdf.py).
"""

from __future__ import annotations

import re
from typing import Callable

from .words import line_words

__all__ = ["ITEM_START", "crumb_opens", "glyph_items", "quote_wraps", "wrap_width", "WRAP_FULL"]

#: a list item's mark opening a line: a bullet, or a number or a letter closed by a bracket
ITEM_START = re.compile(r"^\s*(?:[•▪●◦►·]|(?:\d{1,2}|[a-zа-яđ])\))")
#: a symbol font's bullet read as a letter: Wingdings' arrows "ê è ð", tick "ü", diamond "v", boxes "q n", dot "l",
#: Word's ring "o"; none a word of the languages read (not Russian "в", "с", Vietnamese "ở", English "a")
_GLYPH = re.compile(r"^\s*([êèðüvqnlo])\s+[^\W_]")


def _glyph(line: str) -> str:
    if line.lstrip()[:1] not in "êèðüvqnlo":
        return ""  # (the glyph's letter first: perf57)
    m = _GLYPH.match(line)
    return m.group(1) if m and not line[m.end() - 1].islower() else ""


def glyph_items(lines: list[str]) -> set[int]:
    """Indexes ``i`` of the breaks before a line opened by a symbol font's bullet that opens the line before or the
    line after it too (never joined)."""
    marks = [_glyph(ln) for ln in lines]
    return {i for i in range(len(lines) - 1)
            if marks[i + 1] and (marks[i] == marks[i + 1] or (i + 2 < len(lines) and marks[i + 2] == marks[i + 1]))}


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


#: a line of a hard-wrapped text this share of the width or more is full: the wrap cut it, not the writer
WRAP_FULL = 0.8
_WRAP_LINES, _WRAP_MIN, _WRAP_MAX = 8, 50, 110  # running lines at least; the widths a text is wrapped at


def wrap_width(lines: list[str], ends: "Callable[[str], bool]", goes_on: "Callable[[str], bool]") -> int | None:
    """The width a hard-wrapped text is wrapped at, None when it is not one: of its running lines (five words or
    more, eight at least, the longest but for a tenth 50 to 110 characters), half or more are full (four fifths of the longest
    or more); of the full lines, two fifths or more stop short of a sentence end (``ends``) with a line after them,
    and of those half or more go on in lower case (``goes_on``): a list of headlines is not wrapped."""
    run = [i for i, ln in enumerate(lines) if len(line_words(ln)) >= 5]
    if len(run) < _WRAP_LINES:
        return None
    # the width: the longest running lines but for the longest tenth (a line the wrap let run over, bnd41: held30's
    # "… khu phố 9 và khu phố1, trao" at 90 characters in a text wrapped at 72)
    widths = sorted(len(lines[i].strip()) for i in run)
    width = widths[(9 * (len(widths) - 1)) // 10]
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return None
    full = [i for i in run if len(lines[i].strip()) >= WRAP_FULL * width]
    cut = [i for i in full if not ends(lines[i]) and i + 1 < len(lines) and lines[i + 1].strip()]
    if 2 * len(full) < len(run) or 5 * len(cut) < 2 * len(full):
        return None
    return width if 2 * sum(goes_on(lines[i + 1]) for i in cut) >= len(cut) else None


#: a breadcrumb's mark opening a line: a right guillemet, a single one or an arrow, a space, then a character (no
#: lower-case one: :func:`crumb_opens`)
_CRUMB_OPEN = re.compile(r"^\s*[»›→]\s+(\S)")
_PARAGRAPH_LINES = 12  # lines read back for an open quotation


def crumb_opens(lines: list[str], i: int) -> bool:
    """True when ``lines[i + 1]`` opens with a breadcrumb's mark (:data:`_CRUMB_OPEN`) and no «quotation» stands open
    in ``lines[i]`` and the lines above it back to a blank line (module docstring)."""
    m = _CRUMB_OPEN.match(lines[i + 1]) if i + 1 < len(lines) else None
    if m is None or m.group(1).islower():
        return False
    opened = 0
    for k in range(i, max(-1, i - _PARAGRAPH_LINES), -1):
        if not lines[k].strip():
            break
        opened += lines[k].count("«") - lines[k].count("»")
    return opened <= 0
