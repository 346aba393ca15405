"""Round tbl58: a table printed one cell a line, its head cells and body cells wrapped over lines (read on held40's
``h40ru12``, a municipal act's bath-house tariff table, dev since the post-blind round; forms written from the class
and from real pages' shapes: municipal tariff acts, a sanatorium's price list, a service price table, not copied).

* the head above the first row, one cell a line, a wrapped head cell joined into a line too long for a cell ("Тариф в
  выходные дни и вечерние часы (с НДС), руб."): the table's, not the page's header (``clean.table_heads``);
* a cell wrapped over two lines inside such a table ("Кол-во"⏎"мест", "N"⏎"п/п", "… внеразрядное"⏎"отделение",
  "внеразр. отделение"⏎"N 4"): one unit (``clean.table_wraps``).

Same-shape negatives: a caption's colon, a sentence, a line with figures over the head; a head reaching the page's top
or under removed furniture; a label and its one-word value in the body ("Понедельник"⏎"выходной"), cells parted by a
blank line, a number over a word, a line closed by a stop."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.table_heads import head_cell, head_top, sign_cell
from mtpipe.clean.table_wraps import cell_wraps
from mtpipe.clean.tables import find_tables
from mtpipe.document import Document
from mtpipe.segment import Segmenter

HEAD_CELLS = [
    ("№", True), ("N", True), ("п/п", True), ("№ п/п", True), ("Наименование услуг", True), ("Кол-во", True), ("мест", True),
    ("Тариф (с НДС) руб.", True), ("Тариф в выходные дни и вечерние часы (с НДС), руб.", True),
    ("Тариф, руб.", True), ("Цена, руб.", True), ("Единица измерения", True), ("Продолжитель- ность помывки", True),
    ("Đơn vị tính", True), ("Đơn giá (đồng)", True), ("Tên dịch vụ", True), ("Thời gian", True),
    # negatives: figures (a date, an act's number), a caption's colon, a sentence's stop, a long line of text
    ("Приложение к Постановлению от 26.03.2009 г № 483", False), ("Тарифы на 2024 год", False),
    ("Стоимость услуг бани:", False), ("Bảng giá dịch vụ:", False), ("Цены указаны с учетом НДС.", False),
    ("Cập nhật bảng giá mới nhất.", False),
    ("Тарифы на услуги бань утверждены постановлением администрации города и действуют с первого числа", False),
]


@pytest.mark.parametrize("line, ok", HEAD_CELLS)
def test_head_cell(line: str, ok: bool) -> None:
    assert head_cell(line) is ok


def test_head_top_framed_by_a_kept_line() -> None:
    lines = ["Тарифы на услуги бани", "N", "п/п", "Наименование услуг", "Тариф, руб.", "1"]
    live = [True, False, False, False, True, True]
    assert head_top(lines, live, 5, 3) == 1
    # the head reaches the page's top, or removed furniture stands above it: the page's header, not taken
    assert head_top(lines[1:], live[1:], 4, 3) == 4
    assert head_top(lines, [False] + live[1:], 5, 3) == 5
    # two periods of head cells at most
    assert head_top(lines, live, 5, 1) == 5
    # a sentence right above the run: no head
    assert head_top(["Цены указаны с учетом НДС.", "1"], [True, True], 1, 3) == 1


# a tariff table printed one cell a line under its title: a head cell wrapped and joined into a long line breaks the run
# of cells, the short head cells above it were removed by the short-line rules
TARIFF = ["Приложение к решению от 12.04.2011 № 75",
          "№", "п/п", "Наименование", "Кол-во", "человек",
          "Стоимость в будние и выходные дни (с НДС), руб.",
          "Продолжительность",
          "1", "Сауна малая", "4", "800,00", "1 час",
          "2", "Сауна большая", "8", "1200,00", "1 час",
          "3", "Душевая кабина", "1", "150,00", "30 мин.",
          "4", "Комната отдыха", "6", "500,00", "1 час",
          "Примечание: при превышении количества мест тариф увеличивается на 100 рублей за каждого посетителя."]


def test_find_tables_takes_the_head() -> None:
    live = [True] + [False] * 5 + [True] * (len(TARIFF) - 6)
    tables = find_tables(TARIFF, live)
    assert tables and tables[0][0] == 1
    # the head's frame removed (a site's header above it): the run of cells alone
    live[0] = False
    assert find_tables(TARIFF, live)[0][0] == 7


WRAPS = [
    # the head: a column's name wrapped, one word under it
    (["N", "п/п", "", "Наименование услуг", "", "Кол-во", "мест", "", "1"], [0, 5]),
    (["№", "п/п", "Наименование", "Кол-во", "человек", "1"], [0, 3]),
    (["STT", "Tên dịch vụ", "Đơn vị", "tính", "Đơn giá", "1"], [2]),
    # the body: a phrase wrapped, a number sign closing a name
    (["1", "Помывка в бане N 7 внеразрядное", "отделение", "", "6", "540,00"], [1]),
    (["2", "Сауна общего", "отделения", "4", "300,00"], [1]),
    (["3", "Общее банное", "отделение", "6", "300,00"], [1]),
    (["4", "Душевая", "кабина", "1", "150,00"], [1]),
    (["1", "внеразр. отделение", "N 4", "", "4"], [1]),
    (["3", "Средняя школа", "№ 12", "45"], [1]),
    # negatives: a label and its one-word value in the body, a number over a word, a stop, a blank line between
    (["1", "Понедельник", "выходной", "2", "Вторник", "09:00"], []),
    (["1", "Завтрак", "включен", "350"], []),
    (["Понедельник", "выходной", "Вторник", "10:00–18:00", "Среда", "10:00–18:00", "Воскресенье", "выходной"], []),
    (["1", "Стандартный номер", "есть", "2", "Номер люкс", "нет"], []),
    (["1", "Трехразовое питание", "включено", "1500"], []),
    (["1", "Оплата картой", "нет", "2"], []),
    (["1", "360,00", "руб", "2"], []),
    (["Цена, руб.", "мин", "1"], []),
    (["1", "Помывка в общем отделении", "", "отделение", "2"], []),
    (["1", "Тариф", "Льготный", "2"], []),
]


@pytest.mark.parametrize("lines, joined", WRAPS)
def test_cell_wraps(lines: list[str], joined: list[int]) -> None:
    assert sorted(cell_wraps(lines)) == joined


def test_sign_cell() -> None:
    assert sign_cell("№") and sign_cell(" № ")
    assert not sign_cell("|") and not sign_cell("-") and not sign_cell("№ 5")


# a sauna's tariff table printed one cell a line, blank lines between its cells, its head cells and one body cell
# wrapped (the shape of municipal tariff acts' tables scraped from HTML), a note closing it
_PAGE = """Приложение к решению от 12.04.2011 № 75


№
п/п


Наименование услуг


Кол-во
человек


Стоимость
(с НДС)
руб.


Стоимость в
выходные и
праздничные дни (с НДС),
руб.
Продолжитель-
ность сеанса


1

Сауна малая
4
800,00
900,00
1 час 30 мин.
2


Сауна большая
банное
отделение

8
1200,00

1400,00

1 час 30 мин.

3

Душевая кабина
1
150,00
180,00
30 мин.

4

Комната отдыха
6
500,00
600,00
1 час


Примечание: при превышении количества мест тариф увеличивается на 100 рублей за каждого посетителя.
"""


def test_tariff_table_head_kept_and_cells_one_unit() -> None:
    doc = Segmenter()(Cleaner()(Document.from_text(_PAGE, doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    got = [s.source for s in doc.segments]
    for unit in ("№ п/п", "Наименование услуг", "Кол-во человек", "Стоимость (с НДС) руб.",
                 "Сауна большая банное отделение", "Комната отдыха", "1200,00"):
        assert unit in got
    assert not [e for e in doc.ledger if e.action == "removed"]
