"""Round bnd45: units a page glues into one line with no stop, and a grid table's row wrapped onto two lines (read on
held23's price list, train29's notices and tariff table, crawl12's biography box; cases written from the class, not
copied from the pages).

* numbered rows glued, each row's number run into the price before it ("… руб.1Осмотр … )5002Повторный …") open a
  unit at each number when the numbers run 1, 2, 3 … (``segment.cells``);
* two Vietnamese cells glued with no space ("Từ 6h sángĐóng cửa 21h tối", the line's head) are units each (``segment.cells``);
* a timeline's items each closed by a full date on one line ("… ngày 12 - 03 - 1961 Thụ phong …") open after each
  date, two dates at least (``segment.date_items``);
* a grid table's row wrapped onto the next line ("| 1 | Аренда звуковой системы (2 колонки - | за час | 900,00 |"⏎"| |
  микшер) | | |") is one row, one unit, the table kept (``clean.softbreak_grid``);
* a bracket left open at a line's end and closed after a blank line by a line going on in lower case ("(Ban hành kèm
  theo Quyết định … năm 2014"⏎⏎"của Chủ tịch …)") is one sentence across the gap (``clean.softbreak_gaps``).

Same-shape negatives: numbers glued to words not counting up, a medal table's one-word rows, a name glued into the word
before it, brands, a day's name after "ngày", one date opening its sentence, a date before a name, a Markdown table's rows one a line, a row whose
empty cells are filled with "-", a bracket closed on its line, a line after the gap in capitals or closing no bracket."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, unaccounted
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_grid import grid_wraps
from mtpipe.document import Document
from mtpipe.segment import Segmenter, split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


CASES = [
    # numbered rows glued into one line (ru, vi)
    ("№Услуга, цена руб.1Первичный осмотр кошки (одно животное)5002Повторный осмотр (одно животное)3003Стрижка когтей у "
     "кошки200", "ru",
     ["№Услуга, цена руб.", "1Первичный осмотр кошки (одно животное)500", "2Повторный осмотр (одно животное)300",
      "3Стрижка когтей у кошки200"]),
    ("Bảng giá dịch vụ:1Khám tổng quát cho chó150.0002Tiêm phòng dại cho mèo120.0003Cắt tỉa lông toàn thân300.000", "vi",
     ["Bảng giá dịch vụ:", "1Khám tổng quát cho chó150.000", "2Tiêm phòng dại cho mèo120.000",
      "3Cắt tỉa lông toàn thân300.000"]),
    # negatives: numbers not counting up, one-word rows (a medal table), two rows only
    ("Итог: 1Первый этап прошёл 5Второй этап прошёл 2Третий этап прошёл", "ru",
     ["Итог: 1Первый этап прошёл 5Второй этап прошёл 2Третий этап прошёл"]),
    ("Quốc gia Số lượng Peru1Chile1Bolivia1Angola2Brazil3India3Kenya1", "vi",
     ["Quốc gia Số lượng Peru1Chile1Bolivia1Angola2Brazil3India3Kenya1"]),
    ("Цены: 1Осмотр кошки 5002Повторный осмотр 300", "ru", ["Цены: 1Осмотр кошки 5002Повторный осмотр 300"]),
    # two Vietnamese cells glued with no space
    ("Từ 6h sángĐóng cửa 21h tối", "vi", ["Từ 6h sáng", "Đóng cửa 21h tối"]),
    ("Sau 9h tốiGiảm giá 20% toàn bộ", "vi", ["Sau 9h tối", "Giảm giá 20% toàn bộ"]),
    ("Trước 10h tốiĐóng cửa lúc 22h", "vi", ["Trước 10h tối", "Đóng cửa lúc 22h"]),
    # negatives: a space lost inside running text (five tokens or more before it), a name glued into the word before,
    # a brand, a broken font
    ("Sáng nay chúng tôi gặp lại thầyHùng ở trường cũ.", "vi", ["Sáng nay chúng tôi gặp lại thầyHùng ở trường cũ."]),
    ("Trường Đại họcKinh Tế tổ chức hội thảo", "vi", ["Trường Đại họcKinh Tế tổ chức hội thảo"]),
    ("Theo báo VnExpress hôm nay", "vi", ["Theo báo VnExpress hôm nay"]),
    ("Bản tin thời sự ngàyThứ sáu 14 tháng 5 năm 2021", "vi", ["Bản tin thời sự ngàyThứ sáu 14 tháng 5 năm 2021"]),
    ("Bµi kiÓm tra vÒ tiÒn mÆt", "vi", ["Bµi kiÓm tra vÒ tiÒn mÆt"]),
    # a timeline's items closed by full dates
    ("Sinh tại Cần Thơ ngày 12 - 03 - 1961 Thụ phong Linh mục ngày 20 - 06 - 1990 Được bổ nhiệm làm cha sở năm 2001",
     "vi", ["Sinh tại Cần Thơ ngày 12 - 03 - 1961", "Thụ phong Linh mục ngày 20 - 06 - 1990",
            "Được bổ nhiệm làm cha sở năm 2001"]),
    ("Родился в Омске 02.04.1950 Окончил институт 30.06.1972 Работал инженером на заводе", "ru",
     ["Родился в Омске 02.04.1950", "Окончил институт 30.06.1972", "Работал инженером на заводе"]),
    # negatives: one date opening or dating its sentence, a date before a name
    ("Hôm nay ngày 21/04/2022 Thư viện trường tổ chức ngày hội đọc sách", "vi",
     ["Hôm nay ngày 21/04/2022 Thư viện trường tổ chức ngày hội đọc sách"]),
    ("Ngày 02/09/1945 Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập tại Quảng trường Ba Đình ngày 02/09/1945 Bộ Quốc "
     "phòng", "vi",
     ["Ngày 02/09/1945 Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập tại Quảng trường Ba Đình ngày 02/09/1945 Bộ Quốc "
      "phòng"]),
]


@pytest.mark.parametrize("text, lang, units", CASES)
def test_units(text: str, lang: str, units: list[str]) -> None:
    assert _units(text, lang) == units


_RULE = "|—————|——————————————————————|—————————|—————————|"
_GRID = f"""Тарифы на дополнительные платные услуги, оказываемые учреждением в 2009 году, утверждены решением совета.
{_RULE}
| N | Наименование платных услуг | Единица | Тариф с НДС |
| п/п | | измерения | 18%, руб. |
{_RULE}
| 1 | Аренда звуковой системы (2 колонки - | за час | 900,00 |
| | микшер) | | |
{_RULE}
| 2 | Аренда зала | за час | 1500,00 |
{_RULE}
Тарифы применяются с 1 января 2009 года и действуют до конца года."""

_MARKDOWN = """Тарифы на услуги учреждения на 2009 год утверждены решением совета депутатов.
| N | Услуга | Единица | Тариф |
|---|---|---|---|
| 1 | Аренда зала | за час | 1500,00 |
| 2 | Аренда сцены | | 900,00 |
| 3 | Прокат | за сутки | 7000,00 |
Тарифы применяются с 1 января 2009 года и действуют до конца года."""

_FILLED = """Цены на услуги автомойки на этот год утверждены директором предприятия.
|---|---|---|---|
| Автомойка | Кузов | Салон | Итого |
| Автомойка бесконтактная | - | - | - |
|---|---|---|---|
Цены применяются с 1 января и действуют до конца года."""


def _segments(text: str) -> list[str]:
    doc = Segmenter()(Cleaner()(Document.from_text(text, doc_id="doc.txt", path="doc.txt")))
    assert unaccounted(doc) is None
    return [s.source for s in doc.segments]


def test_grid_row_wrapped_is_one_row() -> None:
    assert grid_wraps(_GRID.split("\n")) == {2, 5}
    got = _segments(_GRID)
    assert "| N | Наименование платных услуг | Единица | Тариф с НДС | | п/п | | измерения | 18%, руб. |" in got
    assert "| 1 | Аренда звуковой системы (2 колонки - | за час | 900,00 | | | микшер) | | |" in got
    assert "| 2 | Аренда зала | за час | 1500,00 |" in got


@pytest.mark.parametrize("text", [_MARKDOWN, _FILLED])
def test_table_rows_one_a_line_stay_apart(text: str) -> None:
    assert grid_wraps(text.split("\n")) == set()
    rows = [ln for ln in text.split("\n")[1:-1] if "---" not in ln]
    got = _segments(text)
    assert all(r in got for r in rows)


# a bracket left open at a line's end, closed after a blank line by a line going on in lower case (softbreak_gaps)


@pytest.mark.parametrize("head, after, joined", [
    ("(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 3 tháng 4 năm 2014", "của Chủ tịch Uỷ ban nhân dân tỉnh Nghệ An)",
     True),
    ("(Приложение к решению совета депутатов от 3 апреля 2014 года", "городского округа Краснознаменск)", True),
    # negatives: the bracket closed on its line, the next line in capitals, the next line closing no bracket
    ("(Ban hành kèm theo Quyết định số 15/QĐ-UBND) ngày 3 tháng 4 năm 2014", "của Chủ tịch Uỷ ban nhân dân tỉnh Nghệ An)",
     False),
    ("(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 3 tháng 4 năm 2014", "Chủ tịch Uỷ ban nhân dân tỉnh Nghệ An)",
     False),
    ("(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 3 tháng 4 năm 2014", "các thủ tục được công bố công khai",
     False),
])
def test_open_bracket_goes_on_across_a_blank_line(head: str, after: str, joined: bool) -> None:
    text = f"THỦ TỤC HÀNH CHÍNH CẤP XÃ\n\n{head}\n\n{after}\n\nTên thủ tục: Trợ cấp."
    gap = text.index(head) + len(head)
    assert (gap in soft_breaks(text)) is joined
