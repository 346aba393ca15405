"""A flattened table whose cells are mostly labels (issue 12, table38).

:func:`~.tables.find_tables` finds a table flattened one cell a line by the period of its value cells (dates,
times, numbers).  A table whose cells are nearly all labels (a vaccination calendar: age group / vaccine /
disease, a weekday and a date per week; an admissions timetable whose cells end with the crawler's ``|``; a
report-deadline table printed a row a line; a tour's price table under its header cells) has no such period, and
the short-line rules (menus, date lines, repeated blocks, bylines, the classifier) take its cells one by one.
:func:`find_label_tables` finds such a block by shape and position, never wording:

* the block (:func:`block_line`, :func:`_blocks`): a stretch of cells (short lines without a sentence, a line
  closed by ``|``), bare separators (``|``, ``.``) and long cells (a row printed on one line: up to
  :data:`_LONG_WORDS` words, never the block's first line), ten cells at least;
* its grid (:func:`grid`): values and labels both (a digit in two different cells or more, and cells without
  one), and either two different cells or more that recur inside the block, digits masked (:func:`cell_key`: a
  vaccine under each age group, the same periods under each report), or three cells closed by ``|`` (the
  crawler's column separator).  A block with a wider cell (up to :data:`_WIDE_WORDS` words, no sentence end)
  between its cells counts by ``|`` only: recurring fields around a comment's text are a comment list's;
* position: the block sits inside the article, framed by the text (:func:`~.tables._inside`: the nearest live
  line above is a sentence, a caption ending with ":" or a heading under the text, and text follows within a few
  lines), or the block is the page: it reaches the page's end and starts among its first :data:`_HEAD` lines
  (a page that is its title, its date and the table).

What shares the shape and is not taken: a record's card printed twice, its recurring cells field labels ending with
":" (:func:`_field_card`: a forum poster's "Регистрация:" / "Сообщения:" over each post, ru46), a site menu or tag
cloud (no values, or one value printed twice, no column recurring), a footer's link list or a listing's cards (they end the page after an article: no text below
them), a list of other items' titles and dates, a record's field labels ending with ":", a calendar or pager
(:func:`~.tables.clutter_shape`), a counter widget (no cell recurs: each counter's value differs), a comment list
(wide texts between its fields).  :class:`~.tables.TableLines` takes back the block's removed lines but a copy
of a line the layers removed as a copy (``dedupe.*``) of no cell of the block, a site template line, front
matter, and the page's date or byline right under its title.

From held37 (cp37): a header row closed by ``|`` like the row under it (:func:`header_row`) is the table's also
among the page's first lines, where a page table's block otherwise leaves the page's header; and a near copy whose
row code alone differs from a cell ("S(không hút thuốc)" under "C1(không hút thuốc)", :func:`copies_cell`) is
another row's label of the same column.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from .record_blocks import open_abbreviation, value_rows
from .words import line_words

__all__ = ["block_line", "cell_key", "copies_cell", "header_row", "head_above", "grid", "bare_key", "next_table",
           "find_label_tables"]

_CELL_CHARS = 60  # a cell: at most this many characters ...
_CELL_WORDS = 8  # ... and words (split at spaces: "Bạch hầu-Ho gà-Uốn ván" is three)
_LONG_CHARS = 80  # a long cell (a row printed on one line, a long label) inside a block: at most this many
_LONG_WORDS = 14  # characters and words
_WIDE_WORDS = 16  # a wider cell between two cells: at most this many words, no sentence end
_WIDE_CHARS = 120
_MIN_CELLS = 10  # cells in a block at least
_MIN_VALUES = 2  # different cells holding a digit at least
_MIN_PIPES = 3  # cells closed by "|" for a grid by separators
_HEAD = 4  # lines above a block that reaches the page's end, at most (the page's title and date: the page is the table)
_MIN_REPEATS = 2  # cells that recur inside the block for a grid by recurrence
_HEAD_ROWS = 4  # header rows above a table of "|" rows taken in at most (header rows, a sub-header, a caption; tab96)
_CAPTION_CHARS = 40  # a caption ending with ":" right above such a table: this long at most (four words)

_TEXT = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_LETTER = re.compile(r"[^\W\d_]{2}")  # a word in the key: a masked stamp ("0-0-0t0:0") is a value
_SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"”»)\]]*)\s*$")
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?![\d:])")  # a clock time ("08:45")


def _tokens(s: str) -> int:
    return len(line_words(s))


_RULE_CHARS = frozenset("|-: ")
_PIPES = frozenset("| ")


def block_line(s: str) -> str:
    """What the line can be in a flattened table: ``c`` a cell, ``l`` a long cell (never the first of a block),
    ``w`` a wider cell (no sentence end), ``s`` a bare separator (no letter or digit), ``""`` none (a sentence, a
    paragraph)."""
    s = s.strip()
    if not s:
        return ""
    if not _TEXT.search(s):
        # a markdown table's rule row under its head cells ("|---|---|---|", struct87) parts no table
        # and a row of empty cells ("||||||||" between a menu's rows, struct89)
        return "s" if len(s) <= 3 or ("|" in s and ("-" in s or set(s) <= _PIPES) and set(s) <= _RULE_CHARS) else ""
    if len(s) > _WIDE_CHARS:
        return ""  # longer than every kind of cell below: its words and its stop need no reading (perf86)
    # (a stop before the closing marks and white space at the end, first: perf57)
    n, end = _tokens(s), s.rstrip().rstrip("\"”»)]")[-1:] in ".!?…。！？" and _SENTENCE_END.search(s) is not None
    end = end and not open_abbreviation(s) and len(_CLOCK.findall(s)) < 2  # "… сертификации им." over the name:
    # a cell wrapped (struct89); a row of clock times whose note closes with "мин.)" is no sentence (struct90)
    if s.endswith("|") and len(s) <= _WIDE_CHARS and n <= _WIDE_WORDS:
        return "c"
    if len(s) <= _CELL_CHARS and n <= _CELL_WORDS and not (end and n >= 4):
        return "c"
    if len(s) <= _LONG_CHARS and n <= _LONG_WORDS and not (end and n >= 4):
        return "l"
    if len(s) <= _WIDE_CHARS and n <= _WIDE_WORDS and not end:
        return "w"
    return ""


def cell_key(s: str) -> str:
    """A cell's key for recurrence: case folded, digits masked, the separator ``|`` and spaces around dropped
    ("За 2023 год 25.01.2024" and "За 2023 год 26.02.2024" share one)."""
    return " ".join(_DIGITS.sub("0", s.strip().strip("|").strip()).casefold().split())


def bare_key(key: str) -> str:
    """A cell's key with its letters and digits alone: "тариф, руб. ( ндс …)" is "тариф , руб. ндс …" as the
    copy rules read it (tab94)."""
    return "".join(_TEXT.findall(key))


_ROW_LABEL_WORDS = 2  # words a row's label adds before a cell it copies, at most (lost42)
_MIN_COPIED_WORDS = 4


#: a row's code opening its label cell, one to three letters or digits before a bracket or a space ("C1(không hút
#: thuốc)", "S(không hút thuốc)": a hotel's room classes, held37), and the label's rest
_ROW_CODE = re.compile(r"^[^\W_]{1,3}(?=[\s(])\s*(?P<rest>\S.*)$")


def _uncoded(key: str) -> str | None:
    m = _ROW_CODE.match(key)
    return m.group("rest") if m else None


def copies_cell(key: str, cells: set[str], near: bool = False) -> bool:
    """True when a line of key ``key`` (:func:`cell_key`) copies a cell of the table (``cells``, their keys): the same
    key, or, for a near copy (``dedupe.near``), a cell of four words or more with one or two words of a row's label
    before it ("Зачисление за счет средств … – 28 августа" under "За счет средств … – 28 августа |": the academy's row
    of the college's cell, both the table's own), or a cell whose row code alone differs (:data:`_ROW_CODE`:
    "S(không hút thuốc)" under "C1(không hút thuốc)": another row's label of the same column)."""
    if key in cells or bare_key(key) in {bare_key(c) for c in cells}:  # signs and spaces aside (tab94)
        return True
    words = key.split()
    if not near:
        return False
    rest = _uncoded(key)
    return any(len(words) - k >= _MIN_COPIED_WORDS and " ".join(words[k:]) in cells
               for k in range(1, _ROW_LABEL_WORDS + 1)) or (rest is not None and any(_uncoded(c) == rest for c in cells))


def header_row(lines: list[str], i: int) -> bool:
    """Line ``i`` is a table's header row printed a row a line: cells closed by ``|`` (two at least), as many as the
    row under it has ("Тип праздника | График работы | Доступные услуги |" over "Официальные государственные праздники
    | Выходной день | Только онлайн-запись |", held37): a row of the table, no line of the page's header above it.
    A table printed a cell a line has its head a cell a line too ("№ п/п |" over "Наименование услуг |" over
    "Тариф |", struct88's t06 gcgdkp.by): a cell of words closed by its one ``|`` over another such line."""
    s, nxt = lines[i].strip(), lines[i + 1].strip() if i + 1 < len(lines) else ""
    if s.endswith("|") and nxt.endswith("|") and s.count("|") == nxt.count("|") == 1:
        return block_line(s) == block_line(nxt) == "c" and re.search(r"[^\W\d_]", s) is not None
    return s.endswith("|") and nxt.endswith("|") and s.count("|") >= 2 and s.count("|") == nxt.count("|")


def head_above(lines: list[str], first: int) -> int:
    """The first line of a table of ``|`` rows starting at line ``first``, its header rows above taken in: up to
    :data:`_HEAD_ROWS` lines right above it, each a :func:`header_row` of the line under it (as many cells, closed by
    ``|``).  A row too long for the stretch of rows (a caption spanning the table, "Перечень на платные медицинские
    услуги … | ||||") parts the header row ("№ | Код | Наименование услуг | Единица измерения | BYN | RUB | $ |",
    held38) from the rows under it, and ``chrome.link_footer`` took it for a footer's links (cp55).  A short caption
    ending with ":" right above is the table's too, as over a table printed a cell a line ("Cụ thể:" over "Tháng |
    Người Tiếp công dân | …", a reception schedule; ``boilerplate.field_label`` took it while the rows were out, struct90)."""
    k = first
    while k > 0 and first - k < _HEAD_ROWS and header_row(lines, k - 1):
        k -= 1
    cap = lines[k - 1].strip() if k > 0 else ""
    return k - 1 if cap.endswith((":", "：")) and len(cap) <= _CAPTION_CHARS and len(cap.split()) <= 4 else k


def grid(cells: list[str], pipes_only: bool = False) -> str | None:
    """The evidence that ``cells`` (the block's cells in order, separators left out) are a table's grid, or None:
    value cells (a digit) and label cells both, and recurring cells, cells closed by ``|``, or a header row."""
    with_digit = [c for c in cells if _DIGIT.search(c)]
    values = len({c.strip().strip("|").strip() for c in with_digit})  # a menu printed twice repeats its one value
    if len(cells) < _MIN_CELLS or values < _MIN_VALUES or len(with_digit) == len(cells):
        return None
    keys = [cell_key(c) for c in cells]
    count = Counter(k for k in keys if _LETTER.search(k))  # a bare value recurs in any list
    # two cells or more that recur, each at two places at least: a grid's column, not a heading printed twice
    repeats = sum(k for k in count.values() if k >= 2) if sum(k >= 2 for k in count.values()) >= 2 else 0
    pipes = sum(c.rstrip().endswith("|") and len(c.strip()) > 1 for c in cells)
    if pipes >= _MIN_PIPES:
        return f"{pipes} cells closed by '|'"
    if repeats >= _MIN_REPEATS and not pipes_only and not _field_card(count):
        return f"{repeats} cells recurring"
    return None if pipes_only else value_rows(cells)  # a wide table's rows: a label, a run of values (struct89)


def _field_card(count: "Counter[str]") -> bool:
    """The cells that recur are half or more field labels ending with ":" (counted at each place): a record's card
    printed twice, its labels each on a line over their values ("Регистрация:" / "21.01.08" / "Сообщения:" /
    "12.244", a forum poster's card over each post, train30), not a table's column.  :func:`~.tables.clutter_shape`
    reads the same labels in a periodic run."""
    recurring = {k: n for k, n in count.items() if n >= 2}
    return sum(n for k, n in recurring.items() if k.endswith((":", "："))) * 2 >= sum(recurring.values())


def _wide_inside(kinds: list[str], i: int, j: int) -> bool:
    """A wider cell at ``j`` belongs to the block opened at ``i``: a cell or separator above it, and below it
    one too (or a second wider cell, or the page's end); two wider cells in a row at most."""
    if j == i or kinds[j - 1] not in ("c", "l", "s", "w") or (j - 2 >= i and kinds[j - 1] == kinds[j - 2] == "w"):
        return False
    return j + 1 >= len(kinds) or kinds[j + 1] in ("c", "l", "s", "w")


def _blocks(kinds: list[str], wide: bool) -> list[tuple[int, int]]:
    """The blocks of cells: ``(first, end)`` of each stretch of cells and separators (with ``wide``: and wider cells
    between them, :func:`_wide_inside`)."""
    out, n, i = [], len(kinds), 0
    while i < n:
        if kinds[i] not in ("c", "s"):
            i += 1
            continue
        j = i
        while j < n and (kinds[j] in ("c", "l", "s") or (wide and kinds[j] == "w" and _wide_inside(kinds, i, j))):
            j += 1
        out.append((i, j))
        i = j
    return out


_CAPTION_LINES = 2  # lines between two tables of a page (the second's caption), at most (tab94)


def next_table(lines: list[str], found: list[tuple[int, int, str]], i: int, pipes: bool) -> bool:
    """A block of cells closed by ``|`` opening at line ``i`` is the page's next table when a table of cells closed by
    ``|`` found on the page ends at most :data:`_CAPTION_LINES` lines above it and the lines between are its caption
    (no paragraph: :data:`_WIDE_CHARS` characters at most).  A bath-house's second tariff table under "Тарифы на
    услуги прачечной … с 01.07.2013 г." reaches the page's end with no text below it (held52's h52ru10, tab94)."""
    if not pipes:
        return False
    return any("|" in why and b <= i and i - b <= _CAPTION_LINES and all(len(lines[k].strip()) <= _WIDE_CHARS
                                                                         for k in range(b, i)) for _, b, why in found)


def find_label_tables(lines: list[str], inside: Callable[[int, int], bool]) -> list[tuple[int, int, str]]:
    """The label tables of a page: ``(first, end, evidence)`` line ranges.  ``inside(first, end)``: the range sits
    inside the article, framed by text above and below (:func:`~.tables._inside`); a block that reaches the
    page's end is a table only when it starts under the page's title (:data:`_HEAD` lines at most above it).

    A block with wider cells (a cell of a long label, a paragraph without its full stop) is a table only by cells
    closed by ``|``: recurring cells around a comment's text are a comment list's fields ("rate this", "Comment
    number 102."), not a grid."""
    from .tables import cell_shape, clutter_shape

    out: list[tuple[int, int, str]] = []
    n = len(lines)
    kinds = [block_line(s) for s in lines]
    for wide in (True, False):
        for i, j in _blocks(kinds, wide):
            if any(a < j and i < b for a, b, _ in out):
                continue
            cells = [lines[k] for k in range(i, j) if kinds[k] != "s"]
            why = grid(cells, pipes_only=any(kinds[k] == "w" for k in range(i, j)))
            if why is None:
                continue
            clutter = clutter_shape(cells, [cell_shape(c) for c in cells], 2)
            if clutter is not None and clutter.startswith("titles") and "|" in why:
                clutter = None  # cells closed by "|" are columns: a list of other items' titles prints none
            if clutter is None and (j < n and inside(i, j) or (i <= _HEAD and j == n)
                                    or (j == n and value_rows(cells) is not None and inside(i, j))
                                    or next_table(lines, out, i, "|" in why)):
                out.append((i, j, why))
    return sorted(out)
