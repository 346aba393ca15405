"""Round bnd52 (issue 12: no sentence cut at a soft line break), table-driven per class, read on held37's price table
(``h37ru11``, blind until the round) and found again on the dev parts and on real pages:

* a note in brackets wrapped over lines, ";" inside it (:func:`mtpipe.clean.softbreak_notes.bracket_notes`);
* a cell's note in brackets on the line under it (:func:`mtpipe.clean.softbreak_notes.note_under`;
  train28's ``t28ru16``);
* a unit's abbreviation closing a wrapped head cell (:func:`mtpipe.clean.softbreak_notes.abbreviation_end`);
* a closing bracket's stop glued to an acronym that opens the next sentence (:func:`mtpipe.segment.glued.
  date_nospace_breaks`; held37's ``h37vi12``);
* two rows' notes of one pattern, or two rules with other percentages, are no near copies of each other
  (:func:`mtpipe.clean.keep.other_facts`, :func:`mtpipe.clean.keep.other_rates`): joining a table's notes must lose
  no row.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.keep import other_facts, other_rates
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences


def _joined(text: str) -> list[str]:
    """The lines whose newline is a soft break (each line as the text has it)."""
    return [text[:p].rsplit("\n", 1)[-1] for p in soft_breaks(text)]


# (text, the lines joined to the line after them)
BRACKET_NOTES = [
    # a pool's price table: the row's note wraps in its cell (h37ru11), two rows
    ("1 Бассейн 175 р. 200 р.\n(1 сеанс - 45 минут;\nуказана стоимость на 1 человека;\nвместимость до 4 человек)\n"
     "2 Аквааэробика 200 р. 200 р.", ["(1 сеанс - 45 минут;", "указана стоимость на 1 человека;"]),
    ("(1 занятие - 45 минут;\nуказана стоимость на 1 человека;\nвместимость до 6 человек)",
     ["(1 занятие - 45 минут;", "указана стоимость на 1 человека;"]),
    # a hotel's children policy (alehapvn.com's form), the note wrapped after its ";"
    ("- Miễn phí trẻ em từ 0 – 5 tuổi (tối đa 1 trẻ;\ntrẻ em thứ 2 phụ thu 200.000)",
     ["- Miễn phí trẻ em từ 0 – 5 tuổi (tối đa 1 trẻ;"]),
    ("Phụ thu 300,000 VNĐ/Đêm (ăn sáng và phí dịch vụ;\nngủ chung giường sẵn có với gia đình)\nGiường phụ",
     ["Phụ thu 300,000 VNĐ/Đêm (ăn sáng và phí dịch vụ;"]),
    # negatives: the bracket never closes within three lines; a line inside opens with a capital; a list inside
    ("(1 сеанс - 45 минут;\nуказана стоимость на 1 человека;\nвместимость до 4 человек;\nдети до 3 лет бесплатно;\n"
     "по предварительной записи", []),
    ("(1 сеанс - 45 минут;\nСтоимость указана на 1 человека;\nвместимость до 4 человек)", []),
    ("Документы (по списку;\nа) паспорт;\nб) полис)", []),
    ("Ghi chú (áp dụng từ 01/01;\nGiá phòng chưa bao gồm VAT)", []),
    # a bracket closed on its own line: ";" ends the item as before
    ("Бассейн (1 сеанс - 45 минут);\nсауна по записи.", []),
]


@pytest.mark.parametrize("text, joined", BRACKET_NOTES)
def test_bracket_notes(text, joined):
    assert _joined(text) == joined


# (text, the lines joined to the line after them)
NOTE_UNDER = [
    # a row's name cell over its note (h37ru11), a hotel's rule over its condition (t28ru16)
    ("3 Сауна с бассейном, бильярд\n(вместимость до 8 человек)", ["3 Сауна с бассейном, бильярд"]),
    ("ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток\n(при наличии свободных номеров)",
     ["ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток"]),
    # a pool's row over its condition (lidiya-hotel.com's price list)
    ("Бассейн для проживающих в гостинице\n(кроме времени занятий групп, согласно утвержденного расписания)",
     ["Бассейн для проживающих в гостинице"]),
    # Vietnamese hotel notes (vibooking.vn's, nhanghivietdung.com's forms)
    ("Trẻ em từ 5 đến dưới 11 tuổi được miễn phí ăn sáng\n(ngủ chung giường với bố mẹ)",
     ["Trẻ em từ 5 đến dưới 11 tuổi được miễn phí ăn sáng"]),
    ("Phòng không hút thuốc\n(áp dụng cho tất cả các hạng phòng)", ["Phòng không hút thuốc"]),
    # negatives: a time over its note (train29's t29ru01), headings in capitals over a subtitle (held26, held25),
    # a note that is not the whole line (held28), a date over a time (train27vi), a sentence's end over a note
    ("С 06.00 до 22.00\n(начало первого сеанса на воде с 6.15 до 7.00)", []),
    ("ЛЮБИТЕЛЬСКАЯ ФУТБОЛЬНАЯ ЛИГА\n(III ДИВИЗИОН ЧЕМПИОНАТА РОССИИ)", []),
    ("BÀI LÀM\n(Lễ hội cung đình)", []),
    ("Khai giảng lớp dạy bơi miễn phí cho trẻ em\n(THTG) Ngày 08/01, tại Trung tâm Thể dục", []),
    ("05.6.2023\n(9 giờ 30 phút)", []),
    ("Сауна работает ежедневно.\n(кроме понедельника)", []),
    ("ЗАЕЗД ДО 10:00 : оплачивается 50% от стоимости суток.\n(при наличии свободных номеров)", []),
    # a date line stands alone (a museum's days over their hours, t27ru04): the date rule's, not this one's
    ("3, 4, 5, 8, 9, 10, 11 января\n(время работы с посетителями с 11:00 до 17:00)", []),
]


@pytest.mark.parametrize("text, joined", NOTE_UNDER)
def test_note_under(text, joined):
    assert _joined(text) == joined


# (text, the lines joined to the line after them)
ABBREVIATION_ENDS = [
    # a price table's head cell wrapped after its unit (h37ru11), a unit of thousands, a column of units
    ("№ п/п Наименование Цена, руб.\nна 1 человека/ 1 сеанс", ["№ п/п Наименование Цена, руб."]),
    ("Сумма, тыс.\nрублей в год", ["Сумма, тыс."]),
    ("Наименование услуг Единица измерения Цена, руб.\nза 1 час/1 чел.",
     ["Наименование услуг Единица измерения Цена, руб."]),
    # negatives: an acronym, a word, a list item, a capital, one word
    ("Оборудование поставили в КНР.\nдалее по тексту договора", []),
    ("Проект завершили в 2023 году.\nв следующем году начнут второй", []),
    ("Итого 5 млн руб.\nа) для взрослых", []),
    ("Итого 5 млн руб.\nДля детей скидка", []),
    ("Bài viết do PV.\nthực hiện tại Hà Nội", []),
    ("Цена, руб.\nбесплатно", []),
]


@pytest.mark.parametrize("text, joined", ABBREVIATION_ENDS)
def test_abbreviation_end(text, joined):
    assert _joined(text) == joined


# the joined lines are one unit for the segmenter: ";" inside a bracket, an abbreviation before lower case
SEGMENTS = [
    ("(1 сеанс - 45 минут; указана стоимость на 1 человека; вместимость до 4 человек)", "ru",
     ["(1 сеанс - 45 минут; указана стоимость на 1 человека; вместимость до 4 человек)"]),
    ("№ п/п Наименование Цена, руб. на 1 человека/ 1 сеанс", "ru",
     ["№ п/п Наименование Цена, руб. на 1 человека/ 1 сеанс"]),
    ("- Miễn phí trẻ em từ 0 – 5 tuổi (tối đa 1 trẻ; trẻ em thứ 2 phụ thu 200.000)", "vi",
     ["- Miễn phí trẻ em từ 0 – 5 tuổi (tối đa 1 trẻ; trẻ em thứ 2 phụ thu 200.000)"]),
]


@pytest.mark.parametrize("text, lang, sentences", SEGMENTS)
def test_joined_units(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


# (text, lang, sentences)
BRACKET_ACRONYMS = [
    # a room price list's unit after its note (h37vi12), a photo credit before an office's acronym
    ("Bảng giá tính theo ca (2g, 3g, ngày,..).ĐV: 1000 đ", "vi",
     ["Bảng giá tính theo ca (2g, 3g, ngày,..).", "ĐV: 1000 đ"]),
    ("Lễ khai giảng diễn ra sáng nay (ảnh: TTXVN).UBND tỉnh đã trao quà cho học sinh.", "vi",
     ["Lễ khai giảng diễn ra sáng nay (ảnh: TTXVN).", "UBND tỉnh đã trao quà cho học sinh."]),
    ("Пожар потушили за час (фото пресс-службы).МЧС России сообщает о причинах.", "ru",
     ["Пожар потушили за час (фото пресс-службы).", "МЧС России сообщает о причинах."]),
    # negatives: a number in the bracket, a domain's ending, no bracket (a site's name), an acronym with a digit
    ("Размер (2).ГОСТ 123", "ru", ["Размер (2).ГОСТ 123"]),
    ("Подробнее на сайте (ссылка).RU", "ru", ["Подробнее на сайте (ссылка).RU"]),
    ("Про це повідомляють Контракти.UA. Далі", "ru", ["Про це повідомляють Контракти.UA.", "Далі"]),
    ("Xem thêm (tại đây).HTML5 là gì", "vi", ["Xem thêm (tại đây).HTML5 là gì"]),
]


@pytest.mark.parametrize("text, lang, sentences", BRACKET_ACRONYMS)
def test_bracket_acronym(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


# (first, later, other facts)
NOTE_ROWS = [
    ("(1 сеанс - 45 минут; указана стоимость на 1 человека; вместимость до 4 человек)",
     "(1 занятие - 45 минут; указана стоимость на 1 человека; вместимость до 6 человек)", True),
    ("(tối đa 2 người lớn; trẻ em dưới 6 tuổi miễn phí; phụ thu 100.000 đồng mỗi đêm)",
     "(tối đa 3 người lớn; trẻ em dưới 6 tuổi miễn phí; phụ thu 150.000 đồng mỗi lần)", True),
    # negatives: the same numbers (a copy), a bracket that is not the whole line, two words swapped
    ("(1 сеанс - 45 минут; указана стоимость на 1 человека; вместимость до 4 человек)",
     "(1 занятие - 45 минут; указана стоимость на 1 человека; вместимость до 4 человек)", False),
    ("(1 сеанс - 45 минут; указана стоимость на 1 человека; вместимость до 4 человек) далее",
     "(1 занятие - 45 минут; указана стоимость на 1 человека; вместимость до 6 человек) далее", False),
    ("(1 сеанс - 45 минут; указана цена на 1 человека; вместимость до 4 человек)",
     "(1 занятие - 45 минут; указана стоимость на 1 человека; вместимость до 6 человек)", False),
]


@pytest.mark.parametrize("first, later, other", NOTE_ROWS)
def test_note_rows(first, later, other):
    assert other_facts(first, later) is other


# (first, later, other facts)
RATES = [
    ("ВЫЕЗД ДО 18:00 : ОПЛАЧИВАЕТСЯ 50% от стоимости суток (при наличии свободных номеров)",
     "ВЫЕЗД ПОСЛЕ 18:00 : ОПЛАЧИВАЕТСЯ 100% от стоимости номера суток ( при наличии свободных номеров)", True),
    ("Trả phòng muộn sau 12h00 đến 14h00 tính 30% giá trị phòng/đêm,",
     "Trả phòng sau 14h00 đến trước 18h00 tính 50 % giá trị phòng/ đêm.", True),
    # negatives: the same rate, no rate, a rate in one line only
    ("Скидка 10% на все услуги сауны", "Скидка 10 % на все услуги сауны!", False),
    ("ВЫЕЗД ДО 18:00 оплачивается половина стоимости", "ВЫЕЗД ПОСЛЕ 18:00 оплачивается вся стоимость", False),
    ("Giảm 5% tổng thanh toán", "Giảm giá tổng thanh toán", False),
]


@pytest.mark.parametrize("first, later, other", RATES)
def test_other_rates(first, later, other):
    assert other_rates(first, later) is other
