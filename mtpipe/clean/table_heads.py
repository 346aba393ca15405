"""A flattened table's head printed one cell a line above its first row, its cells wrapped (issue 12, round tbl58).

:func:`~.tables.find_tables` takes a periodic run of cells back with the labels right above its first value (a
header row: at most two periods of them), but the run of cells stops at a line that is no cell: a head cell wrapped
over lines and joined by :mod:`.softbreak` into one longer line that names its column's unit, "Тариф в⏎выходные
дни⏎и вечерние⏎часы (с НДС),⏎руб." -> "Тариф в выходные дни и вечерние часы (с НДС), руб." (ten words, a stop).
Every head cell above it ("N" / "п/п" / "Наименование услуг" / "Кол-во" / "мест": a municipal act's tariff table,
held40's ``h40ru12``, dev since the post-blind round) is then one short line over a body of numbers the line
classifier and ``boilerplate.region`` (short lines above the article's text) take as the page's header.

:func:`head_top` walks up from the table's first line over its head cells and returns the first of them:

* a head cell holds words and no digit (a column's name, its unit, "№ п/п"), twelve words at most, no sentence end
  but a unit's abbreviation closing it ("руб.", "чел.", "мин.": :data:`~mtpipe.segment.abbreviations.ABBREVIATIONS`,
  lower case) and no caption's colon;
* "№" alone is a head cell (:func:`sign_cell`), taken back with the others;
* two periods of lines at most (a head cell of a column wrapped once, one a line);
* the head is framed from above by a live line (kept by the layers): the line right above the head cells (the
  table's title, its caption or a sentence of the text), or else the topmost kept line among them (a title of
  words alone, "Тарифы на услуги бани"); only the lines under it are taken.  A page's header, its menu over a table
  that opens the text, has the page's top or more furniture (a site's name, removed) above it, not a kept line.

:class:`~.tables.TableLines` applies it to a periodic table already found inside the article (its own position
test passed on the run of cells).
"""

from __future__ import annotations

import re

from ..segment.abbreviations import ABBREVIATIONS

__all__ = ["head_cell", "head_top", "header_labels", "sign_cell"]

_HEAD_WORDS = 12  # a head cell: this many words at most (a column's name and its unit, wrapped and joined)
_HEAD_CHARS = 90
_WORD = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_STOPS = ".!?…;"
_UNIT = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,6})\.$")  # a closing abbreviation's stop: "руб.", "мин."
_ABBR = ABBREVIATIONS["ru"] | ABBREVIATIONS["vi"]
_SIGNS = frozenset(("№", "#", "N"))


def header_labels(shapes: list[str], a: int, p: int) -> bool:
    """True when exactly ``p`` labels stand right above the first value ``a`` (cell shapes,
    :func:`~.tables.cell_shape`): a header row, one label a column (:func:`~.tables.period`, moved here in tbl58)."""
    return a >= p and all(t == "L" for t in shapes[a - p:a]) and (a == p or shapes[a - p - 1] != "L")


def sign_cell(s: str) -> bool:
    """True when the line is the number sign alone, "№": the head cell of the rows' numbers' column, a cell though it
    holds no letter or digit (a bare separator, "|" or "-", holds none either and is no cell)."""
    return s.strip() == "№"


def head_cell(s: str) -> bool:
    """True when the line can be a cell of a table's head: words and no digit, twelve words at most, no sentence
    end but a lower-case unit abbreviation's stop, no caption's colon."""
    s = s.strip()
    if s in _SIGNS:
        return True  # the row number's column: "№"
    words = _WORD.findall(s)
    if not words or len(words) > _HEAD_WORDS or len(s) > _HEAD_CHARS or _DIGIT.search(s):
        return False
    if s[-1] in ":：":
        return False
    if s[-1] in _STOPS:
        m = _UNIT.search(s)
        return s[-1] == "." and m is not None and m.group(1).islower() and m.group(1) in _ABBR
    return True


def head_top(lines: list[str], live: list[bool], first: int, p: int) -> int:
    """The first line of the head of the table whose run starts at line ``first`` (period ``p``): the line under the
    topmost live line among the head cells right above ``first`` and the line above them; ``first`` itself when no
    live line frames them (the page's top, or furniture removed, above them)."""
    k = first
    while k > 0 and first - k < 2 * p and head_cell(lines[k - 1]):
        k -= 1
    if k == first:
        return first
    if k > 0 and live[k - 1]:
        return k
    top = next((j for j in range(k, first) if live[j]), None)  # a kept head cell or the table's title among them
    return first if top is None else top + 1
