"""Round bnd51 (issue 12: sentence boundaries on real pages), table-driven per class:

* a price table's row: a cell closed by a stop, then the row's last cells, numbers or empty, is one unit
  (:func:`mtpipe.segment.cells.number_cell`; held36's ``h36ru13``, held24's ``h24ru`` service table);
* a unit of measure in brackets closing a head cell ("(руб.)", "(шт.)") ends no unit before the next cell
  (:func:`mtpipe.segment.cells.unit_bracket`; held36's ``h36ru13``);
* a surname and its initials closing a Russian sentence, a word that is no name after them
  (:mod:`mtpipe.segment.name_initials`; held36's ``h36ru15``);
* a Russian poem run into one line: the glued-heading rule cuts nothing in it (:func:`mtpipe.segment.verse.verse_run`;
  train30's ``t30ru06``);
* a Vietnamese head cell wrapped over a blank line, its rest opening with a Vietnamese word in lower case
  (:func:`mtpipe.clean.softbreak_gaps.vi_goes_on`; held23's ``h23vi11``);
* a Russian table row ending with date cells run together ends its unit, the next row in lower case
  (:func:`mtpipe.clean.softbreak_units.cell_end`; held25's ``h25ru18``).
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences

# (text, lang, sentences)
CELLS = [
    # a pool's price list: the session times, then the prices (h36ru13)
    ("ПОНЕДЕЛЬНИК - ПЯТНИЦА | 7:00; 7:50; 8:40; 15:15; 16:00. | 300 | 900 | 1750 | 4000 | |||||||", "ru",
     ["ПОНЕДЕЛЬНИК - ПЯТНИЦА | 7:00; 7:50; 8:40; 15:15; 16:00. | 300 | 900 | 1750 | 4000 | |||||||"]),
    ("16:45; 17:30; 21:15; 22:00. | 1000 | 1950 | 4500 | |||||||||", "ru",
     ["16:45; 17:30; 21:15; 22:00. | 1000 | 1950 | 4500 | |||||||||"]),
    # a dash for an empty price, a price with kopecks
    ("Аквааэробика | По графику. | - | 1400 | 2800,50 |", "ru", ["Аквааэробика | По графику. | - | 1400 | 2800,50 |"]),
    ("Giặt ủi | Theo yêu cầu. | 50.000 | 120.000 |", "vi", ["Giặt ủi | Theo yêu cầu. | 50.000 | 120.000 |"]),
    # a head row: units in brackets close its cells (h36ru13); a unit of two words, a count, a time
    ("Время сеанса | Стоимость разового посещения (руб.) | Стоимость абонемента на 4 посещения (руб.) | ||||", "ru",
     ["Время сеанса | Стоимость разового посещения (руб.) | Стоимость абонемента на 4 посещения (руб.) | ||||"]),
    ("Наименование | Сумма (тыс. руб.) | Количество (шт.) | Срок (в мин.) |", "ru",
     ["Наименование | Сумма (тыс. руб.) | Количество (шт.) | Срок (в мин.) |"]),
    # negatives: a sentence, then a cell of words (held24's liturgical table: the cell holds a letter)
    ("02 | Thứ Tư đầu tháng. Thánh Êusêbiô Vercellêsi. Xh 34,29-35 ; Mt 13,44-46. | X 16 |", "vi",
     ["02 | Thứ Tư đầu tháng.", "Thánh Êusêbiô Vercellêsi.", "Xh 34,29-35 ; Mt 13,44-46.", "| X 16 |"]),
    ("Он пришёл. | Она ушла. |", "ru", ["Он пришёл.", "| Она ушла. |"]),
    ("Tòa án xét xử theo quy định. | Thẩm quyền xét xử |", "vi", ["Tòa án xét xử theo quy định.", "| Thẩm quyền xét xử |"]),
    # a cell of words after the numbers
    ("Итого за год. | 300 | Сверх плана |", "ru", ["Итого за год.", "| 300 | Сверх плана |"]),
    # a bracket with a capitalised word or a sentence: no unit of measure
    ("Данные прислала служба (Росстат.) | Следующий раздел |", "ru",
     ["Данные прислала служба (Росстат.)", "| Следующий раздел |"]),
]


@pytest.mark.parametrize("text, lang, sentences", CELLS)
def test_row_cells(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


INITIALS = [
    # a school's history: the director's surname and initials close the sentence (h36ru15)
    ("С 1974 по 1994 годы школой руководил Шатский В.Н. С 1994 года директором школы назначен Мусатов В.П.", "ru",
     ["С 1974 по 1994 годы школой руководил Шатский В.Н.", "С 1994 года директором школы назначен Мусатов В.П."]),
    # a school's history page (balt5.ru): a verb after the initials
    ("Вдоль лестницы висели рисунки директора школы Зотова Д.Г. Проводились прекрасные праздники.", "ru",
     ["Вдоль лестницы висели рисунки директора школы Зотова Д.Г.", "Проводились прекрасные праздники."]),
    # spaced initials, a pronoun after them
    ("Приказ подписал Иванов А. П. Он отметил рост показателей.", "ru",
     ["Приказ подписал Иванов А. П.", "Он отметил рост показателей."]),
    # negatives: initials before the next person's surname (crawl12, held14)
    ("На освящении были глава Камышлова М.Н. Чухарев и настоятель храма.", "ru",
     ["На освящении были глава Камышлова М.Н. Чухарев и настоятель храма."]),
    ("Благодарим Зайцеву Е.П. Лебедеву А.А. за помощь.", "ru", ["Благодарим Зайцеву Е.П. Лебедеву А.А. за помощь."]),
    # a position before the initials, the surname after them
    ("Директор В.Н. Шатский открыл собрание.", "ru", ["Директор В.Н. Шатский открыл собрание."]),
    # the next initial of a list
    ("Список: Иванов И.И. П. Петров.", "ru", ["Список: Иванов И.И. П. Петров."]),
    # a first name after the initials (a book's author and its title's first word) and a place
    ("Пушкин А.С. Евгений Онегин.", "ru", ["Пушкин А.С. Евгений Онегин."]),
    ("Иванов И.И. Москва, ул. Ленина, 5.", "ru", ["Иванов И.И. Москва, ул. Ленина, 5."]),
    # initials after a lower-case word ("им. Н.С. Лескова": train27ru)
    ("Сотрудники библиотеки им. Н.С. Лескова провели урок.", "ru", ["Сотрудники библиотеки им. Н.С. Лескова провели урок."]),
]


@pytest.mark.parametrize("text, lang, sentences", INITIALS)
def test_surname_initials(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


VERSE = [
    # a recipe told in verse, its lines run into one (t30ru06)
    ("Отщипнул от теста он Половину. А потом Он какао положил, Хорошо всё промесил И отправил в холодильник Обе теста "
     "половинки.", "ru",
     ["Отщипнул от теста он Половину.", "А потом Он какао положил, Хорошо всё промесил И отправил в холодильник Обе "
      "теста половинки."]),
    # a children's poem run into one line (Marshak's "Вот какой рассеянный"): verbs and conjunctions open its lines
    ("Жил человек рассеянный На улице Бассейной. Сел он утром на кровать, Стал рубашку надевать, В рукава просунул "
     "руки – Оказалось, это брюки.", "ru",
     ["Жил человек рассеянный На улице Бассейной.", "Сел он утром на кровать, Стал рубашку надевать, В рукава "
      "просунул руки – Оказалось, это брюки."]),
    # negatives: a heading glued to its lead, no verse (crawl11's "В рамках", seg23's "Как сообщает")
    ("Вчера в Москве состоялся хоккейный матч В рамках турнира команды сыграли вничью.", "ru",
     ["Вчера в Москве состоялся хоккейный матч", "В рамках турнира команды сыграли вничью."]),
    ("В ночь с 24 по 25 июня Как сообщает источник, на дороге произошла авария.", "ru",
     ["В ночь с 24 по 25 июня", "Как сообщает источник, на дороге произошла авария."]),
    # headlines glued to their leads: their openers count for nothing
    ("Пожар в центре города Как сообщает МЧС, огонь потушили. Ремонт моста завершён По словам мэра, движение "
     "откроют завтра. Новая школа открылась В рамках нацпроекта построено здание.", "ru",
     ["Пожар в центре города", "Как сообщает МЧС, огонь потушили.", "Ремонт моста завершён",
      "По словам мэра, движение откроют завтра.", "Новая школа открылась", "В рамках нацпроекта построено здание."]),
    # a polite "Вы" and names inside a sentence are no verse heads
    ("Спасибо Вам и Вашей семье за Кубок России и поддержку Он сказал нам правду.", "ru",
     ["Спасибо Вам и Вашей семье за Кубок России и поддержку", "Он сказал нам правду."]),
]


@pytest.mark.parametrize("text, lang, sentences", VERSE)
def test_verse_run(text, lang, sentences):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == sentences


# (text, the lines joined over a blank line: the text before each joined gap ends with this)
VI_GAPS = [
    # a tour's price table, each cell a block of its own: the head cell wraps (h23vi11)
    ("Trẻ em\n\n(dưới 2 tuổi)\n\nPhụ thu\n\nphòng đơn\n\nNgủ chung giường với người lớn", ["Phụ thu"]),
    ("Giá tour\n\ntrọn gói\n\n27.990.000", ["Giá tour"]),
    ("Giá phòng\n\nhạng sang\n\n1.500.000", ["Giá phòng"]),
    # negatives: running text or a piece closed by a stop (bnd43's guards)
    ("Buổi lễ khai giảng năm học mới của trường là sự mở đầu, có tác dụng tạo hứng\n\nkhởi cho suốt một năm", []),
    ("Giá vé của\n\nngười lớn.", []),
    # negatives: a code after the gap (held27's vaccine table)
    ("Bại liệt\n\nbOPV", []),
    # a dictionary's entries, both in lower case (train27vi)
    ("chương trình mùa hè xanh\n\nchiến dịch mùa hè xanh", []),
    # an address before a link's word alone (held24)
    ("Chi tiết xem tại https://www.studyjapan.go.jp/en/toj/toj0302e-20.html?fbclid=IwAR2Zs1B4cs\n\nhoặc", []),
    # a heading in capitals, a list item, a line closed by a colon, a next line in capitals
    ("NHẬT BẢN\n\nđặt tour ngay hôm nay", []),
    ("Giới thiệu\n\n1. Lịch sử hình thành", []),
    ("Hồ sơ gồm:\n\na) bản sao giấy khai sinh", []),
    ("Tin tức mới nhất\n\nĐọc thêm các bài viết", []),
    # Russian and a Chinese line: not Vietnamese (a Russian title going on with a preposition, "Прейскурант" / "на
    # услуги бассейна", is joined by softbreak_names since cp77: test_a_russian_title_going_on_is_joined below)
    ("Прейскурант\n\nуслуги бассейна", []),
    ("继续领跑主要经济体 中国经济持续恢复可期\n\nkinh tế Trung Quốc tiếp tục phục hồi", []),
]


@pytest.mark.parametrize("text, joined", VI_GAPS)
def test_vi_gap_goes_on(text, joined):
    # each newline of a joined gap is a soft break: the line before the gap, once
    got = sorted({text[:p].rstrip("\n").rsplit("\n", 1)[-1] for p in soft_breaks(text)})
    assert len(got) == len(joined) and all(g.endswith(j) for g, j in zip(got, sorted(joined))), got


def test_a_russian_title_going_on_is_joined():
    # the Russian rule, not the Vietnamese gap: a short title over a blank line and a lower-case preposition
    assert soft_breaks("Прейскурант\n\nна услуги бассейна") == [11, 12]


# (text, the lines joined: the text before each joined newline ends with this)
DATE_ROWS = [
    # a university's admission dates, the rows' cells run together (h25ru18): each row ends at its dates
    ("только по результатам ЕГЭ 29 июля 27 августа 1 октября 1 ноября\ndополнительных вступительных испытаний "
     "творческой направленности 20 июля 16 августа\nпо результатам общеобразовательных испытаний 15 июля", []),
    # an admission calendar whose "|" marks were lost (novsu.ru's form), and dates written with figures
    ("начало приема заявлений 20 июня 11 августа 16 августа\nдень окончания приема 22 августа 26 августа", []),
    ("прием документов 01.07.2024 15.08.2024\nзачисление 20.08.2024", []),
    # negatives: one date at the line's end, a range, dates parted by a comma: the sentence goes on
    ("Фестиваль состоится 29 июля\nи продлится до осени.", ["29 июля"]),
    ("Приём документов продлится с 29 июля по 27 августа\nи завершится приказом о зачислении.", ["27 августа"]),
    ("Экзамены пройдут 15 июля, 27 августа\nи 3 сентября.", ["27 августа"]),
    # figures that are no dates ("1.2 3.4": a version, a score)
    ("Обновление до версии 1.2 3.4\nи выше не требуется.", ["3.4"]),
]


@pytest.mark.parametrize("text, joined", DATE_ROWS)
def test_date_cells_end_a_row(text, joined):
    got = [text[:p].rsplit("\n", 1)[-1] for p in soft_breaks(text)]
    assert len(got) == len(joined) and all(g.endswith(j) for g, j in zip(got, joined)), got
