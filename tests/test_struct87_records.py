"""Record rows the line rules took for chrome (issue 12, struct87; :mod:`mtpipe.clean.record_rows`).

Made-up records of three classes struct86's pages showed (benchmarks/notes/struct86.md, struct87.md): a programme
printed one day a line as ``|`` cells (no footer's links), a table's head row of column names (no person's name), one
field of two records whose label holds a number (no copy).  Negatives: a footer's links in ``|``, a post's stamp with
its time in ``|`` cells, a menu row of plural nouns, a bare name, a comment list's stamps, the same field printed twice,
markup attributes; a table printed a cell a line keeps its cells across its head's markdown rule row ("|---|---|"),
a horizontal rule without columns is no separator.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.record_rows import column_head, other_field_values, programme_row
from mtpipe.clean.tables_labels import block_line
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _kept(lines: list[str]) -> str:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    return "\n".join(s.source for s in doc.segments)


@pytest.mark.parametrize("row", [
    "09:00-10:00 | Регистрация гостей | 10:00-12:00 | Пленарное заседание | 12:00 | Обед | 14:00-16:00 | Секции |",
    "12 мая 09:30 | Завтрак | 11:00 | Отъезд в аэропорт |",
    "8h00 | Đón tiếp đại biểu | 8h30 | Khai mạc hội thảo | 11h30 | Ăn trưa |",
    "7.30 – 8.00 | Check-in | 8.00 – 9.00 | Opening talk | 9.00 | Coffee break",
])
def test_a_programme_row_of_cells_is_a_programme_row(row):
    assert programme_row(row)


@pytest.mark.parametrize("row", [
    "Главная | Новости | О нас | Контакты | Карта сайта",  # a footer's links
    "03:06 PM 13/12/2020 | Lượt xem: 4186 | In bài viết |",  # a post's stamp: one time
    "© 2024 | Работаем 09:00-18:00 | Контакты | Политика конфиденциальности",  # opening hours in a footer
    "10:15 | 10:30 | 10:45 | 11:00 | 11:15 | 11:30",  # times only: no event beside them
    "Пн-Пт 09:00-18:00 | Сб 10:00-16:00 | Вс выходной",  # office hours: no time opens a cell of text after it
])
def test_links_stamps_and_hours_are_no_programme_row(row):
    assert not programme_row(row)


def test_a_programme_printed_a_day_a_line_is_kept():
    rows = ["08:00-10:00 | Встреча и регистрация участников | 10:00-11:00 | Экскурсия по выставке | 11:30 | Отъезд "
            "участников в пансионат | 14:00-15:00 | Обед |",
            "14 мая 09:00-10:00 | Завтрак | 10:00-13:00 | Работа по секциям | 13:00-14:00 | Обед |",
            "15 мая 09:00-10:00 | Завтрак | 13:00 | Отъезд участников |"]
    got = _kept(["Программа конференции", "", "Конференция пройдёт в пансионате с 13 по 15 мая, участники приедут "
                 "автобусом из города.", "", *rows, "", "Главная | Новости | О нас | Контакты | Карта сайта"])
    for row in rows:
        assert row.split(" | ")[1] in got
    assert "Карта сайта" not in got


@pytest.mark.parametrize("lines, i", [
    (["Время Мероприятие Локация", "10:00 – 11:00 Регистрация участников Дом культуры"], 0),
    (["Дата Событие Место", "12.05 Открытие выставки Музей"], 0),
    (["Thời gian Nội dung Địa điểm", "8h00 Đón tiếp đại biểu Hội trường A"], 0),
    (["Наименование Цена", "", "Выезд мастера 1000"], 0),
    (["Time Event Venue", "9:00 Welcome Hall B"], 0),
])
def test_a_head_row_of_column_names_is_a_column_head(lines, i):
    assert column_head(lines, i)


@pytest.mark.parametrize("lines, i", [
    (["Мария Образцова", "12.05.2024"], 0),  # a bare name over a date: a byline
    (["Новости События Контакты", "2024"], 0),  # a menu's plural items
    (["Время Мероприятие Локация", "Регистрация участников", "Торжественное открытие"], 0),  # no row with a digit
    (["Hoàng Minh", "12/05/2024"], 0),  # a Vietnamese name
    (["Время", "10:00"], 0),  # one column name: a label, not a head row
])
def test_names_menus_and_lone_labels_are_no_column_head(lines, i):
    assert not column_head(lines, i)


@pytest.mark.parametrize("first, later", [
    ("+ Thời gian hành trình 01 chuyến xe: 80 - 90 phút", "+ Thời gian hành trình 01 chuyến xe: 75 phút"),
    ("- Số chuyến 02 chiều: 120 chuyến", "· Số chuyến 02 chiều: 98 chuyến"),
    ("Рейс 2, время в пути: 45 мин", "• Рейс 2, время в пути: 50–55 мин"),
    ("Tuần 3: Sáng 20/01/2021", "Tuần 3: Sáng 21/01/2021"),
])
def test_one_field_of_two_records_has_other_values(first, later):
    assert other_field_values(first, later)


@pytest.mark.parametrize("first, later", [
    ("4 февраля, 09:26 0", "4 февраля, 09:09 0"),  # comment stamps: a clock's colon is no field's
    ("Thời gian hành trình 01 chuyến xe: 80 phút", "Thời gian hành trình 01 chuyến xe: 80 phút"),  # the same line
    ("Giá vé: 7.000 đồng/lượt", "Giá vé: 7.000 đồng/lượt."),  # the same value
    ('<th style="padding: 10px; text-align: left">', '<th style="padding: 12px; text-align: left">'),  # markup
    ("Thời gian: 80 phút", "Thời gian: 80 km"),  # other words in the value: another field
    ("Xem thêm", "Xem thêm"),  # no field
])
def test_copies_stamps_and_markup_are_no_other_values(first, later):
    assert not other_field_values(first, later)


def test_a_route_s_weekday_and_sunday_figures_are_both_kept():
    got = _kept([
        "Điều chỉnh thông số hoạt động trên các tuyến xe buýt", "",
        "Kể từ ngày 16 tháng 10 năm 2023, Trung tâm thông báo điều chỉnh thông số hoạt động trên các tuyến "
        "như sau:", "",
        "- Tuyến 08 (Bến xe buýt Quận 8 - Đại học Quốc gia)", "",
        "+ Áp dụng từ thứ Hai đến thứ Sáu:", "",
        "· Số chuyến hoạt động trong ngày: 348 chuyến", "",
        "· Thời gian hành trình 01 chuyến xe: 80 - 90 phút", "",
        "+ Áp dụng Chủ nhật:", "",
        "+ Số chuyến hoạt động trong ngày: 300 chuyến", "",
        "+ Thời gian hành trình 01 chuyến xe: 75 phút", ""])
    assert "75 phút" in got and "80 - 90 phút" in got


@pytest.mark.parametrize("line, kind", [
    ("|---|---|---|---|", "s"),  # a markdown table's rule row under its head
    ("---|---|", "s"),
    ("| :--- | ---: |", "s"),
    ("|", "s"),
    ("----------", ""),  # a horizontal rule without columns: no table's separator
    ("==== | ====", ""),
])
def test_a_rule_row_is_a_table_separator(line, kind):
    assert block_line(line) == kind


def test_a_table_a_cell_a_line_with_its_rule_row_is_kept():
    rows = [["1 |", "8.30-9.10 |", "10 мин |"], ["2 |", "9.20-10.00 |", "15 мин |", "1, 2 классы |"],
            ["3 |", "10.15-10.55 |", "15 мин |", "3, 4 классы |"], ["4 |", "11.10-11.50 |", "15 мин |"],
            ["5 |", "12.05-12.45 |", "10 мин |"], ["6 |", "12.55-13.35 |", "5 мин |"]]
    lines = ["РЕЖИМ РАБОТЫ ШКОЛЫ: с 8.00 до 18:00", "Выходной: суббота, воскресенье",
             "Школа работает по пятидневной рабочей неделе в одну смену", "Начало занятий - 8.30",
             "Окончание занятий – 15:05", "2-10 класс – 40 мин", "Расписание звонков и длительность перемен", "|",
             "№ |", "Время урока |", "Перемены |", "Классы |", "|---|---|---|---|", "|"]
    for row in rows:
        lines += row + ["|"]
    lines += ["Время приёма пищи в школьной столовой", "Завтрак - 10.05 – 10.25", "Обед – 12.05 – 12.25"]
    got = _kept(lines)
    for cell in ("8.30-9.10", "12.55-13.35", "3, 4 классы", "Перемены"):
        assert cell in got
