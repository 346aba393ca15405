"""Sign-offs (issue 12, meta39: :mod:`mtpipe.clean.signoff`): bylines, credits and date lines that open or close an
article go, each under its own rule; a heading or term in capitals does not pass for a byline; and the same-shape
lines that are the article's own (a quoted speaker, a list of winners, a signature block the page prints as text, a
heading in capitals, a date inside a sentence, a sentence opening with "Фото") stay."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.signoff import not_a_name
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_VI = ("Bộ Công Thương cho biết kim ngạch xuất khẩu sang Trung Quốc tăng mạnh trong quý đầu năm.\n"
       "Các doanh nghiệp được khuyến nghị theo dõi sát diễn biến thị trường và chính sách thuế quan.\n")
_RU = ("Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин.\n"
       "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации.\n")


def _run(text: str, policy: str = "balanced") -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> dict[str, str]:
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


# (document, the sign-off line, its rule)
SIGNOFFS = [
    (_VI + "Đoàn Dự ghi chép", "Đoàn Dự ghi chép", "signoff.credit_name"),
    (_VI + "Minh Hà sưu tầm", "Minh Hà sưu tầm", "signoff.credit_name"),
    (_VI + "Văn Siêu – Hữu Chính", "Văn Siêu – Hữu Chính", "signoff.closing"),
    (_VI + "Lệ Thúy- Tư pháp phường Xuất Hóa", "Lệ Thúy- Tư pháp phường Xuất Hóa", "signoff.closing"),
    (_VI + "Phạm Trang Nhung (Phòng Tư liệu – Thư viện)", "Phạm Trang Nhung (Phòng Tư liệu – Thư viện)",
     "signoff.closing"),
    (_VI + "Theo Tri thức trực tuyến", "Theo Tri thức trực tuyến", "signoff.closing"),
    (_VI + "Tin và hình: Antôn Thành", "Tin và hình: Antôn Thành", "signoff.closing"),
    ("Thứ Sáu\n" + _VI, "Thứ Sáu", "signoff.date"),
    ("Китай ввёл новые пошлины\nКсения Морозова 3 декабря 2015\n" + _RU, "Ксения Морозова 3 декабря 2015",
     "signoff.name_date"),
    ("Китай ввёл новые пошлины\nАдминистратор, 14 декабря, 2011\n" + _RU, "Администратор, 14 декабря, 2011",
     "signoff.name_date"),
    ("Китай ввёл новые пошлины\nНиколай Тихонов Опубликована сегодня в 9:12\n" + _RU,
     "Николай Тихонов Опубликована сегодня в 9:12", "signoff.name_date"),
    ("вс, 24 ноября 2024\n" + _RU, "вс, 24 ноября 2024", "signoff.date"),
    ("Апр 08 2019\n" + _RU, "Апр 08 2019", "signoff.date"),
]


@pytest.mark.parametrize("text,line,rule", SIGNOFFS)
def test_a_signoff_line_goes_under_its_rule(text: str, line: str, rule: str) -> None:
    doc = _run(text)
    removed = _removed(doc)
    assert removed.get(line) == rule, removed
    assert not [t for t in removed if t != line], removed  # the article's lines stay


# same shapes that are the article's own text
KEPT = [
    # a list of award winners after the sentence that introduces them: a run of names, not one signing line
    (_VI + "Nguyễn Văn An – Trần Thị Bình\nLê Văn Cường – Phạm Thị Dung\nHoàng Văn Em – Đỗ Thị Giang\n"
     "Ban tổ chức cho biết giải thưởng sẽ được trao vào cuối tháng này tại Hà Nội.", "Nguyễn Văn An – Trần Thị Bình"),
    # a headline "place – clause" after the text (a related story's title), no name with its unit
    (_VI + "Hà Nội – Ba tuyến đường mới ở ngoại thành được khởi công sáng nay",
     "Hà Nội – Ba tuyến đường mới ở ngoại thành được khởi công sáng nay"),
    # a quoted speaker's name line, the quote under it
    (_VI + "Trần Văn Hùng – Giám đốc Sở Công Thương\n“Chúng tôi sẽ tiếp tục hỗ trợ các doanh nghiệp xuất khẩu "
     "trong thời gian tới.”", "Trần Văn Hùng – Giám đốc Sở Công Thương"),
    # a heading in capitals under the page's date: a parish's name, no byline (h27vi06's class)
    ("Thứ ba - 21/11/2017 08:35\nGIÁO XỨ PHÙ MỸ\nI. VỊ TRÍ ĐỊA LÝ:\nPhần đất giáo xứ Phù Mỹ bao gồm các xã thuộc "
     "huyện Phù Mỹ và một phần thị trấn.\nTrung tâm sinh hoạt của giáo xứ là nhà thờ Phù Mỹ tọa lạc tại thị trấn.",
     "GIÁO XỨ PHÙ MỸ"),
    # a heading in title case under a date: a story's title, no byline (t28vi29's class)
    ("Thứ Sáu, 26 tháng 6, 2015\nThương Nhớ Đồng Quê\nNhìn chiếc đồng hồ quả lắc treo trên tường khi tiếng chuông "
     "vừa điểm báo hiệu 23 giờ đêm, tôi bực dọc.\nCái thằng Nam này hết thuốc chữa rồi, chơi bời giờ này chưa về.",
     "Thương Nhớ Đồng Quê"),
    # a Russian heading in capitals under a date
    ("29 августа 2018\nПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА\n" + _RU, "ПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА"),
    # a date inside a sentence, a sentence opening with "Фото"
    ("Китай ввёл новые пошлины\nВстреча пройдёт 24 ноября 2024 года в Москве, сообщили в министерстве.\n" + _RU,
     "Встреча пройдёт 24 ноября 2024 года в Москве, сообщили в министерстве."),
    (_RU + "Фото с места событий опубликовали местные жители в социальных сетях.",
     "Фото с места событий опубликовали местные жители в социальных сетях."),
    # a heading in capitals over its subtitle in capitals at the page's end: no footer link heading
    (_VI + "GIÁO HUẤN SỐ 37\nĐỨC TIN VÀ BÍ TÍCH RỬA TỘI (tt)", "GIÁO HUẤN SỐ 37"),
]


@pytest.mark.parametrize("text,line", KEPT)
def test_the_same_shape_in_the_article_stays(text: str, line: str) -> None:
    assert line not in _removed(_run(text))


def test_a_term_the_page_writes_about_is_no_byline() -> None:
    # "Windows XP" between two removed address lines (t27vi53's class): whatever else judges it, not as a byline
    text = ("Hướng dẫn cài đặt bản cập nhật cho Microsoft Windows XP Service Pack 2 trên máy chủ.\n"
            "http://technet.microsoft.com/library/bb457071.aspx\nWindows XP\n"
            "http://technet.microsoft.com/library/cc750542.aspx\n"
            "Các bản cập nhật cho Windows XP Professional được cài đặt theo cùng một cách như trên.")
    assert _removed(_run(text)).get("Windows XP") != "boilerplate.byline"


def test_a_signed_letters_signature_block_stays() -> None:
    # a name and role under a letter the page prints whole ("Kính gửi" ... "Trân trọng"): the letter's text
    text = ("Kính gửi quý cha và anh chị em giáo dân,\n" + _VI + "Trân trọng kính chào.\n"
            "Nguyễn Văn Khải – Trưởng Ban Mục vụ\nNguyễn Thị Lan – Thư ký")
    assert "Nguyễn Văn Khải – Trưởng Ban Mục vụ" not in _removed(_run(text))


@pytest.mark.parametrize("line,lang,expected", [
    ("GIÁO XỨ PHÙ MỸ", "vi", True), ("BẢN TIN HÀNG TUẦN", "vi", True), ("Bổn Mạng", "vi", True),
    ("Quốc Thắng", "vi", False), ("Gia Huy", "vi", False), ("Văn Siêu", "vi", False),
    ("Lý Kiến Trúc", "vi", False),  # a surname first: a person, whatever the next syllables make
    ("ПРАВИЛА ВНУТРЕННЕГО РАСПОРЯДКА", "ru", True), ("ИВАНОВ А.Е.", "ru", False), ("Андрей Захаров", "ru", False),
])
def test_not_a_name(line: str, lang: str, expected: bool) -> None:
    assert not_a_name([line], 0, lang, set()) is expected


def test_a_name_the_title_carries_in_parentheses_is_still_the_byline() -> None:
    lines = ["CHÍNH SÁCH NGOẠI GIAO BÁ QUYỀN CỦA TRUNG QUỐC (Trịnh Hữu Tiên)", "Trịnh Hữu Tiên"]
    assert not not_a_name(lines, 1, "vi", set())
