"""Clutter at the article's edges on Vietnamese pages (issue 12, vi42, :mod:`mtpipe.clean.vi_edges`).

* ``dedupe.adjacent_copy`` / ``dedupe.late_title_copy``: a copy ``dedupe.exact`` marked and the ``weighed`` policy
  held, with evidence of its own (right under its first copy; a heading above the text printed again after it);
* ``portal.degree_byline``: a title-and-name byline outside the article's text;
* ``portal.file_hash``: an image's file name left as a hash;
* ``portal.viewer``, ``portal.weather``, ``portal.hashtags``: a document site's viewer labels and a QR code's label,
  a weather widget above the text, a line of hashtags.

Same-shape negatives: a heading and a link that differ by the heading's "?", a poem's refrain printed twice, a copy
with the title's date between the copies, a speech's greetings repeated, a table's one-word cells repeated, a
capitals title and a capitals subheading, a profile's subject line, a list of people, a label with a colon, a degree
followed by lower-case words, a real list, a Russian page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_edges import degree_bylines, degree_name, file_hash, hashtags, held_copies, viewer_label, weather
from mtpipe.document import Document

_S1 = "Sáng nay, tại hội trường xã đã diễn ra hội thi hái hoa dân chủ với sự tham gia của 12 đội thi."
_S2 = "Hội thi là dịp để người dân trong xã hiểu thêm về các chính sách, pháp luật của Nhà nước."
_S3 = "Ban tổ chức đã trao giải nhất cho đội thi của thôn Đông với nhiều câu trả lời xuất sắc."
_TITLE = "Hội thi hái hoa dân chủ ở xã Sơn Thủy"


def _copies(lines: list[str], held: set[int], removed: dict[int, str] | None = None) -> dict[int, str]:
    gone = {i: (r, None) for i, r in (removed or {}).items()}
    marks = {i: ("dedupe.exact", "a copy", {}) for i in held}
    return {i: r for i, (r, _n) in held_copies(lines, gone, marks).items()}


def test_adjacent_copy():
    assert _copies([_TITLE, _TITLE, _S1, _S2], {1}) == {1: "dedupe.adjacent_copy"}
    # share buttons between the copies (removed furniture) do not part them
    assert _copies([_TITLE, "Chia sẻ qua", _TITLE, _S1], {2}, {1: "portal.button"}) == {2: "dedupe.adjacent_copy"}
    # inside the text: a subheading and its copy under it
    assert _copies([_TITLE, _S1, "Thu nhập vãng lai là gì?", "Thu nhập vãng lai là gì?", _S2], {3}) \
        == {3: "dedupe.adjacent_copy"}


def test_copies_that_stay():
    # a heading "…?" under a link without its "?": two printings, not one copied
    assert _copies(["Bệnh tiểu đường là gì", "Bệnh tiểu đường là gì?", _S1], {1}) == {}
    # a date between the copies: the first is the header's title, the second the article's own heading
    assert _copies([_TITLE, "20/09/2024 08:15", _TITLE, _S1], {2}, {1: "boilerplate.date_line"}) == {}
    # a poem's refrain printed twice among its short lines
    poem = ["Mẹ ơi", "Con đi xa nhớ mẹ từng đêm", "Quê hương ơi quê hương ơi", "Quê hương ơi quê hương ơi",
            "Lúa vàng trĩu hạt bên thềm"]
    assert _copies(poem, {3}) == {}
    # a table's one-word cells repeated by the next row
    assert _copies(["Lịch tiêm chủng", _S1, "Sởi", "Sởi", "Bại liệt"], {3}) == {}
    # a mark the policy did not hold (the duplicate layer's guards kept the line): nothing to read
    assert _copies([_TITLE, _TITLE, _S1], set()) == {}


def test_late_title_copy():
    page = [_TITLE, _S1, _S2, _TITLE, _S3]
    assert _copies(page, {3}) == {3: "dedupe.late_title_copy"}
    # a title in capitals and its copy over the photo after the text has begun
    caps = ["KHAI MẠC HỘI KHỎE PHÙ ĐỔNG NĂM HỌC 2023-2024", _S1, "KHAI MẠC HỘI KHỎE PHÙ ĐỔNG NĂM HỌC 2023-2024", _S2]
    assert _copies(caps, {2}) == {2: "dedupe.late_title_copy"}


def test_late_copies_that_stay():
    # a speech's greetings before its text, repeated by a second speech after it
    speech = ["Diễn văn khai giảng", "Kính thưa các quý vị đại biểu,", "Thưa các em sinh viên thân mến!", _S1,
              "Kính thưa các quý vị đại biểu,", "Thưa các em sinh viên thân mến!", _S2]
    assert _copies(speech, {4, 5}) == {}
    # a subheading in capitals inside the text repeated later: its first copy is no heading above the text
    inner = [_TITLE, _S1, "GIÁO XỨ PHƯỜNG TÂY", _S2, "GIÁO XỨ PHƯỜNG TÂY", _S3]
    assert _copies(inner, {4}) == {}
    # a list's items repeated by a second list: the first copies stand after the text's start
    items = [_TITLE, _S1, "・Học sinh từ 17 – 25 tuổi", "・Đã tốt nghiệp THPT", _S2, "・Học sinh từ 17 – 25 tuổi",
             "・Đã tốt nghiệp THPT"]
    assert _copies(items, {5, 6}) == {}
    # a quoted headline inside a sentence is no copy of the title
    quoted = [_TITLE, _S1, f'Báo Nhân dân có bài "{_TITLE}" đăng hôm qua.', _S2]
    assert _copies(quoted, {2}) == {}


@pytest.mark.parametrize("line, name", [
    ("ThS. HUANG HE MENG (Khoa Tiếng Trung Quốc, Trường Đại học Mở Hà Nội)", "HUANG HE MENG"),
    ("GS.TS. Đinh Xuân Khoa", "Đinh Xuân Khoa"), ("• Luật sư Nguyễn Văn Dương", "Nguyễn Văn Dương"),
    ("Lm Phanxicô X. Đào Trung Hiệu OP", "Phanxicô X. Đào Trung Hiệu"), ("Bác sĩ Nguyễn Ngọc Đỉnh", "Nguyễn Ngọc Đỉnh"),
    ("PGS.TS Nguyễn Văn An", "Nguyễn Văn An"),
    # same shape, no byline: a label with a colon, lower-case words after the title, a role, a sentence
    ("Linh mục Chánh sở: Giuse Lâm Quang Thi", None), ("Luật sư tư vấn Luật Hôn nhân gia đình nhanh chóng", None),
    ("GS Giám Đốc Phòng Thông Tin Phật Giáo Quốc Tế", None), ("Bác sĩ khuyên người dân nên tiêm vắc xin.", None),
    ("TS", None), ("NGUYỄN TRỌNG TẠO", None),
])
def test_degree_name(line, name):
    assert degree_name(line) == name


def _bylines(lines: list[str]) -> dict[int, str]:
    return {i: r for i, (r, _n) in degree_bylines(lines, {}).items()}


def test_degree_bylines_outside_the_text():
    assert _bylines([_TITLE, "ThS. Nguyễn Thuỳ Dương", _S1, _S2]) == {1: "portal.degree_byline"}
    assert _bylines([_TITLE, _S1, _S2, "Bác sĩ Nguyễn Ngọc Đỉnh"]) == {3: "portal.degree_byline"}


def test_degree_names_of_the_text_stay():
    # a profile's subject line: the text under it names the person
    profile = ["Những nhà khoa học tiêu biểu", "GS.TS Nguyễn Văn An",
               "Giáo sư An sinh năm 1950 tại Huế, tốt nghiệp đại học năm 1972 và về công tác tại viện."]
    assert _bylines(profile) == {}
    # a list of people (a jury), a name inside the text, a capitals title, the article's list
    jury = ["Ban giám khảo hội thi", "PGS.TS Nguyễn Văn An", "TS. Trần Thị Bình", "ThS. Lê Văn Cường", _S1]
    assert _bylines(jury) == {}
    assert _bylines([_TITLE, _S1, "TS. Trần Thị Bình", _S2]) == {}
    assert _bylines(["NGUYỄN TRỌNG TẠO", _S1, "HỘI THI", _S2]) == {}
    assert _bylines(["Danh sách khen thưởng", _S1, "- Nguyễn Văn An", "- Trần Thị Bình"]) == {}


@pytest.mark.parametrize("line, taken", [
    ("z5043599551450828a49e73fa9b006592af522c56400db", True), ("z498132371164789692494a486812e32b4374dd3260835", True),
    ("505889520_3415804831890266_3900618748685358965", True),
    # same shape, the text's own: a code, a year range, a phone number, a word
    ("DPT4", False), ("2024-2025", False), ("0368.162.155", False), ("abcdefabcdefabcdefabcdef", False),
    ("Mã số: PCDL-QT05", False), ("0368-162-155-0346-013-156", False),
])
def test_file_hash(line, taken):
    assert file_hash(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("Bạn đang xem trước 20 trang tài liệu Nghiên cứu tiếp cận và phát triển công nghệ thông tin", True),
    ("Tóm tắt nội dung tài liệu: Một số nhân tố ảnh hưởng đến năng suất tôm nuôi", True),
    ("Nội dung Text: Cho phép nhiều người dùng đăng nhập với VNC", True), ("Đã đăng 38303 tài liệu", True),
    ("• Loại file: DOC |", True), ("Tóm tắt Xem thử", True), ("QR CODE: Thông báo hoãn tổ chức tiếp công dân", True),
    ("Mã QR Code truy cập vào Fanpage Cổng tin tức Thành phố Hải Phòng", True),
    # same shape, the text's own: a document's title, an abstract's heading, sentences with the words
    ("Tài liệu Phân tích những thuận lợi và khó khăn của các NHTM Việt Nam", False), ("Tóm tắt", False),
    ("TÓM TẮT:", False), ("Bạn đang xem trước mắt một cảnh đẹp hiếm có của núi rừng.", False),
    ("Người dân có thể quét mã QR để thanh toán tiền điện.", False),
    ("Nội dung tài liệu gồm ba phần chính.", False),
])
def test_viewer_label(line, taken):
    assert viewer_label(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("TP Hồ Chí Minh: 31°C TP Hồ Chí Minh", True), ("23°C / 22-25°C", True),
    ("Nhiệt độ cao nhất ở Hà Nội lên tới 39°C vào chiều nay.", False), ("Hà Nội", False),
])
def test_weather(line, taken):
    assert weather(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("#moingay1tintot", True), ("#ngaychunhatxanh134 #tinhnguyen", True),
    ("## Giới thiệu", False), ("##Diễn đàn này là gì ?", False), ("#1", False), ("#tiêm vaccine cho trẻ em", False),
])
def test_hashtags(line, taken):
    assert hashtags(line) is taken


def test_weather_above_the_text_only():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.vi_edges import EdgeLines

    def gone(lines: list[str]) -> set[int]:
        doc = Document.from_text("\n".join(lines) + "\n", doc_id="vi.txt")
        marks = Marks(doc, "vi", line_spans(doc.text))
        EdgeLines().mark(marks)
        return set(marks.removed)

    assert gone(["Hà Nội: 26°C", _TITLE, _S1, _S2]) == {0}
    # a forecast's own list of cities after its text, and a city's temperature between its sentences
    forecast = ["Dự báo thời tiết ngày mai", _S1, "Nhiệt độ tại các thành phố lớn như sau, theo trung tâm dự báo.",
                "Hà Nội: 24-31°C", "Đà Nẵng: 26-33°C"]
    assert gone(forecast) == set()
    assert gone([_TITLE, _S1, "Hà Nội: 24-31°C", _S2]) == set()


_PAGE = f"""Các điểm du lịch Bắc Kinh mở cửa trở lại
Các điểm du lịch Bắc Kinh mở cửa trở lại
GS.TS. Đinh Xuân Khoa
{_S1}
z5043599551450828a49e73fa9b006592af522c56400db
{_S2}
Các điểm du lịch Bắc Kinh mở cửa trở lại
{_S3}
"""


def test_through_the_cleaner_weighed():
    table = {"dedupe.exact": {"content": 11, "clutter": 71, "lower": 0.79, "score": 0.79, "langs": {"vi": [11, 71]}},
             "boilerplate.filename": {"content": 2, "clutter": 11, "lower": 0.6, "score": 0.6, "langs": {"vi": [2, 11]}}}
    # since cp59 a rule missing from the table is held as its family: this table's dedupe family is dedupe.exact's
    # 11/71 alone, so the two dedupe rules the page needs get rows of their own (clutter only, as on dev)
    for rule in ("dedupe.adjacent_copy", "dedupe.late_title_copy"):
        table[rule] = {"content": 0, "clutter": 20, "lower": 0.84, "score": 1.0, "langs": {"vi": [0, 20]}}
    doc = Cleaner(CleanOptions(removal_policy="weighed", precision_table=table))(
        Document.from_text(_PAGE, doc_id="vi_edges.txt"))
    assert doc.meta["lang"] == "vi"
    kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
    assert kept.count("Các điểm du lịch Bắc Kinh mở cửa trở lại") == 1 and kept[0].startswith("Các điểm du lịch")
    assert not any("GS.TS." in k or "z504359" in k for k in kept)
    assert _S1 in kept and _S2 in kept and _S3 in kept
    rules = {e.rule for e in doc.ledger if e.action == "removed"}
    assert {"dedupe.adjacent_copy", "dedupe.late_title_copy", "portal.degree_byline", "portal.file_hash"} <= rules
    assert all(e.note for e in doc.ledger if e.action == "removed")
    assert doc.meta.get("byline") == "GS.TS. Đinh Xuân Khoa"


def test_not_on_a_russian_page():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.vi_edges import EdgeLines

    lines = ["Главная новость дня", "z5043599551450828a49e73fa9b006592af522c56400db",
             "В городе открыли новую школу для детей.", "GS.TS. Đinh Xuân Khoa"]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="ru.txt")
    marks = Marks(doc, "ru", line_spans(doc.text))
    EdgeLines().mark(marks)
    assert marks.removed == {}


def test_run_copies_clut77():
    """clut77: a line printed three times, a heading then the image's alt text and caption beside each other: the
    copies of the pair go, the first copy (the text's own subheading) stays (h11vi05, h16vi08 shapes, made up)."""
    head = "Làng gốm Bát Tràng"
    # the subheading, then its two copies right under it (the third was left before)
    assert _copies([_TITLE, _S1, head, head, head, _S2], {3, 4}) == {3: "dedupe.adjacent_copy",
                                                                     4: "dedupe.adjacent_copy"}
    # the subheading, its text, then the pair (the first of the pair was left before)
    assert _copies([_TITLE, _S1, head, _S2, head, head, _S3], {4, 5}) == {4: "dedupe.adjacent_copy",
                                                                          5: "dedupe.adjacent_copy"}


def test_run_copies_that_stay_clut77():
    head = "Làng gốm Bát Tràng"
    # a subheading printed twice (heading and alt text) with no earlier copy: the first of the pair stays
    assert _copies([_TITLE, _S1, head, head, _S2], {3}) == {3: "dedupe.adjacent_copy"}
    # the earlier copy was removed (a menu's item): the pair's first copy is the text's own and stays
    assert _copies(["Trang chủ", head, _S1, head, head, _S2], {4}, {1: "chrome.menu"}) == {4: "dedupe.adjacent_copy"}
    # the first of the pair not held (the duplicate layer's own guards kept it): nothing to read
    assert _copies([_TITLE, _S1, head, _S2, head, head, _S3], {5}) == {5: "dedupe.adjacent_copy"}
    # a one-word cell repeated three times in a table's rows: no run of copies
    assert _copies(["Lịch tiêm", _S1, "Sởi", _S2, "Sởi", "Sởi", _S3], {4, 5}) == {}
