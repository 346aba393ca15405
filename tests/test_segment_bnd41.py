"""Round bnd41: sentence-boundary classes read on the dev parts (held25, held30, crawl10, crawl12).

* a title line (title and subtitle parted by full stops, no stop at its end) under or over a date line the cleaner
  removed is one unit, as the page's first line is (README Convention 2);
* a short label opening a line ("* SÁNG:", "Утро:") heads the list item it opens: no end at its colon, none after the
  item's number; a sentence's colon before the list still ends its unit;
* a date and a clock time glued to a title with no space end a unit; a date alone glued to a word (a dateline) does not;
* a Russian dateline of a place name the dictionary knows, or of a date alone, is part of its lead (Convention 3);
* a date phrase opening a sentence ends nothing at its glued "г." ("С 01.04.2023г. по …");
* a baptismal name cut short after a Catholic title goes on into a glued name or one Vietnamese given name;
* "г.р." and a number with its letter ("12а.") end a sentence before a capital; a lead opened by "В рамках",
  "Согласно" after a title glued to it starts a unit (a field label after an e-mail address no longer opens a unit:
  Convention 21, bnd69);
* an acronym after a lower-case word glued to a word the dictionary knows ("… МВДВскоре …") ends a unit;
* softbreak: a recital closed by a comma is not joined into a heading in capitals on the next line; a numbered section
  ("I. …", "3. …" after a short line) is never continued into from the line before; a hard-wrapped text's width is
  read without the longest tenth of its lines (one line the wrap let run over).

Cases are written from the class (not copied from those pages); each table has same-shape negatives."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def _joined_lines(text: str) -> list[int]:
    return [text[:p].count("\n") for p in soft_breaks(text)]


def _segments(text: str, removed: tuple[int, ...]) -> list[str]:
    """Segments of ``text`` when the cleaner kept every non-blank line but those numbered in ``removed``."""
    from mtpipe.clean import line_spans
    from mtpipe.document import Document
    from mtpipe.segment import Segmenter

    doc = Document.from_text(text, doc_id="d")
    doc.meta["lang"] = "ru" if any("а" <= ch <= "я" for ch in text) else "vi"
    doc.meta["kept"] = [list(s) for s in line_spans(text) if text[:s[0]].count("\n") not in removed]
    return [s.source for s in Segmenter()(doc).segments]


# (page text, lines the cleaner removed, segments)
DATE_TITLE_ROWS = [
    # a listing: a date line, the title (rubric. title), the teaser; the first line kept is another title
    ("Новости библиотеки\n12 марта 2024\nЛитературная гостиная «Читаем вместе». Рассказы В. Бианки\n"
     "Сегодня мы читаем рассказы о природе. Приходите всей семьёй.\n", (1,),
     ["Новости библиотеки", "Литературная гостиная «Читаем вместе». Рассказы В. Бианки",
      "Сегодня мы читаем рассказы о природе.", "Приходите всей семьёй."]),
    ("Tin tức giáo xứ\n\n05/04/2024\n\nChuyên mục Sống Lời Chúa. Bài suy niệm Chúa nhật tuần 5\n"
     "Hôm nay chúng ta cùng suy niệm Lời Chúa. Mời mọi người tham gia.\n", (2,),
     ["Tin tức giáo xứ", "Chuyên mục Sống Lời Chúa. Bài suy niệm Chúa nhật tuần 5",
      "Hôm nay chúng ta cùng suy niệm Lời Chúa.", "Mời mọi người tham gia."]),
    # ... the date under the title
    ("Главная\nФестиваль варенья. Итоги конкурса\n14.09.2023\nКонкурс прошёл в субботу.\n", (2,),
     ["Главная", "Фестиваль варенья. Итоги конкурса", "Конкурс прошёл в субботу."]),
    # negatives: the same line with no date line beside it (two sentences a page left without a last stop)
    ("Новости библиотеки\nСегодня прошла встреча. Участники обсудили планы\nВход свободный.\n", (),
     ["Новости библиотеки", "Сегодня прошла встреча.", "Участники обсудили планы", "Вход свободный."]),
    # ... a date line the cleaner kept (content, not furniture) leaves the line as it was
    ("Новости библиотеки\n12 марта 2024\nСегодня прошла встреча. Участники обсудили планы\n", (),
     ["Новости библиотеки", "12 марта 2024", "Сегодня прошла встреча.", "Участники обсудили планы"]),
    # ... a line closed by a stop is sentences, date or none; a "!" ends a sentence
    ("Главная\n12 марта 2024\nВстреча прошла. Все довольны.\n", (1,), ["Главная", "Встреча прошла.", "Все довольны."]),
    ("Главная\n12 марта 2024\nВнимание! Конкурс рисунков для детей\n", (1,),
     ["Главная", "Внимание!", "Конкурс рисунков для детей"]),
]


@pytest.mark.parametrize("text, removed, segments", DATE_TITLE_ROWS)
def test_title_beside_removed_date(text, removed, segments):
    assert _segments(text, removed) == segments


CASES = [
    # a short label (a bullet maybe) before the first item's number: one unit with the item
    ("vi", "* CHIỀU: 1. Họp giao ban toàn cơ quan tại hội trường. (Văn phòng chuẩn bị tài liệu)",
     ["* CHIỀU: 1. Họp giao ban toàn cơ quan tại hội trường.", "(Văn phòng chuẩn bị tài liệu)"]),
    ("ru", "Утро: 1. Зарядка на площади. 2. Завтрак в столовой.", ["Утро: 1. Зарядка на площади.", "2. Завтрак в столовой."]),
    ("ru", "- Вечер: 1) Ужин в кафе у моря.", ["- Вечер: 1) Ужин в кафе у моря."]),
    # negatives: a sentence's colon before the list ends its unit (README Convention 4)
    ("vi", "Các bước thực hiện gồm có như sau: 1. Đăng ký tài khoản trên hệ thống.",
     ["Các bước thực hiện gồm có như sau:", "1. Đăng ký tài khoản trên hệ thống."]),
    ("ru", "Программа первого дня такова: 1. Зарядка на площади.", ["Программа первого дня такова:", "1. Зарядка на площади."]),
    # a time stamp glued to the title
    ("vi", "21/03/2019 14:25Học sinh được nghỉ học vì mưa lớn", ["21/03/2019 14:25", "Học sinh được nghỉ học vì mưa lớn"]),
    ("ru", "03.11.2022 09:40Мост через реку закроют на ремонт", ["03.11.2022 09:40", "Мост через реку закроют на ремонт"]),
    # negatives: a date alone glued to the word (a dateline, one unit), a stamp with its space, a stamp before a name
    ("ru", "03.11.2022Сегодня мост через реку закроют на ремонт.", ["03.11.2022Сегодня мост через реку закроют на ремонт."]),
    ("ru", "03.11.2022 09:40 Мост через реку закроют на ремонт", ["03.11.2022 09:40 Мост через реку закроют на ремонт"]),
    ("vi", "21/03/2019 14:25UBND tỉnh họp báo", ["21/03/2019 14:25UBND tỉnh họp báo"]),
]


CASES += [
    # a Russian dateline: one place name in title case, or a date alone, closed by a stop before the lead
    ("ru", "Хабаровск. Городские власти объявили о ремонте набережной.", ["Хабаровск. Городские власти объявили о ремонте набережной."]),
    ("ru", "12 мая 2021. Власти города объявили о ремонте набережной.", ["12 мая 2021. Власти города объявили о ремонте набережной."]),
    # negatives: a rubric word that is no place; a place and a one-word caption; a date inside the text
    ("ru", "Наблюдения. Городские власти объявили о ремонте набережной.", ["Наблюдения.", "Городские власти объявили о ремонте набережной."]),
    ("ru", "Хабаровск. Набережная.", ["Хабаровск.", "Набережная."]),
    ("ru", "Ремонт начался 12 мая 2021. Власти города обещают закончить его летом.",
     ["Ремонт начался 12 мая 2021.", "Власти города обещают закончить его летом."]),
    # a date phrase opening a sentence, its "г." glued to the year
    ("ru", "С 01.04.2023г. по 30.04.2023г. Проводится месячник чистоты.", ["С 01.04.2023г. по 30.04.2023г. Проводится месячник чистоты."]),
    # negative: the glued "г." closing a sentence
    ("ru", "Он родился в 1950г. Потом семья переехала в Москву.", ["Он родился в 1950г.", "Потом семья переехала в Москву."]),
    # a baptismal name cut short after a Catholic title, glued to the name or before one given name
    ("vi", "Năm 1950, Cha Jos.Trần Văn Lộc xây nhà thờ bằng gỗ.", ["Năm 1950, Cha Jos.Trần Văn Lộc xây nhà thờ bằng gỗ."]),
    ("vi", "Năm 1960, Cha Ant. Lộc mở rộng nhà thờ. Giáo xứ lớn dần.",
     ["Năm 1960, Cha Ant. Lộc mở rộng nhà thờ.", "Giáo xứ lớn dần."]),
    # negatives: a word that opens sentences after the cut name; a stop glued to a name after no title
    ("vi", "Năm 1960 có Cha Ant. Trong năm đó nhà thờ được mở rộng.", ["Năm 1960 có Cha Ant.", "Trong năm đó nhà thờ được mở rộng."]),
    ("vi", "Giáo xứ có nhiều hội đoàn.Trần Văn Lộc làm trưởng ban.", ["Giáo xứ có nhiều hội đoàn.", "Trần Văn Lộc làm trưởng ban."]),
]


CASES += [
    # a year of birth, a route or a house number with its letter, closing a sentence before a capital
    ("ru", "В турнире играли юноши 2011-2012 г.р. Победила команда школы № 3.",
     ["В турнире играли юноши 2011-2012 г.р.", "Победила команда школы № 3."]),
    ("ru", "Изменится схема движения автобусов № 5, 12, 12а. Новое расписание опубликуют завтра.",
     ["Изменится схема движения автобусов № 5, 12, 12а.", "Новое расписание опубликуют завтра."]),
    # negatives: a building's number before its block number; a house letter inside the sentence
    ("ru", "Офис находится по адресу: ул. Мира, д. 7к. 2, кв. 15.", ["Офис находится по адресу: ул. Мира, д. 7к. 2, кв. 15."]),
    ("ru", "Дома 10г и 6а отключат от воды.", ["Дома 10г и 6а отключат от воды."]),
    # a title glued to its lead opened by a preposition of a lead ("В рамках", "Согласно")
    ("ru", "Прошла городская спартакиада школьников В рамках спартакиады прошли забеги.",
     ["Прошла городская спартакиада школьников", "В рамках спартакиады прошли забеги."]),
    ("ru", "Подведены итоги конкурса Согласно решению жюри, победила школа № 3.",
     ["Подведены итоги конкурса", "Согласно решению жюри, победила школа № 3."]),
    # negatives: the same words in lower case inside a sentence; after a name in capitals
    ("ru", "Игры прошли в рамках спартакиады школьников.", ["Игры прошли в рамках спартакиады школьников."]),
    ("ru", "Победителей наградили согласно решению жюри.", ["Победителей наградили согласно решению жюри."]),
    # two fields of a contact box on one line, a space between: one unit (Convention 21; bnd69 undid bnd41's cut)
    ("vi", "Email: lienhe@giaoxu.org Điện thoại: 0909 123 456", ["Email: lienhe@giaoxu.org Điện thoại: 0909 123 456"]),
    ("ru", "Почта: info@school.ru Телефон: 8 (800) 123-45-67", ["Почта: info@school.ru Телефон: 8 (800) 123-45-67"]),
    # negatives: an address inside a sentence; a lower-case word after it
    ("vi", "Bài viết xin gửi về địa chỉ lienhe@giaoxu.org trước ngày 5/3.", ["Bài viết xin gửi về địa chỉ lienhe@giaoxu.org trước ngày 5/3."]),
]


CASES += [
    # an acronym closing a caption glued to the next sentence's first word
    ("ru", "Так выглядело здание до передачи МВДВскоре его отремонтировали.",
     ["Так выглядело здание до передачи МВД", "Вскоре его отремонтировали."]),
    # negatives: a word derived from the acronym; a company name in camel case
    ("ru", "На слёте школьники ЮИДовцы показали знания правил.", ["На слёте школьники ЮИДовцы показали знания правил."]),
    ("ru", "Абоненты сети ВКонтакте получили обновление.", ["Абоненты сети ВКонтакте получили обновление."]),
]


@pytest.mark.parametrize("lang,text,units", CASES)
def test_bnd41_units(lang, text, units):
    assert _units(text, lang) == units


# (text, indexes of the lines joined to the next one)
JOIN_ROWS = [
    # a recital closed by a comma, then the operative heading in capitals
    ("Xét đề nghị của Trưởng phòng Tổ chức cán bộ tại Tờ trình số 15/TTr ngày 02/3/2020,\nQUYẾT ĐỊNH:\n"
     "Điều 1. Bổ nhiệm ông Nguyễn Văn An.", []),
    ("Рассмотрев материалы дела и выслушав доводы сторон,\nУСТАНОВИЛ:\nИстец обратился в суд.", []),
    # negatives: a comma before a lower-case line goes on; capitals on both sides (a heading wrapped) go on
    ("Рассмотрев материалы дела и выслушав доводы сторон,\nсуд пришёл к следующему выводу.", [0]),
    ("Đoàn công tác gồm đại diện các sở, ban, ngành,\nUBND các huyện và thành phố.", [0]),
    # a numbered section opening the next line is never continued into
    ("Lược\nsử Giáo xứ An Bình\nI. Vị\ntrí địa lý\nGiáo xứ nằm ở phía bắc tỉnh.", [0, 2]),
    ("Những người đến đầu tiên\nII. Hình\nthành và phát triển\nGiáo xứ lớn dần.", [1]),
    # negatives: a long line of running text closed by a comma goes on into a number (a wrap, no section)
    ("Các buổi tĩnh tâm của giáo xứ đã được tổ chức long trọng vào những ngày 10, 11,\n12. Tháng sau, giáo xứ "
     "tổ chức lễ tạ ơn.", [0]),
]


# a hard-wrapped text with one line the wrap let run over: its width is read without that line (bnd41)
WRAPPED = ("Chào mừng ngày thành lập Hội, chi hội phụ nữ khu phố tổ chức hội thi nấu\n"
           "ăn với sự tham gia của mười đội thi đến từ các khu phố và cơ quan của thị\n"
           "trấn.\n"
           "Theo yêu cầu của ban tổ chức, mỗi đội phải thực hiện một món ăn bảo đảm\n"
           "các tiêu chí như đa dạng về món ăn, đẹp về thẩm mỹ, ngon về chất lượng,\n"
           "tốt cho sức khỏe và an toàn vệ sinh thực phẩm theo quy định chung của\n"
           "ban tổ chức, trao giải Nhất cho khu phố 4, giải Nhì cho khu phố 3 và giải Ba cho khu phố 9, trao\n"
           "giải khuyến khích cho các đội còn lại và trao giải trang trí đẹp cho Hội\n"
           "LHPN khu phố 1 với món ăn được ban giám khảo đánh giá cao về hình thức.\n"
           "Hội thi là sân chơi bổ ích và ý nghĩa cho các chị em phụ nữ trong toàn\n"
           "thị trấn, giúp các chị em học hỏi và nâng cao kỹ năng nữ công gia chánh.\n")
# negative: a list of headlines of about one length, one longer, none going on in lower case: no wrap
HEADLINES = ("Hà Nội tạm dừng thi công đào hè đường phố để chuẩn bị cho kỳ nghỉ Tết\n"
             "Giá xăng dầu trong nước tiếp tục giảm mạnh trong kỳ điều hành chiều nay\n"
             "Thủ tướng chỉ đạo đẩy nhanh tiến độ xây dựng các tuyến đường cao tốc\n"
             "Học sinh các tỉnh miền núi phía Bắc được nghỉ học do rét đậm rét hại\n"
             "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành từ đầu tháng tới đây\n"
             "Mưa lớn gây ngập úng nhiều tuyến phố tại thành phố Hồ Chí Minh và các tỉnh lân cận phía Nam\n"
             "Giải bóng đá vô địch quốc gia khởi tranh vòng đấu mới vào cuối tuần\n"
             "Bộ Y tế khuyến cáo người dân chủ động phòng bệnh trong mùa đông năm nay\n"
             "Xuất khẩu nông sản đạt kỷ lục mới trong năm với nhiều mặt hàng chủ lực\n")
JOIN_ROWS += [(WRAPPED, [0, 1, 3, 4, 5, 6, 7, 9]), (HEADLINES, [])]


@pytest.mark.parametrize("text, joined", JOIN_ROWS)
def test_bnd41_joins(text, joined):
    assert _joined_lines(text) == joined
