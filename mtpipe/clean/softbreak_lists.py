"""Soft-break sign of round bnd40 (issue 12: sentence boundaries on real pages): the items of a list that a colon
opens, one a line, closed by commas, are units, not one sentence wrapped at its commas.

A power-outage notice lists its streets after "… не будет света в домах на улицах:", one a line: "Калинина (60, 62,
64),⏎Механизаторов (34, 36),⏎Мира (2),⏎Челябинская (67, 69)." (held29's ``h29ru13``; README Conventions 4 and the
held29 section: "each street … a unit").  :mod:`.softbreak` joins a line that ends in "," to the next one (a
sentence wrapped at a comma); inside such a list the comma closes an item instead.

The sign (:func:`comma_items`): a line ending in ":" opens the list; at least two lines right after it (no blank line
between) end in ","; the run closes with a line ending in ".", ";", "!" or nothing more (the block ends) (a list of two,
one comma line, closes with ".", ";" or "!" and a short item with no comma outside brackets: "воскресенье:⏎09.00 –
10.00,⏎12.00 – 13.00.", bnd42); every item,
the closing one too, is short (twelve words of letters at most: a street and its house numbers, a name, a short
phrase).  Left joined: a sentence wrapped at a comma with no colon line before it ("… khoe sắc với nghề dệt thổ
cẩm,⏎đũi, thảm …"), a colon's one comma line before the clause goes on ("… в составе:⏎председательствующего Зыкина
В.Я.,⏎судей …, при секретаре … рассмотрела …", the court's panel of ``h23ru05``: one comma line, and a long clause
after it), a list whose last line runs on as a long sentence, and a list opened by a colon inside a line ("Kính
gửi: Quý Cha, quý Tu sĩ, Chủng sinh,⏎và Cộng đoàn …": the address ends with its sentence).
"""

from __future__ import annotations

import re

__all__ = ["comma_items"]

_CLOSERS = "\"'”’»)]"
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_ITEM_WORDS = 12  # an item is short: a street and its numbers, a name, a short phrase
_LIST_CLOSE = ".;!"


def _end(line: str) -> str:
    s = line.rstrip().rstrip(_CLOSERS).rstrip()
    return s[-1:]


def _short(line: str) -> bool:
    return len(_WORD.findall(line)) <= _ITEM_WORDS


def comma_items(lines: list[str]) -> set[int]:
    """Indexes ``i`` of the breaks after a comma-closed item of a list a colon line opens (never joined)."""
    out: set[int] = set()
    n = len(lines)
    k = 0
    while k < n - 3:
        if not lines[k].strip() or _end(lines[k]) != ":":
            k += 1
            continue
        j = k + 1
        while j < n and lines[j].strip() and _end(lines[j]) == "," and _short(lines[j]):
            j += 1
        items = j - k - 1
        # j: the closing item (a short line ending the list), or the line the run stopped at
        closes = j < n and lines[j].strip() and _short(lines[j]) and (
            _end(lines[j]) in _LIST_CLOSE or j + 1 >= n or not lines[j + 1].strip()) and _end(lines[j]) != ","
        # a list of two ("воскресенье:⏎09.00 – 10.00,⏎12.00 – 13.00."): one comma line, closed by a stop (bnd42)
        if (items >= 2 or (items == 1 and _pair_close(lines[j]))) and closes:
            out.update(range(k + 1, j))
        k = max(j, k + 1)
    return out


_BRACKETED = re.compile(r"\([^()]*\)")
_PAIR_WORDS = 8


def _pair_close(line: str) -> bool:
    """The closing item of a list of two: a stop at its end, eight words at most, no comma outside brackets ("улице
    Пугачева (31, 33)."); a clause that goes on ("судей Петрова и Сидорова, при секретаре …") is no item."""
    s = _BRACKETED.sub("", line)
    return _end(line) in _LIST_CLOSE and "," not in s and len(_WORD.findall(s)) <= _PAIR_WORDS
