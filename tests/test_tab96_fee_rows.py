"""tab96: a fee table whose rows repeat the same prices, and two timetables under the same title lines (issue 12).

Two content-table shapes tab94 left on its fresh pages (``benchmarks/notes/tab96.md``):

* a fee grid printed one cell a line whose rows repeat their prices ("3000 рублей/месяц" / "(за каждого)" under each
  kind of family): ``dedupe.exact`` took the copies, ``captions.repeated_block`` the first ones
  (:mod:`mtpipe.clean.fee_rows`, rule ``guard.fee_rows``);
* a bus route's weekday and Saturday timetables, each under the same title lines and header row: the copy rules took
  both headings (:mod:`mtpipe.clean.schedule_heads`, rule ``guard.schedule_head``).

The lines are written for these tests in the pages' shapes; none is a benchmark page's line.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.fee_rows import fee_runs, price_cell
from mtpipe.clean.schedule_heads import shared_heads
from mtpipe.clean.schedules import RELEASED, schedule_blocks
from mtpipe.document import Document


@pytest.mark.parametrize("s", [
    "2500 рублей/месяц", "  2500 рублей/месяц   ", "2 500 руб.", "от 900 руб. в месяц", "1800 рублей/месяц (за каждого)",
    "350.000 đồng/tháng", "120 000 ₽ |", "45 €",
])
def test_a_price_alone_is_a_price_cell(s):
    assert price_cell(s)


@pytest.mark.parametrize("s", [
    "2500", "4 000 |",  # a bare figure: no unit
    "S'abonner - 2 mois pour 1€",  # words before the price: a button
    "2500 рублей в корзину сейчас",  # words after it
    "Цена: 2500 руб.",  # a labelled field
    "рублей 2500",
])
def test_no_price_cell(s):
    assert not price_cell(s)


_FEES = ["Стоимость обучения в секции", "Детей в семье          Две тренировки в неделю (младшие)          Три "
         "тренировки в неделю (старшие)", "Один ребёнок 2800 рублей/месяц 3900 рублей/месяц", "Двое детей*",
         "2500 рублей/месяц", "(с каждого)", "3600 рублей/месяц", "(с каждого)",
         "Трое детей и больше* третий ребёнок и следующие занимаются бесплатно третий ребёнок и следующие бесплатно",
         "Семьи с тремя детьми*",
         "(по справке)", "2500 рублей/месяц", "(с каждого)", "3600 рублей/месяц", "(с каждого)",
         "Семьи военнослужащих*", "(по справке)", "2500 рублей/месяц", "(с каждого)", "3600 рублей/месяц",
         "(с каждого)", "* Скидки не складываются"]


def test_fee_runs_find_the_rows_under_their_labels():
    runs = fee_runs(_FEES, {})
    assert [label for label, _ in runs] == [3, 9, 15]
    assert runs[0][1] == [4, 5, 6, 7] and runs[1][1] == [10, 11, 12, 13, 14]


def test_no_fee_runs_for_product_cards():
    cards = ["Новинки", "Чайник стальной", "1 990 руб.", "В корзину", "Кофеварка", "1 990 руб.", "В корзину",
             "Тостер", "1 990 руб.", "В корзину"]
    assert fee_runs(cards, {}) == []  # each price run is one line under a name, and the button's words repeat too
    cards = [c for c in cards if c != "В корзину"]
    assert fee_runs(cards, {}) != []  # without the button, the same shape is a fee grid's (what the rule reads)


def test_no_fee_runs_for_one_row_or_removed_labels():
    assert fee_runs(_FEES[:8] + ["Контакты школы"], {}) == []  # one run: no grid
    assert fee_runs(_FEES, {3: "boilerplate.menu", 9: "boilerplate.menu", 15: "boilerplate.menu"}) == []


def test_the_cleaner_keeps_a_fee_grid():
    lead = ("Тренировки проходят в спортивном зале школы три раза в неделю, занятия ведут тренеры с "
            "многолетним стажем.")
    text = "\n".join([lead, *_FEES, "Запись в группы ведётся до конца сентября по телефону секции."]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    gone = [e.text.strip() for e in doc.ledger if e.action == "removed"]
    assert not [s for s in gone if "рублей" in s or "(с каждого)" in s]  # on integ the copy rules took them
    kept = [e.rule for e in doc.ledger if e.action == "kept"]
    assert "guard.fee_rows" in kept


_DAY = ["Расписание движения автобусов", "по маршруту № 5", "«Вокзал – Лесная»", "Вокзал ул. Лесная",
        "Прибытие Отправл. Прибытие Отправл.", "1-я СМЕНА", "6-15 6-20 6-45 6-50", "7-15 7-20 7-45 7-50",
        "8-15 8-20 8-45 8-50", "9-15 9-20 9-45 9-50", "10-15 окончание смены"]
_SAT = ["Расписание движения автобусов", "по маршруту № 5", "«Вокзал – Лесная»", "(воскресенье)", "Вокзал ул. Лесная",
        "Прибытие Отправл. Прибытие Отправл.", "1-я СМЕНА", "8-15 8-20 8-45 8-50", "9-15 9-20 9-45 9-50",
        "10-15 10-20 10-45 10-50", "11-15 окончание смены"]


def test_two_timetables_share_their_heading():
    lines = _DAY + _SAT
    blocks = schedule_blocks(lines, {})
    assert len(blocks) == 2
    assert shared_heads(lines, {}, blocks, RELEASED) == [(0, blocks[0][0] - 1), (11, blocks[1][0] - 1)]
    assert shared_heads(_DAY, {}, schedule_blocks(_DAY, {}), RELEASED) == []  # one table: nothing shared


def test_no_shared_heading_over_a_long_line_or_another_rule():
    lines = _DAY + ["Новости города: в субботу автобусы пойдут по изменённому маршруту из-за ремонта моста"] + _SAT
    blocks = schedule_blocks(lines, {})
    assert [top for top, _ in shared_heads(lines, {}, blocks, RELEASED)] == [0, 12]
    removed = {11: "chrome.nav"}  # a site's menu line over the second table: its stack stops there
    lines = _DAY + ["Главная"] + _SAT[3:]
    assert shared_heads(lines, removed, schedule_blocks(lines, removed), RELEASED) == []


def test_the_cleaner_keeps_both_timetables_headings():
    lead = ("С понедельника автобус по маршруту № 5 ходит по новому расписанию, сообщает автотранспортное "
            "предприятие города.")
    text = "\n".join([lead, *_DAY, *_SAT, "Стоимость проезда не изменится."]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    gone = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    assert not gone & {"Расписание движения автобусов", "по маршруту № 5", "(воскресенье)"}  # integ: copy rules


# -- a fee table's bare figures under a header naming the money unit (mtpipe.clean.fee_figures) --

from mtpipe.clean.fee_figures import figure_block, money_header  # noqa: E402
from mtpipe.clean.tables_labels import head_above  # noqa: E402

_GRID = ["Приложение к решению от 12.03.2009 г № 41", "",
         "Размер платы за занятия в кружках дома детского творчества Заречного района с 1 сентября 2009 года", "", "",
         "Виды кружков", "дома творчества", "", "",
         "Размер платы", "на 1 ребёнка в месяц с 1", "сентября 2009 года, рублей", "Посёлок", "Заречный", "В сельских",
         "поселениях", "Шахматный клуб", "40", "20", "Студия      рисования", "для младших", "45", "", "25", "",
         "Спортивные секции:", "лёгкая атлетика", "борьба", "", "30", "140", "", "15", "70",
         "Прочие кружки  (студии,", "клубы и т.д.)", "40", "", "20"]


@pytest.mark.parametrize("s", ["Плата в месяц с 1 сентября, рублей", "Стоимость (руб.)", "Mức thu (đồng)",
                               "Цена, руб.", "Học phí một tháng VNĐ"])
def test_a_money_header(s):
    assert money_header(s)


@pytest.mark.parametrize("s", ["42", "Просмотров", "Стоимость 300 рублей за занятие в группе", "рублей",
                               "Подробнее о ценах и о скидках для семей с тремя и более детьми в этом учебном году, "
                               "рублей"])
def test_no_money_header(s):
    assert not money_header(s)  # no unit at the end, no words, or too long for a header cell


def test_a_figure_block_under_a_money_header():
    assert figure_block(_GRID, 11) == (12, 38)


def test_no_figure_block_for_cards_or_few_rows():
    cards = ["Популярное, рублей", "Новости района", "42", "21", "Праздник в парке", "18", "3"]
    assert figure_block(cards, 0) is None  # two rows of counters: too few to be a table
    assert figure_block(_GRID[:22] + ["Подробности о скидках для многодетных семей можно узнать в администрации "
                                       "дома творчества по телефону"] + _GRID[22:], 11) is None  # a long line ends it
    far = _GRID[:12] + [f"пункт {n}" for n in range(9)] + _GRID[12:]
    assert figure_block(far, 11) is None  # the first figure too far under the header


def test_the_cleaner_keeps_a_fee_tables_figures():
    text = "\n".join(_GRID) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    gone = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    assert not gone & {"40", "20"}  # on integ boilerplate.number_line took the last row's figures


def test_three_header_rows_over_a_pipe_table():
    lines = ["Перечень платных услуг архива", "N | Услуга | Единица | Цена (руб.) | |", "район | город | |||",
             "ПЕЧАТЬ И КОПИРОВАНИЕ | ||||", "1. | Копия листа А4 | 1 лист | 5 | 6 |",
             "2. | Копия листа А3 | 1 лист | 8 | 9 |",
             "3. | Печать фото | 1 шт. | 20 | 25 |"]
    assert head_above(lines, 4) == 1  # the header row, its sub-header and the section row (integ: two rows, 2)


# -- a price table's header row printed again over each table (mtpipe.clean.table_headers) --

from mtpipe.clean.table_headers import over_rows  # noqa: E402

_HEADER = "STT Lớp Học phí một tháng Tiền ăn Tổng cộng"
_TABLES = ["Biểu phí năm học của trường", "1. Hệ song ngữ", _HEADER, "1 Lớp Mầm 3,100,000 900,000 4,000,000",
           "2 Lớp Chồi 3,200,000 900,000 4,100,000", "3 Lá 3,300,000 900,000 4,200,000", "2. Hệ tiêu chuẩn", _HEADER,
           "1 Lớp Mầm 2,100,000 800,000 2,900,000", "2 Lớp Chồi 2,200,000 800,000 3,000,000",
           "3 Lá 2,300,000 800,000 3,100,000", "3. Hệ bán trú", _HEADER, "1 Lớp Mầm 1,500,000 700,000 2,200,000",
           "2 Lớp Chồi 1,600,000 700,000 2,300,000", "3 Lá 1,700,000 700,000 2,400,000"]


def test_a_header_row_over_numbered_rows_of_values():
    assert over_rows(_TABLES, 2) and over_rows(_TABLES, 7) and over_rows(_TABLES, 12)
    assert not over_rows(_TABLES, 0)  # a title: the line under it is no row


def test_no_header_row_over_a_list_of_titles():
    most_read = ["Đọc nhiều nhất", "1 Giá xăng hôm nay giảm mạnh", "2 Lịch nghỉ Tết của học sinh Hà Nội",
                 "3 Thời tiết cuối tuần có mưa rào"]
    assert not over_rows(most_read, 0)  # numbered rows, but of titles: none ends with a figure


def test_the_copies_of_a_header_row_are_taken_back():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.table_headers import release_table_headers

    text = "\n".join(_TABLES) + "\n"
    doc = Document(doc_id="t.txt", text=text, raw_text=text)
    marks = Marks(doc, "vi", line_spans(text))
    marks.removed.update({7: ("dedupe.exact", None), 12: ("dedupe.exact", None), 6: ("boilerplate.menu", None)})
    release_table_headers(marks)
    assert sorted(marks.removed) == [6]  # the two copies kept; another rule's removal stays
    assert [e.rule for e in doc.ledger if e.action == "kept"] == ["guard.table_header"] * 2
    marks = Marks(doc, "vi", line_spans(text))
    marks.removed.update({0: ("dedupe.exact", None)})  # a title over no rows stays removed
    release_table_headers(marks)
    assert sorted(marks.removed) == [0]
