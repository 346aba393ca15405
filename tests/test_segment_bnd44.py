"""Round bnd44: units of a table or menu row whose cells lost their separators (read on train29's menus, timetables
and church calendars; cases written from the class, not copied from the pages).

* a stop before a number alone closing the line ("… со смет. 250", "… порц. 1/50", "… 2008 г. N 126/37") ends no
  unit: the number is the row's last cell;
* cells glued with no space: a column's heads of one word and a number ("Thứ2Thứ 3"), a day/month date and a
  short code cell before a capitalised title ("27/11TmCHÚA NHẬT …", "30/11ĐThứ Tư …") are units each;
* "ост." (остановка) before a stop's name ends no sentence;
* a stop glued to a date of a day and a month's name ("… год.22 января 2014. …") ends the unit (held33);
* a heading line wholly in capitals, parts parted by full stops ("… ЗАБВЕНИЯ. ПОЧЕМУ …?"), is one unit (held33).

Same-shape negatives: a sentence opened by a number, a number on its own line, a sentence after "г." opened by a
name, numbers glued into product names and units ("Windows 10Home", "COVID-19Bộ", "2.4GHz"), a date glued to a
lower-case word or a title with no code cell."""

from __future__ import annotations

import pytest

from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


CASES = [
    # a number alone closing the row
    ("Суп гороховый с гренк. 200", "ru", ["Суп гороховый с гренк. 200"]),
    ("Котлета рыбная порц. 1/80", "ru", ["Котлета рыбная порц. 1/80"]),
    ("Салат из капусты св. 60", "ru", ["Салат из капусты св. 60"]),
    ("Постановление от 12 марта 2015 г. N 45/12", "ru", ["Постановление от 12 марта 2015 г. N 45/12"]),
    ("Распоряжение от 3 июля 2019 г. № 118", "ru", ["Распоряжение от 3 июля 2019 г. № 118"]),
    # negatives: a sentence opened by a number, a name after "г.", a number on its own line
    ("Итоги года подведены. 2014 год стал рекордным.", "ru",
     ["Итоги года подведены.", "2014 год стал рекордным."]),
    ("Завод закрылся в 2008 г. Иванов уехал в Москву.", "ru",
     ["Завод закрылся в 2008 г.", "Иванов уехал в Москву."]),
    ("Он ушёл домой.\n250", "ru", ["Он ушёл домой.", "250"]),
    ("Цена выросла. 250 рублей теперь стоит билет.", "ru", ["Цена выросла.", "250 рублей теперь стоит билет."]),
    # a bus stop
    ("Ост. Лесная – ост. Заводская (школа № 5)", "ru", ["Ост. Лесная – ост. Заводская (школа № 5)"]),
    # glued heads of one word and a number
    ("Ngày 1Ngày 2Ngày 3", "vi", ["Ngày 1", "Ngày 2", "Ngày 3"]),
    ("Thứ2Thứ 3Thứ 4", "vi", ["Thứ2", "Thứ 3", "Thứ 4"]),
    # a date, a code cell, a title
    ("05/12TmCHÚA NHẬT II MV.", "vi", ["05/12", "Tm", "CHÚA NHẬT II MV."]),
    ("08/12TrThứ Năm tuần II MV.", "vi", ["08/12", "Tr", "Thứ Năm tuần II MV."]),
    ("06/12ĐThứ Ba tuần II MV.", "vi", ["06/12", "Đ", "Thứ Ba tuần II MV."]),
    ("07/12Thứ Tư tuần II MV.", "vi", ["07/12", "Thứ Tư tuần II MV."]),
    # a heading in capitals with an inner full stop; negatives: sentence case, an inner "!", a long shouted notice
    ("СТАРЫЙ ПАРК. КТО ЕГО СПАСЁТ?", "ru", ["СТАРЫЙ ПАРК. КТО ЕГО СПАСЁТ?"]),
    ("MÙA LŨ. NỖI LO CỦA NGƯỜI DÂN VEN SÔNG", "vi", ["MÙA LŨ. NỖI LO CỦA NGƯỜI DÂN VEN SÔNG"]),
    ("Старый парк. Кто его спасёт?", "ru", ["Старый парк.", "Кто его спасёт?"]),
    ("ВНИМАНИЕ! КТО ЕГО СПАСЁТ?", "ru", ["ВНИМАНИЕ!", "КТО ЕГО СПАСЁТ?"]),
    ("ВОДЫ НЕ БУДЕТ ВЕСЬ ДЕНЬ ВО ВСЕХ ДОМАХ ПОСЁЛКА. ПРОСИМ ЖИТЕЛЕЙ ЗАРАНЕЕ НАБРАТЬ ВОДУ В ЁМКОСТИ.", "ru",
     ["ВОДЫ НЕ БУДЕТ ВЕСЬ ДЕНЬ ВО ВСЕХ ДОМАХ ПОСЁЛКА.", "ПРОСИМ ЖИТЕЛЕЙ ЗАРАНЕЕ НАБРАТЬ ВОДУ В ЁМКОСТИ."]),
    # a stop glued to a day and a month's name; negatives: an abbreviation before it, a number with no month
    ("Парк благоустроили к осени.12 сентября 2015. Горожане оценили работу.", "ru",
     ["Парк благоустроили к осени.", "12 сентября 2015.", "Горожане оценили работу."]),
    ("Концерт прошёл в ДК им.8 марта при полном зале.", "ru", ["Концерт прошёл в ДК им.8 марта при полном зале."]),
    ("Сумма составила 1.12 млн рублей.", "ru", ["Сумма составила 1.12 млн рублей."]),
    # negatives: numbers glued into names and units, a date before a lower-case word
    ("Máy cài sẵn Windows 10Home bản quyền.", "vi", ["Máy cài sẵn Windows 10Home bản quyền."]),
    ("Bộ Y tế công bố ca COVID-19Bộ mới.", "vi", ["Bộ Y tế công bố ca COVID-19Bộ mới."]),
    ("Chip chạy ở tốc độ 2.4GHz rất ổn định.", "vi", ["Chip chạy ở tốc độ 2.4GHz rất ổn định."]),
    ("Giá bán 1/2kg là 50 nghìn đồng.", "vi", ["Giá bán 1/2kg là 50 nghìn đồng."]),
]


@pytest.mark.parametrize("text,lang,units", CASES, ids=[c[0][:24] for c in CASES])
def test_row_cells(text: str, lang: str, units: list[str]) -> None:
    assert _units(text, lang) == units
