"""tab94 (issue 12, post-blind on held52): a page's second table of cells closed by ``|``, under its own caption and
reaching the page's end, is the text's like the first (``mtpipe/clean/tables_labels.py``: :func:`next_table`); a
header cell copied from the first table with other signs and spaces is a copy of a cell of the page's tables
(:func:`copies_cell`); a money unit alone in brackets under a header cell goes on that cell
(``mtpipe/clean/softbreak_cells.py``: :func:`unit_gaps`).

Every line here was written for the tests in the shapes read on held52 (a bath-house's two tariff tables; a taxi
company's fare table) and on the dev parts (notes in brackets under a heading or a cell: a number, a scripture
reference, an abbreviation, an age).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_cells import unit_gaps
from mtpipe.clean.tables import _inside
from mtpipe.clean.tables_labels import bare_key, cell_key, copies_cell, find_label_tables, next_table
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_LEAD = ("Решением районного совета с первого июля установлены новые тарифы на услуги муниципального комбината "
         "бытового обслуживания:")
_FIRST = ["№ п/п |", "Наименование услуги |", "ед. изм. |", "Тариф, руб. (без НДС) |",
          "1. |", "Общее отделение |", "1 сеанс |", "210 |", "|",
          "2. |", "Душевая кабина |", "1 сеанс |", "150 |", "|",
          "3. |", "Сауна на пять мест |", "2 часа |", "2800 |"]
_CAPTION = "Тарифы на услуги химчистки муниципального комбината бытового обслуживания с 1 июля 2024 г."
_SECOND = ["№ п/п |", "Наименование изделия |", "ед. изм. |", "тариф, руб. ( без НДС ) |",
           "1. |", "Пальто зимнее |", "1 шт. |", "640 руб. 50 коп. |",
           "2. |", "Куртка пуховая |", "720 руб. 10 коп. |", "|",  # rows without their unit cell: no period
           "3. |", "Костюм мужской |", "810 руб. 30 коп. |", "|",
           "4. |", "Одеяло шерстяное |", "1 шт. |", "560 руб. 20 коп. |",
           "5. |", "Плед полушерстяной |", "1 кг изделия |", "300 руб. 40 коп. |", "6. |"]


def _found(lines):
    live = [True] * len(lines)
    return [(a, b) for a, b, _ in find_label_tables(lines, lambda a, b: _inside(lines, live, a, b))]


def test_a_second_table_under_its_caption_at_the_page_end_is_found():
    lines = [_LEAD, *_FIRST, _CAPTION, *_SECOND]
    second = len(_FIRST) + 2
    assert (second, len(lines)) in _found(lines)


def test_the_same_block_alone_at_the_page_end_under_no_text_is_not():
    # no table above it: a block of cells that ends the page under a menu stays unframed (the page's header
    # is more than its title and date)
    menu = ["Главная", "Новости", "Документы", "Услуги", "Контакты", "Поиск по сайту"]
    assert _found([*menu, _CAPTION, *_SECOND]) == []


def test_next_table_needs_cells_closed_by_bars_and_a_short_caption():
    lines = [_LEAD, *_FIRST, _CAPTION, *_SECOND]
    found = [(1, 1 + len(_FIRST), "14 cells closed by '|'")]
    assert next_table(lines, found, len(_FIRST) + 2, True)
    assert not next_table(lines, found, len(_FIRST) + 2, False)  # a grid by recurrence alone
    assert not next_table(lines, [(1, 1 + len(_FIRST), "3 cells recurring")], len(_FIRST) + 2, True)
    far = [_LEAD, *_FIRST, "Подпись", "Печать", _CAPTION, *_SECOND]
    assert not next_table(far, found, len(_FIRST) + 4, True)  # three lines between: no caption of its own
    long = [_LEAD, *_FIRST, _CAPTION + " " + _LEAD, *_SECOND]
    assert not next_table(long, found, len(_FIRST) + 2, True)  # a paragraph between


def test_a_header_cell_copied_with_other_signs_is_a_copy_of_a_cell():
    cells = {cell_key("Тариф, руб. (без НДС) |")}
    assert copies_cell(cell_key("тариф, руб. ( без НДС ) |"), cells)
    assert bare_key(cell_key("Тариф , руб. |")) == bare_key(cell_key("тариф, руб.|"))
    assert not copies_cell(cell_key("тариф, руб. (с НДС) |"), cells)


def _clean(lines, policy):
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("policy", ["weighed", "balanced", "conservative"])
def test_the_cleaner_keeps_both_tariff_tables(policy):
    lines = [_LEAD, *_FIRST, _CAPTION, *_SECOND]
    doc = _clean(lines, policy)
    removed = [e.text.strip() for e in doc.ledger if e.action == "removed"]
    assert [c for c in _FIRST + _SECOND if c != "|" and c in removed] == []
    assert "|" in removed  # a bare separator stays removed


_FARES = ["Giá cước", "", "Đơn vị tính", "", "(Vnđ)", "", "Xe thường", "", "(Vnđ)", "", "Xe sang", "", "(VNĐ)", "",
          "Ghi chú"]


@pytest.mark.parametrize("lines, pairs", [
    (_FARES, [(2, 4), (6, 8), (10, 12)]),
    (["Тариф", "", "(руб.)"], [(0, 2)]),
    (["Цена", "", "( ₽ )"], [(0, 2)]),
    # dev's notes in brackets under a heading or a cell are no unit: they stand apart
    (["THÔNG BÁO", "", "(Số 01/T6.2021)"], []),
    (["LỄ CÁC THÁNH NAM NỮ", "", "(Mt 5,1-12a)"], []),
    (["Trẻ em", "", "(dưới 2 tuổi)"], []),
    (["Phí dịch vụ 2024", "", "(Vnđ)"], []),  # a digit: a value's cell, no header cell
    (["Tổng cộng:", "", "(Vnđ)"], []),
    (["Giá", "(Vnđ)"], []),  # no blank line: the line-by-line joiner's case
    (["Giá", "", "", "(Vnđ)"], []),  # two blank lines
])
def test_unit_gaps(lines, pairs):
    assert unit_gaps(lines) == pairs


def test_soft_breaks_join_the_unit_to_its_header_cell():
    text = "\n".join(_FARES)
    points = soft_breaks(text)
    starts = [0]
    for ln in _FARES[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    # both newlines between "Đơn vị tính" and "(Vnđ)" are soft; none between "(Vnđ)" and the next header cell
    assert {starts[3] - 1, starts[4] - 1} <= set(points)
    assert starts[5] - 1 not in points and starts[6] - 1 not in points
