"""tab99: rows of one ``|`` table go or stay together (``mtpipe.clean.pipe_rows``).  The cleaner case fails on integ
246e0dc3 (``chrome.link_footer`` takes the rows whose price cells came out empty); the page is made up in the shape
of held54's ``h54ru12`` (a museum's price list, read after its blind run), with other words."""

from __future__ import annotations

from mtpipe.clean import Cleaner
from mtpipe.clean.cell_columns import RELEASED
from mtpipe.clean.pipe_rows import bar_cells, table_rows
from mtpipe.document import Document

_FOOT = "chrome.link_footer"
#: a header row whose cells are too long for a footer's links (over 60 characters): the layers keep it
_HEAD = ("Разовое посещение массового катания на льду с прокатом коньков, руб./чел. | Абонемент на восемь посещений "
         "массового катания на льду, руб./чел. | Абонемент на месяц с занятиями у тренера на малой арене, руб./чел. | "
         "Праздничные дни | |")
_ROWS = ["Дети до 7 лет | ||||", "Школьники | ||||", "Студенты | ||||", "Пенсионеры | ||||", "Взрослые | ||||"]


def test_rows_under_a_kept_header_of_as_many_pipes():
    lines = [_HEAD, *_ROWS]
    removed = {i: _FOOT for i in range(1, 6)}
    assert table_rows(lines, removed, RELEASED) == [1, 2, 3, 4, 5]


def test_no_kept_row_no_table():
    lines = [_HEAD, *_ROWS]
    assert table_rows(lines, {i: _FOOT for i in range(6)}, RELEASED) == []


def test_a_lone_footer_line_stays_removed():
    lines = ["Каток открыт ежедневно с 10 до 22 часов, в праздничные дни с 12 часов.",
             "Главная | Новости | Афиша | Контакты | Вход"]
    assert table_rows(lines, {1: _FOOT}, RELEASED) == []


def test_two_footer_lines_are_no_table():
    lines = ["Каток открыт ежедневно с 10 до 22 часов.", "Главная | Новости | Афиша | Контакты",
             "Вход | Регистрация | Поиск | Карта сайта"]
    assert table_rows(lines, {1: _FOOT, 2: _FOOT}, RELEASED) == []


def test_a_row_of_another_pipe_count_is_another_table():
    lines = [_HEAD, "Взрослые | 300 |", "Школьники | ||||"]
    assert table_rows(lines, {2: _FOOT}, RELEASED) == []


def test_a_bare_row_and_a_rule_outside_the_shape_rules_stay_removed():
    lines = [_HEAD, "| ||||", *_ROWS[:2]]
    removed = {1: _FOOT, 2: "dedupe.exact", 3: _FOOT}
    assert table_rows(lines, removed, RELEASED) == [3]


def _clean(lines):
    text = "\n".join(lines) + "\n"
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


_PAGE = ["Прейскурант МАУ «Ледовая арена»",
         "Стоимость посещения массового катания и занятий на льду для индивидуальных посетителей",
         _HEAD, *_ROWS,
         "Проведение дня рождения на катке | 1500 – 3000 руб.(стоимость зависит от числа гостей и программы) |",
         "Коньки выдаются в прокат при предъявлении документа, удостоверяющего личность."]


def test_the_cleaner_keeps_the_rows_of_the_price_table():
    doc = _clean(_PAGE)
    gone = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    assert not gone & set(_ROWS)  # integ: chrome.link_footer took all five
    assert [e.rule for e in doc.ledger if e.action == "kept" and e.rule == "structure.pipe_rows"]


def test_the_cleaner_still_removes_a_footer_under_the_text():
    doc = _clean([*_PAGE[:2], "Каток открыт ежедневно с 10 до 22 часов, в праздничные дни с 12 часов.",
                  "Главная | Новости | Афиша | Контакты | Вход"])
    gone = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    assert "Главная | Новости | Афиша | Контакты | Вход" in gone
    assert not [e for e in doc.ledger if e.rule == "structure.pipe_rows"]


# a table printed a cell a line, the crawler's "|" alone after each cell (tab98's fresh page gorjkh.gomel.by, a city's
# utility tariffs; made up in its shape with other services and figures)
_BAR_TABLE = ["Наименование услуги", "|", "Единица измерения", "|", "Тариф,", "рублей", "|",
              "Содержание", "придомовой территории*", "|", "1 квадратный метр площади в месяц", "|", "0,0815", "|",
              "Горячее водоснабжение*", "|", "1 кубический метр", "|", "3,2140", "|",
              "Холодное водоснабжение*", "|", "1 кубический метр", "|", "1,1020", "|",
              "Вывоз", "крупногабаритного мусора**", "|", "1 кубический метр", "|", "7,4410", "|"]


def _bar_removed(lines, keep=()):
    return {i: ("classifier.line" if s == "|" else "boilerplate.between_removed")
            for i, s in enumerate(lines) if i not in keep}


def test_a_bar_table_with_a_kept_cell():
    lines = _BAR_TABLE
    got = bar_cells(lines, _bar_removed(lines, keep=(0,)), RELEASED)
    assert got == [i for i, s in enumerate(lines) if s != "|" and i != 0]


def test_a_bar_table_with_no_kept_cell_stays_removed():
    assert bar_cells(_BAR_TABLE, _bar_removed(_BAR_TABLE), RELEASED) == []


def test_a_repeated_unit_is_taken_back_a_lone_copy_elsewhere_is_not():
    lines = _BAR_TABLE
    removed = _bar_removed(lines, keep=(0,))
    removed[22] = "dedupe.exact"  # the second "1 кубический метр"
    assert 22 in bar_cells(lines, removed, RELEASED)
    removed[12] = "dedupe.exact"  # "0,0815" printed once in the block: a copy of something else
    assert 12 not in bar_cells(lines, removed, RELEASED)


def test_a_menu_between_lone_bars_is_no_table():
    menu = [x for item in ("Главная", "Новости", "Документы", "Тарифы", "Контакты", "Вакансии", "Обращения",
                           "Карта сайта", "Поиск", "Вход") for x in (item, "|")]
    assert bar_cells(menu, _bar_removed(menu, keep=(0,)), RELEASED) == []


def test_a_pager_between_lone_bars_is_no_table():
    pager = [x for n in range(1, 12) for x in (str(n), "|")]
    assert bar_cells(pager, _bar_removed(pager, keep=(0,)), RELEASED) == []


def test_the_cleaner_keeps_the_cells_of_a_bar_table():
    doc = _clean(["Тарифы", *_BAR_TABLE])  # under a one-word title, no sentence: structure.table does not read it
    gone = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    cells = {s for s in _BAR_TABLE if s != "|"}
    assert not gone & cells  # integ: between_removed, number_line, classifier.line, repeated_label took them
