"""Soft breaks of round seg39 (:mod:`mtpipe.clean.softbreak_units`): a heading in capitals wrapped onto a second line
in capitals, a table cell closed by "|", an annex's reference wrapped before its number line, a paragraph cut before
a number, a court's panel over blank lines.  Each class with same-shape negatives: a line that looks alike and must
stay apart.

Read on held20/held22/held23 and crawl11 (the cuts named in the module's text); the lines here are written for the
tests."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.document import Document
from mtpipe.segment import Segmenter

RU = [
    # (text, joined line indexes: the newline after line k)
    # a body's name wrapped before its genitive: one name
    ("АРБИТРАЖНЫЙ СУД\nСВЕРДЛОВСКОЙ ОБЛАСТИ\n\nДело № А60-1234/2024", [0]),
    ("ОБЗОР ПРАКТИКИ РАССМОТРЕНИЯ ЖАЛОБ ПРИ ВЫНЕСЕНИИ\nПРИГОВОРА", [0]),
    # the first line ends in a full adjective: its noun is on the next line
    ("ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ ПРОФЕССИОНАЛЬНОЕ\nУЧРЕЖДЕНИЕ КУЛЬТУРЫ", [0]),
    # negatives: letterhead lines naming different bodies or levels, a nominative each; a title opening with a
    # preposition under the act's name (realpages Convention 25); a heading and a line in capitals that ends with a
    # number
    ("АДМИНИСТРАЦИЯ СЕЛЬСКОГО ПОСЕЛЕНИЯ\nГЛАВА АДМИНИСТРАЦИИ\nРАСПОРЯЖЕНИЕ", []),
    ("РЕШЕНИЕ\nО БЮДЖЕТЕ ПОСЕЛЕНИЯ НА 2025 ГОД", []),
    ("ПРОТОКОЛ ЗАСЕДАНИЯ КОМИССИИ 12\nПОВЕСТКА ДНЯ", []),
    # a menu of items in capitals: a nominative plural that reads as a genitive singular too
    ("ГЛАВНЫЕ НОВОСТИ\nСТАТЬИ\nЗНАКОМСТВА", []),
    # a heading in capitals and a sentence in sentence case: not the class
    ("ВЕРХОВНЫЙ СУД\nРоссийской Федерации сообщает о новом составе.", []),
]

VI = [
    ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\n-------", [0]),
    ("HỘI ĐỒNG NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI", [0]),
    ("KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM NGÀY THÀNH LẬP\nTẠI CÁC TRƯỜNG TIỂU HỌC TRÊN ĐỊA BÀN", [0]),
    ("SỞ GIÁO DỤC VÀ\nĐÀO TẠO", [0]),
    ("V/v. LỊCH CỬ HÀNH PHỤNG VỤ TUẦN THÁNH\nNĂM 2024 TẠI NHÀ THỜ CHÍNH TÒA", [0]),
    # negatives: a decision's name over its subject line, a country's name over its motto in capitals, a body's
    # name over another body
    ("QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC", []),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐỘC LẬP - TỰ DO - HẠNH PHÚC", []),
    ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSỞ Y TẾ", []),
    ("THÔNG BÁO\n(Số 02/T4.2024)", []),
]

CELLS = [
    # a table cell closed by "|" ends there, though the next line goes on in lower case
    ("Состав рабочей группы\nИванов П.С. |\nначальник отдела образования, председатель |\nПетрова А.А. |", []),
    ("Danh sách ban tổ chức\nNguyễn Văn An |\ntrưởng ban, phụ trách chung |", []),
    # the same lines without the cell marks: a name cut out of running text, joined as before
    ("Состав рабочей группы\nИванов Пётр Сергеевич\nначальник отдела образования, председатель", [0, 1]),
]

REFERENCES = [
    # an annex's reference wrapped before its number line
    ("Приложение 2\nк решению Совета депутатов\nот 14 марта 2023 № 12/4", [0, 1]),
    ("Приложение\nк распоряжению администрации района\nот 01.02.2024 № 45-р", [0, 1]),
    # negatives: a letterhead's act name over its number line, a place under it
    ("ПОСТАНОВЛЕНИЕ\nот 12.03.2024 № 15\nс. Заречное", []),
    ("Администрация Заречного сельсовета\nот 12.03.2024 № 15", []),
]

NUMBERS = [
    # a paragraph cut inside its last sentence before a number
    ("Giáo xứ thông báo lịch sinh hoạt mới. Theo đó, các hoạt động mục vụ và lễ hội sẽ tạm dừng kể từ 17 giờ\n"
     "30 phút ngày 12/6 cho đến khi có thông báo mới.", [0]),
    ("Собрание жильцов прошло в среду. По его итогам управляющая компания обязалась закончить ремонт кровли на доме до\n"
     "15 октября и сообщить жителям о переносе сроков.", [0]),
    # negatives: a title over a lead that opens with a date; a short line; a teaser cut with "…"
    ("В Заречном прошёл турнир по мини-футболу среди школьников района\n"
     "18 июня на стадионе школы № 2 прошёл турнир.", []),
    ("Мотокросс прошёл. Зрители довольны\n18 июня прошёл турнир.", []),
    ("Праздник удался. Концерт ансамбля, площадной спектакль, выставка работ местных мастеров и ярмарка «Жар-… "
     "подробнее\n10 июня город отмечал День химика.", []),
]

PANELS = [
    # a court's panel over blank lines: one sentence
    ("Судебная коллегия по гражданским делам областного суда в составе:\n\nпредседательствующего Петрова А.В.,\n\n"
     "судей Сидоровой Е.Н. и Котова И.И., при секретаре Ивановой О.П., рассмотрела дело.", [0, 1, 2, 3]),
    # negatives: a poem's stanza closed by a comma (no colon before); a list the colon opens; a label of few words
    ("Пусть будет день твой светел и высок,\n\nи пусть весна придёт к тебе с цветами.", []),
    ("Для участия в конкурсе необходимо представить следующие документы:\n\nзаявку;\n\nкопию паспорта.", []),
    ("Состав комиссии:\n\nпредседатель Петров А.В.,\n\nсекретарь Иванова О.П.", []),
    # the chain ends in no sentence: kept apart
    ("Судебная коллегия по гражданским делам областного суда в составе:\n\nпредседательствующего Петрова А.В.,\n\n"
     "Дело № 33-1234", []),
]


def _joined(text: str) -> list[int]:
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    points = soft_breaks(text)
    return [k for k in range(len(starts) - 1) if starts[k + 1] - 1 in points]


@pytest.mark.parametrize("text,joined", RU + VI + CELLS + REFERENCES + NUMBERS + PANELS)
def test_seg39_soft_breaks(text, joined):
    assert _joined(text) == joined


def test_wrapped_caps_heading_is_one_segment():
    raw = ("АРБИТРАЖНЫЙ СУД\nСВЕРДЛОВСКОЙ ОБЛАСТИ\n\nАрбитражный суд рассмотрел в открытом заседании дело о "
           "взыскании долга по договору поставки.\n")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="caps")))
    sources = [s.source for s in doc.segments]
    assert "АРБИТРАЖНЫЙ СУД СВЕРДЛОВСКОЙ ОБЛАСТИ" in sources, sources
    for s in doc.segments:
        assert doc.text[s.start:s.end] == s.source


def test_hard_wrapped_line_goes_on_into_a_bracket():
    # a hard-wrapped text (softbreak_marks.wrap_width): a full line goes on into a line that opens with a bracket
    body = [
        "Về phương diện hành chính, vùng đất này ngày nay là một phần của dinh",
        "cũ, được hình thành từ năm 1732, bao gồm các tỉnh ven sông và một phần",
        "của vùng đồng bằng phía tây.",
        "Năm 1732, chúa Nguyễn cho lập ở phía nam dinh cũ một đơn vị hành chính",
        "(1696-1738) đã lập ở phía nam dinh Phiên Trấn đơn vị hành chính mới",
        "là dinh Long Hồ, châu Định Viễn, tức tỉnh Vĩnh Long ngày nay. Lỵ sở",
        "của dinh lúc mới thành lập đóng ở thôn An Bình Đông, huyện Kiến Đăng",
        "được gọi là đình Cái Bè. Đến năm Đinh Sửu (1757) thì dinh được dời về",
        "xứ Tầm Bào, thuộc làng Long Hồ, nay là phường 1 của thành phố ngày nay.",
        "Sau đó các đời chúa tiếp tục mở mang vùng đất này về phía nam và phía",
        "tây, lập thêm nhiều làng mới dọc theo các con sông lớn trong vùng đất.",
    ]
    assert 3 in _joined("\n".join(body))
    # a line that is not full (a short heading) does not go on into the bracket
    assert _joined("Lịch sử giáo phận\n(1696-1738) đã lập ở phía nam dinh Phiên Trấn") == []


ACTS = [
    # (earlier line, later line, the later line removed as a near copy)
    ("О комиссии по соблюдению требований к служебному поведению муниципальных служащих поселка",
     "состав комиссии по соблюдению требований к служебному поведению муниципальных служащих поселка", False),
    ("Về việc thành lập ban chỉ đạo phong trào toàn dân đoàn kết xây dựng đời sống văn hóa",
     "Danh sách ban chỉ đạo phong trào toàn dân đoàn kết xây dựng đời sống văn hóa", False),
    # negatives: a copy that differs in a letter is still a copy; a title not opening with "about"
    ("О комиссии по соблюдению требований к служебному поведению муниципальных служащих поселка",
     "О комисии по соблюдению требований к служебному поведению муниципальных служащих поселка", True),
    ("Положение о комиссии по соблюдению требований к служебному поведению муниципальных служащих",
     "Составе комиссии по соблюдению требований к служебному поведению муниципальных служащих", True),
]


@pytest.mark.parametrize("first,later,removed", ACTS)
def test_annex_heading_is_no_near_copy(first, later, removed):
    from mtpipe.clean.headings import annex_heading

    assert annex_heading(first, later) is not removed


def test_annex_heading_kept_by_the_cleaner():
    raw = ("ПОСТАНОВЛЕНИЕ\n"
           "О комиссии по соблюдению требований к служебному поведению муниципальных служащих поселка\n"
           "В соответствии с Федеральным законом о противодействии коррупции администрация поселка постановляет "
           "создать комиссию и утвердить её состав согласно приложению.\n"
           "состав комиссии по соблюдению требований к служебному поведению муниципальных служащих поселка\n")
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="annex"))
    assert not [e for e in doc.ledger if e.action == "removed" and e.rule.startswith("dedupe")], doc.ledger
    # a near copy of the title (one letter differs) still goes
    raw2 = raw.replace("состав комиссии", "О комисии")
    doc2 = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw2, doc_id="annex2"))
    assert [e.rule for e in doc2.ledger if e.action == "removed" and e.rule.startswith("dedupe")]
