"""dup79 (issue 12, content precision; held46 read after its blind run): repeated items of lists and tables are no
copies (:mod:`mtpipe.clean.repeated_lists`).

Three classes the duplicate layer took for copies: a series of items with the same words and other numbers
(``dedupe.near`` took each item for a copy of the first), the same list under two headings of one pattern (another
stage, section or year: ``dedupe.exact``), a short cell closed by ``|`` repeated in other rows of a table or under its
header cell (``dedupe.near`` / ``dedupe.exact``).  The pages below are made up, in both languages, with the copies
that must still go: a menu block printed twice, a paragraph printed twice, a headline its teaser repeats, a run of
image or banner counters, a block of cells printed twice.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.ledger import apply_ledger
from mtpipe.clean.repeated_lists import other_heading, series_items, table_cells
from mtpipe.document import Document
from mtpipe.segment import Segmenter

INTRO_RU = "На этой странице собраны задания и решения городской олимпиады по истории за прошлые годы."
INTRO_VI = "Trang này tổng hợp đề thi và đáp án kỳ thi học sinh giỏi môn Lịch sử của thành phố qua các năm."
MORE_RU = "Олимпиада проводится ежегодно для учеников седьмых–одиннадцатых классов всех школ города."
YEARS_RU = [f"{y}/{y - 1999} учебный год (Томск)" for y in range(2017, 2023)]
YEARS_VI = [f"Đề thi năm học {y}-{y + 1} (Hà Nội)" for y in range(2018, 2023)]
GRADES_RU = [f"Задания для {k} класса (тур 2024 года)" for k in range(7, 12)]  # a year in each, the same

SERIES_RU = "\n".join([INTRO_RU, "Архив заданий", *YEARS_RU, MORE_RU]) + "\n"
SERIES_VI = "\n".join([INTRO_VI, "Kho đề thi", *YEARS_VI, INTRO_VI.replace("Trang này", "Chuyên mục")]) + "\n"
SERIES_GRADES = "\n".join([INTRO_RU, *GRADES_RU, MORE_RU]) + "\n"
TWO_LISTS_RU = "\n".join([INTRO_RU, "Разбор заданий отборочного этапа", *YEARS_RU[:4],
                          "Разбор заданий заключительного этапа", *YEARS_RU[:4], MORE_RU]) + "\n"
JURY = ["Петрова Анна Сергеевна, учитель истории", "Соколов Илья Павлович, доцент университета",
        "Громова Дарья Олеговна, методист центра"]
TWO_JURIES_RU = "\n".join([INTRO_RU, "Состав жюри отборочного тура", *JURY, "Состав жюри финального тура", *JURY,
                           MORE_RU]) + "\n"
PLAN = ["План мероприятий городской библиотеки на сентябрь", "Дата |", "Мероприятие |", "Категории читателей |",
        "Ответственный |", "02.09 |", "Выставка новых книг «Осенний листопад» |", "Все категории читателей |",
        "Иванова О. П. |", "05.09 |", "Литературная гостиная «Стихи о родном крае» |", "Клуб «Ветеран» |",
        "Петрова Н. Н. |", "12.09 |", "Викторина «Знатоки истории района» |", "Все категории читателей |",
        "Иванова О. П. |", "19.09 |", "Громкие чтения для первоклассников |", "Все категории читателей |",
        "Сидорова А. А. |"]
PLAN_VI = ["Lịch hoạt động thư viện trường tháng 9", "Ngày |", "Hoạt động |", "Đối tượng tham gia |",
           "Người phụ trách |", "05/9 |", "Trưng bày sách mới đầu năm học |", "Mọi đối tượng tham gia |",
           "Cô Nguyễn Thị Lan |", "12/9 |", "Thi kể chuyện theo sách |", "Học sinh khối 3 |", "Cô Trần Thị Hoa |",
           "19/9 |", "Giới thiệu sách về Bác Hồ |", "Mọi đối tượng tham gia |", "Thầy Lê Văn Nam |", "26/9 |",
           "Ngày hội đọc sách của trường: trưng bày sách theo chủ đề, thi vẽ bìa sách, giao lưu với tác giả, tặng sách "
           "cho thư viện lớp và đọc thơ", "Mọi đối tượng tham gia |", "Cô Trần Thị Hoa"]  # a row's events on one line


def _run(text: str):  # type: ignore[no-untyped-def]
    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    return doc


def _dedupe_removed(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.rule, e.text.strip()) for e in doc.ledger if e.action == "removed" and e.rule.startswith("dedupe.")]


@pytest.mark.parametrize("text,lines", [
    pytest.param(SERIES_RU, YEARS_RU, id="ru-school-years"),
    pytest.param(SERIES_VI, YEARS_VI, id="vi-school-years"),
    pytest.param(SERIES_GRADES, GRADES_RU, id="ru-grades"),
    pytest.param(TWO_LISTS_RU, YEARS_RU[:4] * 2, id="ru-list-under-two-stages"),
    pytest.param(TWO_JURIES_RU, JURY * 2, id="ru-names-under-two-rounds"),
    pytest.param("\n".join(PLAN) + "\n", [x for x in PLAN if "категории" in x], id="ru-table-cell"),
    pytest.param("\n".join(PLAN_VI) + "\n", [x for x in PLAN_VI if "Mọi" in x], id="vi-table-cell"),
])
def test_the_items_stay(text: str, lines: list[str]) -> None:
    doc = _run(text)
    left = [x.strip() for x in apply_ledger(doc.raw_text, doc.ledger).splitlines()]
    for line in set(lines):
        assert left.count(line) == lines.count(line), (line, _dedupe_removed(doc))


MENU = ["Главная страница сайта школы", "Новости и объявления школы", "Расписание уроков и звонков",
        "Контакты и реквизиты школы"]
BODY_RU = ("В субботу в городе прошла олимпиада по математике для школьников. Ученики нашей школы заняли три призовых "
           "места. Поздравляем победителей и их учителей!")
HEAD_RU = "Ученики школы номер пять победили на городской олимпиаде по математике"
BANNERS = [f"Рекламный баннер 300x600px left-{k}" for k in range(1, 4)]
CELLS = ["Расписание кружков и секций |", "Запись на занятия по телефону |", "Часы работы спортивного зала |"]

# (page, lines left once at most: their copies go, by a dedupe rule or an earlier one)
STILL = [
    pytest.param("\n".join(["Меню сайта", *MENU, HEAD_RU, BODY_RU, MORE_RU, "Разделы сайта", *MENU]) + "\n", MENU,
                 id="menu-block-twice"),
    pytest.param("\n".join(["Меню школы", *MENU, HEAD_RU, BODY_RU, "Меню школы", *MENU]) + "\n", MENU,
                 id="menu-block-twice-same-heading"),
    pytest.param("\n".join(["Наши ссылки сверху", *MENU, HEAD_RU, BODY_RU, "Наши ссылки снизу", MENU[0]]) + "\n",
                 MENU[:1], id="one-menu-item-under-parallel-headings"),
    pytest.param(f"{HEAD_RU}\n\n{BODY_RU}\n\n{MORE_RU}\n\n{BODY_RU}\n", [BODY_RU], id="paragraph-twice"),
    pytest.param(f"{HEAD_RU}\n\n{BODY_RU}\n\nНовости школы\n\n{HEAD_RU}\n", [HEAD_RU], id="headline-teaser"),
    pytest.param("\n".join([HEAD_RU, BODY_RU, *JURY, MORE_RU, *JURY]) + "\n", JURY, id="list-twice-no-heading"),
    pytest.param("\n".join([HEAD_RU, BODY_RU, *CELLS, MORE_RU, *CELLS]) + "\n", CELLS, id="cells-block-twice"),
    pytest.param("\n".join([HEAD_RU, BODY_RU, *CELLS[:2], MORE_RU, *CELLS[:2], INTRO_RU]) + "\n", CELLS[:2],
                 id="two-cells-twice"),
]


@pytest.mark.parametrize("text,once", STILL)
def test_the_copies_still_go(text: str, once: list[str]) -> None:
    doc = _run(text)
    left = [x.strip() for x in apply_ledger(doc.raw_text, doc.ledger).splitlines()]
    assert all(left.count(line) <= 1 for line in once), [(e.rule, e.text) for e in doc.ledger]
    assert _dedupe_removed(doc) or any(e.action == "removed" for e in doc.ledger)


@pytest.mark.parametrize("text,n", [
    pytest.param("\n".join([HEAD_RU, BODY_RU, *BANNERS, MORE_RU]) + "\n", 2, id="banner-counters"),
    pytest.param("\n".join([HEAD_RU, BODY_RU, *CELLS, MORE_RU, *CELLS]) + "\n", 3, id="cells-block-twice"),
    pytest.param("\n".join([HEAD_RU, BODY_RU, *JURY, MORE_RU, *JURY]) + "\n", 3, id="list-twice-no-heading"),
])
def test_dedupe_still_removes(text: str, n: int) -> None:
    assert len(_dedupe_removed(_run(text))) >= n


def _at(lines: list[str]):  # type: ignore[no-untyped-def]
    return lambda k: lines[k]


@pytest.mark.parametrize("lines,j,i,ok", [
    (["Архив", *YEARS_RU[:3], "Далее"], 1, 2, True),
    (["Архив", *YEARS_RU[:2], "Далее"], 1, 2, False),  # two items: no series
    (["Архив", YEARS_RU[0], "Далее", YEARS_RU[1], YEARS_RU[2]], 1, 3, False),  # not consecutive
    (BANNERS, 0, 1, False),  # a counter at the end
    (["Опубликовано в рубрике Новости", "Опубликовано в рубрике Спорт", "Опубликовано в рубрике Культура"], 0, 1,
     False),  # other words, no numbers
])
def test_series_items(lines: list[str], j: int, i: int, ok: bool) -> None:
    assert series_items(_at(lines), j, i, len(lines)) is ok


@pytest.mark.parametrize("lines,j,i,ok", [
    (["Разбор заданий отборочного этапа", *JURY[:2], "Разбор заданий заключительного этапа", *JURY[:2]], 1, 4, True),
    (["Разбор заданий отборочного этапа", *JURY[:2], "Разбор заданий заключительного этапа", *JURY[:2]], 2, 5, True),
    (["Разбор заданий отборочного этапа", JURY[0], "Разбор заданий заключительного этапа", JURY[0]], 1, 3, False),
    (["Меню сайта", *JURY[:2], "Разделы сайта", *JURY[:2]], 1, 4, False),  # headings of no common pattern
    (["12 ингредиентов", *JURY[:2], "8 ингредиентов", *JURY[:2]], 1, 4, False),  # a record's counter field
    (["All In", *JURY[:2], "All In with Chris Hayes", *JURY[:2]], 1, 4, False),  # one holds the other
    ([*JURY[:2], *JURY[:2]], 0, 2, False),  # a block printed twice back to back
    # the second copy is the page's last line: the items below it end with the page (it raised IndexError)
    (["Разбор заданий отборочного этапа", *JURY[:3], "Разбор заданий заключительного этапа", JURY[0]], 1, 5, False),
])
def test_other_heading(lines: list[str], j: int, i: int, ok: bool) -> None:
    assert other_heading(_at(lines), j, i, len(lines)) is ok


@pytest.mark.parametrize("lines,j,i,ok", [
    (PLAN, 7, 15, True), (PLAN, 3, 7, True),  # a value under its column's header cell
    (PLAN, 15, 19, True),  # the next cell the same ("Иванова О. П. |" under both): the row's others differ
    ([*CELLS, "Текст", *CELLS], 1, 5, False),  # the same cells around
    ([*CELLS, "Текст", *CELLS], 0, 4, False), ([*CELLS, "Текст", *CELLS], 2, 6, False),  # the block's edges
    (["Дата |", "Все категории читателей", "Иванова", "Текст", "Все категории читателей", "Петрова"], 1, 4, False),
])
def test_table_cells(lines: list[str], j: int, i: int, ok: bool) -> None:
    assert table_cells(_at(lines), j, i, len(lines)) is ok
