"""Round tbl57: tables whose cells wrap over lines or glue with no separator (read on held39's ``h39ru12``, a pool's
price table, and ``h39vi11``, a hostel's room prices, dev since the post-blind round; forms written from the class and
from real pages' shapes, not copied from the pages).

* a table row's cell wrapped, the row closed by its cell mark on the next line ("Воскресенье"⏎"9.45 – 18.00 |",
  "Фиксированный"⏎"(2 раза в неделю) |"): one unit over the break (``clean.softbreak_rows``);
* two Vietnamese cells glued where a syllable carries no mark ("Thời gianGiá phòng", "phòngGhi chú"), and a price
  cell glued at its unit ("Từ 350.000vnđTừ 450.000vnđ"): a unit each (``segment.cells``).

Same-shape negatives: a registration calendar's dated lines (two of a kind), lines each closed by a cell mark, a
heading above a table, a line ending a sentence, a row of more cells under a line; brands and names glued ("iPhone",
"McDonald", "VnExpress", "TP.HCM", "COVID-19Bộ", "5G"), a space lost in running text, a broken font, "VNĐ/Đêm"."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_rows import row_tail
from mtpipe.segment import split_sentences


def _joined(text: str) -> list[int]:
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    points = soft_breaks(text)
    return [k for k in range(len(starts) - 1) if starts[k + 1] - 1 in points]


ROWS = [
    # a schedule's times and their days, wrapped in a head cell or a row's first cell
    ("Вид абонемента | 10.15 – 10.30 – 11.10\nВторник, Среда, Пятница |\n18.45 – 19.00 – 19.40\n"
     "Понедельник — пятница |", [0, 2]),
    ("Время сеанса | Цена |\nСуббота\n8.00 – 21.00 |\nВоскресенье\n9.00 – 18.00 |", [1, 3]),
    ("Групповые занятия | Стоимость |\n7:00, 8:00, 9:00\nПонедельник, среда, пятница |", [1]),
    # a label and its note in brackets
    ("Абонемент | Цена |\nРазовый\n(1 посещение) |\n500 | 450 | — |\nУтренний\n(8 посещений до 12.00) |", [1, 4]),
    ("Giá vé | Ghi chú |\nVé tháng\n(không giới hạn lượt) |", [1]),
    # negatives: dated lines of one kind (each its own unit), lines each closed by a cell mark
    ("Публикация списков – 17 августа |\nЗа счет бюджета – 18 августа\nЗа счет средств физических лиц – 28 августа |",
     []),
    ("Зачисление |\n13-25 июля\n22-26 августа |", []),
    ("Время посещения |\nГруппы |\n8.00 - 9.00 |\nАбонементное плавание |\n9.00 - 10.00 |", []),
    # negatives: a heading above the table, a line ending a sentence, a next line of several cells
    ("Стоимость абонементов на месяц\n9.45 – 18.00 |", []),
    ("Тариф | Цена |\nСемейное плавание.\nКаждое воскресенье |", []),
    ("Тариф | Цена |\nВоскресенье\n9.45 – 18.00 | 650 |", []),
    ("Тариф | Цена |\nЦифровой\n(8 посещений) 1630 | 1500 |", []),
]


@pytest.mark.parametrize("text, joined", ROWS)
def test_row_tail_joins(text: str, joined: list[int]) -> None:
    assert _joined(text) == joined


def test_row_tail_needs_a_table_around() -> None:
    # no cell mark on the line nor above it: a time and its days in running lines stay apart
    assert not row_tail(["Воскресенье", "9.45 – 18.00 |"], 0)
    assert row_tail(["Тариф | Цена |", "Воскресенье", "9.45 – 18.00 |"], 1)


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


GLUED = [
    # cells whose syllable carries no mark, at the line's head
    ("Thời gianGiá phòngGhi chú", ["Thời gian", "Giá phòng", "Ghi chú"]),
    ("Loại phòngGiá thuê theo tháng", ["Loại phòng", "Giá thuê theo tháng"]),
    ("Mã sốTên hàngGhi chú", ["Mã số", "Tên hàng", "Ghi chú"]),
    # a price cell glued at its unit
    ("15/05 – 31/08Từ 420.000vnđTừ 560.000vnđ", ["15/05 – 31/08", "Từ 420.000vnđ", "Từ 560.000vnđ"]),
    ("Phòng gia đình 4 người 900.000đCó ban công rộng", ["Phòng gia đình 4 người 900.000đ", "Có ban công rộng"]),
    # negatives: brands and names, a space lost in running text, a broken font, units in capitals
    ("Mua iPhone 15 tại cửa hàng", ["Mua iPhone 15 tại cửa hàng"]),
    ("Ăn tại McDonald ở TP.HCM", ["Ăn tại McDonald ở TP.HCM"]),
    ("Theo VnExpress có COVID-19Bộ Y tế và mạng 5G", ["Theo VnExpress có COVID-19Bộ Y tế và mạng 5G"]),
    ("Hôm qua chúng tôi đã đến thăm thầyHùng ở quê.", ["Hôm qua chúng tôi đã đến thăm thầyHùng ở quê."]),
    ("Bµi kiÓm tra vÒ tiÒn mÆt", ["Bµi kiÓm tra vÒ tiÒn mÆt"]),
    ("Phụ thu 300,000 VNĐ/Đêm - Ăn sáng", ["Phụ thu 300,000 VNĐ/Đêm - Ăn sáng"]),
    ("Mua myPhone giá rẻ", ["Mua myPhone giá rẻ"]),
]


@pytest.mark.parametrize("text, units", GLUED)
def test_glued_cells(text: str, units: list[str]) -> None:
    assert _units(text, "vi") == units
