"""A list of names wrapped at the line end inside an item is one sentence (held21, read after its blind run: a
province list "…, Cao Bằng, Điện⏎Biên, Hà Giang, …" cut at both wraps); menus and lines that end an item stay apart."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks

# (text, number of joins)
ROWS = [
    # a wrapped list of provinces inside a sentence, over three lines: both wraps joined
    ("Dự án triển khai tại 9 tỉnh miền núi: Sơn La, Lai Châu, Điện\nBiên, Hà Giang, Cao Bằng, Lào Cai, Yên\n"
     "Bái, Tuyên Quang và Bắc Kạn.", 2),
    # a Russian list of cities wrapped inside a two-word name
    ("Делегация посетила города провинции Хэйлунцзян: Харбин, Хэйхэ, Муданьцзян, Цзямусы, Суй\nфэньхэ, Дацин.", 1),
    ("Делегация посетила крупные города северо-востока Китая: Харбин, Чанчунь, Шэньян, Далянь, Нижний\n"
     "Новгород-побратим, Хэйхэ и Суйфэньхэ.", 1),
    # a site menu with commas: no sentence head, not joined
    ("Tin tức, Thể thao, Kinh tế\nVăn hóa, Giải trí, Pháp luật", 0),
    # an address block: not joined
    ("Москва, ул. Ленина, д. 5\nТел., факс: 8 800 100-00-00", 0),
    # the line ends a sentence: not joined
    ("Đoàn đã làm việc với các tỉnh Sơn La, Lai Châu, Điện Biên.\nHà Giang, Cao Bằng sẽ đón đoàn vào tháng sau.", 0),
    # the next line is no list: not joined by this class
    ("В поездке участвовали представители Харбина, Хэйхэ, Благовещенск\nПрограмма визита", 0),
    # two items only: not a list
    ("Совещание прошло в Харбине, Хэйхэ\nДатой проведения выбран понедельник, 5 мая", 0),
]


@pytest.mark.parametrize("text, joins", ROWS)
def test_wrapped_lists(text, joins):
    assert len(soft_breaks(text)) == joins, (text, soft_breaks(text))
