"""Units of a table or menu row (round bnd44, issue 12: sentence boundaries on list and schedule pages; read on
train29, a dev part of menus, timetables and calendars).

Two signs, each a class of row a page's table gives when its cells lose their separators:

* **a quantity closing a row after a cut word** ("Щи на мясном бульоне со смет. 250", "Свежий огурец порц. 1/50",
  "от 25 ноября 2008 г. N 126/37"): a menu cuts a dish's name ("смет." for сметаной, "порц." for порционный) and the
  next cell holds its weight; a decree's date line ends with its number.  The stop before the last piece of the line
  ends no unit when that piece, on the same line, is nothing but a number (digits, "/", "-", ",", "."), with a number sign ("N", "№")
  at most: a number alone is no sentence (:func:`number_cell`).  A piece with a word ("250 граммов на порцию") or a
  sentence opened by a number ("2014 год стал …") is left alone.
* **cells glued with no space in a calendar or timetable row** (Vietnamese and Russian pages): a column's head, a
  capitalised word and its number, runs straight into the next head of the same word ("Thứ2Thứ 3Thứ 4": the days of
  a week's menu), a day/month date into its cell ("27/11TmCHÚA NHẬT I
  MV.", "30/11ĐThứ Tư tuần I MV."), and a short code cell after such a date (one or two letters, a capital first:
  the colour of a church calendar's day, "Tm", "Đ", "Tr") into the capitalised title after it
  (:func:`glued_cell_breaks`).  A number glued into another word ("Windows 10Home", "COVID-19Bộ", "3D", "H5N1") is
  left: the same word does not stand on both sides; and a date only
  when it is a day and a month written with "/" (no third part: "1/2/3Abc"; "2.4GHz" is a number, no date).

Round bnd45 (read on held23's price list and train29's hotel notice, dev parts) adds two more (:func:`glued_row_breaks`):

* **numbered rows glued into one line** ("№Наименование услугиЦена, руб.1Клинический осмотр … )6002Повторный
  осмотр …4003Консультация …"): a price list loses its row breaks and each row's number runs into the price before it.
  A row opens at each number glued to a capitalised word when the numbers run 1, 2, 3 … in order (three rows at
  least), each closing a run of digits or standing after a non-digit, and every row holds a space (a row is words:
  "Nigeria1Turkey1Pakistan1Turkmenistan2Brazil3India", a medal table's country and count, is left);
* **two Vietnamese cells glued with no space at the head of a line** ("Sau 14h chiềuTrước 12h trưa", "Nhận phòng
  sớmTrả phòng muộn": a hotel's check-in row): a lower-case word with Vietnamese letters runs straight into a
  capitalised one with Vietnamese letters, followed by a space and a lower-case word or a figure, and the cell before
  it opens the line, four tokens at most (a figure among them: :mod:`.line_heads` takes a label of words alone, "Trụ
  sởĐường N2").  A space lost inside running text ("Hôm qua chúng tôi đã đến thăm thầyHùng ở quê.", "Thời sự đó đây
  ngàyThứ sáu 28 …": five tokens or more before it), a name glued into the word before ("Trường Đại họcThủ Đô": a
  capital after it), a brand ("VnExpress", "MobiFone": no Vietnamese letter), a word in a broken font ("tiÒn": the
  left word has no Vietnamese letter) and a day's name, capitalised inside a sentence ("… ngàyThứ sáu"), are left.

Round bnd51 (read on held36's ``h36ru13``, a pool's price list in ``|`` cells, dev since the twenty-fifth session)
widens the first sign and adds one, both about a row whose cells keep their marks:

* **the row's last cells, numbers or empty, after a cell closed by a stop** ("ПОНЕДЕЛЬНИК - ПЯТНИЦА | 7:00; …; 16:00. |
  300 | 900 | 1750 | 4000 | ||||"): the prices of the row are no sentence, the row is one unit (:func:`number_cell`,
  as held24's service table "| Замена свечей зажигания (комплект) | 60 | 60 | 120 |" is marked).  A cell with a word
  after the stop ("… Mt 13,44-46. | X 16 |", held24: the day's colour and its psalter week) opens a unit as before;
* **a unit of measure in brackets closing a head cell** ("Стоимость разового посещения (руб.) | Стоимость абонемента
  …", "Сумма (тыс. руб.)", "Количество (шт.)"): the stop is the abbreviation's, not the cell's end; before a cell
  mark it ends no unit (:func:`unit_bracket`; one to three lower-case words of five letters at most in the bracket).
  A capitalised word in the bracket ("(Росстат.)") or a sentence before a cell ("Он пришёл. | Она ушла.") is left.

Round tbl57 (read on held39's ``h39vi11``, a hostel's room prices, dev since the post-blind round) widens the
Vietnamese cells of bnd45 (:func:`_vi_cells`): a syllable written without marks counts as Vietnamese when the other side
of the glue carries a mark ("Thời gianGiá phòngGhi chú": "gian", "Ghi"; a plain capital opens the right side, not a
broken font's "kiÓm"; two letters at least on the left, not "iPhone"), and a price cell, a figure and its unit glued
together, closes a cell wherever it stands in the row ("01/11 – 27/04Từ 350.000vnđTừ 450.000vnđ": :func:`_price_cell`).

Round tab99 (read on held54's ``h54ru12``, a museum's price list, in-sample after its blind run) widens bnd51's unit:
**a unit of measure after a comma closing a head cell** ("Входная плата на постоянную экспозицию …, руб./чел. |
Экскурсионный билет …", "Цена, руб.", "Сумма, тыс. руб.", "Площадь, кв. м."): the page writes a column's unit after
its name and a comma instead of in brackets; before a cell mark it ends no unit either (:func:`cell_unit`: one or two
lower-case words of five letters at most, each closed by a stop, a rate "руб./чел." among them).  A unit after a
number ("… 90 км/ч. | Водитель …": a sentence's figure; seg29 ends a sentence there) and a list's "etc." / "т.д." /
"v.v." after a comma (they close sentences) are left.  Dev labels: 4 places where a stop after a word stands before
"| " and a capitalised cell, 3 of them no end (bnd51's bracketed units), 1 a sentence's end ("… phù hợp.‖ | Thẩm
quyền …"); none of this shape; held54's three are its evidence (benchmarks/notes/tab99.md).

Round cp79 (read on held46's ``h46vi12``, a kindergarten's fee table, in-sample after its blind run) chains the cells of
bnd45: once a glue broke a row's head, the next glue whose cell opens at that break (four tokens at most) breaks too,
whatever follows its capital ("Nhóm trẻ 12-24 thángNhóm trẻ 24-36 thángLớp Mẫu Giáo (3-6 tuổi)": the third cell goes on
with a capital, a head's glue needs a lower-case word or a figure after it).  A name glued further on, past a cell of
five tokens or more ("… tại sảnh khách sạnMường Thanh"), is left.
"""

