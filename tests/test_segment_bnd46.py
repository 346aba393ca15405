"""Round bnd46: boundaries of held34 (dev since the twenty-first session), as classes (cases written from the class,
not copied from the pages).

* a line closed by a comma, two or three blank lines, then a line that goes on in lower case, with an ordinal ("1-я
  суббота …") or in capitals after a heading in capitals, is one sentence across the gap (``clean.softbreak_gaps``);
  negatives: the next line opens with a capital (the next item: a name), a comma line of three words, a list item
  after the gap, a gap of one or of four blank lines;
* a company's legal form of two parts ("Pte.Ltd", "Sdn. Bhd.") is no sentence end (``segment.page_units``);
  negatives: "Pte." before a word that is no legal form, "Ltd." before a new sentence;
* a Catholic title up to four words before an abbreviated baptismal name ("Linh mục quản xứ đương nhiệm: GB. Cao
  Thanh Tâm") glues the name (``segment.glued``); negative: a capital abbreviation with no title before it;
* a theme's byline ("bởi Linh 28 Tháng 8, 2025") glued between a title and its text, a teaser's date and time glued to
  the next unit (and its rubric glued to the title), a year opening a unit after a glued stop, an image's file name
  trailing a heading are units of their own (``segment.date_items``, ``segment.tails``); negatives: a date in running
  text ("bởi Nga 28 tháng 8"), a time before a spaced capital or an acronym, a decimal and an abbreviation before a
  year, a file name after a colon or without a digit."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


GAP_CASES = [
    ("(Петров Иван Сергеевич, Центральный округ №7,", "2-я суббота месяца с 10.00 до 12.00,", 3, True),
    ("Сидоров Павел Андреевич, Заречный округ №12,", "каждый вторник с 15.00 до 17.00.", 3, True),
    ("Sáng nay đoàn công tác đã đến thăm xã Phú Lộc,", "sau đó làm việc với lãnh đạo huyện.", 2, True),
    ("Sáng nay đoàn công tác đã đến thăm xã Phú Lộc,", "sau đó làm việc với lãnh đạo huyện.", 1, False),
    ("ТРУДОВЫЕ КОЛЛЕКТИВЫ ГОРОДСКИХ ПРЕДПРИЯТИЙ И УЧРЕЖДЕНИЙ,", "ПРИНЯВШИЕ УЧАСТИЕ В СУББОТНИКЕ", 3, True),
    # negatives: a capital opens the next item, a short comma line, a list item, a gap of four
    ("1-я суббота месяца с 9.00 до 13.00,", "Зубаиров Роберт Равильевич, Хмельницкий округ №10,", 3, False),
    ("Иванов, Петров,", "сидоров и другие пришли на приём.", 3, False),
    ("Сидоров Павел Андреевич, Заречный округ №12,", "- каждый вторник с 15.00 до 17.00.", 3, False),
    ("Сидоров Павел Андреевич, Заречный округ №12,", "каждый вторник с 15.00 до 17.00.", 4, False),
    ("Trường tiểu học Kim Đồng tổ chức lễ khai giảng,", "Sở Giáo dục tỉnh gửi thư chúc mừng.", 2, False),
]


@pytest.mark.parametrize("head, after, blanks, joined", GAP_CASES)
def test_comma_line_goes_on_across_blank_lines(head: str, after: str, blanks: int, joined: bool) -> None:
    text = "Депутаты принимают граждан по субботам.\n\n\n\n" + head + "\n" * (blanks + 1) + after + "\n\n\n\nКонец."
    gap = text.index(head) + len(head)
    assert (gap in soft_breaks(text)) is joined


UNIT_CASES = [
    ("Công ty cấp phép cho nhà đầu tư Foxlink (Singapore) Pte.Ltd và trao giấy chứng nhận.", "vi",
     ["Công ty cấp phép cho nhà đầu tư Foxlink (Singapore) Pte.Ltd và trao giấy chứng nhận."]),
    ("Hợp đồng ký với Petronas Sdn.Bhd và đối tác Nhật Bản.", "vi",
     ["Hợp đồng ký với Petronas Sdn.Bhd và đối tác Nhật Bản."]),
    ("Соглашение подписала компания Keppel (Singapore) Pte.Ltd вместе с партнёрами.", "ru",
     ["Соглашение подписала компания Keppel (Singapore) Pte.Ltd вместе с партнёрами."]),
    ("– Linh mục quản xứ đương nhiệm: GB. Trần Văn Hòa", "vi", ["– Linh mục quản xứ đương nhiệm: GB. Trần Văn Hòa"]),
    # negatives: "Pte." before no legal form; a stop after the form before a new sentence; no title before "GB."
    ("Anh ấy là binh nhì Pte.Lan kể lại chuyện cũ.", "vi", ["Anh ấy là binh nhì Pte.", "Lan kể lại chuyện cũ."]),
    ("Dự án của Foxlink Pte. Ltd. Sau đó tỉnh trao giấy phép.", "vi",
     ["Dự án của Foxlink Pte. Ltd.", "Sau đó tỉnh trao giấy phép."]),
    ("Hội nghị có đại biểu từ VN. Trần Văn Hòa phát biểu khai mạc.", "vi",
     ["Hội nghị có đại biểu từ VN.", "Trần Văn Hòa phát biểu khai mạc."]),
]


@pytest.mark.parametrize("text, lang, units", UNIT_CASES)
def test_units(text: str, lang: str, units: list[str]) -> None:
    assert _units(text, lang) == units


GLUED_CASES = [
    ("Hà Nội tăng cường phòng chống dịch bệnh mùa mưa bởi Minh Anh 12 Tháng 9, 2025 Sở Y tế Hà Nội ghi nhận 300 ca.",
     "vi", ["Hà Nội tăng cường phòng chống dịch bệnh mùa mưa", "bởi Minh Anh 12 Tháng 9, 2025",
            "Sở Y tế Hà Nội ghi nhận 300 ca."]),
    ("Thanh Hóa: Thêm 12 xã đạt chuẩn nông thôn mới kiểu mẫuKinh tế địa phương - 12/06 09:30Theo kết quả thẩm định, "
     "các xã đều đạt.", "vi",
     ["Thanh Hóa: Thêm 12 xã đạt chuẩn nông thôn mới kiểu mẫu", "Kinh tế địa phương - 12/06 09:30",
      "Theo kết quả thẩm định, các xã đều đạt."]),
    ("Cứu hộ kịp thời - 17/06/2019 10:15Ba học sinh được cứu sống.", "vi",
     ["Cứu hộ kịp thời - 17/06/2019 10:15", "Ba học sinh được cứu sống."]),
    ("Mái trường đã nuôi dưỡng bao thế hệ học trò.1958 - 2018, sáu mươi năm xây dựng và trưởng thành.", "vi",
     ["Mái trường đã nuôi dưỡng bao thế hệ học trò.", "1958 - 2018, sáu mươi năm xây dựng và trưởng thành."]),
    ("LỄ KỶ NIỆM 60 NĂM THÀNH LẬP TRƯỜNG TIỂU HỌC HOA SEN anh_le_ky_niem_2_800", "vi",
     ["LỄ KỶ NIỆM 60 NĂM THÀNH LẬP TRƯỜNG TIỂU HỌC HOA SEN", "anh_le_ky_niem_2_800"]),
    # negatives
    ("Nhà máy bị phá hủy bởi Nga 28 tháng 8, 2025 Kyiv lên án vụ tấn công.", "vi",
     ["Nhà máy bị phá hủy bởi Nga 28 tháng 8, 2025 Kyiv lên án vụ tấn công."]),
    ("Cập nhật 16/05/2018 08:11 Hai nam sinh tử vong.", "vi", ["Cập nhật 16/05/2018 08:11 Hai nam sinh tử vong."]),
    ("Lịch họp 10/05 13:00HCM là mã phòng.", "vi", ["Lịch họp 10/05 13:00HCM là mã phòng."]),
    ("Xem tr.1942 và mục 3.2007 trong sổ.", "vi", ["Xem tr.1942 và mục 3.2007 trong sổ."]),
    ("Phương tiện: o_tomay_2_bay", "vi", ["Phương tiện: o_tomay_2_bay"]),
    ("LỄ KỶ NIỆM 60 NĂM THÀNH LẬP TRƯỜNG le_ky_niem", "vi", ["LỄ KỶ NIỆM 60 NĂM THÀNH LẬP TRƯỜNG le_ky_niem"]),
]


@pytest.mark.parametrize("text, lang, units", GLUED_CASES)
def test_glued_units(text: str, lang: str, units: list[str]) -> None:
    assert _units(text, lang) == units


def test_a_page_with_wide_raw_gaps_joins_a_comma_line_over_one_blank_line() -> None:
    """Ingest keeps one blank line of the raw page's three (``wide``); a stanza closed by a comma stays apart on a page
    without such gaps."""
    head, after = "Зубаиров Роберт Равильевич, Хмельницкий округ №10,", "каждая суббота месяца с 12.00 до 13.00,"
    text = f"Депутаты принимают граждан по субботам.\n\n{head}\n\n{after}\n\nКонец."
    gap = text.index(head) + len(head)
    assert gap in soft_breaks(text, wide=True) and gap not in soft_breaks(text)


@pytest.mark.parametrize("text", [
    "… ngôi trường đầu tiên.1942 - 2007, sáu mươi lăm năm.", "Năm học.2019 bắt đầu.", "Giá là 3.1999 đồng.",
    "Tổng số.1650 người.", "Не год.20 лет спустя.", "Тест.2024", "Без года. 1942 год.", "Ничего нет.",
])
def test_year_after_stop_prefilter_gives_the_full_scan(text):
    """The exact prefilter (a year after the stop opens with "1" or "20") answers as the scan without it."""
    from mtpipe.segment.date_items import _YEAR_AFTER_STOP, year_after_stop_breaks

    full = [m.end() for m in _YEAR_AFTER_STOP.finditer(text) if m.group(1).islower()]
    assert year_after_stop_breaks(text) == full
