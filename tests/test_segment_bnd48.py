"""Round bnd48 (issue 12: sentence boundaries and soft-break cuts on the dev parts), by class, each with negatives:

* a poem's lines that one sentence runs over are one unit (``softbreak_verse``: the metre of a stanza's lines, joined
  after the line layers, kept whole by the segmenter);
* a symbol font's bullet read as a Latin-1 letter ("ê", "ü", "v") opening lines in a row: items, never continued into;
* an arrow-led read-more link at a piece's end (">> Chi tiết", "→ Подробнее") is a unit of its own, with no stop before;
* a stop glued to the next sentence after a closing bracket ("(tức âm lịch).Từ …") or after a stray space ("… này
  .Tuy nhiên …"), and a heading ending in a quoted word glued to its text ("«новобранцев»Более …").
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_verse import verse_joins
from mtpipe.document import Document
from mtpipe.segment import Segmenter, split_sentences

# --- verse -------------------------------------------------------------------------------------------------------

_TU_AY = ["Từ ấy trong tôi bừng nắng hạ", "Mặt trời chân lý chói qua tim", "Hồn tôi là một vườn hoa lá",
          "Rất đậm hương và rộn tiếng chim...", "Tôi buộc lòng tôi với mọi người", "Để tình trang trải với trăm nơi",
          "Để hồn tôi với bao hồn khổ", "Gần gũi nhau thêm mạnh khối đời."]
_PUSHKIN = ["Мороз и солнце; день чудесный!", "Ещё ты дремлешь, друг прелестный —", "Пора, красавица, проснись:",
            "Открой сомкнуты негой взоры", "Навстречу северной Авроры,", "Звездою севера явись!"]
_KIEU = ["Trăm năm trong cõi người ta", "Chữ tài chữ mệnh khéo là ghét nhau", "Trải qua một cuộc bể dâu",
         "Những điều trông thấy mà đau đớn lòng."]
_SCHOOL = ["В школе многое узнаем:", "О своём любимом крае,", "О горах и океанах,", "О материках и странах;", "",
           "И куда впадают реки,", "И какими были греки,", "И какие есть моря,", "И как вертится Земля."]


@pytest.mark.parametrize("lines,joins", [
    (_TU_AY, [(0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (6, 7)]),  # 7 syllables a line, a stop closes each stanza
    (_PUSHKIN, [(1, 2), (2, 3), (3, 4), (4, 5)]),  # 8-9 vowels a line; "!" closes the first verse alone
    (_KIEU, [(0, 1), (1, 2), (2, 3)]),  # lục bát: six and eight
    (_SCHOOL, [(0, 1), (1, 2), (2, 3), (3, 5), (5, 6), (6, 7), (7, 8)]),  # a stanza closed by ";" goes on over the gap
    # a punctuating poem whose last stop the store cut: the block's end closes it
    (["Tôi đã là con của vạn nhà", "Là em của vạn kiếp phôi pha", "Là anh của vạn đầu em nhỏ",
      "Không áo cơm, cù bất cù bơ.", "Tôi buộc lòng tôi với mọi người", "Để tình trang trải với trăm nơi",
      "Để hồn tôi với bao hồn khổ"], [(0, 1), (1, 2), (2, 3), (4, 5), (5, 6)]),
    # real forms (poem pages): an author's line under the poem stays out of the metre and unjoined
    (["Парты ровными рядами,", "Словно рыцари стоят.", "Охраняют в школьном царстве", "Добросовестных ребят.",
      "Королева – наш учитель.", "Мы, как дети, все при ней.", "Автор: Лагун Сергей Макарович"],
     [(0, 1), (2, 3)]),
    (["Бегут-бегут минуты,", "Как стрела летят вперед.", "Каждый школьник учится", "И каникул летних ждет.", "",
      "По разному к науке", "Относятся детишки,", "Но в школу всегда ходят", "Девчонки и мальчишки."],
     [(0, 1), (2, 3), (5, 6), (6, 7), (7, 8)]),  # "вперед" / "ждет": a rhyme by sound
    (["Мальчики в строгих нарядах,", "Хриплый басит говорок,", "Дед-ветеран весь в наградах,",
      "Первый сентябрьский урок."], [(0, 1), (1, 2), (2, 3)]),
    (["Thơ", "", "Con chưa biết mẹ một lần", "Nhưng sao da diết trong lòng nhớ thương", "Nhiều hôm thức trọn đêm trường",
      "Cố mường tượng thử mẹ thương thế nào.", "", "thân trọng ái"], [(2, 3), (3, 4), (4, 5)]),
])
def test_verse_lines_join_into_their_sentence(lines, joins):
    assert verse_joins(lines) == joins


@pytest.mark.parametrize("lines", [
    # an English headline list (washingtonpost's blog sidebar): no syllable count, "|" cells
    ["The Fact Checker is away", "The Fact Checker | Glenn Kessler", "Anti-rape video goes viral",
     "She The People | Diana Reese", "Once allies, Steele and Priebus..."],
    # Vietnamese headlines of differing lengths, the last one closed by a stop
    ["Giá vàng hôm nay tăng mạnh", "Đội tuyển Việt Nam thắng đậm trước Thái Lan trong trận chung kết tối qua",
     "Thời tiết Hà Nội chuyển lạnh", "Học sinh được nghỉ học vì rét."],
    # a poem with no stop at all (train30's t30vi05): nothing closes, nothing joined
    ["Mẹ là tất cả trong đời con", "Mẹ là ngọn lửa ấm trong đêm", "Mẹ là dòng sữa nuôi con lớn",
     "Mẹ là bóng mát giữa trời trưa"],
    # headlines of nearly one length, the last closed by a stop: Vietnamese words differ by two, Russian ones rhyme not
    ["Hà Nội mưa lớn gây ngập nhiều tuyến phố", "Giá xăng tăng mạnh từ chiều nay", "Đội tuyển Việt Nam thắng Thái Lan",
     "Thủ tướng làm việc với tỉnh Nghệ An."],
    ["Путин провёл встречу с губернатором", "В Москве открылась новая выставка", "Цены на бензин снова выросли",
     "Сборная России победила Сербию."],
    # a real poem page printed without a stop (thinang.net): nothing closes
    ["Giữa cảnh chiều thu nhớ mẹ hiền", "Lưng khòm gối mỏi bệnh triền miên", "Ân cần đỡ dậy dù hao sức",
     "Cẩn thận dìu đi dẫu tốn tiền", "Thi Nang"],
    # every verse closes its sentence: nothing to join
    ["Школа – это светлый дом.", "Мы учиться будем в нём.", "Там научимся писать.", "Складывать и умножать."],
    # a menu in Russian: equal lengths, no stop
    ["Главная страница сайта", "Новости нашего района", "Контакты и реквизиты", "Карта проезда к нам"],
    # fewer than four verse lines
    ["Từ ấy trong tôi bừng nắng hạ", "Mặt trời chân lý chói qua tim."],
    # figures and stops inside the lines: a list of facts, not verse
    ["Năm 1946 ông viết bài thơ đầu", "Năm 1954 ông về Hà Nội sống", "Năm 1961 ông in tập Gió lộng",
     "Năm 1972 ông in tập Ra trận."],
])
def test_no_verse_no_join(lines):
    assert verse_joins(lines) == []


def _front(text: str) -> Document:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))
    return Segmenter()(doc)


def test_verse_sentence_is_one_unit_through_cleaner_and_segmenter():
    text = ("Giới thiệu một tác phẩm của nhà thơ Tố Hữu, in trong tập thơ đầu tay của ông năm 1946.\n\nTừ ấy\n\n"
            + "\n".join(_TU_AY) + "\n")
    doc = _front(text)
    units = [s.source for s in doc.segments]
    assert " ".join(_TU_AY[:4]) in units
    assert " ".join(_TU_AY[4:]) in units  # "… mọi người Để tình …": no heading glued there
    assert any(e.rule == "softbreak.verse" for e in doc.ledger)
    assert len(doc.text) == len(text)


# --- glyph bullets -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ê Từ ấy (1946) >> Chi tiết\nê Bác Hồ >> Chi tiết\nê Việt Bắc (1954) >> Chi tiết",
    "ü Tiết kiệm chi phí vận chuyển\nü Giao hàng nhanh chóng",
    "v Đảm bảo chất lượng sản phẩm\nv Bảo hành 12 tháng",
    "q Отопление и водоснабжение\nq Электрика",
])
def test_glyph_bullets_open_items(text):
    assert soft_breaks(text) == []


@pytest.mark.parametrize("text", [
    "Sau buổi tập anh thấy người mỏi và\nê ẩm cả người suốt mấy ngày liền.",  # "ê" a word, lower case after it
    "Anh gọi to lên\nê Nam ơi, chờ tôi với.",  # one line only: no run of bullets
    "Мы долго жили\nв Москве и в Петербурге.",  # Russian "в": a word, never a glyph
])
def test_a_lone_letter_word_still_goes_on(text):
    assert len(soft_breaks(text)) == 1


# --- arrow-led read-more links -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,units", [
    ("ê Từ ấy (1946) >> Chi tiết", "vi", ["ê Từ ấy (1946)", ">> Chi tiết"]),
    ("Việt Bắc (1954) » Chi tiết", "vi", ["Việt Bắc (1954)", "» Chi tiết"]),
    ("Bài viết hay nhất tuần >>Xem thêm...", "vi", ["Bài viết hay nhất tuần", ">>Xem thêm..."]),
    ("Новости района → Подробнее", "ru", ["Новости района", "→ Подробнее"]),
    ("Итоги конкурса чтецов ► Читать далее", "ru", ["Итоги конкурса чтецов", "► Читать далее"]),
])
def test_arrow_read_more_is_a_unit(text, lang, units):
    assert [text[a:b] for a, b in split_sentences(text, lang)] == units


@pytest.mark.parametrize("text,lang", [
    ("Дети примут участие в квестах «Дюймовочка» Подробнее", "ru"),  # "»" closes a quotation, no arrow
    ("Thông tin chi tiết", "vi"),  # no arrow
    ("Маршрут: Пекин → Москва", "ru"),  # an arrow, no read-more link
])
def test_no_arrow_link_no_split(text, lang):
    assert len(split_sentences(text, lang)) == 1


# --- glued sentences ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,at", [
    ("Tết được tính theo lịch của người phương Đông (tức âm lịch).Từ ngày mùng 5 Tết trở đi mọi người đi làm.", "vi",
     "Từ ngày"),
    ("Делегация побывала в Харбине (Китай).Затем она вернулась во Владивосток.", "ru", "Затем"),
    ("Chúng ta thêm hiểu hơn về phong tục độc đáo này .Tuy nhiên cũng không ít làng ở đây.", "vi", "Tuy nhiên"),
    ("Занятия закончились сегодня .Завтра начнутся каникулы.", "ru", "Завтра"),
    ("В ДЮСШ подсчитывают «новобранцев»Более 700 человек – это же почти полк!", "ru", "Более"),
    ("Юные читатели поддержали акцию «читаем вместе»Следующая встреча пройдёт в мае.", "ru", "Следующая"),
])
def test_glued_after_bracket_quote_or_stray_space(text, lang, at):
    starts = [text[a:b] for a, b in split_sentences(text, lang)]
    assert len(starts) == 2 and starts[1].startswith(at)


@pytest.mark.parametrize("text,lang", [
    ("Ứng dụng được viết trên nền tảng .Net của Microsoft.", "vi"),  # an address-like name
    ("Сообщения тайваньской газеты ?Ляньхэбао? цитирует агентство.", "ru"),  # lost quotes, no stop
    ("Văn phòng đặt tại TP .Hồ Chí Minh từ năm ngoái.", "vi"),  # an abbreviation in capitals
    ("Компания «ВымпелКом» сообщила о росте выручки.", "ru"),
    ("В ДЮСШ подсчитывают «новобранцев»более семисот человек.", "ru"),  # lower case after the quote
    ("Абоненты компании «Мегафон»Москва получат скидку.", "ru"),  # a name in quotes: a capital opens it
])
def test_glued_negatives_stay_one_unit(text, lang):
    assert len(split_sentences(text, lang)) == 1


# --- a colon's list items after a blank line -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trường có cơ cấu tổ chức bộ máy theo quy định của Điều lệ trường Mầm non, bao gôm:\n\n"
    "a) Hiệu trưởng, Phó Hiệu trưởng và các hội đồng (Hội đồng trường).\nb) Các tổ chuyên môn và tổ văn phòng.",
    "3. Những điểm cần lưu ý khi tiếp nhận hồ sơ của cá nhân và tổ chức:\n\na) Đối với cá nhân: Bổ sung hồ sơ.",
    "Комиссия в составе трёх человек по итогам проверки установила следующее:\n\nа) нарушений не выявлено.",
])
def test_colon_then_item_letter_is_no_chain(text):
    assert soft_breaks(text) == []


def test_colon_chain_of_lower_case_clauses_still_joins():
    text = ("Судебная коллегия по гражданским делам рассмотрела дело в составе:\n\nпредседательствующего Зыкина В.Я.,"
            "\n\nсудей Петрова и Сидорова, при секретаре Ивановой.")
    assert len(soft_breaks(text)) == 4


# --- a theme's byline glued after a title that ends in a figure ------------------------------------------------------

@pytest.mark.parametrize("text,lang,units", [
    ("Hà Nội tạm dừng thi công đào hè để chuẩn bị Tết Nguyên Đán 2026 bởi Linh 9 Tháng 1, 2026 Sở Xây dựng Hà Nội "
     "quyết định tạm dừng thi công.", "vi",
     ["Hà Nội tạm dừng thi công đào hè để chuẩn bị Tết Nguyên Đán 2026", "bởi Linh 9 Tháng 1, 2026",
      "Sở Xây dựng Hà Nội quyết định tạm dừng thi công."]),
    ("Top 10 smartphones of 2025 by Admin March 3, 2025 The list below ranks the phones we tested.", "en",
     ["Top 10 smartphones of 2025", "by Admin March 3, 2025", "The list below ranks the phones we tested."]),
])
def test_byline_after_a_title_ending_in_a_figure(text, lang, units):
    from mtpipe.segment.date_items import byline_breaks

    cuts = byline_breaks(text)
    assert [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)])] == units


@pytest.mark.parametrize("text", [
    "Giải thưởng được trao năm 2025 bởi Hội Nhà văn 9 tháng 1, 2026 theo quyết định.",  # "tháng" in running text
    "Bộ phim ra mắt năm 2024 bởi Nguyễn Quang Dũng và được khán giả đón nhận.",  # no date after the name
])
def test_no_byline_in_running_text(text):
    from mtpipe.segment.date_items import byline_breaks

    assert byline_breaks(text) == []
