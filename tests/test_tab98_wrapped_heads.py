"""tab98: a table's header row printed one cell a line, its cells wrapped, under the paragraph that introduces it
(``mtpipe.clean.wrapped_heads``).  The cleaner cases fail on integ c39a3358 (``boilerplate.menu`` /
``classifier.line`` / ``boilerplate.between_removed`` take the cells); the pages are made up in the shape of a
district's land-auction notice (cpf98's CHECK2 page, not committed: no licence)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.wrapped_heads import cell_line, header_run
from mtpipe.document import Document

_LEAD = "Организатор аукциона – комитет по управлению имуществом администрации Озёрского района."
_HEAD = ["Предмет", "аукциона", "Местоположение участка", "Категория земель", "Начальная цена предмета аукциона",
         "Размер", "задатка", "Шаг аукциона", "Лот № 1"]


def _run(lines):
    idx = [i for i, s in enumerate(lines) if s.strip()]
    return header_run(lines, 0, idx)


@pytest.mark.parametrize("s", ["Предмет", "аукциона", "Права на земельный участок,", "Лот № 1", "Tiền đặt trước"])
def test_a_cell_line(s):
    assert cell_line(s)


@pytest.mark.parametrize("s", ["", "|", "Шаг аукциона.", "Размер задатка:",
                               "Начальная цена предмета аукциона составляет пять процентов от кадастровой стоимости"])
def test_no_cell_line(s):
    assert not cell_line(s)


def test_a_wrapped_header_run_under_its_sentence():
    lines = [_LEAD, *_HEAD]
    assert _run(lines) == list(range(1, 10))
    blank = [x for s in lines for x in (s, "")]  # the page prints a blank line between its lines
    assert len(_run(blank)) == 9


def test_no_run_without_wrapped_cells():
    capitals = [s[:1].upper() + s[1:] for s in _HEAD]  # "Аукциона", "Задатка": a menu's items, no cell wraps
    assert _run([_LEAD, *capitals]) == []
    assert _run([_LEAD, *_HEAD[:4], *[s[:1].upper() + s[1:] for s in _HEAD[4:]]]) == []  # one wrap only


def test_no_run_without_an_introducing_sentence():
    assert _run(["Организатор аукциона", *_HEAD]) == []  # a short line, no sentence
    assert _run(["Комитет сообщает о плановом ремонте дорог в посёлке и о закрытии двух улиц.", *_HEAD]) == []
    assert _run([_LEAD, *_HEAD[:5]]) == []  # too few cells


def test_a_menu_with_lower_case_items_is_no_header():
    menu = ["Latest Tweets", "Follow here", "blog roll", "Ars Technica", "Bits", "Digits", "Engadget",
            "Faster Forward", "Gigaom", "Techmeme", "related links", "Technology Section"]
    lead = "He writes about technology and its place at the intersection of Wall Street and Washington."
    assert _run([lead, *menu]) == []  # two wraps in twelve lines: under one in five


def test_the_run_stops_at_a_line_with_an_end_mark_or_a_long_line():
    lines = [_LEAD, *_HEAD[:7], "Заявки принимаются по рабочим дням с девяти до шестнадцати часов в кабинете 413.",
             *_HEAD[7:]]
    assert _run(lines) == list(range(1, 8))
    lines[5] = "Начальная цена предмета аукциона."
    assert _run(lines) == []  # four cells before the stop: too few


def _clean(lines):
    text = "\n".join(x for s in lines for x in (s, "")) + "\n"
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


_NOTICE = ["ИЗВЕЩЕНИЕ О ПРОВЕДЕНИИ АУКЦИОНА",
           "Комитет по управлению имуществом Озёрского района сообщает о проведении 12 мая 2025 года в 10-00 аукциона "
           "по продаже земельного участка из земель населённых пунктов.",
           "Заявки на участие в аукционе принимаются по рабочим дням с 9-00 до 16-00 по адресу: г. Озёрск, ул. "
           "Садовая, д. 3.", _LEAD]


def test_the_cleaner_keeps_the_header_cells():
    doc = _clean([*_NOTICE, *_HEAD])
    gone = [e.text.strip() for e in doc.ledger if e.action == "removed"]
    assert not set(gone) & set(_HEAD)  # integ: boilerplate.menu took all nine
    assert sum(e.rule == "guard.wrapped_heads" for e in doc.ledger if e.action == "kept") == 9


def test_the_cleaner_still_removes_a_menu_under_the_text():
    menu = ["Главная", "Новости", "Документы", "Аукционы", "Контакты", "Карта сайта", "Обратная связь"]
    doc = _clean([*_NOTICE, *menu])
    assert not [e for e in doc.ledger if e.rule == "guard.wrapped_heads"]
