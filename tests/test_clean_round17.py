"""Cleaning, seventeenth round (issue 12, branch clean17), table-driven; every line here was written for the
tests, none is a page's.

* a site notice pasted without a space before the article's first sentence ("… Вы принимаете:Вопрос …", a
  login box and the text joined by a scraper) holds the page's text: the line is no notice as a whole
  (``notices._pasted_text``), while notices of the same shape with a space, or whose pasted tail names the
  site again, are judged as before.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.notices import _notice, site_notices
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU_BODY = "Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка."
_RU_BODY2 = "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся."
_VI_BODY = "Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ."
_VI_BODY2 = "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu."


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


_LOGIN_RU = "Регистрируясь на портале, вы соглашаетесь с правилами:" + _RU_BODY
_LOGIN_VI = "Khi đăng nhập cổng thông tin, bạn đồng ý với điều khoản." + _VI_BODY


@pytest.mark.parametrize("line,want", [
    (_LOGIN_RU, False),  # pasted before a sentence of the text: no notice
    (_LOGIN_VI, False),
    ("Сайт работает в тестовом режиме!" + _RU_BODY2, False),
    # the same shapes that are notices
    ("Регистрируясь на портале, вы соглашаетесь с правилами. " + _RU_BODY, True),  # a space: two sentences
    ("Сайт работает в тестовом режиме.Ошибки на сайте просим сообщать администратору портала.", True),  # tail names it
    ("Сайт работает в тестовом режиме.Спасибо!", True),  # no sentence of the text after the paste
    ("Сайт работает с 10:30 до 12:00 в тестовом режиме. Приносим свои извинения.", True),  # a time, no paste
    ("Материалы сайта, т.е. тексты и фото, защищены. Копирование запрещено.", True),  # "т.е." is no paste
])
def test_pasted_notice_table(line, want):
    assert _notice(line) is want


@pytest.mark.parametrize("lines,want", [
    (["Вход", _LOGIN_RU, _RU_BODY2, _RU_BODY2], set()),  # the lead with a login box glued before it stays
    (["Вход", "Регистрируясь на портале, вы соглашаетесь с правилами.", "Новости", _RU_BODY2, _RU_BODY2], {1}),
])
def test_site_notices_pasted(lines, want):
    assert set(site_notices(lines, set())) == want


@pytest.mark.parametrize("text,line,kept", [
    ("Вход\nМеню\n" + _LOGIN_RU + "\n" + _RU_BODY2 + "\n", _LOGIN_RU, True),
    ("Đăng nhập\n" + _LOGIN_VI + "\n" + _VI_BODY2 + "\n", _LOGIN_VI, True),
    ("Вход\nРегистрируясь на портале, вы соглашаетесь с правилами сайта.\nНовости\n" + _RU_BODY + "\n" + _RU_BODY2 + "\n",
     "Регистрируясь на портале, вы соглашаетесь с правилами сайта.", False),
])
def test_pasted_notice_through_the_cleaner(text, line, kept):
    assert (line not in _removed(_run(text))) is kept


# --- a site's widgets told by shape (``widgets.py``) ---------------------------------------------------

from mtpipe.clean.widgets import _is_measure, counters, measure_bar  # noqa: E402


@pytest.mark.parametrize("line,want", [
    ("-3 °C", True), ("+12°", True), ("74,15 руб.", True), ("€ 1.08", True), ("25.400 ₫", True),
    ("1 USD = 24 500 đ", True), ("3,5 %", True), ("760 мм", True),
    # the same shapes without a unit, or with words: no gauge
    ("2025", False), ("74,15", False), ("7 ингредиентов", False), ("Глава 3", False), ("12 мая 2024 г.", False),
    ("Цена 100 руб. за килограмм", False),
])
def test_is_measure_table(line, want):
    assert _is_measure(line) is want


@pytest.mark.parametrize("lines,want", [
    (["-3 °C", "74,15 руб.", "81,20 руб.", "Главная", "Новости района", _RU_BODY, _RU_BODY2], {0, 1, 2}),
    (["+28°", "25.400 ₫", _VI_BODY, _VI_BODY2], {0, 1}),
    # one reading alone, or readings inside or after the text: not a bar above it
    (["-3 °C", "Погода", _RU_BODY, _RU_BODY2], set()),
    ([_RU_BODY, "74,15 руб.", "81,20 руб.", _RU_BODY2], set()),
    (["-3 °C", "74,15 руб."], set()),  # no article at all
])
def test_measure_bar_table(lines, want):
    assert set(measure_bar(lines, set())) == want


@pytest.mark.parametrize("lines,want", [
    (["Салаты", "7 ингредиентов", _RU_BODY, "12 ингредиентов", _RU_BODY2, "5 ингредиентов"], {1, 3, 5}),
    ([_VI_BODY, "Bình luận (3)", _VI_BODY2, "Bình luận (12)", "Bình luận (0)"], {1, 3, 4}),
    # numbered headings count up one by one: the text's own
    (["Шаг 1", _RU_BODY, "Шаг 2", _RU_BODY2, "Шаг 3"], set()),
    (["Phần 1", _VI_BODY, "Phần 2", _VI_BODY2, "Phần 3", "Phần 4"], set()),
    # two copies only, the same line each time, or no text on the page
    (["7 ингредиентов", _RU_BODY, "12 ингредиентов", _RU_BODY2], set()),
    (["Ответ: 42", _RU_BODY, "Ответ: 42", _RU_BODY2, "Ответ: 42"], set()),
    (["7 ингредиентов", "12 ингредиентов", "5 ингредиентов"], set()),
])
def test_counters_table(lines, want):
    assert set(counters(lines, set())) == want


def test_counters_through_the_cleaner_and_guard_lines_stay():
    text = "\n".join(["Борщ с говядиной", _RU_BODY, "7 ингредиентов", "Щи из квашеной капусты", _RU_BODY2,
                      "12 ингредиентов", "Солянка", "Повар советует подавать солянку горячей, с лимоном и зеленью, сразу после варки.",
                      "5 ингредиентов",
                      "Ответ: 42"]) + "\n"
    removed = _removed(_run(text))
    assert {removed.get(x) for x in ("7 ингредиентов", "12 ингредиентов", "5 ингредиентов")} == {"boilerplate.counters"}
    assert "Ответ: 42" not in removed and "Борщ с говядиной" not in removed
