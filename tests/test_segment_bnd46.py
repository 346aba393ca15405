"""Round bnd46: boundaries of held34 (dev since the twenty-first session), as classes (cases written from the class,
not copied from the pages).

* a line closed by a comma, one to three blank lines, then a line that goes on in lower case, with an ordinal ("1-я
  суббота …") or in capitals after a heading in capitals, is one sentence across the gap (``clean.softbreak_gaps``);
  negatives: the next line opens with a capital (the next item: a name), a comma line of three words, a list item
  after the gap, a gap of four blank lines;
* a company's legal form of two parts ("Pte.Ltd", "Sdn. Bhd.") is no sentence end (``segment.page_units``);
  negatives: "Pte." before a word that is no legal form, "Ltd." before a new sentence;
* a Catholic title up to four words before an abbreviated baptismal name ("Linh mục quản xứ đương nhiệm: GB. Cao
  Thanh Tâm") glues the name (``segment.glued``); negative: a capital abbreviation with no title before it."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


GAP_CASES = [
    ("(Петров Иван Сергеевич, Центральный округ №7,", "2-я суббота месяца с 10.00 до 12.00,", 3, True),
    ("Сидоров Павел Андреевич, Заречный округ №12,", "каждый вторник с 15.00 до 17.00.", 3, True),
    ("Sáng nay đoàn công tác đã đến thăm xã Phú Lộc,", "sau đó làm việc với lãnh đạo huyện.", 1, True),
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
