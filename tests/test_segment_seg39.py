"""Round seg39: sentence-boundary classes read on crawl11/crawl12 (a letter's subject line "V/v.", a stop glued to a
one-letter word, a heading glued to a sentence opening with a day and a month, a Markdown image mark between units).
Cases are written from the class (not copied from those pages); each table has same-shape negatives."""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


CASES = [
    # a letter's subject line: "V/v." (về việc) is no sentence end
    ("vi", "V/v. LỊCH CỬ HÀNH PHỤNG VỤ TUẦN THÁNH NĂM 2024", ["V/v. LỊCH CỬ HÀNH PHỤNG VỤ TUẦN THÁNH NĂM 2024"]),
    ("vi", "V/v. Tổ chức hội thao chào mừng ngày thành lập trường", ["V/v. Tổ chức hội thao chào mừng ngày thành lập trường"]),
    # negatives: a sentence closed by a stop before a capital still ends
    ("vi", "Nhà thờ đã sửa xong mái vòm. Thánh lễ được cử hành lại từ tuần sau.",
     ["Nhà thờ đã sửa xong mái vòm.", "Thánh lễ được cử hành lại từ tuần sau."]),
    # a "!" or "?" glued to a one-letter word that opens the next sentence
    ("ru", "Всех с праздником!В субботу в парке пройдёт ярмарка.", ["Всех с праздником!", "В субботу в парке пройдёт ярмарка."]),
    ("ru", "Кто придёт?А кто останется дома?", ["Кто придёт?", "А кто останется дома?"]),
    # negatives: a one-letter capital after a stop and an upper-case word ("Т.Е." style), a name glued to a "!"
    ("ru", "Компания Yahoo!Japan открыла офис в Москве.", ["Компания Yahoo!Japan открыла офис в Москве."]),
    # a heading glued to a sentence that opens with a day and a month
    ("ru", "Ярмарка мастеров открылась в парке25 августа прошла первая выставка ремёсел.",
     ["Ярмарка мастеров открылась в парке", "25 августа прошла первая выставка ремёсел."]),
    ("ru", "В музее прошла встреча с ветеранами на улице Садовой14 мая состоялось торжественное открытие.",
     ["В музее прошла встреча с ветеранами на улице Садовой", "14 мая состоялось торжественное открытие."]),
    # negatives: a space before the date (one sentence), a date without a month word, a word glued to a unit
    ("ru", "Работы продлятся до 25 августа этого года.", ["Работы продлятся до 25 августа этого года."]),
    ("ru", "Модель ноутбука2024 года стоит дорого.", ["Модель ноутбука2024 года стоит дорого."]),
    ("ru", "Скорость подключения100 Мбит в секунду.", ["Скорость подключения100 Мбит в секунду."]),
    # a Markdown image mark between a rubric and a title
    ("ru", "12 марта 2021, 10:15 Культура ![]() Весна пришла в городской парк",
     ["12 марта 2021, 10:15 Культура ![]()", "Весна пришла в городской парк"]),
    ("vi", "Tin tức ![ảnh](https://example.vn/a.jpg) Lễ khai giảng năm học mới",
     ["Tin tức ![ảnh](https://example.vn/a.jpg)", "Lễ khai giảng năm học mới"]),
    # negatives: an image mark inside a sentence, before a lower-case word
    ("ru", "Схема проезда ![схема](http://example.ru/map.png) есть на сайте.",
     ["Схема проезда ![схема](http://example.ru/map.png) есть на сайте."]),
    # a list's first number after a colon inside a line opens the item; the colon ends the unit before it
    ("vi", "Đề tài sử dụng các phương pháp sau: 1. Phỏng vấn sâu • Quan sát tham dự",
     ["Đề tài sử dụng các phương pháp sau:", "1. Phỏng vấn sâu", "• Quan sát tham dự"]),
    ("ru", "В программе вечера: 1) Концерт хора ветеранов", ["В программе вечера:", "1) Концерт хора ветеранов"]),
    # negatives: a score after a number ("2: 1."), a second number after a colon ("… в пункте: 2. Дальше" is no list
    # opening), a colon before a lower-case word
    ("ru", "Матч закончился со счётом 2: 1. Болельщики были довольны.",
     ["Матч закончился со счётом 2: 1.", "Болельщики были довольны."]),
    ("ru", "Указано в пункте: 2. Дальше читайте сами.", ["Указано в пункте: 2.", "Дальше читайте сами."]),
]


@pytest.mark.parametrize("lang,text,units", CASES)
def test_seg39_units(lang, text, units):
    assert _units(text, lang) == units
