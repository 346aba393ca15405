"""A record page's title block and a wide table printed a cell a line (issue 12, struct89).

* :func:`quoted_subtitle` -- a name in quotes with its subtitle after a colon ("«Содружество Независимых Государств:
  общие ценности и многообразие культур»", the theme under a forum's programme title, struct86's p01 mfgs-sng.org).
  :func:`.regions.furniture_regions` takes a header region of short lines for a site's furniture unless a line goes
  on as a clause (ends with ":" "," ";"). Printed wrapped at its colon, the theme's first line ended with ":" and the
  region held; since bnd67's :func:`~.softbreak_open.quote_notes` joins a quotation wrapped over ":" (rightly: it is
  one unit), the joined line no longer ends with ":" and the region took the whole title block (six lines). The colon
  is still there, inside the quotation: a quoted name with a subtitle is a title, no menu item or widget label (a
  menu's items are a word or two; a field "Телефон: …" has no quotation around it). Dev: no labelled line of eight
  words or fewer holds the shape (a quotation holding ": " or "; " with words after it); the longer ones are quoted
  speech in the text (content).
* :func:`value_rows` -- a table wider than eight columns printed a cell a line, each row a label and then a run of
  values ("Сыр порциями" / "25" / "5,75" / "9,75" / "0" / "90" / … thirteen values, then "Каша молоч. пшенная с
  маслом" / "302 *" / "150/5" / … fourteen: a school's menu with its dishes' nutrients, struct88's t18
  sold-kozlov.edu21.cap.ru, 56 lines lost to ``number_line`` and ``menu``). :func:`~.tables.period` reads periods
  of two to eight cells; :func:`~.tables_labels.grid` wants recurring labels (the page's excerpt holds three rows, each
  label once) or cells closed by ``|``. Here the rows themselves are the evidence: three runs or more of six values
  or more, each after a label, their lengths near the commonest, the values no small integers counting up (a
  calendar's days, a pager's pages: :func:`~.tables.clutter_shape`). Such rows are also what lets a block that
  reaches the page's end under its heading be a table (:func:`~.tables_labels.find_label_tables` otherwise takes a
  block at the page's end for a footer's links or a listing, unless it starts among the page's first four lines: a
  school's menu under its approval letterhead starts lower). Three more menus of the same kind, found by struct89
  (tune, read while working): stolbovskay.krymschool.ru (a PDF's cells, two merged on a line now and then, so the
  rows differ by a fifth), ppt-online.org (a column of row numbers printed as a run of its own) and
  sch4.rooivacevichi.gov.by (rows parted by "||||||||", a row of empty cells: now a separator in
  :func:`~.tables_labels.block_line`). A widget prints no run of six values: a share bar or a counter shows one value
  after each label, a calendar one run of days counting up.
* :func:`open_abbreviation` -- a table a cell a line, each cell closed by ``|`` and wrapped over lines ("…
  сертификации им." / "Б.А. Дубовикова\"" / "(по согласованию) |", struct88's t02 saratov-gov.ru, 35 lines lost):
  :func:`~.tables_labels.block_line` reads a line of four words or more ending with a stop as a sentence, which parts
  the block, and the part under the page's title no longer reaches the page's end. An abbreviation that stands before
  a name ("им.", "ул.", "просп.", "проф.") closes no sentence: its line goes on.
"""

from __future__ import annotations

import re

__all__ = ["quoted_subtitle", "value_rows", "open_abbreviation"]

#: a quotation (« », „ “, “ ”) holding ":" or ";" after a word and words after that, before it closes
_QUOTED_SUBTITLE = re.compile(r"(?:«[^«»]*\w[:;]\s+[^«»]*\w[^«»]*»|„[^„“”]*\w[:;]\s+[^„“”]*\w[^„“”]*[“”]"
                              r"|“[^“”]*\w[:;]\s+[^“”]*\w[^“”]*”)")


def quoted_subtitle(s: str) -> bool:
    """The line holds a quoted name with a subtitle after a colon (or a semicolon) inside the quotation."""
    return ("«" in s or "„" in s or "“" in s) and _QUOTED_SUBTITLE.search(s) is not None


