"""Two record classes struct87's held pages showed (issue 12, struct88; :mod:`mtpipe.clean.record_rows`).

A price list's row of ``;`` (or ``|``) cells holding a span of clock times is no byline's dateline when the rows
of its table stand around it (:func:`~.record_rows.cell_row`); a list of dates the text sets in their order at the
page's end (a call's deadlines) is no tail of other stories (:func:`~.record_rows.dated_list`).  Made-up records;
negatives: a news list's dates (newest first), a footer with its hours, a lone dateline with a time, a feed whose
every row holds a stamp, a list of dated headlines at a page's end.  And a document's part label with its number
("PHỤ LỤC 2", struct88's tune page t11) is no name with a counter (:func:`~.record_rows.part_label`); a name with
a count still is.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.record_rows import cell_row, dated_list, part_label
from mtpipe.clean.tables_labels import header_row
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _kept(lines: list[str]) -> str:
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    return "\n".join(s.source for s in doc.segments)


_PRICES = ["№;Услуга;Единица;Цена, руб.",
           "1 ;Вызов сантехника ;1 выезд ;800",
           "2 ;Замена смесителя ;1 шт ;1200",
           "3 ;Вызов сантехника с 21:00 до 23:00 ;1 выезд ;+600",
           "4 ;Прочистка канализации ;1 точка ;1500",
           "5 ;Установка унитаза ;1 шт ;2500"]


@pytest.mark.parametrize("rows, i", [
    (_PRICES, 3),
    (["Đơn giá | Dịch vụ | Giá", "1 | Giặt ủi thường | 30.000đ", "2 | Giặt ủi sau 20:00 - 22:00 | 50.000đ",
      "3 | Giặt khô | 80.000đ"], 2),
])
def test_a_row_among_its_table_s_rows_is_a_cell_row(rows, i):
    assert cell_row(rows, i)


@pytest.mark.parametrize("rows, i", [
    (["Новости | 12.03.2020 | 14:35", "Спорт | 12.03.2020 | 13:10", "Культура | 11.03.2020 | 18:02"], 1),  # a feed
    (["Иван Петров | 12.03.2020 14:35 | Просмотров: 120"], 0),  # a lone stamp
    (["Главная | Новости | Контакты", "ООО «Ромашка» | пн-пт 09:00-18:00 | +7 900 000-00-00"], 1),  # a footer
    (["Автор: Иван Петров; 12.03.2020 в 14:35; Просмотров: 120", "Теги: ремонт; сантехника"], 0),
])
def test_stamps_feeds_and_footers_are_no_cell_row(rows, i):
    assert not cell_row(rows, i)


def test_a_price_row_with_hours_is_kept():
    got = _kept(["Цены на услуги сантехника", "",
                 "Мастер приедет в течение часа после заявки, материалы оплачиваются отдельно по чеку магазина.", "",
                 *_PRICES])
    assert "Вызов сантехника с 21:00 до 23:00" in got


def test_a_lone_dateline_with_a_time_still_goes():
    got = _kept(["Цены на услуги сантехника", "", "Иван Петров, 12.03.2020 14:35", "",
                 "Мастер приедет в течение часа после заявки, материалы оплачиваются отдельно по чеку магазина.",
                 "Работы выполняются с гарантией один год, акт выдаётся на месте."])
    assert "12.03.2020 14:35" not in got


_DEADLINES = ["Важные даты", "До 01.02.2024 — приём заявок на участие", "15.03.2024 — приём полных текстов докладов",
              "20.04.2024 — открытие конференции"]


@pytest.mark.parametrize("rows", [
    _DEADLINES,
    ["Các mốc thời gian", "Ngày 10/01/2025 Hạn đăng ký", "Ngày 20/02/2025 Hạn nộp bài", "Ngày 05/04/2025 Khai mạc"],
    ["Key dates", "01.05.2023 Abstract submission", "01.07.2023 Notification of acceptance"],
])
def test_dates_the_text_sets_in_order_are_a_dated_list(rows):
    assert dated_list(rows)


@pytest.mark.parametrize("rows", [
    ["Другие новости", "12.03.2024 В городе открыли новый парк", "10.03.2024 Прошёл фестиваль",
     "02.03.2024 Итоги зимнего сезона"],  # a news list: newest first
    ["В городе открыли новый парк (12.03.2024)", "Прошёл фестиваль (14.03.2024)", "Итоги сезона (15.03.2024)"],
    ["Читайте также", "В городе открыли новый парк", "Прошёл фестиваль"],  # no dates
    ["15.03.2024", "20.04.2024"],  # dates alone: no text set by them
])
def test_news_lists_are_no_dated_list(rows):
    assert not dated_list(rows)


_VI_PAGE = ["Hội thảo khoa học Cơ học 2025", "",
            "Hội thảo sẽ diễn ra tại Hà Nội trong hai ngày, ngôn ngữ là tiếng Việt và tiếng Anh.", "", "Lệ phí", "",
            "Lệ phí tham dự: 500.000 đ (bao gồm tài liệu và ăn trưa).", ""]


def test_a_deadline_list_at_the_page_s_end_is_kept():
    rows = ["Ngày 10/01/2025          Đăng ký và nộp tóm tắt", "Ngày 20/03/2025          Nộp bài toàn văn"]
    got = _kept([*_VI_PAGE, "Thời hạn cần nhớ", "", rows[0], "", rows[1]])
    for row in rows:
        assert row.split("  ")[-1].strip() in got
    assert "Thời hạn cần nhớ" in got


def test_other_stories_newest_first_at_the_page_s_end_still_go():
    news = ["Ngày 12/03/2025 Khai trương công viên mới", "Ngày 10/03/2025 Lễ hội âm nhạc dân gian",
            "Ngày 02/03/2025 Tổng kết mùa đông"]
    got = _kept([*_VI_PAGE, "Tin khác", "", news[0], "", news[1], "", news[2]])
    assert not any(n in got for n in news)


@pytest.mark.parametrize("s, want", [
    ("PHỤ LỤC 2", True), ("Приложение № 3", True), ("Appendix B", True), ("Mẫu số 01", True),
    ("Phụ lục", False), ("Nguyễn Văn An", False), ("Приложение к приказу", False), ("Иван Петров 12", False),
])
def test_a_part_label_with_its_number(s, want):
    assert part_label(s) is want


def test_a_part_label_over_a_timetable_is_kept():
    got = _kept(["LỊCH HỌC", "", "Tên file: LICH-HOC.doc", "Tải về", "", "PHỤ LỤC 3", "",
                 "UBND HUYỆN AN BÌNH               CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "",
                 "TRƯỜNG TH AN BÌNH A              Độc lập – Tự do – Hạnh phúc", "", "LỊCH HỌC", "",
                 "NĂM HỌC: 2021 – 2022", "", "(Áp dụng từ ngày 06/9/2021)", "", "KHỐI 3", "",
                 "3A Tiết Thứ 2 Thứ 3 Thứ 4 Thứ 5 Thứ 6", "", "SÁNG", "", "1 Chào cờ Toán Tiếng Việt Toán Toán",
                 "2 Tiếng Việt Tiếng Việt Toán Tiếng Anh Tiếng Việt", "3 Toán Tiếng Anh Tiếng Việt Đạo đức Mỹ thuật", "",
                 "CHIỀU", "", "2 Thể dục Âm nhạc", "3 Tin học Tiếng Việt"])
    assert "PHỤ LỤC 3" in got


@pytest.mark.parametrize("lines, i, want", [
    (["№ п/п |", "Наименование услуг |", "Тариф |"], 0, True),  # a head printed a cell a line
    (["Наименование услуг |", "Тариф |"], 0, True),
    (["1 |", "2 |"], 0, False),  # numbers: no head
    (["Главная | Новости |", "Тариф |"], 0, False),  # cells of another count
    (["Тип | График |", "Праздники | Выходной |"], 0, True),  # held37's row of two cells, as before
])
def test_a_head_cell_a_line_is_a_header_row(lines, i, want):
    assert header_row(lines, i) is want