from __future__ import annotations

import re

__all__ = ["glued_cell_breaks", "glued_row_breaks", "number_cell", "unit_bracket", "cell_unit"]

# nothing but a number (a weight "1/50", a price "7000,00", a decree's number "N 126/37", "№ 15")
_NUMBER = r"(?:[N№]\s?)?\d[\d/.,\-–]*"
_NUMBER_CELL = re.compile(_NUMBER)
# the row's last cells, each a number or empty, behind cell marks ("| 300 | 900 | 1750 | 4000 | ||||", "| 1000 |";
# bnd51): a price table's columns after a cell that a stop closes ("… 15:15; 16:00. | 300 | 900 |")
_NUMBER_CELLS = re.compile(rf"\|(?:\s*(?:{_NUMBER}|[-–—])?\s*\|)*\s*(?:{_NUMBER})?")


def number_cell(piece: str) -> bool:
    """``piece`` (the rest of a line after a stop) is a number alone, or the row's last cells each a number or empty
    behind cell marks ("| 300 | 900 | ||", one number at least): cells of the row, no sentence."""
    s = piece.strip()
    if s[:1] == "|":
        return _NUMBER_CELLS.fullmatch(s) is not None and any(ch.isdigit() for ch in s)
    return _NUMBER_CELL.fullmatch(s) is not None


# a unit of measure in brackets, lower case, its stop closing it: "(руб.)", "(тыс. руб.)", "(шт.)", "(в мин.)"
_UNIT_BRACKET = re.compile(r"\(\s?(?:[^\W\d_]{1,5}\.?\s){0,2}[^\W\d_]{1,5}\.\)$")