ROW_VALUES = 6  # values in a row's run at least
MIN_ROWS = 3  # rows (runs of values, each after a label) at least
ROW_SPREAD = 2  # the rows' runs differ in length from the commonest by this many values at most ...
ROW_SHARE = 0.2  # ... or this share of it (a PDF's extraction prints two cells on one line now and then)
_SMALL_INT = re.compile(r"^\W*(\d{1,2})\W*$")


def value_rows(cells: list[str]) -> str | None:
    """The evidence that ``cells`` (a block's cells in order) are a wide table's rows, or None: :data:`MIN_ROWS`
    runs or more of :data:`ROW_VALUES` value cells or more (:func:`~.tables.cell_shape` not ``L``), each right after a
    label cell, their lengths near the commonest (:data:`ROW_SPREAD`, :data:`ROW_SHARE`; a shorter last run at the
    block's end counts: the page cut off in a row), and no such row counting up (half the neighbouring small integers
    one apart; a column of row numbers printed as a run of its own, "1" / "2" / "3", is no row)."""
    from .tables import cell_shape

    shapes = [cell_shape(c) for c in cells]
    runs: list[tuple[int, int]] = []
    i, n = 0, len(cells)
    while i < n:
        if shapes[i] == "L":
            i += 1
            continue
        j = i
        while j < n and shapes[j] != "L":
            j += 1
        if j - i >= ROW_VALUES and i > 0:
            runs.append((i, j))
        i = j
    sizes = [b - a for a, b in runs]
    # the rows: the runs within ROW_SPREAD of the commonest length (a meal's total row or a day's heading row may hold
    # fewer values), and a shorter last run that reaches the block's end (the page cut in the middle of a row)
    def near(x: int, w: int) -> bool:
        return abs(x - w) <= max(ROW_SPREAD, ROW_SHARE * w)

    width = max(sizes, key=lambda w: (sum(near(x, w) for x in sizes), w), default=0)
    rows = [r for r, x in zip(runs, sizes) if near(x, width)]
    if runs and runs[-1][1] == n and sizes[-1] < width and not near(sizes[-1], width):
        rows.append(runs[-1])
    if len(rows) < MIN_ROWS:
        return None
    for a, b in rows:
        ints = [int(m.group(1)) for c in cells[a:b] if (m := _SMALL_INT.match(c))]
        if len(ints) >= 2 and sum(y == x + 1 for x, y in zip(ints, ints[1:])) * 2 >= len(ints) - 1:
            return None  # days or pages counting up: a calendar or a pager
    return f"{len(rows)} rows of about {width} values after their labels"


_LAST_ABBR = re.compile(r"(?:^|(?<=\s))([^\W\d_]{1,6}(?:-[^\W\d_]{1,3})?)\.$")  # a word of its own ("т.д." is none)
_ABBR_SPAN = 12  # more than the longest match of _LAST_ABBR (6 letters, "-" and 3, the stop): where its search starts


#: abbreviations that stand before a name and never close a sentence (ru, uk, bg): "имени", a person's title, a
#: street's or a place's type; a unit, a month, a region ("обл.", "р-н": "в Саратовской обл.") can close one
BEFORE_NAME = frozenset("""им ім ул вул бул просп пер пров пл наб пос мкр пгт смт св свт проф акад доц зав зам тов
    г-н г-жа д-р инж""".split())


def open_abbreviation(s: str) -> bool:
    """The line ends with a lower-case abbreviation that stands before a name and never ends a sentence ("…
    сертификации им." over "Б.А. Дубовикова\"", "… ул." over "Ленина, 5"): its stop is the abbreviation's, the line
    goes on (a table's cell wrapped there, struct88's t02 saratov-gov.ru): :data:`BEFORE_NAME`, lower case."""
    s = s.rstrip()  # a match ends at the end and spans 11 characters at most: searched from there, the same (perf84)
    m = _LAST_ABBR.search(s, max(0, len(s) - _ABBR_SPAN))
    return m is not None and m.group(1) in BEFORE_NAME
