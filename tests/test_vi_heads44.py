"""Vietnamese page furniture told by its script, its place under the heading and a site's widget words (issue 12,
vi44, :mod:`mtpipe.clean.vi_heads`).

* ``portal.toneless``: a line of Vietnamese written without its diacritics (an image's alt text, a slug, a badge);
* ``portal.head_byline``: a bare personal name between the article's heading and its first sentence;
* ``portal.site_notice``: a site theme's widget message (search prompt, no results, cart notice, skip link, rating,
  copyright badge, a wiki's edit link, an upload notice);
* ``portal.code_field``: a record's code field ("Mã tour: …", "Ký hiệu thủ tục: …") or a GUID alone;
* ``portal.english_ui``: an English interface label of a site theme alone on a Vietnamese page ("Categories").

Same-shape negatives: a name written without diacritics (all capitalised), an English line of Vietnamese-shaped
words, a table cell, Vietnamese with its tones; a profile's subject line (the text names the person), a name under a
poem's lines, a name under a sentence, a name in capitals, the article's capitals title and a capitals subheading; a
sentence holding a widget's words, a real list of steps ("Thêm vào giỏ hàng …"), a quoted headline inside a sentence;
a record's number field in a list of fields, a code label with words; an English phrase of the text, a company's
name; a poem of short lines; a Russian page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_heads import code_field, english_ui, head_bylines, site_notice, toneless
from mtpipe.document import Document

_TITLE = "Kỳ vọng gì ở thượng đỉnh Mỹ-Trung Quốc?"
_S1 = "Cuộc gặp giữa ông Joe Biden và ông Tập Cận Bình trước thềm hội nghị được dư luận đặc biệt chú ý."
_S2 = "Hai bên dự kiến thảo luận về thương mại, khí hậu và các vấn đề an ninh khu vực trong nhiều giờ."
_S3 = "Giới quan sát cho rằng cuộc gặp khó tạo ra đột phá nhưng có thể giúp hạ nhiệt căng thẳng."


@pytest.mark.parametrize("line, taken", [
    ("Chung nhan Tin Nhiem Mang", True),
    ("thanh nien thai nguyen xung kich sang tao tinh nguyen vi cong dong", True),
    ("swap ram la gi", True),
    ("cau bach cu tu trung khanh 0", True),
    ("Nguyen Van Thanh", False),  # a name written bare: every word capitalised
    ("I am in a van", False),  # English: no syllable only Vietnamese spells
    ("| Pho mai | Banh mi |", False),  # a table's cells
    ("Trung Hoa", False),  # two words
    ("thanh niên xung kích sáng tạo", False),  # written with its tones
    ("Hoc sinh can nhung gi", True),
    ("The song is long and sad", False),
])
def test_toneless(line: str, taken: bool):
    assert toneless(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("• Không có kết quả nào được tìm thấy", True),
    ("Có vẻ chúng tôi không tìm thấy kết quả mà bạn yêu cầu. Hãy tìm lại nhé!", True),
    ("Please enter key search to display results.", True),
    ("Bạn tìm thông tin gì?", True),
    ("Product has been added to your cart", True),
    ("Jump to content", True),
    ("5/5 - (1 vote)", True),
    ("• DMCA.com Protection Status", True),
    ("[sửa | sửa mã nguồn]", True),
    ("Tìm kiếm thông tin về du lịch Đà Nẵng trên mạng là việc rất dễ dàng.", False),  # a sentence
    ("Không tìm thấy kết quả nào khả quan sau cuộc họp kéo dài ba giờ.", False),
    ("B1. Thêm vào giỏ hàng các sản phẩm cần mua", False),  # a real list's step
    ('Bài báo "Jump to content" đã gây tranh cãi trên mạng xã hội.', False),  # a quoted headline in a sentence
    ("Đánh giá 5/5 của khách hàng sau chuyến đi", False),
])
def test_site_notice(line: str, taken: bool):
    assert site_notice(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("Mã tour: TOHANDANHOAMTR4N3D-MBHE-305756", True),
    ("Mã số: PCDL-QT05", True),
    ("Ký hiệu thủ tục: 1.000948.H38", True),
    ("4D5EAAC6 8191 4029 9C55 41E34AE639FE", True),
    ("• Mã định danh: 38404526.", False),  # a number in a record's fields (a school's profile)
    ("Mã số: chưa có", False),
    ("Mã vạch: abc123def", False),
    ("Mã số thuế của doanh nghiệp: 0101234567 do cơ quan thuế cấp", False),
])
def test_code_field(line: str, taken: bool):
    assert code_field(line) is taken


@pytest.mark.parametrize("line, taken", [
    ("Categories", True),
    ("• Page Content", True),
    ("Personal Information", True),
    ("OVERVIEW", True),
    ("Coffee Shops", False),  # an English phrase of the text (a list of places)
    ("Blog của tôi", False),
    ("Overview of the market", False),
    ("Home Credit", False),  # a company's name
])
def test_english_ui(line: str, taken: bool):
    assert english_ui(line) is taken


def _bylines(lines: list[str]) -> list[int]:
    return sorted(head_bylines(lines, {}))


def test_head_byline():
    assert _bylines([_TITLE, "Phan Quân", _S1, _S2]) == [1]
    assert _bylines(["Cộng đồng lên tiếng", _TITLE, "Anh Nguyên", _S1, _S2]) == [2]
    # a title and a subtitle above; the text opens with a quotation closed after its stop
    assert _bylines(["Trung Quốc: lạm phát và khủng hoảng kinh tế", "Khát nhiên liệu gia tăng", "Trần Kha",
                     "“Những xáo trộn xã hội lớn tại Trung Quốc thường bắt đầu từ đời sống khó khăn.”", _S2]) == [2]


def test_head_byline_negatives():
    # a profile's subject: the text under the heading names the person
    assert _bylines(["Gương sáng làng quê", "Nguyễn Văn An",
                     "Ông An sinh năm 1950 tại một làng quê nghèo ven sông Đáy, tỉnh Hà Nam.", _S2]) == []
    # a name under a poem's lines (a quotation above: no heading)
    assert _bylines(["“Em đưa ta lên tháp truyền hình Thượng Hải", "Dạ thưa thầy em muốn một lần say”",
                     "Hà Thiên Sơn", _S1]) == []
    # a name under a sentence: the text has begun
    assert _bylines([_S1, "Phan Quân", _S2]) == []
    # a name in capitals, and the article's capitals title or subheading
    assert _bylines([_TITLE, "PHAN QUÂN", _S1]) == []
    assert _bylines(["TRƯỜNG THCS THĂNG BÌNH", "LỊCH SỬ HÌNH THÀNH", _S1]) == []
    # the name is the page's first line (a profile's title)
    assert _bylines(["Phan Quân", _S1, _S2]) == []


_PAGE = f"""Bạn tìm thông tin gì?
Chung nhan Tin Nhiem Mang
{_TITLE}
Phan Quân
{_S1}
{_S2}
BÀI HỌC TỪ QUÁ KHỨ
Một bài thơ về biển
Sóng vỗ bờ xa
Gió đưa thuyền về
{_S3}
Mã tour: TOHANDANHOAMTR4N3D-MBHE-305756
"""


def test_through_the_cleaner():
    for policy in ("balanced", "weighed"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_PAGE, doc_id="vi_heads.txt"))
        assert doc.meta["lang"] == "vi"
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        for line in (_TITLE, _S1, _S2, _S3, "BÀI HỌC TỪ QUÁ KHỨ", "Sóng vỗ bờ xa", "Gió đưa thuyền về"):
            assert line in kept, (policy, line)
        rules = {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}
        assert rules.get("Phan Quân") == "portal.head_byline", policy
        assert rules.get("Chung nhan Tin Nhiem Mang") == "portal.toneless", policy
        assert "Bạn tìm thông tin gì?" not in kept and "Phan Quân" not in kept, policy
        assert doc.meta.get("byline") == "Phan Quân", policy


def test_not_on_a_russian_page():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.vi_heads import HeadLines

    lines = ["Chung nhan Tin Nhiem Mang", "Jump to content", _TITLE, "Phan Quân", _S1]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="ru.txt")
    marks = Marks(doc, "ru", line_spans(doc.text))
    HeadLines().mark(marks)
    assert marks.removed == {}
