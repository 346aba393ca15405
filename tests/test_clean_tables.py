"""Round 27g (table27, issue 12): a table flattened one cell a line inside the article is the text's own
(``mtpipe/clean/tables.py``).  Table-driven; every line here was written for the tests, none is a page's.

Positives: a timetable (station / departure / arrival), a price list under a caption, an exam schedule whose day
cell spans rows (printed once), rows of ``|`` cells.  Negatives of the same shape: a list of other items' titles
and dates, a month calendar, a pager, a menu, an archive widget, a record's field labels and values, a
counter list, and a table standing outside the article (no text below it).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.tables import RULE, cell_shape, clutter_shape, find_tables, period
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU_ABOVE = "С первого июня пригородные поезда пойдут по новому расписанию, сообщила пресс-служба перевозчика."
_RU_BELOW = "Билеты можно купить в кассах вокзала и в мобильном приложении перевозчика без комиссии."
_VI_ABOVE = "Sở Giáo dục và Đào tạo thành phố vừa công bố lịch thi chính thức cho kỳ thi năm nay như sau."
_VI_BELOW = "Thí sinh cần có mặt tại phòng thi trước giờ tính giờ làm bài ít nhất mười lăm phút."

_TIMETABLE = ["Станция", "Отправление", "Прибытие", "Москва", "08:15", "08:20", "Клин", "09:30", "09:32",
              "Тверь", "10:45", "10:50", "Бологое", "12:10", "12:15"]
_PRICES = ["Giá tour áp dụng:", "Ngày đi", "Khách sạn", "Người lớn", "Trẻ em", "12/05", "Hoa Sen", "15.990.000",
           "9.990.000", "26/05", "Biển Xanh", "16.490.000", "10.490.000", "09/06", "Ngọc Trai", "17.290.000",
           "11.290.000"]
# the day cell spans the morning and afternoon rows: printed once, the period has a gap
_EXAMS = ["Ngày thi", "Buổi", "Môn thi", "Thời gian", "Bắt đầu", "12.6.2025", "Sáng", "Toán", "120 phút", "7 giờ 30",
          "Chiều", "Tiếng Anh", "60 phút", "14 giờ 30", "13.6.2025", "Sáng", "Ngữ văn", "120 phút", "7 giờ 30",
          "Chiều", "Vật lý", "50 phút", "14 giờ 30"]
# no label in a row: a date and its times, two kinds of value
_SESSIONS = ["Дата", "Начало", "3 января", "11:00", "4 января", "15:00 16:00", "5 января", "11:00 14:00 16:00"]
_PIPES = ["Страна | Участники | Медали", "Казахстан | 12 | 3", "Киргизия | 8 | 1", "Узбекистан | 15 | 4",
          "Туркмения | 6 | 0"]

_TEASERS = ["Новые правила въезда в страну вступят в силу с весны", "12.03.2025",
            "Власти города объявили о ремонте главного моста", "11.03.2025",
            "Цены на бензин выросли третью неделю подряд", "10.03.2025",
            "Школьники вернутся к учебе после долгих каникул", "09.03.2025"]
_CALENDAR = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"] + [str(d) for d in range(1, 22)]
_PAGER = ["Страницы:", "1", "2", "3", "4", "5", "6", "7", "8", "Далее"]
_MENU = ["Главная", "Новости", "Спорт", "Культура", "Экономика", "Общество", "Контакты"]
_ARCHIVE = ["Архив", "Декабрь 2024", "Ноябрь 2024", "Октябрь 2024", "Сентябрь 2024", "Август 2024", "Июль 2024"]
_FIELDS = ["DOI:", "10.1234/abcd.2019.2.4321", "Received:", "11-02-2019", "Accepted:", "20-02-2019", "Published:",
           "25-02-2019"]
_COUNTERS = ["Просмотров: 1250", "Сегодня: 34", "Вчера: 51", "Всего: 98231", "Онлайн: 7", "Гостей: 5"]


@pytest.mark.parametrize("cell, shape", [
    ("06.6.2023", "D"), ("05/04", "D"), ("3 декабря 2026", "D"), ("13:55", "T"), ("7 giờ 30", "T"),
    ("12 марта", "D"), ("27.990.000", "N"), ("120 phút", "N"), ("50%", "N"), ("1 600 руб.", "N"),
    ("Sáng", "L"), ("Ngữ văn", "L"), ("(2- dưới 11 tuổi)", "L"),
])
def test_cell_shapes(cell, shape):
    assert cell_shape(cell) == shape


def test_period_of_values():
    shapes = [cell_shape(c) for c in _TIMETABLE]
    assert period(shapes)[0] == 3
    assert period(["L"] * 12) is None  # a menu: no values
    assert period(["N"] * 12) is None  # values only, no labels between them
    assert period(["L", "D", "L", "L", "L", "L", "L", "L", "L"]) is None  # one value is no row


@pytest.mark.parametrize("name, cells, p", [("timetable", _TIMETABLE, 3), ("prices", _PRICES, 4),
                                            ("exams", _EXAMS, None), ("pipes", _PIPES, 1),
                                            ("sessions", _SESSIONS, 2)])
def test_tables_between_text_are_found(name, cells, p):
    lines = [_RU_ABOVE, *cells, _RU_BELOW]
    found = find_tables(lines, [True] * len(lines))
    assert len(found) == 1, found
    first, end, period_, rows = found[0]
    assert (first, end) == (1, len(lines) - 1)  # the header row and a caption belong to the table
    assert rows >= 3
    if p is not None:
        assert period_ == p


@pytest.mark.parametrize("name, cells", [("teasers", _TEASERS), ("calendar", _CALENDAR), ("pager", _PAGER),
                                         ("menu", _MENU), ("archive", _ARCHIVE), ("fields", _FIELDS),
                                         ("counters", _COUNTERS)])
def test_same_shape_clutter_is_not_a_table(name, cells):
    lines = [_RU_ABOVE, *cells, _RU_BELOW]
    assert find_tables(lines, [True] * len(lines)) == []


def test_clutter_shape_names_why():
    shapes = [cell_shape(c) for c in _TEASERS]
    assert "titles and dates" in clutter_shape(_TEASERS, shapes, 2)
    assert clutter_shape(_TIMETABLE, [cell_shape(c) for c in _TIMETABLE], 3) is None


def test_position_outside_the_article():
    # under removed furniture, or with no text after it (a footer's widget), the same table is not taken
    lines = [_RU_ABOVE, *_TIMETABLE, _RU_BELOW]
    live = [True] * len(lines)
    live[0] = False
    assert find_tables(lines, live) == []
    short = [_RU_ABOVE, *_TIMETABLE, "Главная", "Контакты", "Карта сайта", "О проекте", _RU_BELOW]
    assert find_tables(short, [True] * len(short)) == []


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


@pytest.mark.parametrize("above, cells, below", [(_RU_ABOVE, _TIMETABLE, _RU_BELOW),
                                                 (_VI_ABOVE, _EXAMS, _VI_BELOW)])
def test_cleaner_keeps_the_table_with_a_ledger_entry(above, cells, below):
    text = "\n".join(["Заголовок статьи о расписании", above, *cells, below, below.replace("без", "и без")]) + "\n"
    doc = _run(text)
    removed = {e.text.strip() for e in doc.ledger if e.action == "removed"}
    assert not removed & set(cells), removed & set(cells)
    kept = [e for e in doc.ledger if e.action == "kept"]
    assert len(kept) == 1 and kept[0].rule == RULE
    assert "period" in kept[0].note and "rows" in kept[0].note and "taken back from" in kept[0].note
    assert all(c in kept[0].text for c in cells)
    # the kept entry changes nothing: every cell reaches the segments
    joined = " ".join(s.source for s in doc.segments)
    assert all(c in joined for c in cells)


def test_cleaner_still_removes_a_teaser_list_after_the_article():
    text = "\n".join([_RU_ABOVE, _RU_BELOW, "Читайте также", *_TEASERS]) + "\n"
    doc = _run(text)
    assert not [e for e in doc.ledger if e.action == "kept"]


def test_bare_separators_stay_removed():
    # a table printed with a bar between cells, every line removed by the layers before: the cells come back, a
    # line without a letter or digit does not (and does not break the period)
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.tables import TableLines

    cells = [c for cell in _TIMETABLE for c in (cell, "|")]
    doc = Document.from_text("\n".join([_RU_ABOVE, *cells, _RU_BELOW]) + "\n", doc_id="doc.txt", path="doc.txt")
    marks = Marks(doc, "ru", line_spans(doc.text))
    marks.removed = {i: ("boilerplate.date_line", None) for i in range(1, len(cells) + 1)}
    TableLines().mark(marks)
    left = {doc.text[slice(*marks.spans[i])] for i in marks.removed}
    assert left == {"|"}
    kept = [e for e in doc.ledger if e.action == "kept"]
    assert len(kept) == 1 and "period 3" in kept[0].note and f"{len(_TIMETABLE)} lines taken back" in kept[0].note
