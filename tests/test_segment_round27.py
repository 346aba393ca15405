"""Round 27 (seg27): a heading line whose parts a full stop separates is one unit; a centred heading in
capitals wrapped onto an indented second line is one line.  Real lines from the dev parts (held18, held20,
held21, ru) and same-shape negatives."""

from __future__ import annotations

import pytest

from mtpipe.clean.softbreak import centred_wraps, join_soft_breaks
from mtpipe.document import Document
from mtpipe.ingest import normalize_text
from mtpipe.segment import split_sentences


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


# (language, line, units): a heading line, no stop at its end -> one unit
HEADINGS = [
    ("ru", "Наблюдения. Судак. Часть 2", 1),  # held18
    ("ru", "История. Социальное управление (ауд. 413, корп. II)", 1),  # held21: a one-word rubric, 7 words
    ("ru", "История. Социальное управление (продолжение работы)", 1),  # held21
    ("vi", "Video. Bóng đá Việt Nam", 1),
    ("ru", "Культура. Выставка работ художников Серебряного века в Русском музее", 1),  # a one-word rubric, long line
]

# same shape, but sentences: a stop at the end, a longer line whose first part has two words or more, a "!"
SENTENCES = [
    ("ru", "Ассиро-вавилонская клинопись. Ее дешифровка", 2),  # segreal's ru_taiga: a title and its subtitle
    ("ru", "Конец. (О. Э. Мандельштам)", 2),  # segreal's ru_taiga: the author under a poem
    ("en", "Vladi. Hey Vladi", 2),  # segreal's en: an e-mail's sign-off and the next one's greeting
    ("ru", "Спасибо. Жду ответа,", 2),  # a comma goes on: no heading
    ("ru", "Экспертный кейс. Миграция высоконагруженных решений 1С на Linux/PostgreSQL без потерь производительности", 2),
    ("ru", "Специальная китайская операция. Компартия КНР переняла российский опыт борьбы с экономическим кризисом", 2),
    ("ru", "Отрезать голову во имя пророка. Теракт во Франции обнажил старые проблемы", 2),
    ("ru", "Поехали! Какие города посмотреть", 2),
    ("vi", "Tin tức. Sự kiện nổi bật", 2),  # a rubric of two syllables: not told from a title and subtitle
    ("ru", "Наблюдения. Судак. Часть 2.", 3),
    ("ru", "Культура и искусство. Выставка работ художников Серебряного века в Русском музее", 2),
    ("vi", "Đầu tiên, chúng ta phải xác định nhu cầu là gì? Trong tiêu chuẩn ISO không có thuật ngữ", 2),
    ("vi", "Chúng ta đều muốn có thứ mình không thể có. Thứ mà mình chỉ nhìn được nhưng không chạm được", 2),
]


@pytest.mark.parametrize("lang,line,n", HEADINGS + SENTENCES)
def test_heading_line_units(lang: str, line: str, n: int) -> None:
    assert len(_units(line, lang)) == n, _units(line, lang)


def test_heading_line_keeps_offsets() -> None:
    line = "  История. Социальное управление (ауд. 413, корп. II)  "
    (a, b), = split_sentences(line, "ru")
    assert line[a:b] == line.strip()


def _doc(raw: str) -> Document:
    text, offs = normalize_text(raw)
    return Document(doc_id="d", raw_text=raw, text=text, raw_offsets=offs)


# (raw page text, the text after joining): a centred heading wrapped with an indent (held21), and negatives
WRAPS = [
    ("KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU\n  KHOA HỌC KĨ THUẬT\n  Nhằm khuyến khích học sinh trung học.\n",
     "KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU KHOA HỌC KĨ THUẬT\nNhằm khuyến khích học sinh trung học."),
    ("KẾ HOẠCH HỘI THI LÀM BÁO TƯỜNG VÀ THI TIẾNG HÁT HAY CHÀO MỪNG NGÀ NHÀ GIÁO\n         20-11\n\n\nKẾ HOACH KHẢO SÁT HSG\n",
     "KẾ HOẠCH HỘI THI LÀM BÁO TƯỜNG VÀ THI TIẾNG HÁT HAY CHÀO MỪNG NGÀ NHÀ GIÁO 20-11\n\nKẾ HOACH KHẢO SÁT HSG"),
    ("ПОЛОЖЕНИЕ О ПРОВЕДЕНИИ КОНКУРСА\n    ЧТЕЦОВ СРЕДИ ШКОЛЬНИКОВ\nКонкурс проводится ежегодно.\n",
     "ПОЛОЖЕНИЕ О ПРОВЕДЕНИИ КОНКУРСА ЧТЕЦОВ СРЕДИ ШКОЛЬНИКОВ\nКонкурс проводится ежегодно."),
    # no indent: two headings (or a heading the soft-break rules leave alone)
    ("KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU\nKHOA HỌC KĨ THUẬT\n", "KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU\nKHOA HỌC KĨ THUẬT"),
    # a letterhead's motto in sentence case under the state's name
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   Độc lập - Tự do - Hạnh phúc\n",
     "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    # a blank line between: two blocks
    ("KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU\n\n  KHOA HỌC KĨ THUẬT\n", "KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU\n\nKHOA HỌC KĨ THUẬT"),
    # a sentence in capitals ends; a list item follows
    ("ВНИМАНИЕ! ВАЖНОЕ ОБЪЯВЛЕНИЕ.\n   ЗАНЯТИЯ ОТМЕНЕНЫ\n", "ВНИМАНИЕ! ВАЖНОЕ ОБЪЯВЛЕНИЕ.\nЗАНЯТИЯ ОТМЕНЕНЫ"),
    ("ДОКУМЕНТЫ ДЛЯ ПОСТУПЛЕНИЯ\n   1. ЗАЯВЛЕНИЕ\n", "ДОКУМЕНТЫ ДЛЯ ПОСТУПЛЕНИЯ\n1. ЗАЯВЛЕНИЕ"),
    # a long indented line in capitals is text of its own, not a wrapped title's rest
    ("ỦY BAN NHÂN DÂN TỈNH\n   THÔNG BÁO VỀ VIỆC TỔ CHỨC KỲ THI TUYỂN SINH VÀO LỚP MƯỜI NĂM HỌC MỚI\n",
     "ỦY BAN NHÂN DÂN TỈNH\nTHÔNG BÁO VỀ VIỆC TỔ CHỨC KỲ THI TUYỂN SINH VÀO LỚP MƯỜI NĂM HỌC MỚI"),
]


