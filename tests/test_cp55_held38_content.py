"""cp55: held38's lost content, three classes (issue 12).

* a timetable's rows of clock times are the text's own, not a post's stamp (:mod:`mtpipe.clean.time_lists`, the
  schedule guard ``guard.schedule``): h38ru10's bus routes, each a route's name over rows of departures;
* a breadcrumb trail is no title the page's image bears (:func:`mtpipe.clean.captions.crumb_trail`): the line under
  it that holds its last crumb's words is the page's title (h38ru10);
* a table's header row stays with its rows of ``|`` cells when a long caption row parts them
  (:func:`mtpipe.clean.tables_labels.head_above`; h38ru11's price list).

The lines are written for these tests in the shapes seen (h38ru10, h38ru11, held36's session prices) and in shapes
of public pages found with the search tool (a town bus's timetable printed in columns of arrivals and departures, a
city's summer bus routes); none is a benchmark page's line.  Negatives: a post's stamps (a date with its hour, a
published and an updated time, a lone hour), a time range, a real link footer, a real alt text under a title.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.captions import crumb_trail
from mtpipe.clean.schedules import schedule_blocks
from mtpipe.clean.tables import find_tables
from mtpipe.clean.tables_labels import head_above
from mtpipe.clean.time_lists import departures, row_wraps, time_row
from mtpipe.document import Document


@pytest.mark.parametrize("s", [
    "06:10, 07:40, 09:25, 17:40",  # h38ru10's shape
    "07:20, 16:40",
    "06:45, 09:45, в субботу — 13:30, в воскресенье —",  # a row wrapped before its last time
    "08:15, 11:15, в субботу,15:00, в воскресенье в",
    "16:45; 17:30; 18:15; 19:00; 19:45",  # held36's shape: sessions set apart by semicolons
    "6:05 6:10 6:35 6:40",  # a town bus's columns (arrival, departure, arrival, departure)
])
def test_a_list_of_clock_times_is_a_timetable_row(s):
    assert time_row(s)


@pytest.mark.parametrize("s", [
    "25 октября 2019 - 17:28",  # a post's stamp: a date and its hour
    "17:00, 03.10.2025",  # an hour before its date
    "Опубликовано 10:15, обновлено 12:30",  # published and updated: a post's two stamps
    "12:40",  # a lone hour
    "09:00 – 18:00",  # a time range (opening hours), no list
    "10:15:30, 10:16:02",  # a log's seconds: no clock times
    "Lượt xem: 10:15, 12:30",  # a counter's word
    "Cập nhật 08:30, 09:15",
])
def test_a_stamp_or_a_range_is_no_timetable_row(s):
    assert not time_row(s)


def test_a_rows_wrapped_tail_is_the_rows_own():
    lines = ["№ 253 «Вокзал – развилка»", "06:45, 09:45, в субботу — 13:30, в воскресенье —", "17:30",
             "08:00, 17:50", "12:40"]
    assert departures(lines, 2)  # under a row that runs on past its last time
    assert not departures(lines, 4)  # under a row closed by a time: a lone hour, no tail


_ROUTES = ["Опубликовано расписание автобусов:", "", "№ 222 «Город (улица Садовая) – дачи университета»", "",
           "06:10, 07:40, 09:25, 17:40", "", "06:55, 08:25, 10:10, 18:20", "", "№ 253 «Город (вокзал) – развилка»",
           "", "06:45, 09:45, в субботу — 13:30, в воскресенье —", "17:30", "", "№ 291 «Город (стадион) – Лесное»",
           "", "06:40, 16:40", "", "08:00, 17:50"]


def test_rows_of_clock_times_make_a_schedule_block():
    assert schedule_blocks(_ROUTES, {}) == [(2, 17, 6)]  # six rows, the wrapped tail one


@pytest.mark.parametrize("lines", [
    # a post's hour twice (its title's stamp and an update): two rows at most, no block
    ["Новости", "12:40, 13:10", "Текст новости.", "Обновлено: 14:05"],
    # three lone hours of a comment list: no row lists two times
    ["Иван", "12:01", "Согласен", "Пётр", "12:05", "Нет", "Анна", "12:09"],
    # rows too far apart (a paragraph between each): no run
    ["06:10, 07:40", "a", "b", "c", "d", "08:10, 09:40", "e", "f", "g", "h", "10:10, 11:40"],
])
def test_no_block_without_a_run_of_rows(lines):
    assert schedule_blocks(lines, {}) == []


def test_the_cleaner_keeps_a_bus_timetable():
    lead = ("На выходные в городе возобновят работу дачные автобусные маршруты, сообщает пресс-служба "
            "министерства транспорта области.")
    text = "\n\n".join(["Дачные автобусы выйдут на линию", "25 октября 2019 - 17:28", lead, *[s for s in _ROUTES if s],
                        "Стоимость проезда не изменится, сообщили в министерстве транспорта области."]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    gone = [e.text.strip() for e in doc.ledger if e.action == "removed"]
    assert gone == ["25 октября 2019 - 17:28"]  # the post's stamp still goes, no row of the timetable
    kept = {e.text.strip() for e in doc.ledger if e.rule == "guard.schedule" and e.action == "kept"}
    assert {"06:10, 07:40, 09:25, 17:40", "17:30", "08:00, 17:50"} <= kept


@pytest.mark.parametrize("s", [
    "Главная / Общество / Движение дачных автобусов возобновится на ближайшие",  # h38ru10's shape
    "Trang chủ » Tin tức » Giá xăng giảm mạnh từ chiều nay",
    "Главная > Новости > Спорт > В городе открылся новый каток",
    "Home › Blog › How to brew tea",
])
def test_a_breadcrumb_trail(s):
    assert crumb_trail(s)


@pytest.mark.parametrize("s", [
    "Cách tính thuế thu nhập vãng lai mới nhất",  # a title
    "Вакцина / прививка: что нужно знать",  # one slash: no trail
    "Nhà | Giới thiệu | Liên hệ",  # bars: a link footer's, not a trail's
])
def test_no_breadcrumb_trail(s):
    assert not crumb_trail(s)


def _clean(lines: list[str]) -> Document:
    text = "\n\n".join(lines) + "\n"
    return Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))


_BODY = ("Đoàn công tác đã làm việc với lãnh đạo tỉnh về kế hoạch phát triển du lịch trong giai đoạn tới, "
         "trong đó có nhiều dự án hạ tầng quan trọng.")


_LEAD = ("На будущие выходные в городе из-за хорошей погоды возобновят работу дачные автобусные маршруты, сообщает "
         "пресс-служба регионального министерства транспорта.")


@pytest.mark.parametrize("crumb, title", [
    ("Главная / Общество / Дачные автобусы выйдут на линию в выходные", "Дачные автобусы выйдут на линию в выходные"),
    ("Главная / Новости / Каток откроется в субботу", "Каток откроется в субботу"),
    ("Trang chủ / Xã hội / Giá xăng giảm mạnh từ chiều nay", "Giá xăng giảm mạnh từ chiều nay"),
])
def test_the_title_under_a_trail_that_holds_it_is_kept(crumb, title):
    # without the trail's check, captions.alt_of_heading took each title for its image's alt text; the trail
    # itself goes as a breadcrumb (clut56: a home-led " / " trail)
    doc = _clean([crumb, title, "25 октября 2019 - 17:28", _LEAD])
    assert [(e.rule, e.text.strip()) for e in doc.ledger if e.action == "removed"] == [
        ("chrome.breadcrumb_trail", crumb), ("boilerplate.date_line", "25 октября 2019 - 17:28")]


def test_an_alt_text_under_a_title_still_goes():
    doc = _clean(["Cách tính thuế thu nhập vãng lai mới nhất", "Tính thuế thu nhập vãng lai", _BODY])
    alt = [e.text.strip() for e in doc.ledger if e.rule == "captions.alt_of_heading"]
    assert alt == ["Tính thuế thu nhập vãng lai"]


_HEAD = "№ | Код | Наименование услуг | Единица измерения | BYN | RUB | $ |"
_CAPTION = ("Перечень платных медицинских услуг по стоматологии, оказываемых санаторием иностранным гражданам и лицам "
            "без гражданства. Вводится в действие с 1 марта 2025 года, цены указаны без НДС и без стоимости "
            "материалов, по курсу на день оплаты. | ||||||")
_ROWS = ["1 | 1.1.1 | осмотр пациента при первичном обращении | тариф | 7,36 | 185 | 2.35 |",
         "2 | 1.3.1 | удаление зубных отложений ручным способом | тариф | 2,09 | 53 | 0.67 |",
         "3 | 1.3.2 | удаление зубных отложений аппаратным методом | тариф | 3,12 | 79 | 1.00 |",
         "4 | 1.3.4 | покрытие одного зуба фторсодержащим препаратом | тариф | 1,05 | 27 | 0.34 |"]


def test_a_header_row_parted_from_its_rows_by_a_long_caption_row():
    lines = [_HEAD, _CAPTION, *_ROWS]
    assert head_above(lines, 2) == 0
    assert find_tables(lines, [True] * len(lines))[0][0] == 0


@pytest.mark.parametrize("above", [
    "Главная | Новости | Контакты |",  # a link footer: fewer cells than the rows
    "Главная | О нас | Услуги | Цены | Отзывы | Контакты",  # not closed by "|"
])
def test_a_link_footer_over_a_table_is_no_header_row(above):
    lines = [above, *_ROWS]
    assert head_above(lines, 1) == 1


@pytest.mark.parametrize("cur, nxt, want", [
    ("06:45, 09:45, в субботу — 13:30, в воскресенье —", "17:30", True),  # h38ru10's shape
    ("08:15, 11:15, в субботу,15:00, в воскресенье в", "19:00", True),
    ("07:10, 12:20,", "18:40", True),
    ("06:10, 07:40, 09:25, 17:40", "06:55, 08:25", False),  # the next row, under a row closed by a time
    ("Опубликовано 10:15, обновлено в", "12:30", False),  # a post's stamps
    ("Автобус отправится в", "17:30", False),  # a sentence cut before its time: no row
])
def test_a_rows_wrapped_tail_joins_it(cur, nxt, want):
    assert row_wraps(cur, nxt) is want


def test_the_segmenter_keeps_a_wrapped_row_whole():
    from mtpipe.clean.softbreak import join_soft_breaks
    text = "№ 253 «Вокзал – развилка»\n\n06:45, 09:45, в субботу — 13:30, в воскресенье —\n17:30\n\n08:00, 17:50\n"
    doc = Document(doc_id="t.txt", text=text, raw_text=text)
    join_soft_breaks(doc)
    assert "в воскресенье — 17:30\n" in doc.text


def test_a_cell_rule_inside_a_timetable_stays_removed():
    # a museum's tour times one cell a line, a bare "|" between the cells (train27ru's shape): the rows are kept,
    # the rules are no cells
    lead = ("Сборные экскурсии в праздничные дни проводятся без предварительной записи, билеты продаются в кассе "
            "музея.")
    cells = ["3 января", "|", "11:00 12:00 14:00 |", "|", "4 января", "|", "15:00 16:00 |", "|", "5 января", "|",
             "11:00 13:00 15:00 |", "|", "8 января", "|", "11:00 15:00 16:00 |"]
    text = "\n".join([lead, *cells, lead.replace("Сборные", "Новые")]) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    kept = [e.text.strip() for e in doc.ledger if e.rule == "guard.schedule" and e.action == "kept"]
    assert "|" not in kept and "11:00 12:00 14:00 |" in kept
