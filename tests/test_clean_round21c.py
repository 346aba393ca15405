"""Cleaning, round 21c (issue 12, branch clean22): images' words, navigation labels, header widgets, and a
document's own dated title in capitals.  Table-driven per class; every line here was written for the tests
(none is a page's), and each table holds the clutter shape (removed) and the same shape as content (kept):

* a caption-sized line right under an image's file name or Markdown image (no stop, or no paragraph under it);
* an image placeholder's word standing alone ("image", "Hình ảnh");
* the same line twice in a row between paragraphs (alt text and caption), not a listing's title pairs;
* a short line under the title holding its words (the title image's alt text), a category label over its
  own description;
* a search box's or a table of contents' label standing alone;
* a phrase printed twice in one line; a menu bar whose items the raw text sets apart by wide gaps;
* an upper-case line dated only to a year, a span of years or a month is a document's own (no masthead).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.captions import is_image_line, judge, nav_label, placeholder, repeated_label, spaced_menu
from mtpipe.clean.features import own_period
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_VI = ["Ủy ban nhân dân huyện đã kiểm tra tiến độ sửa chữa đường giao thông tại ba xã sau mùa mưa lũ năm nay.",
       "Theo kế hoạch, các nhà thầu phải hoàn thành công việc trước khi năm học mới bắt đầu vào tháng Chín.",
       "Người dân trong vùng cho biết con đường mới giúp họ chở nông sản ra chợ nhanh hơn trước rất nhiều.",
       "Chính quyền địa phương hứa sẽ tiếp tục theo dõi chất lượng công trình trong suốt mùa mưa tới đây."]
_RU = ["Глава района проверил, как идёт ремонт дорог в трёх сёлах после весеннего паводка этого года.",
       "По его словам, работы подрядчик должен закончить до начала учебного года, сроки не изменятся.",
       "Жители сёл говорят, что по новой дороге урожай до рынка теперь доезжает вдвое быстрее прежнего.",
       "В администрации обещали следить за состоянием покрытия и в следующий сезон дождей тоже."]


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


def _kept(doc):
    return "".join(doc.text[a:b] for a, b in doc.meta["kept"])


# ---- one-line shapes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,want", [
    ("image", True), ("Responsive Image", True), ("Hình ảnh", True), ("Фотографии", True), ("Фото", True),
    ("Image of the week: a river in spring", False), ("Hình ảnh đẹp của mùa thu Hà Nội", False),
    ("Фото сделано автором в 2019 году.", False),
])
def test_placeholder_table(line, want):
    assert placeholder(line) is want


@pytest.mark.parametrize("line,want", [
    ("Tìm kiếm", True), ("Close this search box.", True), ("Поиск", True), ("Table of Contents", True),
    ("Nội dung chính:", True), ("Содержание", True), ("Mục lục bài viết", True), ("Оглавление", True),
    ("Tìm kiếm việc làm ở Hà Nội không khó", False), ("Содержание витамина C в яблоках", False),
    ("Search engines and the news", False), ("Nội dung chính của hội nghị là cải cách thủ tục.", False),
])
def test_nav_label_table(line, want):
    assert nav_label(line) is want


@pytest.mark.parametrize("line,want", [
    ("cao nguyen.jpg", True), ("IMG_2041.JPEG", True), ("![Cầu Long Biên](/img/cau.png)", True), ("image", True),
    ("Xem ảnh tại trang sau.", False), ("Файл report.pdf доступен для скачивания.", False),
])
def test_image_line_table(line, want):
    assert is_image_line(line) is want


@pytest.mark.parametrize("line,want", [
    ("No title... No title...", True), ("Chevron Forward Chevron Forward", True), ("UserNameUserName", True),
    ("Мы шли и шли", False), ("Да, да, да.", False), ("ha ha", False), ("Cảm ơn bạn, cảm ơn mọi người", False),
])
def test_repeated_label_table(line, want):
    assert repeated_label(line) is want


@pytest.mark.parametrize("raw,want", [
    ("TRANG CHỦ   THỜI SỰ   KINH TẾ    LIÊN HỆ", True),
    ("Главная\tНовости\tКонтакты", True),
    ("Цена   120 руб.   Вес   2 кг", False),  # a table's row: numbers
    ("Он сказал:   «Да».   Потом ушёл", False),
    ("Trang chủ Thời sự Kinh tế", False),  # single spaces: no gaps to read
])
def test_spaced_menu_table(raw, want):
    assert spaced_menu(raw) is want


@pytest.mark.parametrize("line,want", [
    ("ĐỀ CƯƠNG TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021-2025 TRÊN ĐỊA BÀN TỈNH", True),
    ("HÀ NỘI, THÁNG 6 NĂM 2024", True), ("БЮДЖЕТ ГОРОДА НА 2025 ГОД", True), ("ОТЧЁТ ЗА МАЙ 2022", True),
    ("BÁO TIN TỨC - THỨ HAI 03/06/2024", False), ("12/05/2023 ВСЕ НОВОСТИ РАЙОНА", False),
    ("ГАЗЕТА ЗАРЯ № 15 2024", False),  # an issue number beside the year: a masthead
    ("НОВОСТИ ДНЯ", False),
])
def test_own_period_table(line, want):
    assert own_period(line) is want


# ---- positions (the layer's judge on a page's lines) ---------------------------------------------------

def _judge(lines):
    return {lines[i].strip(): rule for i, (rule, _) in judge(lines, {}).items()}


def test_caption_under_image_goes_paragraph_under_image_stays_when_long():
    caption = "Cánh đồng lúa chín ở xã Tả Van vào đầu tháng Chín"
    long_par = " ".join(_VI)  # a paragraph of four sentences: no caption
    got = _judge([_VI[0], _VI[1], "ta-van.jpg", caption, _VI[2], "dong-lua.jpg", long_par, _VI[3]])
    assert got.get(caption) == "captions.under_image"
    assert long_par not in got and _VI[2] not in got
    # an image above the article's first paragraph: the line under it is the text's start, not judged
    got = _judge(["ta-van.jpg", caption, _VI[0], _VI[1]])
    assert caption not in got
    # a sentence under an image: the article's paragraph when the text goes on under it, a caption when a
    # subheading or the page's end follows
    got = _judge([_VI[0], _VI[1], "![Cánh đồng](/img/dong.png)", _VI[2], _VI[3]])
    assert _VI[2] not in got
    scene = "Người dân chở nông sản ra chợ trên con đường mới sửa xong."
    got = _judge([_VI[0], _VI[1], "dong-lua.jpg", scene, "Mùa thu hoạch"] + _VI[3:])
    assert got.get(scene) == "captions.under_image"
    # ... unless it reads as the text's own paragraph: reported speech ("… cho biết …") or two sentences (cap82)
    got = _judge([_VI[0], _VI[1], "dong-lua.jpg", _VI[2], "Mùa thu hoạch"] + _VI[3:])
    assert _VI[2] not in got
    # a placeholder word is no image's trace: the line under it stays
    got = _judge([_VI[0], _VI[1], "image", caption, _VI[2]])
    assert got.get("image") == "captions.placeholder" and caption not in got


def test_alt_pair_one_pair_between_paragraphs_listing_pairs_stay():
    alt = "Người dân chở nông sản trên con đường mới"
    lines = [_VI[0], _VI[1], alt, alt, _VI[2], _VI[3]]
    removed = {3: ("dedupe.exact", "copy")}
    assert judge(lines, removed).get(2, ("",))[0] == "captions.alt_pair"
    # a listing: each item's title twice (link and heading) over its lead; the first copies are titles
    t1, t2 = "Huyện khởi công con đường mới", "Nông dân vào vụ thu hoạch"
    lines = [_VI[0], t1, t1, _VI[1], t2, t2, _VI[2]]
    removed = {2: ("dedupe.exact", "copy"), 5: ("dedupe.exact", "copy")}
    assert judge(lines, removed) == {}
    # three copies: a title repeated, not alt text and caption
    lines = [_VI[0], _VI[1], alt, alt, alt, _VI[2]]
    assert judge(lines, {3: ("dedupe.exact", "c"), 4: ("dedupe.exact", "c")}) == {}


def test_alt_of_title_and_category_label():
    title = "Thuế thu nhập cá nhân là gì? Cách tính thuế thu nhập cá nhân mới nhất"
    alt = "Tính thuế thu nhập cá nhân"
    got = _judge([title, alt] + _VI)
    assert got.get(alt) == "captions.alt_of_heading" and title not in got
    # a subheading inside the article that repeats words of the heading above it stays
    sub = "Thu nhập cá nhân"
    got = _judge([title] + _VI[:2] + ["Cách tính thu nhập cá nhân theo tháng", sub] + _VI[2:])
    assert sub not in got
    # a category's label over its own description, above the article
    label = "Kinh nghiệm du lịch"
    desc = "Kinh nghiệm du lịch: tổng hợp các bài viết về những chuyến đi, các vấn đề thường gặp và lời khuyên."
    got = _judge([label, desc] + _VI)
    assert got.get(label) == "captions.alt_of_heading" and desc not in got
    # a heading that is not the label of the line under it stays
    got = _judge(["Du lịch mùa thu", desc] + _VI)
    assert "Du lịch mùa thu" not in got


# ---- whole documents through the cleaner ----------------------------------------------------------------

def test_document_nav_labels_captions_and_title():
    title = "Thuế thu nhập cá nhân là gì? Cách tính thuế thu nhập cá nhân mới nhất"
    text = "\n\n".join(["Tìm kiếm", "Close this search box.", title, "Tính thuế thu nhập cá nhân", "Nội dung chính:",
                       _VI[0], _VI[1], "image", _VI[2], "Bảng thuế suất.jpg", "Biểu thuế lũy tiến từng phần năm nay",
                       _VI[3]]) + "\n"
    doc = _run(text)
    rem = _removed(doc)
    for line in ("Tìm kiếm", "Close this search box.", "Tính thuế thu nhập cá nhân", "Nội dung chính:", "image",
                 "Biểu thuế lũy tiến từng phần năm nay"):  # (the file name's own line goes by an older rule)
        assert rem.get(line, "").startswith("captions."), (line, rem.get(line))
    kept = _kept(doc)
    assert title in kept and all(s in kept for s in _VI)


def test_document_own_dated_title_in_capitals_kept_masthead_removed():
    own = "KẾ HOẠCH TUYÊN TRUYỀN CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2024-2026 TRÊN ĐỊA BÀN HUYỆN"
    masthead = "BÁO NÔNG THÔN NGÀY NAY - THỨ BA 14/05/2024"
    doc = _run("\n\n".join([own] + _VI) + "\n")
    assert own in _kept(doc)
    doc = _run("\n\n".join([masthead, own] + _VI) + "\n")
    assert _removed(doc).get(masthead) == "boilerplate.masthead"
    assert own in _kept(doc)


def test_document_russian_contents_label_and_spaced_menu():
    menu = "АФИША   СПОРТ   ПОГОДА    О НАС"
    doc = _run("\n\n".join([menu, "Ремонт дорог в районе", "Содержание"] + _RU) + "\n")
    rem = _removed(doc)
    assert rem.get(menu) == "captions.spaced_menu"
    assert rem.get("Содержание") == "captions.nav_label"
    kept = _kept(doc)
    assert "Ремонт дорог в районе" in kept and all(s in kept for s in _RU)
    # the same words with single spaces: an upper-case title, kept
    title = "АФИША СПОРТА И ПОГОДА НА ВЫХОДНЫЕ"
    doc = _run("\n\n".join([title] + _RU) + "\n")
    assert title in _kept(doc)