def unit_bracket(prev: str) -> bool:
    """``prev`` ends with a unit of measure in brackets whose stop is the abbreviation's ("Стоимость разового
    посещения (руб.)", a price table's head cell; bnd51): before a cell mark it ends no unit."""
    m = _UNIT_BRACKET.search(prev[-28:].rstrip())
    return m is not None and m.group().islower()


# a unit after a comma closing a head cell: ", руб.", ", тыс. руб.", ", руб./чел.", ", кв. м." (tab99)
_UNIT_AFTER_COMMA = re.compile(r",\s?((?:[^\W\d_]{1,5}\.\s?)?[^\W\d_]{1,5}\.(?:/[^\W\d_]{1,5}\.)?)$")
#: the abbreviations after a comma that close a list, not a column's name (a sentence may end with them)
_LIST_ENDS = frozenset(("etc.", "т.д.", "т.п.", "т. д.", "т. п.", "др.", "v.v.", "usw."))


def cell_unit(prev: str) -> bool:
    """``prev`` ends with a head cell's unit of measure, its stop the abbreviation's: in brackets
    (:func:`unit_bracket`, bnd51) or after a comma ("…, руб./чел.", "Цена, руб.", tab99): before a cell mark it ends
    no unit."""
    if unit_bracket(prev):
        return True
    m = _UNIT_AFTER_COMMA.search(prev[-28:].rstrip())
    return m is not None and m.group(1).islower() and m.group(1) not in _LIST_ENDS


_L = r"[^\W\d_]"
# a column's head, a word and its number, glued to the next head of the same word ("Thứ2Thứ 3", "Day 1Day 2")
_DAY_NUMBER = re.compile(rf"(?<!{_L})({_L}{{2,}})\s?\d{{1,2}}(?=\1)")
# a day and a month glued to the next cell ("27/11Tm", "30/11Đ"), no third part before it
_DIGIT_LETTER = re.compile(rf"\d{_L}")
_DAY_MONTH = re.compile(rf"(?<![\d/.])\d{{1,2}}/\d{{1,2}}(?={_L})")


def _shape(s: str) -> str:
    """"U" for a capital letter, "l" for a lower-case one, "." for anything else."""
    return "".join("U" if c.isupper() else "l" if c.islower() else "." for c in s)


def _code_cell(text: str, at: int) -> int:
    """The end of a short code cell at ``at`` glued to a capitalised title ("Tm|CHÚA", "Đ|Thứ", "Tr|Thứ"), or -1."""
    shape = _shape(text[at:at + 3])
    if shape.startswith("UUl"):
        return at + 1
    if shape.startswith("UlU"):
        return at + 2
    return -1


def glued_cell_breaks(text: str, digit_letter: bool | None = None) -> list[int]:
    """Offsets where a cell glued to the one before it with no space opens a unit (``digit_letter``: whether
    :data:`_DIGIT_LETTER` is in ``text``, when the caller looked already: perf83)."""
    if not (_DIGIT_LETTER.search(text) is not None if digit_letter is None else digit_letter):
        return []  # both shapes need a figure with a letter right after it
    out = [m.end() for m in _DAY_NUMBER.finditer(text) if text[m.start()].isupper()]
    for m in _DAY_MONTH.finditer(text):
        if not text[m.end()].isupper():
            continue
        out.append(m.end())
        code = _code_cell(text, m.end())
        if code > 0:
            out.append(code)
    return out


# a figure glued to a capitalised word ("…)6002Повторный", "руб.1Клинический"): the end of a row's number
_ROW_NUMBER = re.compile(rf"\d(?=[^\W\d_][^\W\d_A-ZА-ЯЁĐ])")
_MIN_ROWS = 3
# a lower-case Latin letter glued to a capital one (two cells of Vietnamese words)
_LATIN = [chr(c) for r in (range(0x41, 0x7B), range(0xC0, 0x250), range(0x1E00, 0x1F00)) for c in r]
_LOWER_UPPER = re.compile("[" + "".join(c for c in _LATIN if c.islower()) + "](?=["
                          + "".join(c for c in _LATIN if c.isupper()) + "])")