@pytest.mark.parametrize("raw,want", WRAPS)
def test_centred_wraps(raw: str, want: str) -> None:
    doc = _doc(raw)
    join_soft_breaks(doc)
    assert doc.text.strip("\n") == want
    assert len(doc.text) == len(normalize_text(raw)[0])  # offsets stay exact


def test_centred_wraps_ledger() -> None:
    doc = _doc("KẾ HOẠCH NỘI DUNG THI NGHIÊN CỨU\n  KHOA HỌC KĨ THUẬT\n")
    assert centred_wraps(doc) == [doc.text.index("\n")]
    join_soft_breaks(doc)
    e, = [e for e in doc.ledger if e.rule == "softbreak.join"]
    assert doc.raw_text[e.start:e.end] == "\n  "


# an address closed by a comma on a line of its own (held20) stands alone; a comma line that goes on does not
SALUTATIONS = [
    ("Thưa các đồng chí đại biểu,\nThưa toàn thể Hội nghị,\n\nSau một buổi làm việc, Hội nghị đã xong.\n", 0),
    ("Kính thưa các quý vị đại biểu,\nHôm nay chúng ta khai giảng năm học mới.\n", 0),
    ("Уважаемые коллеги,\nБлагодарю вас за участие в конференции.\n", 0),
    ("Дорогие друзья,\nМы рады видеть вас снова.\n", 0),
    ("Уважаемые коллеги,\nблагодарю вас за участие в конференции.\n", 1),  # goes on in lower case
    ("В ходе встречи с коллегами,\nПредседатель отметил успехи.\n", 1),  # no address: the comma rule joins
    ("Theo báo cáo của các đồng chí,\nnăm nay kinh tế tăng trưởng tốt.\n", 1),
]


@pytest.mark.parametrize("raw,joins", SALUTATIONS)
def test_salutation_stands_alone(raw: str, joins: int) -> None:
    from mtpipe.clean.softbreak import soft_breaks

    assert len(soft_breaks(raw)) == joins


# an article or chapter label of a legal text opens its unit (held20 "Điều 1."; held17 "Статья 1.")
ARTICLES = [
    ("vi", "Điều 1. Bổ sung 04 thủ tục hành chính vào Bộ Thủ tục hành chính của UBND tỉnh Bắc Giang.", 1),
    ("vi", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Các sở, ngành chịu trách nhiệm thi hành.", 2),
    ("ru", "Статья 12. Глава поселения избирается на пять лет. Он подотчётен жителям.", 2),
    ("vi", "Chương 3. Tổ chức thực hiện quyết định của Ủy ban nhân dân tỉnh.", 1),
    ("vi", "Theo quy định tại Điều 5. Các cơ quan phải báo cáo kết quả.", 2),  # a reference inside a sentence
]


@pytest.mark.parametrize("lang,line,n", ARTICLES)
def test_article_label_opens_unit(lang: str, line: str, n: int) -> None:
    units = _units(line, lang)
    assert len(units) == n, units
    assert units[0].startswith(line.split(".")[0])


# the part of a series closing a title's line (held20; held18 "… Судак. Часть 2") and same-shape sentences
PART_TAILS = [
    ("ru", "Пространные рассуждения о кулинарных книгах. Часть первая.", 1),
    ("vi", "Du lịch Hà Giang mùa hoa tam giác mạch. Phần 2", 1),
    ("ru", "Он долго думал. Часть денег он отдал.", 2),  # "Часть" opens a sentence
    ("ru", "Он долго думал. Часть 2. Потом ушёл.", 3),  # three units: no title line
]


@pytest.mark.parametrize("lang,line,n", PART_TAILS)
def test_part_tail(lang: str, line: str, n: int) -> None:
    assert len(_units(line, lang)) == n, _units(line, lang)


# a hyphen glued to a capitalised word after a stop opens a unit (held21's byline "-Tran Việt Phương"); negatives
DASH_ITEMS = [
    ("vi", "Mỗi chuyến đi sẽ để lại một kỷ niệm đẹp cho du khách chia sẻ với bạn bè. -Tran Việt Phương (Travip) "
           "-Là tác giả của blog du lịch.", 2),
    ("ru", "Мы вернулись домой поздно вечером. -Ирина Петрова, фотограф и автор блога.", 2),
    ("ru", "Он ушёл. -это неправда, сказала она.", 1),  # lower case: the sentence goes on
    ("vi", "Giá vé từ 100.000 -Hà Nội đến Huế là tuyến đông khách nhất.", 1),  # no stop before the hyphen
    ("ru", "Температура воздуха 5-10 градусов. Ветер слабый.", 2),
]


@pytest.mark.parametrize("lang,line,n", DASH_ITEMS)
def test_dash_item(lang: str, line: str, n: int) -> None:
    assert len(_units(line, lang)) == n, _units(line, lang)
