"""tab99: a unit of measure after a comma closes a head cell of a ``|`` row, and ends no unit before the next cell
(``mtpipe.segment.cells.cell_unit``; held54's ``h54ru12``, a museum's price list, read after its blind run; the rows
below are made up in its shape).  The first three cases fail on integ 246e0dc3 (a cut after each unit)."""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.cells import cell_unit

# (text, lang, sentences)
ROWS = [
    # a head row whose cells close with a rate after a comma (h54ru12's shape)
    ("Разовое посещение катка с прокатом коньков, руб./чел. | Абонемент на восемь посещений, руб./чел. | "
     "Праздничные дни | |", "ru",
     ["Разовое посещение катка с прокатом коньков, руб./чел. | Абонемент на восемь посещений, руб./чел. | "
      "Праздничные дни | |"]),
    ("Наименование | Цена, руб. | Сумма, тыс. руб. | Площадь, кв. м. | Примечание |", "ru",
     ["Наименование | Цена, руб. | Сумма, тыс. руб. | Площадь, кв. м. | Примечание |"]),
    ("№ | Услуга, ед. | Тариф, коп. | Срок |", "ru", ["№ | Услуга, ед. | Тариф, коп. | Срок |"]),
    # negatives: a sentence ends before the cell (a price after a number, a sentence of words)
    ("Билет стоит 300 руб. | Взрослые |", "ru", ["Билет стоит 300 руб.", "| Взрослые |"]),
    ("Он пришёл. | Она ушла. |", "ru", ["Он пришёл.", "| Она ушла. |"]),
]


@pytest.mark.parametrize("text, lang, sentences", ROWS)
def test_head_units(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


@pytest.mark.parametrize("prev", ["Стоимость разового посещения (руб.)", "…выставки, руб./чел.", "Цена, руб.",
                                  "Сумма, тыс. руб.", "Площадь, кв. м."])
def test_a_cell_unit(prev):
    assert cell_unit(prev)


@pytest.mark.parametrize("prev", ["Билет стоит 300 руб.", "Скорость составила 90 км/ч.", "яблоки, груши, т.д.",
                                  "apples, pears, etc.", "Данные прислала служба, Росстат.", "Он пришёл."])
def test_no_cell_unit(prev):
    assert not cell_unit(prev)