def _row_starts(text: str) -> list[int]:
    """Starts of the numbers of glued rows numbered 1, 2, 3 … in order (:data:`_MIN_ROWS` at least)."""
    out: list[int] = []
    run: list[int] = []
    for m in _ROW_NUMBER.finditer(text):
        end = m.end()
        if not text[end].isupper():
            continue
        nxt = str(len(run) + 1)
        if run and text[max(0, end - len(nxt)):end] == nxt and " " in text[run[-1]:end - len(nxt)]:
            run.append(end - len(nxt))
            continue
        if len(run) >= _MIN_ROWS:
            out.extend(run)
        run = [end - 1] if text[end - 1] == "1" and not text[end - 2:end - 1].isdigit() else []
    if len(run) >= _MIN_ROWS:
        out.extend(run)
    return out


_HEAD_TOKENS = 4  # the cell before the glue: four tokens at most, opening the line
# a day of the week's name: Vietnamese capitalises it inside a sentence ("vào Thứ sáu", "ngày Chủ nhật")
_WEEKDAY = re.compile(r"Thứ (?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật", re.IGNORECASE)


# a Vietnamese syllable written without marks ("gian", "Ghi", "phong"): an initial consonant (cluster), one to three
# vowels, a final consonant
_VI_PLAIN = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_PLAIN_CAPS = frozenset("ABCDEGHIKLMNOPQRSTUVXYĐ")
_PRICE_UNIT = 4  # a unit glued to its figure ("350.000vnđ", "90k", "15usd"): four letters at most


def _vi_pair(left: str, right: str) -> bool:
    """Both sides of the glue are Vietnamese syllables and one of them at least carries a Vietnamese letter: "gian|Giá"
    and "phòng|Ghi" (bnd57: a syllable needs no mark), not "my|Phone" (no mark) nor "i|Phone" (one letter)."""
    from .glued import vi_word

    def syllable(w: str) -> bool:
        return vi_word(w) or _VI_PLAIN.fullmatch(w.lower()) is not None

    # the capital a plain letter or "Đ": a broken font's toned capital inside a word ("kiÓm", "tiÒn") is no cell's start
    return len(left) >= 2 and right[:1] in _PLAIN_CAPS and syllable(left) and syllable(right) \
        and (vi_word(left) or vi_word(right))


def _price_cell(text: str, a: int, left: str) -> bool:
    """The cell before the glue is a figure and its unit glued to it ("Từ 350.000vnđ", "90k", "15usd"; bnd57, h39vi11's
    price row "01/11 – 27/04Từ 350.000vnđTừ 450.000vnđ"): a price cell ends at its unit, wherever it stands."""
    return a > 0 and text[a - 1].isdigit() and len(left) <= _PRICE_UNIT


def _vi_cells(text: str) -> list[int]:
    """Offsets of a capitalised Vietnamese word glued to a lower-case one (two cells of a row)."""
    from .glued import vi_word

    out = []
    for m in _LOWER_UPPER.finditer(text):
        i = m.end()
        a = m.start()
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        b = i + 1
        while b < len(text) and text[b].isalpha() and text[b].islower():
            b += 1
        left, right, after = text[a:i], text[i:b], text[b:b + 2]
        # the next cell of a row whose cells already broke here: its cell opens at the last break (cp79)
        chained = bool(out) and len(text[out[-1]:a].split()) < _HEAD_TOKENS
        if (len(text[:a].split()) < _HEAD_TOKENS or _price_cell(text, a, left) or chained) and left.islower() \
                and b - i >= 2 and after[:1] == " " and (after[1:].islower() or after[1:].isdigit() or chained) \
                and (vi_word(left) and vi_word(right) or _vi_pair(left, right)) and _WEEKDAY.match(text, i) is None:
            out.append(i)
    return out


def glued_row_breaks(text: str, lang: str, digit_letter: bool | None = None) -> list[int]:
    """Offsets where a row or cell glued to the one before it with no space opens a unit (bnd45; ``digit_letter``: as
    :func:`glued_cell_breaks`')."""
    out: list[int] = []
    if "1" in text and (_DIGIT_LETTER.search(text) is not None if digit_letter is None else digit_letter):
        out.extend(_row_starts(text))
    if lang == "vi" and _LOWER_UPPER.search(text):
        out.extend(_vi_cells(text))
    return out
