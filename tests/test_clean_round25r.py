"""Cleaning, round 25r (issue 12, branch recall25): the layer of :mod:`mtpipe.clean.fields`, table-driven; every line
here was written for the tests, none is a page's.

``boilerplate.field_run``: two or more short "Label: value" lines in a row, with different labels, outside the
article's text (above its first paragraph, below its last, or between two lines that are no paragraph).  Each table
holds the clutter shape and content of the same shape that must stay: one field alone, a recipe's ingredients (values
with a unit), a run among the article's paragraphs, a title with a colon printed twice (one label), a field whose value
is a sentence or a long phrase.
"""

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.fields import field_line, field_runs
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_P1 = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_P2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_V1 = "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."
_V2 = "Theo kế hoạch, công trình sẽ hoàn thành trước khi năm học mới bắt đầu vào tháng chín."

# (line, one short field?)
_FIELD_LINES = [
    ("Записей: 318", True),
    ("Город: Тверь", True),
    ("Поблагодарил (а): 7 раз.", True),
    ("Thành viên: 12", True),
    ("Размер текста:", True),
    ("Posts: 57", True),
    # same shape, not a field: a quantity with a unit, a sentence, a long value, a link, a second label
    ("Мука: 200 г", False),
    ("Сахар: 2 ст. л.", False),
    ("Итог: работы закончат к осени. Сроки прежние.", False),
    ("Вывод: подрядчик должен закончить все работы до начала учебного года", False),
    ("Сайт: https://example.org/page", False),
    ("Lịch làm việc: Sáng: 7h-11h", False),
]


@pytest.mark.parametrize("line, want", _FIELD_LINES)
def test_field_line_table(line, want):
    assert field_line(line) is want


# (lines, removed before the layer, the index judged, removed?)
_RUNS = [
    # a poster's fields between the post's title and its first heading
    (["Тема: ремонт дорог", "Зарегистрирован: 12.03.2011", "Записей: 318", "Город: Тверь", "Итоги осмотра", _P1, _P2],
     {1: ("boilerplate.date", None)}, 2, True),
    (["Тема: ремонт дорог", "Зарегистрирован: 12.03.2011", "Записей: 318", "Город: Тверь", "Итоги осмотра", _P1, _P2],
     {1: ("boilerplate.date", None)}, 3, True),
    # a counter of who is online, below the text
    ([_V1, _V2, "Đang trực tuyến: 3", "Khách: 2", "Thành viên: 1"], {}, 3, True),
    # a settings panel of value-less labels above the text
    (["Размер текста:", "Цвет фона:", "Ремонт дорог в районе", _P1, _P2], {}, 0, True),
    # one live field beside a removed one
    (["Город: Тверь", "Записей: 318", "Ремонт дорог в районе", _P1, _P2], {0: ("boilerplate.x", None)}, 1, True),
    # same shape, content: one field alone, ingredients with units, a run among the paragraphs, one label twice
    (["Số: 12/QĐ-UBND", "Hà Nội, ngày 3 tháng 5 năm 2020", _V1, _V2], {}, 0, False),
    (["Блины на молоке", "Мука: 200 г", "Молоко: 500 мл", "Яйца: 2 шт.", _P1, _P2], {}, 1, False),
    ([_P1, "Подрядчик: ООО Дорстрой", "Срок: октябрь", _P2], {}, 1, False),
    (["Россия и Китай: новая эпоха", "Россия и Китай: новая эпоха", _P1, _P2], {1: ("dedupe.exact", None)}, 0, False),
    # nothing removed around it, one live line of a run of one
    (["Записей: 318", "Ремонт дорог в районе", _P1, _P2], {}, 0, False),
]


@pytest.mark.parametrize("lines, removed, i, want", _RUNS)
def test_field_runs_table(lines, removed, i, want):
    got = field_runs(lines, removed)
    assert (i in got) is want, (lines[i], got)
    if want:
        assert got[i][0] == "boilerplate.field_run"
    assert not set(got) & set(removed)


def test_field_run_through_the_cleaner():
    text = "\n\n".join(["Ремонт дорог в районе", "Итоги осмотра", _P1, _P2, "Онлайн: 4", "Гостей: 3",
                        "Пользователей: 1"])
    doc = Segmenter()(Cleaner()(Document.from_text(text + "\n", doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
    for line in ("Онлайн: 4", "Гостей: 3", "Пользователей: 1"):  # a visit label's own rule since clut61
        assert rules.get(line) in ("boilerplate.field_run", "boilerplate.visitor_counter"), rules
    assert _P1 in doc.text and _P2 in doc.text
