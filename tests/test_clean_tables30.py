"""Round 30 (tables30, issue 12 point 1): rows of ``|`` cells are a table wherever they stand, a "label: amount" list
under a caption is the text's own (``mtpipe/clean/tables.py``).  Table-driven; every line here was written for the
tests, none is a page's.

Positives: a Markdown table at the top of the stored text (a separator row, a header whose cells differ in number
from the body's), a table of values with no separator, a recipe's ingredients and a product's specification under
a caption ending with ":".  Negatives of the same shape: a link footer ("Home | About | Contact", no separator, no
values), a calendar printed as rows of ``|``, a widget's counters and a record's fields (no caption, or counts
without a unit), a list under a caption the layers before removed.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.tables import RULE, find_lists, find_tables, is_separator, pipe_tables
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU_TEXT = "Цены указаны с учетом налогов и действуют до конца года, уточняйте их у администратора сервиса."
_RU_MORE = "Запись на обслуживание ведется по телефону и через форму на сайте, время работы указано ниже."
_VI_TEXT = "Món ăn này dễ làm tại nhà và chỉ cần khoảng hai giờ để chuẩn bị cho cả gia đình cùng thưởng thức."

# a Markdown table as the page's first lines: header, separator, a header's cells printed one a line, rows
_MD_TOP = ["| Услуга | Цена за час, руб | | |", "|---|---|---|---|", "|", "Малый класс |", "Большой класс |", "|",
           "| Шиномонтаж | | | |", "| Замена колеса | 300 | 350 | 400 |", "| Балансировка | 200 | 250 | 300 |",
           "| Хранение шин | - | - | - |", "| Ремонт прокола | 150 | 150 | 200 |"]
_MD_TABLE_ROWS = {0, 1} | set(range(6, 11))  # lines of |-rows (the separator a row too)
_VALUES_NO_SEP = ["Город | Население | Площадь", "Омск | 1100 тыс. | 566 км²", "Томск | 570 тыс. | 297 км²",
                  "Тула | 470 тыс. | 145 км²"]
_HEADER_ONLY = ["| Tên | Số lượng | Ghi chú |", "| :--- | :---: | ---: |"]

_LINK_FOOTER = ["Главная | О нас | Контакты | Блог", "Новости | Статьи | Форум | Видео",
                "Карта сайта | Реклама | Вакансии | Партнеры"]
_CALENDAR = ["| Пн | Вт | Ср | Чт | Пт | Сб | Вс |", "| 1 | 2 | 3 | 4 | 5 | 6 | 7 |",
             "| 8 | 9 | 10 | 11 | 12 | 13 | 14 |",
             "| 15 | 16 | 17 | 18 | 19 | 20 | 21 |"]


@pytest.mark.parametrize("line, sep", [("|---|---|", True), ("| :--- | :---: | ---: |", True), ("---|---", True),
                                       ("|", False), ("| - | - | - |", False), ("Главная | О нас | Контакты", False),
                                       ("-----", False)])
def test_separator_rows(line, sep):
    assert is_separator(line) is sep


@pytest.mark.parametrize("name, lines, rows", [
    ("markdown at the top", _MD_TOP, _MD_TABLE_ROWS),
    ("values, no separator", _VALUES_NO_SEP, set(range(4))),
    ("header and separator", _HEADER_ONLY, {0, 1}),
])
def test_pipe_tables_wherever_they_stand(name, lines, rows):
    # no text above or below: the rows' own shape is the evidence
    found = find_tables(lines, [False] * len(lines))
    assert {i for a, b, _, _ in found for i in range(a, b)} == rows, found


@pytest.mark.parametrize("name, lines", [("link footer", _LINK_FOOTER), ("calendar", _CALENDAR),
                                         ("one footer line", ["Главная | О нас | Контакты | 2024"])])
def test_pipe_clutter_is_no_table(name, lines):
    page = [_RU_TEXT, *lines, _RU_TEXT]
    assert find_tables(page, [True] * len(page)) == []
    assert pipe_tables(lines, 0, len(lines)) == []


_RU_RECIPE = ["Для теста понадобится:", "Мука: 500 г", "Сахар: 2 ст. ложки", "Молоко: 300 мл", "Для начинки:",
              "Творог: 400 г", "Яйца: 2 шт"]
_VI_RECIPE = ["Nguyên liệu:", "Thịt gà: 1 con", "Gạo nếp: 500g", "Nấm hương: 10 cái", "Hạt sen: 100g"]
_VI_SPEC = ["Thông số kỹ thuật của máy:", "Công suất: 800 W", "Dung tích: 1,5 lít", "Trọng lượng: 2,3 kg"]

_WIDGET = ["Thống kê truy cập:", "Lượt xem: 571", "Hôm nay: 34", "Trực tuyến: 7"]
_RECORD = ["Кол-во номеров: 3", "Площадь: 40 кв. м", "Этаж: 2", "Вид: на море"]


@pytest.mark.parametrize("name, items", [("ru recipe with a sub-caption", _RU_RECIPE), ("vi recipe", _VI_RECIPE),
                                         ("vi product spec", _VI_SPEC)])
def test_quantity_lists_are_found(name, items):
    page = [_VI_TEXT, *items, _VI_TEXT]
    assert find_lists(page, [True] * len(page)) == [(1, len(items) + 1)]


@pytest.mark.parametrize("name, items", [("widget counters under a caption", _WIDGET), ("record fields", _RECORD),
                                         ("amounts without a caption", _VI_RECIPE[1:])])
def test_fields_and_widgets_are_no_list(name, items):
    page = [_VI_TEXT, *items, _VI_TEXT]
    assert find_lists(page, [True] * len(page)) == []


def test_a_removed_caption_leads_no_list():
    page = [_VI_TEXT, *_VI_RECIPE, _VI_TEXT]
    live = [True] * len(page)
    live[1] = False
    assert find_lists(page, live) == []


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def test_cleaner_keeps_a_top_table_and_removes_the_link_footer():
    text = "\n".join([*_MD_TOP, _RU_TEXT, _RU_MORE, *_LINK_FOOTER]) + "\n"
    doc = _run(text)
    removed = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    rows = [_MD_TOP[i] for i in sorted(_MD_TABLE_ROWS) if not is_separator(_MD_TOP[i])]
    assert not removed & set(rows), removed & set(rows)
    assert set(_LINK_FOOTER) <= removed, removed


# links (mtpipe/clean/links.py): a bare address a sentence points to, a list item among kept items
_LEAD = "Thông tin chi tiết về học bổng, xin tham khảo trang web sau:"
_URL_LINE = "https://hocbong.example.org/chuong-trinh/2025/dieu-kien.html"


@pytest.mark.parametrize("name, lines, removed, taken", [
    # a bare address stays removed even where a sentence points to it (Convention 9, clut82: h24vi14, h47vi14);
    # a line with words beside its address is the sentence's still
    ("a bare address pointed to by a sentence", [_LEAD, "", _URL_LINE], {2: "boilerplate.contact"}, set()),
    ("a bulleted bare address pointed to", [_LEAD, "• " + _URL_LINE], {1: "boilerplate.contact"}, set()),
    ("an address with its label pointed to", [_LEAD, "", "Trang đăng ký: " + _URL_LINE],
     {2: "boilerplate.source_link"}, {2}),
    ("list item among kept items", ["Thông tin dự án:", "* Thương hiệu: Bếp Nhà",
                                    "* Website: https://bepnha.example.vn/", "* Chủ đề: nấu ăn tại nhà"],
     {2: "boilerplate.source_link"}, {2}),
    ("a lone source label", ["Nguồn:", _URL_LINE], {1: "boilerplate.source_link"}, set()),
    ("a source line after the text", [_VI_TEXT, "Theo báo Tuổi Trẻ https://tuoitre.example.vn/bai-viet.htm"],
     {1: "boilerplate.source_link"}, set()),
    ("a footer of links", ["Liên hệ với chúng tôi qua các kênh:", "• Facebook: https://facebook.com/bepnha",
                           "• Youtube: https://youtube.com/bepnha", "• Email: lienhe@bepnha.example.vn"],
     {0: "boilerplate.labelled_link", 1: "boilerplate.source_link", 2: "boilerplate.source_link",
      3: "boilerplate.contact"}, set()),
    ("an address shortened for display", [_LEAD, "http://m.example.vn/the-thao/bai-...0072716787.htm"],
     {1: "boilerplate.contact"}, set()),
    ("an e-mail line", [_LEAD, "lienhe@bepnha.example.vn"], {1: "boilerplate.contact"}, set()),
    ("removed by another rule", [_LEAD, _URL_LINE], {1: "dedupe.near"}, set()),
])
def test_pointed_links(name, lines, removed, taken):
    from mtpipe.clean.links import pointed_links

    assert set(pointed_links(lines, {i: (r, None) for i, r in removed.items()})) == taken


def test_cleaner_removes_the_bare_pointed_link():
    """Convention 9 (clut82): a URL alone on its line is clutter also where the sentence before points to it; the
    sentence stays."""
    from mtpipe.clean.links import RULE as LINK_RULE

    text = "\n".join([_VI_TEXT, "Đây là học bổng dành cho các du học sinh tự túc đang học tại các trường đại học.",
                      _LEAD, "", "http://www.hocbong.example.org/scholarships_e.html"]) + "\n"
    doc = _run(text)
    assert [e for e in doc.ledger if e.action == "removed" and "hocbong" in e.text]
    assert not [e for e in doc.ledger if e.rule == LINK_RULE and "hocbong" in e.text]
    assert not [e for e in doc.ledger if e.action == "removed" and "tham khảo" in e.text]


# a table of cells followed by the caption of the next table or list, not by a sentence (round 30)
_SESSIONS_TABLE = ["|", "Дата", "|", "Начало сеансов |", "|", "3 января", "|", "11:00 |", "|", "4 января", "|",
                   "15:00 16:00 |", "|", "5 января", "|", "11:00 14:00 |"]
_NEXT_CAPTION = "Мастер-класс для детей проводится по записи:"


@pytest.mark.parametrize("name, after, found", [
    ("the next caption", [_NEXT_CAPTION, "8, 9 января – 12:00"], True),
    ("a short label", ["Подписка:", "Telegram | VK"], False),
    ("a menu", ["Главная", "Афиша", "Контакты", "Карта сайта"], False),
])
def test_a_table_before_the_next_caption(name, after, found):
    lines = ["Музей работает в праздничные дни по особому расписанию, сообщает администрация.",
             "Сборные экскурсии проводятся без записи по расписанию:", *_SESSIONS_TABLE, *after]
    tables = find_tables(lines, [True] * len(lines))
    got = [(a, b) for a, b, _, _ in tables]
    assert ((2, 2 + len(_SESSIONS_TABLE)) in got) is found, tables
