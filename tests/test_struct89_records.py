"""A record page's title block and tables printed a cell a line (issue 12, struct89; :mod:`mtpipe.clean.record_blocks`).

A programme's title block whose theme is a quoted name with a subtitle after a colon ("«…: …»", joined by bnd67's
quotation sign) is no header region of a site's furniture (:func:`~.record_blocks.quoted_subtitle` in
:func:`.regions._short`); a field without quotes, a quoted menu item and a quotation without a colon inside are no
such name. A table wider than eight columns printed a cell a line, each row a label and a run of values, is a table
(:func:`~.record_blocks.value_rows`), also where it ends the page under its heading and a letterhead; a calendar
printed a day a line, a pager, a share bar's counters, rows of very different widths, two rows alone and a footer's
links at the page's end are not. A row of empty cells ("||||||||") parts no table. A table's cell wrapped after an
abbreviation that stands before a name ("им.", "ул.") goes on: no sentence parts the table
(:func:`~.record_blocks.open_abbreviation`); a year's "г.", a price's "руб.", "т.д.", a unit and a region's "обл."
still end a line. Made-up examples.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.record_blocks import open_abbreviation, quoted_subtitle, value_rows
from mtpipe.clean.regions import _short
from mtpipe.clean.tables_labels import block_line, find_label_tables
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _kept(lines: list[str]) -> str:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    return "\n".join(s.source for s in doc.segments)


@pytest.mark.parametrize("s", [
    "«Содружество Независимых Государств: общие ценности и многообразие культур»",
    "«Наука и общество: диалог поколений»",
    "„Kultur: ein Dialog“",
    "“Heritage: shared values and many cultures”",
    "конференции «Россия — Вьетнам: 30 лет партнёрства»",
])
def test_a_quoted_name_with_a_subtitle(s):
    assert quoted_subtitle(s) and not _short(s)


@pytest.mark.parametrize("s", [
    "Телефон: +7 900 000-00-00",  # a field, no quotes
    "«Новости»",  # a quoted menu item
    "Журнал «Наука»",
    "«Ошибка»: страница не найдена",  # the colon outside the quotation
    "Главная",
])
def test_fields_menus_and_plain_quotes_are_no_quoted_subtitle(s):
    assert not quoted_subtitle(s)


_PROGRAMME = ["ПРОГРАММА XX Форума молодых учёных стран Содружества", "",
              "ПРОЕКТ", "", "ПРОГРАММЫ", "",
              "XX Форума молодых учёных", "стран Содружества", "",
              "«Наука без границ:", "общие задачи и новые решения»", "",
              "5 октября 2025 года", "", "В течение дня", "",
              "Прибытие участников и гостей Форума согласно графику прилета, размещение в гостинице.", "",
              "Встреча делегаций", "", "6 октября 2025 года", "", "09:00-10:00", "",
              "Регистрация участников и гостей Форума.", "", "10:00-12:00", "",
              "Торжественное открытие Форума и пленарное заседание с участием министров культуры."]


def test_a_programme_s_title_block_is_kept():
    got = _kept(_PROGRAMME)
    for s in ("ПРОЕКТ", "XX Форума молодых учёных стран Содружества",
              "«Наука без границ: общие задачи и новые решения»"):
        assert s in got


def _rows(n: int, labels: list[str], width: int) -> list[str]:
    out = []
    for k, label in enumerate(labels):
        out.append(label)
        out += [f"{(k * 7 + j * 3) % 50},{j}" for j in range(width)]
    return out


def test_rows_of_values_after_labels():
    cells = ["Белки", "Жиры", "Углеводы", *_rows(0, ["Суп гороховый", "Котлета рыбная", "Компот", "Хлеб"], 12)]
    assert value_rows(cells) is not None


@pytest.mark.parametrize("cells", [
    ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс", *[str(d) for d in range(1, 8)], "Неделя",
     *[str(d) for d in range(8, 15)], "Неделя", *[str(d) for d in range(15, 22)]],  # a calendar's weeks
    ["Страницы", *[str(d) for d in range(1, 9)], "Далее", *[str(d) for d in range(9, 17)], "Назад",
     *[str(d) for d in range(17, 25)]],  # a pager
    ["Поделиться", "12", "Класс", "4", "Твитнуть", "7", "Вконтакте", "31"],  # a share bar
    ["Суп", *["1,5"] * 12, "Каша", *["2,5"] * 6, "Чай", *["3,5"] * 12],  # rows of very different widths
    ["Суп", *["1,5"] * 12, "Каша", *["2,5"] * 12],  # two rows only
])
def test_calendars_pagers_counters_and_ragged_runs_are_no_value_rows(cells):
    assert value_rows(cells) is None


_MENU = ["Меню на первый день для учащихся 1-4 классов", "",
         "Двенадцатидневное меню для обучающихся начального звена образовательных учреждений", "",
         "Сезон: осенне-зимний", "", "Наименование блюда", "", "выход", "", "Белки", "", "Жиры", "", "Углеводы", "",
         "Калл", "", "А", "", "С", "", "Са", "", "Fe", ""]
for _dish in ("Сыр порциями", "Каша молочная пшенная с маслом", "Кофейный напиток с молоком"):
    _MENU += [_dish, ""]
    for _j, _v in enumerate(("150", "6,45", "7,78", "33,02", "228", "0,08", "0,98", "104,29", "1,1")):
        _MENU += [_v, ""]


def test_a_wide_menu_table_a_cell_a_line_is_kept():
    got = _kept(_MENU)
    lines = got.splitlines()
    assert "104,29" in lines and "Белки" in lines and "Кофейный напиток с молоком" in lines


@pytest.mark.parametrize("s", ["стандартизации и метрологии им.", "Школа на ул.", "доклад проф.", "выступит г-н."])
def test_an_abbreviation_before_a_name_closes_no_sentence(s):
    assert open_abbreviation(s) and block_line(s) in ("c", "l", "w")


@pytest.mark.parametrize("s", ["Работы завершат в 2025 г.", "Стоимость билета 500 руб.", "Книги, журналы и т.д.",
                               "Высота ограждения не менее 2 м.", "Новое здание построят в Саратовской обл.",
                               "Ул."])
def test_units_years_and_lists_still_end_a_line(s):
    assert not open_abbreviation(s)


_PLAN = ["N", "п/п |", "Мероприятие |", "Срок", "исполнения |", "Ответственные", "за выполнение |",
         "1. |", "Проведение смотров", "и выставок местных", "товаропроизводителей |", "2024 - 2025", "годы |",
         "министерство культуры", "области, центр народного", "творчества им.", "Н.К. Крупской", "(по согласованию) |",
         "2. |", "Издание каталога", "мастеров народных", "промыслов |", "2025 год |", "министерство культуры",
         "области |", "3. |", "Конкурс молодых", "исполнителей |", "2025 год |", "дом культуры", "на ул.",
         "Советской |"]


def test_a_plan_table_with_cells_wrapped_at_an_abbreviation_is_kept():
    got = _kept(_PLAN)
    for s in ("творчества им.", "Н.К. Крупской", "министерство культуры", "Конкурс молодых"):
        assert s in got


_NEWS = ["Новости", "Открытие катка в парке", "12.01.2025", "Концерт хора ветеранов", "11.01.2025",
         "Ярмарка выходного дня", "10.01.2025", "Субботник на набережной", "09.01.2025"]


def test_a_news_list_with_one_date_each_is_no_value_rows():
    assert value_rows(_NEWS) is None


_SITE = ["Главная", "", "О школе", "", "Новости", "", "Документы", "", "Питание", "", "Контакты", "",
         "Школьный хор занял первое место на областном конкурсе, который прошёл в Саратове в минувшую субботу.", "",
         "Ребята исполнили три песни, и жюри особо отметило солистку хора, ученицу седьмого класса.", "",
         "Версия для слабовидящих |", "Карта сайта |", "Политика конфиденциальности |", "Обратная связь |",
         "© 2025 МБОУ СОШ № 3 |", "Все права защищены |"]


def test_a_menu_with_blank_lines_and_a_footer_s_links_stay_removed():
    got = _kept(_SITE).splitlines()
    assert "Школьный хор занял первое место на областном конкурсе, который прошёл в Саратове в минувшую субботу." in got
    # ("О школе" is left as on integ 423c67c5: the rule changed here reads no menu item)
    assert not {"Документы", "Питание", "Карта сайта |", "Обратная связь |", "Все права защищены |"} & set(got)


def test_rows_of_a_pdf_menu_with_merged_cells_and_a_cut_last_row():
    row = ["6,00", "8,80", "36,92", "257,34", "0,06", "0,52", "0,12", "1,08", "0,13", "0,12 117,30", "0,46 192,90",
           "9,00", "0,01", "0,00", "184", "2008", "7,5"]
    cells = ["Завтрак", "КАША МАННАЯ ВЯЗКАЯ", "200", *row, "БУТЕРБРОДЫ С СЫРОМ", "60", *row, "1,1", "2,2", "3,3",
             "КАКАО С МОЛОКОМ", "200", *row[:10]]
    assert value_rows(cells) is not None


def test_a_column_of_row_numbers_vetoes_no_rows():
    row = [f"{k},5" for k in range(12)]
    cells = ["Завтрак", *row, "Обед", *row, "Полдник", "1", "2", "3", "4", "5", "6", "Ужин", *row]
    assert value_rows(cells) is not None


def test_a_row_of_empty_cells_is_a_separator():
    assert block_line("||||||||") == "s" and block_line("| | | |") == "s" and block_line("Итого: |") == "c"


_HEADED = ["Основное меню горячего питания учащихся 5-11 классов (завтрак) на осенний период 2025 года",
           "УТВЕРЖДЕНО", "Директор школы", "_________________ И.И. Иванова", "Приказ № 12 от 01.09.2025",
           "МЕНЮ горячего питания учащихся 5-11 классов в соответствии с физиологическими нормами питания",
           "Прием пищи, наименование блюда", "Масса порции", "Белки, г", "Жиры, г", "Углеводы, г", "Витамины"]
for _k, _dish in enumerate(("КАША ОВСЯНАЯ МОЛОЧНАЯ", "БУТЕРБРОД С МАСЛОМ", "ЧАЙ С САХАРОМ", "ЯБЛОКО")):
    _HEADED += [_dish] + [f"{_v[:-1]}{_k}" for _v in ("200", "6,00", "8,80", "36,92", "257,34", "0,06", "0,52")]
_FOOTER = ["Школьный хор победил", "12 марта 2025",
           "Школьный хор занял первое место на областном конкурсе, который прошёл в Саратове в минувшую субботу.",
           "Ребята исполнили три песни, и жюри особо отметило солистку хора, ученицу седьмого класса.",
           "Поздравляем победителей и их руководителя, которая готовила хор к конкурсу весь учебный год.",
           "Главная |", "О школе |", "Новости |", "Документы |", "Питание |", "Контакты |", "Карта сайта |",
           "Телефон: 8 (845) 000-00-00 |", "Факс: 8 (845) 000-00-01 |", "© 2025 МБОУ СОШ № 3 |"]


def test_a_table_of_value_rows_that_ends_the_page_under_its_heading_is_found():
    # (the block starts on the page's seventh line: below the page's head, so no page table by position alone)
    found = find_label_tables(_HEADED, lambda a, b: True)
    assert found and found[0][1] == len(_HEADED)


def test_a_footer_s_links_at_the_page_s_end_under_text_are_no_table():
    assert find_label_tables(_FOOTER, lambda a, b: True) == []
