"""table38 (issue 12): a table flattened one cell a line whose cells are nearly all labels is the text's own
(``mtpipe/clean/tables_labels.py``, taken back by :class:`~mtpipe.clean.tables.TableLines`).

Table-driven; every line here was written for the tests in the shapes seen on real pages (a vaccination calendar:
age group / vaccine / disease under a header row, a weekday and a date per week; an admissions timetable whose
cells end with the crawler's ``|``; a report-deadline table printed a row a line, its periods recurring under each
report; a tour's price table).  Negatives of the same shape: a site menu (printed twice, with a dated item), a tag
cloud and a footer's link list that end the page, a related-stories list with dates and "read on" labels, a
comment list whose texts stand between its fields, a listing's cards at the page's end, a counter widget.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.tables import _inside
from mtpipe.clean.tables_labels import block_line, cell_key, find_label_tables, grid
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_VI_ABOVE = "Trạm y tế phường thông báo lịch tiêm chủng mở rộng trong tháng 3 năm 2024 như sau:"
_VI_BELOW = "Phụ huynh mang theo sổ tiêm chủng của trẻ và đến đúng giờ để được khám sàng lọc trước khi tiêm."
_RU_ABOVE = "Приемная комиссия колледжа сообщает сроки вступительной кампании на текущий год."
_RU_BELOW = "Документы принимаются в рабочие дни с девяти до семнадцати часов в корпусе номер два."

# age group / vaccine / disease cells under a header row, a weekday and a date per week; the same vaccines recur
_VACCINES = ["Ngày tiêm", "Loại vắc xin", "Tên vắc xin", "Độ tuổi",
             "Thứ 3", "Tuần 1: Sáng 05/03/2024", "Lao", "BCG", "Trẻ dưới 1 tuổi",
             "Bạch hầu-Ho gà-Uốn ván- Gan B-Hib", "Quinvaxem", "Bại liệt", "bOPV",
             "Thứ 3", "Tuần 2: Sáng 12/03/2024", "Sởi", "MVVac", "Trẻ 9 tháng tuổi",
             "Bạch hầu-Ho gà-Uốn ván", "DPT", "Trẻ 18 tháng tuổi", "Bại liệt", "IPV"]
# the crawler's "|" closing each cell, bare "|" lines between the rows' groups
_TIMETABLE = ["ЭТАПЫ ПРИЕМНОЙ КАМПАНИИ", "|", "Прием заявлений |", "Вступительные испытания |",
              "Списки поступающих |", "Приказы о зачислении |", "ОЧНАЯ ФОРМА (бюджетные места)", "|",
              "10 июня-15 августа прием документов", "|", "Первая волна 20-25 июля", "Вторая волна 5-9 августа",
              "|", "Публикация списков – 10 августа |", "Зачисление – 20 августа |"]
# a row a line: the same periods recur under each report
_REPORTS = ["Форма отчета Период Срок сдачи", "Декларация по НДС За 2023 год 25.01.2024",
            "За I квартал 2024 года 25.04.2024", "За II квартал 2024 года 25.07.2024",
            "За III квартал 2024 года 25.10.2024", "Расчет по взносам За 2023 год 25.01.2024",
            "За I квартал 2024 года 25.04.2024", "За II квартал 2024 года 25.07.2024",
            "За III квартал 2024 года 25.10.2024", "Сведения о работниках За январь 2024 года 26.02.2024",
            "За февраль 2024 года 25.03.2024"]
# a tour's prices under header cells; the departure's name recurs in each row
_TOUR = ["Ngày khởi hành", "Người lớn", "Trẻ em", "(2 - dưới 11 tuổi)", "Trẻ em", "(dưới 2 tuổi)", "Phụ thu",
         "phòng đơn", "12/04", "Hoa sen", "21.990.000", "19.990.000", "5.990.000", "4.000.000", "26/04",
         "Hoa sen", "22.490.000", "20.490.000", "5.990.000", "4.000.000"]

# same shape, not a table
_MENU_TWICE = ["Главная", "Новости", "Афиша 2024", "Спорт", "Культура", "Контакты",
               "Главная", "Новости", "Афиша 2024", "Спорт", "Культура", "Контакты"]
_TAGS = ["Thẻ:", "tiêm chủng", "vắc xin", "trẻ em", "y tế", "Covid-19", "sức khỏe", "tiêm chủng", "phường 12",
         "vắc xin", "Hà Nội", "Tin mới 2024"]
_RELATED = ["Tin liên quan:", "Hà Nội mở thêm điểm tiêm vắc xin cho trẻ em", "12/03/2024", "Đọc tiếp",
            "Bộ Y tế hướng dẫn tiêm chủng mở rộng năm nay", "10/03/2024", "Đọc tiếp",
            "Phụ huynh cần lưu ý gì khi đưa trẻ đi tiêm phòng", "08/03/2024", "Đọc tiếp",
            "Lịch tiêm chủng tháng ba tại các trạm y tế phường", "05/03/2024", "Đọc tiếp"]
_COMMENTS = ["Bình luận (24)", "đánh giá", "đánh giá", "Bình luận số 18.", "minh_anh", "1 giờ trước",
             "Tôi thấy lịch tiêm như vậy là hợp lý cho các gia đình có con nhỏ ở phường này nhé",
             "Báo cáo bình luận (Bình luận số 18)", "đánh giá", "đánh giá", "Bình luận số 12.", "hoa_tran",
             "2 giờ trước", "Cảm ơn trạm y tế đã thông báo sớm để các bậc phụ huynh sắp xếp thời gian đi",
             "Báo cáo bình luận (Bình luận số 12)", "đánh giá", "đánh giá"]
_CARDS = ["Найдено 240 рецептов", "Сортировать по дате", "Автор: Ирина К.", "10 ингредиентов",
          "Добавить в избранное", "Автор: Олег М.", "7 ингредиентов", "Добавить в избранное",
          "Автор: Анна С.", "9 ингредиентов", "Добавить в избранное"]
_COUNTERS = ["Lượt xem: 571", "Bình luận: 3", "Chia sẻ: 12", "Lượt thích: 40", "Lượt xem: 212", "Bình luận: 0",
             "Chia sẻ: 5", "Lượt thích: 18", "Lượt xem: 98", "Bình luận: 1", "Chia sẻ: 2", "Lượt thích: 7"]


def _found(lines):
    live = [True] * len(lines)
    return [(a, b) for a, b, _ in find_label_tables(lines, lambda a, b: _inside(lines, live, a, b))]


@pytest.mark.parametrize("name, above, cells, below", [
    ("vaccination calendar (recurring labels)", _VI_ABOVE, _VACCINES, _VI_BELOW),
    ("admissions timetable (cells closed by '|')", _RU_ABOVE, _TIMETABLE, _RU_BELOW),
    ("report deadlines a row a line (recurring periods)", _RU_ABOVE, _REPORTS, _RU_BELOW),
    ("tour prices under header cells", _VI_ABOVE, _TOUR, _VI_BELOW),
])
def test_label_tables_inside_the_text_are_found(name, above, cells, below):
    lines = [above, *cells, below]
    assert _found(lines) == [(1, len(cells) + 1)]


@pytest.mark.parametrize("name, above, cells, below", [
    ("site menu printed twice, one dated item", _RU_ABOVE, _MENU_TWICE, _RU_BELOW),
    ("tag cloud ending the page", _VI_BELOW, _TAGS, None),
    ("footer link list ending the page", _RU_BELOW, ["Главная", "О колледже", "Абитуриенту", "Студенту",
                                                     "Контакты", "Карта сайта", "Главная", "Абитуриенту",
                                                     "© 2024 Колледж", "Тел. 8 (800) 555-35-35"], None),
    ("related stories with dates and 'read on'", _VI_BELOW, _RELATED, _VI_ABOVE),
    ("comment list, texts between its fields", _VI_BELOW, _COMMENTS, _VI_ABOVE),
    ("a listing's cards ending the page", _RU_BELOW, _CARDS, None),
    ("counter widget between texts", _VI_ABOVE, _COUNTERS, _VI_BELOW),
    ("vaccination calendar with no text below (a widget)", _VI_BELOW, _VACCINES, None),
])
def test_same_shape_clutter_is_no_label_table(name, above, cells, below):
    # what ends the page stands after an article (five lines of text), not under the page's title
    lines = [*([_VI_ABOVE, _RU_ABOVE, _VI_BELOW, _RU_BELOW] if below is None else []), above, *cells,
             *([below] if below else [])]
    assert _found(lines) == []


def test_a_page_that_is_its_title_and_the_table():
    # a block that reaches the page's end is a table only under the page's title (and date)
    page = ["Lịch tiêm chủng tháng 3", "Ngày đăng 01/03/2024 | Lượt xem: 91", *_VACCINES]
    assert _found(page) == [(0, len(page))]


@pytest.mark.parametrize("policy", ["balanced", "conservative"])
def test_a_page_table_leaves_the_header_menu_removed(policy, monkeypatch):
    # the page is its header menu, its title and the table: the menu lines the layers before removed stay removed
    from mtpipe.clean.tables import TableLines

    menu = ["Trang chủ", "Tin tức", "Đăng nhập", "Tìm kiếm"]
    lines = [*menu, "Lịch tiêm chủng tháng 3 năm 2024 tại trạm y tế phường Gia Lâm", *_VACCINES]
    doc = _clean(lines, policy)
    removed = _removed(doc)
    assert [c for c in _VACCINES if c in removed] == []
    layers = Cleaner.line_layers
    monkeypatch.setattr(Cleaner, "line_layers", lambda self: [x for x in layers(self) if not isinstance(x, TableLines)])
    before = [c for c in menu if c in _removed(_clean(lines, policy))]
    assert before and [c for c in before if c not in removed] == []


@pytest.mark.parametrize("line, kind", [("Lao", "c"), ("Bạch hầu-Ho gà-Uốn ván- Gan B-Hib", "c"), ("|", "s"),
                                        ("Публикация списков – 10 августа |", "c"),
                                        ("Tiêm vắc xin uốn ván hấp phụ cho phụ nữ có thai (VAT)", "l"),
                                        ("Học sinh có mặt tại điểm thi để nghe phổ biến quy chế thi.", ""),
                                        (_VI_BELOW, "")])
def test_block_lines(line, kind):
    assert block_line(line) == kind


def test_cell_keys_mask_digits_and_separators():
    assert cell_key("За I квартал 2023 года 25.04.2023 |") == cell_key("за i квартал 2024 года 25.04.2024")
    assert grid(_MENU_TWICE) is None  # one value printed twice
    assert grid(_COMMENTS, pipes_only=True) is None


def _clean(lines, policy):
    text = "\n".join(lines) + "\n"
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return [e.text.strip() for e in doc.ledger if e.action == "removed"]


_TITLE = "Thông báo lịch tiêm chủng mở rộng tháng 3 năm 2024 tại trạm y tế phường"
_MORE = ("Trẻ đang sốt, ho hoặc mắc bệnh cấp tính sẽ được hẹn tiêm vào buổi khác trong tháng, phụ huynh theo dõi "
         "thông báo của trạm.")


@pytest.mark.parametrize("policy", ["balanced", "conservative"])
def test_the_cleaner_keeps_a_vaccination_calendar(policy):
    lines = [_TITLE, _VI_ABOVE, *_VACCINES, _VI_BELOW, _MORE]
    doc = _clean(lines, policy)
    lost = [c for c in _VACCINES if c in _removed(doc)]
    assert lost == []
    # what the short-line rules took is taken back with one ledger entry, its evidence in the note
    assert [e.note for e in doc.ledger if e.action == "kept" and "table of labels" in (e.note or "")], doc.ledger


# a page that is a list of documents and the timetable, its cells closed by "|" (the whole page: no text below)
_ADMISSIONS_PAGE = ["ДОКУМЕНТЫ ДЛЯ ПОСТУПЛЕНИЯ", "- заявление;", "- паспорт, удостоверяющий личность;",
                    "- аттестат об образовании;", "- 4 фотографии (3х4);", "- медицинская справка.", *_TIMETABLE,
                    "АКАДЕМИЯ (высшее образование)", "Бакалавриат |", "1 июня-20 июля прием документов на бюджет",
                    "1 июня-25 августа прием документов на контракт", "|", "15-27 июля", "20-25 августа |",
                    "Зачисление на бюджет – 3 августа"]


@pytest.mark.parametrize("policy", ["balanced", "conservative"])
def test_the_cleaner_keeps_a_timetable_closed_by_bars(policy):
    doc = _clean(_ADMISSIONS_PAGE, policy)
    assert [c for c in _ADMISSIONS_PAGE if c != "|" and c in _removed(doc)] == []
    assert "|" in _removed(doc)  # a bare separator stays removed


def test_the_cleaner_still_removes_a_footer_after_the_table():
    footer = ["Главная", "О колледже", "Абитуриенту", "Студенту", "Контакты", "Карта сайта", "© 2024 Колледж"]
    lines = [_RU_ABOVE, "Для поступления необходимо подать заявление и документ об образовании лично.",
             *_TIMETABLE, _RU_BELOW, *footer]
    doc = _clean(lines, "balanced")
    assert [c for c in footer if c not in _removed(doc)] == []
