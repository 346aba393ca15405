"""Photo captions between the article's paragraphs on Vietnamese pages (issue 12, vi43,
:mod:`mtpipe.clean.vi_captions`).

* ``portal.event_caption``: who does what at the event ("Phó Bí thư Thành ủy TP.HCM tặng quà cho thiếu nhi"), a
  subject by role and a ceremony verb, no sentence end, between the article's paragraphs;
* ``portal.image_caption``: the line right under an image a layer removed, between two paragraphs;
* ``portal.gallery``: a line announcing the photos under it ("Một số hình ảnh …") and the gallery's captions;
* ``portal.cell_caption``: a caption left as the one cell of the image's table, between two paragraphs;
* ``portal.wire_caption``: a caption closed by a wire agency's credit (". AFP", " - Reuters").

Same-shape negatives: the article's title of the same shape above its first sentence, a headline with a colon, a
sentence of the text with the same subject and verb, a programme's rows of the same shape (a run of short lines), a
quoted headline inside a sentence, a profile's subject line (a name, no verb), a capitals subheading, a subheading
under a photo (short, or in a heading's case), a numbered item under a photo, a poem of short lines, a gallery's
lead-in closing the page or followed by the text, a photo story titled "Một số hình ảnh …", "các hình thức", a
calendar's and a menu's cells, a boxed note of two sentences, "…, theo AFP." (according to), a title with a credit,
a Russian page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_captions import captions, cell_caption, cell_captions, event_caption_shape, galleries, \
    gallery_lead, wire_caption
from mtpipe.document import Document

_S1 = "Sáng 31/7, lãnh đạo thành phố đã có buổi gặp gỡ, chúc mừng các đại biểu thiếu nhi và phụ trách trại hè."
_S2 = "Tại buổi gặp gỡ, bà Võ Thị Dung cho rằng trại hè là hoạt động ý nghĩa, giúp các em hiểu thêm về nhau."
_S3 = "Trại hè thiếu nhi ba nước là hoạt động được tổ chức thường niên, luân phiên tại mỗi nước."
_TITLE = "Lãnh đạo thành phố tặng quà cho thiếu nhi tham gia trại hè ba nước"
_CAPTION = "Phó Bí thư Thành ủy TP.HCM tặng quà cho thiếu nhi"


def _found(lines: list[str], removed: dict[int, tuple[str, str]] | None = None) -> dict[int, str]:
    return {i: v[0] for i, v in captions(lines, removed or {}).items()}


@pytest.mark.parametrize("line, taken", [
    (_CAPTION, True),
    ("Đ/c Nông Quang Trung- Giám đốc Trung tâm Y tế phát biểu tại lễ khánh thành", True),
    ("Đại diện lãnh đạo Trung tâm Y tế và lãnh đạo xã cắt băng khánh thành Trạm Y tế", True),
    ("Đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh tiễn Bộ trưởng Ngoại giao Bùi Thanh Sơn", True),
    # a headline with a colon, a question, a sentence's end, capitals, no ceremony verb, no subject by role
    ("Bộ trưởng Lê Minh Hoan: Tôi muốn thăm từng hộ nông dân", False),
    ("Bộ trưởng có nên thăm từng hộ nông dân?", False),
    ("Ông Trần Anh Chung, Giám đốc Công ty, phát biểu tại hội nghị tổng kết năm.", False),
    ("LÃNH ĐẠO THÀNH PHỐ TẶNG QUÀ CHO THIẾU NHI", False),
    ("Ông Nguyễn Văn Luật và trang trại chuối của gia đình", False),
    ("Hơn 3 vạn lượt người tham dự Đại lễ Vu Lan tại Thiền Tôn", False),
    ("GS.TS Nguyễn Văn An", False),
    # a headline's words quoted in running text (a treebank's line, benchmarks/cleanprobe.py)
    ("Tổng bí thư nêu hàng loạt lĩnh vực ' cần tập trung kiểm tra '", False),
    ('Bộ trưởng đề nghị "tăng cường kiểm tra" các cơ sở sản xuất', False),
])
def test_event_caption_shape(line, taken):
    assert event_caption_shape(line) is taken


def test_event_caption_between_paragraphs():
    assert _found([_TITLE, _S1, _CAPTION, _S2, _S3]) == {2: "portal.event_caption"}
    # after the last paragraph, the page's end under it; two captions next to each other
    assert _found([_TITLE, _S1, _S2, _CAPTION]) == {3: "portal.event_caption"}
    two = "Lãnh đạo thành phố tặng quà lưu niệm cho cán bộ phụ trách và thiếu nhi"
    assert _found([_TITLE, _S1, _CAPTION, two, _S2]) == {2: "portal.event_caption", 3: "portal.event_caption"}


def test_event_caption_negatives():
    # the article's title of the caption's shape, above the first sentence, stays
    assert _found([_CAPTION, _S1, _S2]) == {}
    # a programme's rows of the same shape: a run of short lines
    programme = [_TITLE, _S1, "Chương trình buổi lễ", "Đại biểu tham quan gian hàng của các trường",
                 "Lãnh đạo thành phố phát biểu khai mạc trại hè", "Các em biểu diễn văn nghệ chào mừng", _S2]
    assert _found(programme) == {}
    # a sentence of the text with the same subject and verb; a quoted headline inside a sentence
    sentence = "Phó Bí thư Thành ủy TP.HCM đã tặng quà cho các em thiếu nhi có thành tích xuất sắc trong năm."
    quoted = f'Bài viết "{_CAPTION}" được nhiều bạn đọc quan tâm và chia sẻ trên mạng xã hội.'
    assert _found([_TITLE, _S1, sentence, quoted, _S2]) == {}
    # a subheading above a paragraph with no stop before it: the line above is a heading, not a paragraph
    assert _found([_TITLE, _S1, "Kết quả trại hè", _CAPTION, _S2]) == {}
    # a profile's subject line and a capitals subheading inside the text
    assert _found([_TITLE, _S1, "Ông Nguyễn Văn An", _S2, "NHỮNG KỶ NIỆM ĐẸP", _S3]) == {}


_PARA1 = "Tại phòng chờ nhập cảnh, phần đông khách là cư dân biên giới xếp hàng chờ nhập cảnh vào Việt Nam."
_PARA2 = "Vì lượng khách đã hạ nhiệt, lực lượng chức năng tại đây có thêm thời gian để hướng dẫn du khách."
_IMG_CAPTION = "Lượng khách Trung Quốc đã giảm khá nhiều tại Cửa khẩu Quốc tế Móng Cái"
_IMG = ("chrome.image_filename", "an image's file name")


def test_image_caption_between_paragraphs():
    lines = [_TITLE, _PARA1, "W-anh-3-1.jpg", _IMG_CAPTION, _PARA2]
    assert _found(lines, {2: _IMG}) == {3: "portal.image_caption"}
    # a Markdown image's cell and its caption's cell ending in a stop; a portal's photo marker and an event caption
    cell = ["Tin", _PARA1, "![]() |", "Trước ngày 1/7, diện tích thu hoạch lúa bằng máy trên địa bàn tỉnh đạt 98%. |",
            _PARA2]
    assert _found(cell, {2: ("classifier.line", None)}) == {3: "portal.image_caption"}
    marker = ["Tin", _PARA1, "anh tin bai",
              "Các Đại biểu tham quan triển lãm trưng bày các nhạc cụ của dân tộc Choang.", _PARA2]
    assert _found(marker, {2: ("portal.photo", None)}) == {3: "portal.image_caption"}


def test_image_caption_negatives():
    # the same line with no image above it: a subheading of the text
    assert _found([_TITLE, _PARA1, _IMG_CAPTION, _PARA2]) == {}
    for line in ["Lịch sử hình thành cửa khẩu",  # a short subheading under a photo
                 "Giới Thiệu Về Cửa Khẩu Quốc Tế Móng Cái Và Các Khu Chợ",  # a heading's case
                 "1. Lượng khách Trung Quốc đã giảm khá nhiều tại cửa khẩu",  # a numbered item
                 "Nhà báo Hoàng Nhật nói về chuyến đi tới Cửa khẩu Móng Cái:",  # a colon: a quotation follows
                 "Một du khách cho biết họ chỉ ở lại Việt Nam trong ngày và về nước vào buổi tối."]:  # a sentence
        assert _found([_TITLE, _PARA1, "W-anh-3-1.jpg", line, _PARA2], {2: _IMG}) == {}, line
    # the paragraph above the image does not close (a title, a heading) or the text does not go on under it
    assert _found([_TITLE, "W-anh-3-1.jpg", _IMG_CAPTION, _PARA2], {1: _IMG}) == {}
    assert _found([_TITLE, _PARA1, "W-anh-3-1.jpg", _IMG_CAPTION, "Tin liên quan"], {2: _IMG}) == {}


def test_a_poem_stays():
    poem = ["Hoa ngày tựu trường", "Ngày khai trường là sự mở đầu, có tác dụng tạo hứng thú cho các em học sinh.",
            "Thầy cô đón các em vào lớp", "Bà con tặng hoa cho thầy cô", "Cô giáo thăm từng em nhỏ",
            "Sân trường rộn rã tiếng cười"]
    assert _found(poem) == {}


_PAGE = f"""{_TITLE}
{_S1}
{_CAPTION}
{_S2}
W-anh-3-1.jpg
{_IMG_CAPTION}
{_S3}
"""


def test_through_the_cleaner():
    for policy in ("balanced", "weighed"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_PAGE, doc_id="vi_captions.txt"))
        assert doc.meta["lang"] == "vi"
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        assert _TITLE in kept and _S1 in kept and _S2 in kept and _S3 in kept, policy
        assert _CAPTION not in kept and _IMG_CAPTION not in kept, policy
        rules = {e.text.strip(): (e.rule, e.note) for e in doc.ledger if e.action == "removed"}
        assert rules[_CAPTION][0] == "portal.event_caption" and rules[_CAPTION][1], policy
        # under ``balanced`` the image layer's own rule (``captions.under_image``) takes the line under the image
        # first; under ``weighed`` the table holds it on Vietnamese pages (5 clutter, 1 content) and this layer takes it
        assert rules[_IMG_CAPTION][0] in ("portal.image_caption", "captions.under_image"), policy


def test_not_on_a_russian_page():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.vi_captions import CaptionLines

    lines = [_TITLE, _S1, _CAPTION, _S2]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="ru.txt")
    marks = Marks(doc, "ru", line_spans(doc.text))
    CaptionLines().mark(marks)
    assert marks.removed == {}


@pytest.mark.parametrize("line, taken", [
    ("MỘT SỐ HÌNH ẢNH ĐÁNG YÊU CỦA BÉ", True),
    ("Sau đây là các hình ảnh của Lễ hội.", True),
    ("Một số hình khác của Quảng Triệu hội quán:", True),
    ("Hiện nay các hình thức vay vốn đối với doanh nghiệp cực kỳ đa dạng", False),
    ("Hình ảnh quốc gia và tầm quan trọng của giao lưu văn hóa", False),
])
def test_gallery_lead(line, taken):
    assert gallery_lead(line) is taken


def _gallery(lines: list[str], removed: dict[int, tuple[str, str]] | None = None) -> set[int]:
    return set(galleries(lines, removed or {}))


def test_gallery_with_its_captions():
    lead = "MỘT SỐ HÌNH ẢNH ĐÁNG YÊU CỦA BÉ"
    caps = ["Các cháu đang vẽ và tô màu tặng bà, mẹ, cô", '"Thảo cầm viên" của bé', "Phần thi: Sáng tạo của bé"]
    assert _gallery([_TITLE, _S1, _S2, lead, *caps]) == {3, 4, 5, 6}
    # the gallery ends at a removed line; the lead-in with the photos' removed lines under it
    assert _gallery([_TITLE, _S1, lead, *caps, "Bài viết liên quan", "Tin khác"], {6: ("chrome.related", "")}) \
        == {2, 3, 4, 5}
    tail = [_TITLE, _S1, "Sau đây là các hình ảnh của Lễ hội.", "Chú Cuội và chị Hằng hát cho các bé nghe"]
    assert _gallery(tail, {3: ("boilerplate.tail_run", "")}) == {2}


def test_gallery_negatives():
    lead = "Một số hình ảnh của các cô và các con trong chuyến tham quan:"
    # the page's last line: nothing of the gallery under it
    assert _gallery([_TITLE, _S1, _S2, lead]) == set()
    # the text goes on under it (a sentence among the lines under it): nothing goes
    assert _gallery([_TITLE, _S1, lead, _S2, _S3]) == set()
    assert _gallery([_TITLE, _S1, lead, "Các cô và các con tại cổng", _S2]) == set()
    # a photo story's title above the text, and its own list of photos, stays
    story = ["Một số hình ảnh về Hà Nội xưa", _S1, "Phố Hàng Đào", "Chợ Đồng Xuân"]
    assert _gallery(story) == set()
    # "các hình thức": another word
    assert _gallery([_TITLE, _S1, "Các hình thức khiếu nại hiện hành", "Khiếu nại lần đầu", "Khiếu nại lần hai"]) \
        == set()


@pytest.mark.parametrize("line, taken", [
    ("Thương lái vào tận vườn thu mua sầu riêng |", True),
    ("|    Tổng Lãnh sự Hoàng Ngọc Vinh phát biểu tại buổi lễ |", True),
    ("Gian hàng đồ chơi đủ màu sắc. |", True),
    ("Tr 20 |", False),  # a calendar's cell: too short
    ("BỮA SÁNG |", False),
    ("Tuần 1 | Thứ hai | Thứ ba |", False),  # a row of cells
    ("Lưu ý: Bạn đọc mang theo thẻ khi đến thư viện. Thư viện mở cửa từ 7 giờ sáng |", False),  # two sentences
    ("Thương lái vào tận vườn thu mua sầu riêng", False),  # no cell
])
def test_cell_caption(line, taken):
    assert cell_caption(line) is taken


def test_cell_caption_between_paragraphs():
    cap = "Thương lái vào tận vườn thu mua sầu riêng |"
    assert set(cell_captions([_TITLE, _S1, cap, _S2], {})) == {2}
    # the image's empty cell and a Markdown image above it are no neighbours
    assert set(cell_captions([_TITLE, _S1, "![]() |", cap, "|", _S2], {})) == {3}
    # a calendar's rows around it (bars), a heading above it, the page's end under it: cells of a table, kept
    assert cell_captions([_TITLE, "06 | Chúa Nhật XVIII Thường Niên, lễ kính Chúa Hiển Dung ở nhà thờ.", cap, _S2],
                         {}) == {}
    assert cell_captions([_TITLE, "Giá sầu riêng hôm nay", cap, _S2], {}) == {}
    assert cell_captions([_TITLE, _S1, cap], {}) == {}


@pytest.mark.parametrize("line, taken", [
    ("Công nhân đi bộ về trung tâm thị xã Kỳ Anh từ nơi ở của họ hôm 3/12/2015. AFP", True),
    ("Chủ tịch Tập Cận Bình tại buổi ký kết thỏa thuận với Ý tại Roma, ngày 23/03/2019. Reuters/Yara Nardi", True),
    ("Chủ tịch Tập Cận Bình trong diễu hành kỷ niệm 70 năm quốc khánh ở Bắc Kinh - Reuters", True),
    ("Tổng thống Mỹ chào đón Chủ tịch Trung Quốc trước cuộc gặp tại APEC ngày 15/11. (Nguồn: AFP)", True),
    ('Thị trường Trung Quốc sẽ "mở cửa hơn nữa" và "vẫn là cơ hội cho thế giới", theo AFP.', False),
    ("Xuất khẩu của Trung Quốc sang Mỹ giảm 20%, theo Reuters", False),
    ("- Reuters", False),
])
def test_wire_caption(line, taken):
    assert wire_caption(line) is taken


def test_wire_caption_after_the_first_sentence():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.vi_captions import CaptionLines

    title = "Tập Cận Bình thăm châu Âu giữa căng thẳng thương mại - Reuters"  # a title with a credit stays
    cap = "Chủ tịch Tập Cận Bình trong diễu hành kỷ niệm 70 năm quốc khánh ở Bắc Kinh - Reuters"
    doc = Document.from_text("\n".join([title, _S1, cap, _S2]) + "\n", doc_id="vi.txt")
    marks = Marks(doc, "vi", line_spans(doc.text))
    CaptionLines().mark(marks)
    assert {i: v[0] for i, v in marks.removed.items()} == {2: "portal.wire_caption"}
