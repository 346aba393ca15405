"""Cleaning, round 25p (issue 12, branch prec25): a heading in capitals taken as a masthead, a byline or a footer's
link heading (the class that recurred on audit23's held and held3 and on held20), and a lead taken as a copy of a
head-metadata line.  Every line here was written for the tests, none is a page's.  Each table holds the shape that
was lost (kept now) and the same shape as clutter (still removed):

* a line in capitals right above a paragraph of body text, whose digits date no issue (a holiday's day "30/4", a
  clause "(9.1.2)"), is that paragraph's heading, not a masthead; a masthead dating its issue ("… 01/12/2014",
  "… 18:13") still goes (``headings.undated_heading``);
* a line in capitals right above a paragraph, with no date or credit beside it, is a heading, not a byline; a name
  in capitals under a date line, or a name in mixed case, still goes (``headings.heading_not_byline``);
* a Roman section number closed by a dash ("II- HUY ĐỘNG VỐN") is a numbered heading, not a footer's link heading
  (``guards.section_numbered`` in ``caps_tail``); a footer's heading in capitals still goes;
* a numbered heading that a contents list above announced is no exact or near copy; a numbered list printed twice
  still loses its second print (``headings.contents_heading``);
* a capitals line whose only digits are clause numbers ("(9.1.2)") holds no date (``headings.clause_number``);
* a numbered run under a kept line ending with a colon ("Победители:") is not judged by the model
  (``headings.announced_list`` in ``classifier.candidates``);
* a lead contained in an earlier line holding two web addresses or more (a page's head metadata printed as a line)
  is the text; contained in a plain paragraph it is still a copy (``headings.url_dump``).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.classifier import candidates
from mtpipe.clean.guards import section_numbered
from mtpipe.clean.headings import (announced_list, caps_heading, clause_number, contents_heading, heading_not_byline,
                                   undated_heading, url_dump)
from mtpipe.clean.notices import caps_tail
from mtpipe.document import Document
from mtpipe.segment import Segmenter

CASES = {
    "masthead_holiday": (
        "Trường THCS Lê Lợi tổ chức nhiều hoạt động trong tháng tư\n\n"
        "CHÀO MỪNG NGÀY GIẢI PHÓNG MIỀN NAM 30/4\n\n"
        "Sáng nay, toàn trường đã tổ chức lễ chào cờ và các trò chơi dân gian với sự tham "
        "gia của hơn năm trăm học sinh các khối lớp.\n\n"
        "Các em đã có một buổi sáng thật vui và bổ ích."
    ),
    "masthead_issue": (
        "Trường THCS Lê Lợi tổ chức nhiều hoạt động trong tháng tư\n\n"
        "BẢN TIN NHÀ TRƯỜNG THỨ HAI 01/12/2014\n\n"
        "Sáng nay, toàn trường đã tổ chức lễ chào cờ và các trò chơi dân gian với sự tham "
        "gia của hơn năm trăm học sinh các khối lớp.\n\n"
        "Các em đã có một buổi sáng thật vui và bổ ích."
    ),
    "masthead_time": (
        "Президент встретился с губернатором области в Кремле\n\n"
        "ИТОГОВЫЙ ВЫПУСК ВЕЧЕРНИЙ 18:13\n\n"
        "Накануне губернатор был принят в Москве президентом, встреча проходила в рабочем "
        "кабинете главы государства.\n\n"
        "Обсуждались вопросы развития региона."
    ),
    "masthead_ru_clause": (
        "Стандарт качества: требования к организациям\n\n"
        "ОРГАНИЗАЦИЯ ДОЛЖНА ОТСЛЕЖИВАТЬ ВОСПРИЯТИЕ ПОТРЕБИТЕЛЕЙ (9.1.2)\n\n"
        "Организация должна отслеживать восприятие потребителями степени, в которой их "
        "потребности и ожидания были выполнены.\n\n"
        "Это требование нового стандарта."
    ),
    "byline_heading": (
        "Đánh giá hoạt động dịch vụ của các hợp tác xã tại xã Mai Lâm\n\n"
        "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu "
        "tại đây (1.22 MB, 146 trang )\n\n"
        "LỜI MỞ ĐẦU\n\n"
        "Tôi xin trình bày ở đây kết quả nghiên cứu của riêng tôi trong suốt hai năm học "
        "tập tại trường. Các số liệu là trung thực.\n\n"
        "Mọi sự giúp đỡ đã được cảm ơn."
    ),
    "byline_dated": (
        "Đánh giá hoạt động dịch vụ của các hợp tác xã tại xã Mai Lâm\n\n"
        "15/03/2024 08:30\n\n"
        "MINH ANH\n\n"
        "Sáng nay, hội nghị tổng kết hoạt động của các hợp tác xã trong huyện đã diễn ra "
        "với sự tham gia của nhiều đại biểu.\n\n"
        "Các hợp tác xã đã báo cáo kết quả."
    ),
    "byline_name_mixed": (
        "Đánh giá hoạt động dịch vụ của các hợp tác xã tại xã Mai Lâm\n\n"
        "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu "
        "tại đây (1.22 MB, 146 trang )\n\n"
        "Minh Anh\n\n"
        "Sáng nay, hội nghị tổng kết hoạt động của các hợp tác xã trong huyện đã diễn ra "
        "với sự tham gia của nhiều đại biểu.\n\n"
        "Các hợp tác xã đã báo cáo kết quả."
    ),
    "caps_tail_roman_dash": (
        "Kỹ năng tư vấn pháp luật về vốn cho doanh nghiệp\n\n"
        "Tạo lập vốn là việc thu hút các nhà đầu tư, người cho vay, đối tác bỏ vốn vào "
        "hoạt động kinh doanh của doanh nghiệp.\n\n"
        "Luật sư cần thu thập và phân tích các thông tin của khách hàng trước khi tư vấn "
        "cho họ.\n\n"
        "II- HUY ĐỘNG VỐN"
    ),
    "caps_tail_footer": (
        "Kỹ năng tư vấn pháp luật về vốn cho doanh nghiệp\n\n"
        "Tạo lập vốn là việc thu hút các nhà đầu tư, người cho vay, đối tác bỏ vốn vào "
        "hoạt động kinh doanh của doanh nghiệp.\n\n"
        "Luật sư cần thu thập và phân tích các thông tin của khách hàng trước khi tư vấn "
        "cho họ.\n\n"
        "TIN LIÊN QUAN"
    ),
    "contained_urldump": (
        "Агентство - Новости науки https://example-news.ru Агентство — Новости науки ru "
        "https://example-news.ru/img/logo.png https://example-news.ru/img/logo.png "
        "Вопросы реформы Новосибирск. 12 марта. АГЕНТСТВО - Реформу высшей школы в новом "
        "правительстве большинство опрошенных экспертов одобряют, но указывают на ряд "
        "вопросов.\n\n"
        "Вопросы реформы\n\n"
        "Новосибирск. 12 марта. АГЕНТСТВО - Реформу высшей школы в новом правительстве "
        "большинство опрошенных экспертов одобряют, но указывают на ряд вопросов.\n\n"
        "Министерство как единое целое перестало существовать во вторник."
    ),
    "contained_plain": (
        "Реформу высшей школы обсуждают эксперты. Новосибирск. 12 марта. АГЕНТСТВО - "
        "Реформу высшей школы в новом правительстве большинство опрошенных экспертов "
        "одобряют, но указывают на ряд вопросов.\n\n"
        "Вопросы реформы\n\n"
        "Новосибирск. 12 марта. АГЕНТСТВО - Реформу высшей школы в новом правительстве "
        "большинство опрошенных экспертов одобряют, но указывают на ряд вопросов.\n\n"
        "Министерство как единое целое перестало существовать во вторник."
    ),
    "contents_heading": (
        "Cách trang trí lớp học cho ngày hội của trẻ mầm non\n\n"
        "Mục lục\n\n"
        "- 1. Giới thiệu chung về ngày hội\n\n"
        "- 2. Các ý tưởng sáng tạo cho lớp học\n\n"
        "- 3. Kết luận và lời khuyên\n\n"
        "1. Giới thiệu chung về ngày hội\n\n"
        "Ngày hội là dịp để các bé vui chơi, học hỏi và gắn kết với bạn bè, thầy cô trong "
        "một không khí ấm áp.\n\n"
        "Các bé rất thích ngày hội."
    ),
    "contents_heading_caps": (
        "Các lỗi thường gặp trên máy tính và cách xử lý\n\n"
        "CÁC LỖI THÔNG DỤNG\n\n"
        "1. Laptop, PC bị đơ, bị đứng hình\n\n"
        "2. Máy bị lỗi ổ cứng\n\n"
        "3. Máy bị quá tải nhiệt\n\n"
        "CÁCH XỬ LÝ LỖI\n\n"
        "1. LAPTOP, PC BỊ ĐƠ, BỊ ĐỨNG HÌNH\n\n"
        "Máy bị đơ, bị đứng hình là lỗi thường gặp trên máy tính sau khi sử dụng trong "
        "một khoảng thời gian dài.\n\n"
        "Nguyên nhân là xung đột phần mềm."
    ),
    "list_reprint": (
        "Cách làm bánh trứng đơn giản tại nhà cho cả gia đình\n\n"
        "Bánh trứng là món ăn được nhiều gia đình yêu thích vì cách làm đơn giản và "
        "nguyên liệu dễ tìm.\n\n"
        "1. Hai quả trứng gà tươi\n\n"
        "2. Một thìa đường trắng nhỏ\n\n"
        "Bạn hãy chuẩn bị đủ nguyên liệu trước khi bắt đầu làm bánh để không bị quên bước "
        "nào.\n\n"
        "1. Hai quả trứng gà tươi\n\n"
        "2. Một thìa đường trắng nhỏ\n\n"
        "Sau đó trộn đều tất cả và nướng trong hai mươi phút."
    ),
}

#: case -> (line, rule that takes it or None when it is kept)
EXPECT = {
    "masthead_holiday": ("CHÀO MỪNG NGÀY GIẢI PHÓNG MIỀN NAM 30/4", None),
    "masthead_ru_clause": ("ОРГАНИЗАЦИЯ ДОЛЖНА ОТСЛЕЖИВАТЬ ВОСПРИЯТИЕ ПОТРЕБИТЕЛЕЙ (9.1.2)", None),
    "masthead_issue": ("BẢN TIN NHÀ TRƯỜNG THỨ HAI 01/12/2014", "boilerplate.masthead"),
    "masthead_time": ("ИТОГОВЫЙ ВЫПУСК ВЕЧЕРНИЙ 18:13", "boilerplate.masthead"),
    "byline_heading": ("LỜI MỞ ĐẦU", None),
    "byline_dated": ("MINH ANH", "boilerplate.byline"),
    "byline_name_mixed": ("Minh Anh", "boilerplate.byline"),
    "caps_tail_roman_dash": ("II- HUY ĐỘNG VỐN", None),
    "contained_urldump": ("Новосибирск. 12 марта. АГЕНТСТВО - Реформу высшей школы в новом правительстве большинство "
                          "опрошенных экспертов одобряют, но указывают на ряд вопросов.", None),
    "contents_heading": ("1. Giới thiệu chung về ngày hội", None),
    "contents_heading_caps": ("1. LAPTOP, PC BỊ ĐƠ, BỊ ĐỨNG HÌNH", None),
    "list_reprint": ("2. Một thìa đường trắng nhỏ", "dedupe."),
    "contained_plain": ("Новосибирск. 12 марта. АГЕНТСТВО - Реформу высшей школы в новом правительстве большинство "
                        "опрошенных экспертов одобряют, но указывают на ряд вопросов.", "dedupe.contained"),
}


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


def _all_removed(doc):
    return [(e.text.strip(), e.rule) for e in doc.ledger if e.action == "removed"]


@pytest.mark.parametrize("case", sorted(EXPECT))
def test_caps_headings_and_copies(case):
    line, rule = EXPECT[case]
    removed = _removed(_run(CASES[case]))
    if rule is None:
        assert line not in removed, (case, removed)
    else:
        assert removed.get(line, "").startswith(rule), (case, removed)


BODY = "Sáng nay, toàn trường đã tổ chức lễ chào cờ và các trò chơi dân gian với sự tham gia của học sinh."


@pytest.mark.parametrize("lines,i,bad,expected", [
    (["CHÀO MỪNG NGÀY SÁCH 21/4", BODY], 0, set(), True),
    (["CHÀO MỪNG NGÀY SÁCH 21/4", "", BODY], 0, set(), True),                     # a blank line between
    (["CHÀO MỪNG NGÀY SÁCH 21/4", BODY], 0, {1}, False),                          # the paragraph removed
    (["CHÀO MỪNG NGÀY SÁCH 21/4", "Xem thêm tin khác"], 0, set(), False),          # a short line, no body
    (["CHÀO MỪNG NGÀY SÁCH 21/4", BODY.upper()], 0, set(), False),                # a run of capitals
    (["CHÀO MỪNG NGÀY SÁCH 21/4"], 0, set(), False),                              # nothing below
    (["Chào mừng ngày sách 21/4", BODY], 0, set(), False),                        # not in capitals
])
def test_caps_heading(lines, i, bad, expected):
    assert caps_heading(lines, i, bad) is expected


@pytest.mark.parametrize("head,expected", [
    ("CHÀO MỪNG NGÀY SÁCH VIỆT NAM 21/4", True),
    ("NGÀY 26/3 - NGÀY THÀNH LẬP ĐOÀN", True),
    ("YÊU CẦU CỦA TIÊU CHUẨN (9.1.2)", True),
    ("BẢN TIN THỨ HAI 01/12/2014", False),
    ("BẢN TIN 2014-12-01", False),
    ("ВЫПУСК ВЕЧЕРНИЙ 18:13", False),
    ("БЮЛЛЕТЕНЬ ШКОЛЫ МАРТ 2017", False),
])
def test_undated_heading(head, expected):
    assert undated_heading([head, BODY], 0, set()) is expected


@pytest.mark.parametrize("above,expected", [
    (None, True),
    ("boilerplate.date_line", False),                        # a date line above: a byline
    ("boilerplate.credit", False),                           # a credit line above
    ("meta.date", False),                                    # a date the metadata layer took
    ("boilerplate.region", True),                            # a header removed above: no date, no credit
])
def test_heading_not_byline(above, expected):
    lines = ["Tiêu đề bài viết ở đây", "LỜI CẢM ƠN", BODY]
    removed = {0: (above, "")} if above and not above.startswith("boilerplate.") else {}
    out = {0: (above, "", {})} if above and above.startswith("boilerplate.") else {}
    rules = frozenset(("boilerplate.date_line", "boilerplate.credit"))
    assert heading_not_byline(lines, 1, set(removed) | set(out), out, removed, rules) is expected


@pytest.mark.parametrize("s,expected", [
    ("I- TẠO LẬP VỐN", True), ("IV – KẾT LUẬN", True), ("I. MỤC ĐÍCH", True), ("2.1) ОБЩИЕ", True),
    ("TIN LIÊN QUAN", False), ("CŨ - MỚI", False), ("12 - 15 THÁNG 5", False),
])
def test_section_numbered(s, expected):
    assert section_numbered(s) is expected


@pytest.mark.parametrize("tail,kept", [("II- HUY ĐỘNG VỐN", True), ("LIÊN HỆ QUẢNG CÁO", False)])
def test_caps_tail_roman_dash(tail, kept):
    lines = ["Tiêu đề", BODY, "Luật sư cần thu thập và phân tích các thông tin của khách hàng trước khi tư vấn.", tail]
    assert (3 not in caps_tail(lines, set())) is kept


@pytest.mark.parametrize("container,line,expected", [
    ("Site https://a.ru Site ru https://a.ru/logo.png Москва. Текст новости", "Москва. Текст новости", True),
    ("Site https://a.ru Москва. Текст новости", "Москва. Текст новости", False),        # one address
    ("Москва. Текст новости, и ещё одно предложение.", "Москва. Текст новости", False),  # a plain paragraph
    ("https://a.ru https://b.ru Москва", "Москва https://c.ru", False),                  # the copy has an address
])
def test_url_dump(container, line, expected):
    assert url_dump(container, line) is expected


def test_list_reprint_loses_both_items():
    removed = [t for t, r in _all_removed(_run(CASES["list_reprint"])) if r.startswith("dedupe.")]
    assert removed == ["1. Hai quả trứng gà tươi", "2. Một thìa đường trắng nhỏ"], removed


def _lines(*xs):
    return lambda k: xs[k]


def _keys(*xs):
    return lambda k: xs[k].lstrip("- ").casefold()


@pytest.mark.parametrize("lines,j,i,expected", [
    (("Mục lục", "- 1. Giới thiệu", "- 2. Ý tưởng", "1. Giới thiệu", "Văn bản ..."), 1, 3, True),
    (("Mục lục", "- 1. Giới thiệu", "- 2. Ý tưởng", "1. Giới thiệu"), 1, 3, True),          # the page's last line
    (("Đọc nhiều", "1. Tin A", "2. Tin B", "Xem nhiều", "1. Tin A", "2. Tin B"), 1, 4, False),  # a reprint
    (("Đọc nhiều", "1. Tin A", "2. Tin B", "Xem nhiều", "1. Tin A", "2. Tin B"), 2, 5, False),  # its last item
    (("Tiêu đề", "1. Giới thiệu", "Văn bản", "1. Giới thiệu", "Văn bản khác"), 1, 3, False),  # no list around
    (("Mục lục", "- 1. Giới thiệu", "- 2. Ý tưởng", "Giới thiệu", "Văn bản"), 1, 3, False),   # unnumbered copy
])
def test_contents_heading(lines, j, i, expected):
    assert contents_heading(_lines(*lines), _keys(*lines), j, i, len(lines)) is expected


@pytest.mark.parametrize("s,expected", [
    ("TỔ CHỨC PHẢI THEO DÕI (9.1.2)", True), ("ĐIỀU 8.2.1.4 TIÊU CHUẨN", True),
    ("BẢN TIN 01.12.2014", False), ("BẢN TIN 1.12.14", False), ("SỐ 9.1.2 NGÀY 21", False), ("KHÔNG SỐ", False),
])
def test_clause_number(s, expected):
    assert clause_number(s) is expected


RESULTS = ["Сегодня в школе состоялся турнир по вольной борьбе среди учеников.", "Победители:",
           "1. 25 кг: Виноградова Анна (Ермошкино)", "2. 30 кг юноши: Ананьев Михаил (3кл)",
           "3. 35 кг девочки: Шурбакова Анна (4 кл)"]


@pytest.mark.parametrize("lines,i,removed,expected", [
    (RESULTS, 3, set(), True),
    (RESULTS, 4, set(), True),
    (RESULTS, 3, {1}, False),                                                    # the announcing line removed
    (RESULTS[:1] + ["Самое читаемое"] + RESULTS[2:], 3, set(), False),            # a heading, no colon
    (RESULTS[:1] + ["Победители:", "Ананьев Михаил", "Шурбакова Анна"], 2, set(), False),  # not numbered
])
def test_announced_list(lines, i, removed, expected):
    assert announced_list(_lines(*lines), i, removed) is expected


def test_announced_list_not_a_candidate():
    text = "\n".join(RESULTS)
    spans, at = [], 0
    for line in RESULTS:
        spans.append((at, at + len(line)))
        at += len(line) + 1
    got = candidates(text, spans, {}, 12)
    assert not set(got) & {2, 3, 4}, got
