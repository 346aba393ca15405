"""Round bnd67 (issue 12: held49's soft-break cuts and sentence boundaries, read after its blind run), by class, each
with negatives (made-up examples of the class in ru/vi/en, not the pages' strings):

* a line that ends with a mark opening a quotation or a bracket goes on ("… (напротив \\""⏎"Антики").", ``h49ru05``;
  :func:`mtpipe.clean.softbreak_open.open_end`);
* running text cut after a function word goes on into a capitalised line ("… từ Trung Quốc như"⏎"Bao Thanh Thiên,
  …", ``h49vi03``; :func:`~mtpipe.clean.softbreak_open.function_word_wrap`); a heading, a unit after a slash, a
  read-more link stay apart;
* a quotation wrapped over lines closed by ":" or ";" is one sentence (``h49ru12``;
  :func:`~mtpipe.clean.softbreak_open.quote_notes`); a list the colon opens stays apart;
* in a hard-wrapped text, a paragraph's short first line is no wrap of the line before (``h49vi14``'s "… khối
  6"⏎"Tại"⏎"buổi lễ …"), and a paragraph's middle line stopped short goes on into a capitalised line ("… kỉ niệm 79
  năm"⏎"Cách mạng tháng Tám …") (:func:`~mtpipe.clean.softbreak_open.paragraph_opens`, ``mid_paragraph``);
* a Russian list intro with no verb before ":" ends its unit ("Перечень … проекту:"⏎"текстовая часть …", ``h49ru11``);
  a clause that goes on over its colon still joins (:func:`~mtpipe.clean.softbreak_open.ru_clause`);
* a verse's "е" may be an "ё" printed without dots: "поем" rhymes with "живём" (``h49ru08``; softbreak_verse);
* a title in capitals, a dash and its sentence-case half are one unit ("CHUYỆN CHỢ LỚN - Giáo dục …", ``h49vi02``;
  :mod:`mtpipe.segment.line_heads`); a heading glued with no mark still splits;
* a title in guillemets with a stop inside, quoted in the middle of a sentence, is no end ("… под названием «Чунь
  Цзе. Праздник Весны …», на …", ``h49ru03``; :mod:`mtpipe.segment.quoted_title`); quoted speech keeps its ends.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_open import function_word_wrap, open_end, quote_notes
from mtpipe.clean.softbreak_verse import verse_joins
from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def _joined(text: str) -> list[int]:
    """The lines (0-based) whose line break is joined."""
    return [text[:p].count("\n") for p in soft_breaks(text)]


@pytest.mark.parametrize("text", [
    'Кафе стоит на углу улицы Ленина (напротив "\nГастронома"), рядом с почтой.\n',
    "Книга вышла под названием «\nСтарый дом» в прошлом году.\n",
    'Quán nằm ngay góc phố, đối diện cửa hàng (\nTạp hóa Minh Anh), rất dễ tìm.\n',
    'The cafe is on the corner of Main Street (opposite the "\nOld Mill"), next to the bank.\n',
])
def test_a_line_ending_with_an_open_mark_goes_on(text):
    assert _joined(text) == [0]


@pytest.mark.parametrize("line", [
    'He said, “They go crazy! Yelling at me, like ‘Nah! Stop lying!’ “',  # "“" closing the quotation the wrong way
    'Он читал вслух книгу "Мастер"',  # the word's own closing quote
    'Anh ấy nói: "Tôi sẽ đến ngay "',  # an even count: the last straight quote closes
    "Цена указана в рублях(",  # a mark glued to the word, no opening after a space
])
def test_a_closing_or_glued_mark_is_no_open_end(line):
    assert not open_end(line)


@pytest.mark.parametrize("cur,nxt", [
    ("Trong ký ức của nhiều khán giả vẫn còn những ca khúc nổi tiếng của các nhạc sĩ như",
     "Trịnh Công Sơn, Văn Cao và Phạm Duy."),
    ("Мы долго гуляли по набережной, а потом пошли в", "Третьяковскую галерею смотреть картины."),
    ("Службы проходят в будни в 8:00, в субботу в 9:00, в воскресенье в", "10:00 и вечером."),
])
def test_running_text_cut_after_a_function_word_goes_on(cur, nxt):
    assert function_word_wrap(cur, nxt)
    assert _joined(f"{cur}\n{nxt}\n") == [0]


@pytest.mark.parametrize("cur,nxt", [
    ("Tình hình giáo dục của tỉnh hiện tại", "Sở Giáo dục đã công bố số liệu mới nhất về tuyển sinh."),  # a heading
    ("Ожидается усиление ветра до 15-20 м/с", "ВНИМАНИЕ!"),  # "с" of a unit after a slash
    ("Власти решили запретить продажу энергетиков подросткам и", "Подробнее"),  # a teaser the site cut
    ("Новости культуры и", "Спорта в нашем городе"),  # a short line, no comma: a menu or a heading
    ("НОВОСТИ КУЛЬТУРЫ, СПОРТА, ОБРАЗОВАНИЯ И", "Туризма"),  # capitals
])
def test_a_heading_or_a_cut_teaser_after_a_function_word_stays_apart(cur, nxt):
    assert not function_word_wrap(cur, nxt)


def test_a_quotation_wrapped_over_colons_and_semicolons_is_one_sentence():
    text = ("Батюшка напомнил слова Писания.\n«Не бойтесь ничего:\nкогда придёт весна и зазеленеют поля,\n"
            "то вы увидите сами;\nи будет вам радость».\nПосле службы все разошлись.\n")
    assert _joined(text) == [1, 2, 3]
    assert quote_notes(text.split("\n")) == {1, 2, 3}  # the line closed by "сами;" is a clause, no list's item
    units = _units(" ".join(text.split("\n")[1:5]), "ru")
    assert len(units) == 1


@pytest.mark.parametrize("text", [
    # a list the colon opens, no quotation: its items stay units
    "Для пирога нужно купить следующее:\nмуку высшего сорта;\nдва куриных яйца.\n",
    # a quotation never closed within six lines, or a line opening with a capital inside it
    "«Начало цитаты:\nвторая строка;\nТретья строка с заглавной буквы;\nи конец».\n",
])
def test_a_colon_list_or_an_open_quotation_joins_nothing_at_its_marks(text):
    lines = text.split("\n")
    assert not quote_notes(lines) - {2}
    assert 0 not in _joined(text)


_WRAPPED_VI = """Sáng nay
trường tiểu học Hòa Bình tổ chức lễ khai giảng năm học mới với sự tham
dự của đông đảo phụ huynh, học sinh và các thầy cô giáo trong toàn huyện
cùng đại diện chính quyền địa phương và 120 học sinh lớp 1 của trường
Trong
buổi lễ, thầy hiệu trưởng đọc thư chúc mừng của Chủ tịch nước gửi các
em học sinh nhân ngày khai trường, sau đó các em biểu diễn văn nghệ và
đánh trống khai giảng năm học mới trong niềm vui của các bậc phụ huynh.
Năm nay
nhà trường tổ chức nhiều hoạt động chào mừng
Ngày Nhà giáo Việt Nam và ngày thành lập trường, thu hút đông đảo học
sinh tham gia các cuộc thi vẽ tranh, kể chuyện và thi đấu thể thao giữa
các lớp trong toàn trường với tinh thần đoàn kết và thi đua sôi nổi.
"""


def test_a_wrapped_texts_paragraph_opens_on_a_short_line():
    joined = _joined(_WRAPPED_VI)
    assert 3 not in joined  # "… của trường" / "Trong" / "buổi lễ, …": the short line opens the next paragraph
    assert {0, 4, 8} <= set(joined)  # the short first line goes on into its paragraph
    assert 9 in joined  # "… chào mừng" (0.6 of the width) / "Ngày Nhà giáo …": the middle line goes on
    assert {1, 2, 5, 6, 10, 11} <= set(joined)


def test_outside_a_wrapped_text_a_short_capitalised_line_is_still_a_cut_out_fragment():
    # "Viết cho⏎Cẩm nang tuyển sinh⏎ của⏎Thanh Niên⏎, ông …": an inline element cut out, no wrap width
    text = "Bài viết này được gửi cho\nTuổi Trẻ\nvà nhiều tờ báo khác trong tuần.\n"
    assert _joined(text) == [0, 1]


def test_a_russian_list_intro_before_a_colon_ends_its_unit():
    pytest.importorskip("pymorphy3")
    intro = "Перечень информационных материалов к проекту решения о бюджете:"
    text = f"{intro}\nтекстовая часть проекта решения о бюджете поселения на 2026 год.\nПроект размещён на сайте.\n"
    assert _joined(text) == []
    clause = "Суд в составе председательствующего судьи Иванова рассмотрел:"
    text = f"{clause}\nдело о нарушении правил благоустройства на территории поселения.\nРешение вступило в силу.\n"
    assert _joined(text) == [0]
    vi = "• Cửa hàng thực hiện các bước giao hàng tới khách hàng :"
    text = f"{vi}\nsau khi khách hàng chấp nhận các điều kiện của sản phẩm .\nXin cảm ơn.\n"
    assert _joined(text) == [0]


def test_a_verse_rhyme_reads_an_undotted_e_as_yo():
    poem = ["Мы в поле выйдем утром ранним", "И песню звонкую поем,", "Цветы положим у обелиска,",
            "О том, как дружно мы живём!"]
    assert verse_joins(poem) == [(0, 1), (1, 2), (2, 3)]
    # no rhyme at all, "е" or "ё": a list of headlines in one metre stays apart
    heads = ["Мы в поле выйдем утром ранним", "И песню звонкую споем", "Цветы положим у обелиска",
             "Пока мы помним, мы в строю!"]
    assert verse_joins(heads) == []


@pytest.mark.parametrize("text,parts", [
    ("CHUYỆN XÓM CŨ - Những ngôi nhà gỗ ven sông Hương, hành trình trăm năm", 1),
    ("LỊCH SỬ GIÁO XỨ – Giáo xứ được thành lập vào năm 1950.", 1),
    # glued with no mark: a heading and its text (Convention 8)
    ("QUÁ TRÌNH HÌNH THÀNH & PHÁT TRIỂN Vào năm 1984, có khoảng 30 gia đình.", 2),
    ("ĐỨC CHA PHÊRÔ HUỲNH VĂN HAI Sinh tại Thạnh Phú năm 1950.", 2),
])
def test_a_title_in_capitals_and_a_dash_is_one_unit(text, parts):
    assert len(_units(text, "vi")) == parts


@pytest.mark.parametrize("text,parts", [
    ("В музее открылась выставка под названием «Китай. Взгляд изнутри», которая продлится месяц.", 1),
    ("Школа получила название «Лицей. Будущее» в 2010 году.", 1),
    ("Она прочитала вслух книгу «Война и мир. Том первый».", 1),
    ("Вечером состоится лекция «Чай! История напитка», вход свободный. Начало в семь.", 2),
    # quoted speech: after a colon, opening the sentence, or long
    ("Он сказал: «Я приду. Жди меня», и ушёл.", 2),
    ("«Прорвало трубу. Все затоплено», — сказал сосед.", 2),
    ("Сотрудник ответил «Мы не знаем, когда откроется мост. Ремонт идёт уже третий месяц, и конца ему не видно, "
     "хотя обещали к лету», и положил трубку.", 2),
])
def test_a_quoted_title_with_a_stop_inside_is_no_end(text, parts):
    assert len(_units(text, "ru")) == parts
