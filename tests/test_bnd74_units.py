"""Round bnd74 (issue 12, post-blind): held53's sentence ends glued with no space, fixed by class.

* A quotation's stop and its closing quote glued to the next sentence ('… возможностями."Планируется, что …'): the
  no-space rule of :mod:`mtpipe.segment.sentences` took an opening quote after the stop only; a closing one ("»", a
  straight quote after an odd number of them, "”" after an open "“") now ends the unit after the quote.
* A list's "etc." written as a comma and an ellipsis with no full stop, glued to the next sentence ("… kế hoạch hoạt
  động,..Lịch sinh hoạt …"): :mod:`mtpipe.segment.etc_stop` took ",…." only.

Every line is made up in the shape of the class; negatives are the nearest shapes.
"""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.signs import closing_quote_at


def _split(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


TWO_UNITS = [
    # a closing quote after the stop, a capital with no space: the quote stays with the sentence it closes
    ("ru", 'Директор сказала: "Мы открыли новый зал для посетителей."', "Итоги конкурса подведут в марте."),
    ("ru", "Он ответил: «Работа почти закончена.»", "Комиссия соберётся в пятницу."),
    ("ru", "Врач добавил: „Прививку можно сделать в любой поликлинике.“", "Запись открыта с понедельника."),
    ("ru", 'Из цикла "Встречи с интересными людьми!"', "Ведущий расскажет о гостях."),
    ("vi", "Ông nói: “Chúng tôi đã hoàn thành kế hoạch của năm nay.”", "Liên quan đến vấn đề này, ông cho biết thêm."),
    ("vi", 'Bà kể: "Tôi đợi rất lâu mà không nhận được mã đặt phòng."', "Khách sạn sau đó đã xin lỗi."),
    # a comma and an ellipsis (no full stop) closing a list, glued to the next sentence
    ("vi", "Tổ thống nhất quy chế, kế hoạch hoạt động,..", "Lịch sinh hoạt của tổ vào ngày 15 hàng tháng."),
    ("vi", "Sản phẩm có nhiều màu như xanh, tím, vàng,...", "Tất cả tạo nên một tổng thể bắt mắt."),
    ("vi", "Lạc giúp da, tóc chắc khỏe,…", "Tuy nhiên, lạc có hại cho một số người."),
    ("vi", "Ngoài ra còn có gà, vịt, ngan,…", "“Chợ quê” mở cửa từ sáng sớm."),
    # names in title case on both sides, the sentence goes on in lower case: an end, no label
    ("vi", "Dân gian gọi là Mộc Liên, Địa Phù Dung,...", "Cây Phù Dung cao chừng hai mét, cành có lông."),
    # the ",…." of vi55 still ends its unit
    ("vi", "Nhân có thịt, tôm, rau củ, cá,….", "Ngoài ra người ta còn tạo hình cho bánh."),
]


@pytest.mark.parametrize("lang,first,second", TWO_UNITS)
def test_glued_end_splits(lang: str, first: str, second: str) -> None:
    assert _split(first + second, lang) == [first, second]


ONE_UNIT = [
    # initials inside quotes: no end
    ("ru", 'Он прочёл книгу "А.С."Пушкин и его время" за вечер.'),
    # a lower-case word after the closing quote goes on
    ("ru", 'Он сказал "так." и замолчал на минуту.'),
    # a known abbreviation before the stop inside the quotes
    ("ru", "Улица носила имя «им.»Ленина до девяностых годов."),
    # a lower-case word after the comma and the ellipsis: the list goes on
    ("vi", "Các ngôi sao như Triệu Vy, Lâm Tâm Như,…vươn xa ra thế giới."),
    # a colon's blank in a form, a number before the comma, a label in title case
    ("vi", "Tín chủ con là:……Tuổi:……"),
    ("vi", "Phòng G201,...Các phòng khác ở tầng hai."),
    ("vi", "Bulong Neo, Bulong Móng, Bulong Lục Giác,..Các Loại"),
    ("vi", "Vít Inox, Ốc Inox,...Các Loại Khác (176)"),
]


@pytest.mark.parametrize("lang,text", ONE_UNIT)
def test_no_end_stays(lang: str, text: str) -> None:
    assert _split(text, lang) == [text]


def test_opening_quote_still_splits_before_it() -> None:
    first, second = "Сообщалось, что войска отправят на границу.", '"Это сообщение не соответствует правде", — сказал он.'
    assert _split(first + second, "ru") == [first, second]


@pytest.mark.parametrize("text,at,closes", [
    ('сказал: "Так."Дальше', 13, 1),   # the second straight quote closes
    ('"Так."Дальше', 5, 1),
    ('Так."Дальше', 4, 0),             # the first straight quote opens
    ("«Так.»Дальше", 5, 1),
    ("“Vâng.”Sau", 6, 1),
    ("Vâng.”Sau", 5, 0),               # no "“" before, one "”": it opens
    ("”Vâng.”Sau", 6, 1),             # "”" used both ways: the second closes
    ("„Так.“Дальше", 5, 1),
    ("Так.“Дальше", 4, 0),
    ("Так.«Дальше", 4, 0),
])
def test_closing_quote_at(text: str, at: int, closes: int) -> None:
    assert closing_quote_at(text, at) == closes
