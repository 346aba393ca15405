"""Vietnamese page chrome told by its words and place (issue 12, vi41, :mod:`mtpipe.clean.vi_chrome`).

* ``portal.prev_next``: the link to the previous or next item ("Bài trước…", "Bài tiếp theo…", glued or not);
* ``portal.button``: a line of the page's controls only ("Chia sẻ qua", "Góp ý 0 lượt thích", "iconiconicon"), a
  visit counter's labels in a run;
* ``portal.credit``: the newsroom's sign-off after a sentence (initials, a name with initials, a bare name before
  the page's end or a removed line).

Same-shape negatives: a sentence opening with "Bài trước"/"Bài viết sau", a quoted headline inside a sentence, a title
in capitals, a subheading in capitals and a Roman numeral after a sentence, a title opening with a control word, the
article's real list of names, a person's name as the subject line of a profile, a poem and a programme of short
lines, a table's cells, a Russian page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_chrome import chrome_lines, controls_only, credit_name, initials, prev_next
from mtpipe.document import Document

_S1 = "Sáng nay, tại hội trường xã đã diễn ra hội thi hái hoa dân chủ với sự tham gia của 12 đội thi."
_S2 = "Hội thi là dịp để người dân trong xã hiểu thêm về các chính sách, pháp luật của Nhà nước."


@pytest.mark.parametrize("line, after, taken", [
    ("Bài trướcNa Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện tham gia phòng chống dịch", False, True),
    ("Bài tiếp theoVăn bản về việc thực hiện Công điện số 1063/CĐ-TTg ngày 31/7/2021", False, True),
    ("Bài trước: Hội nghị tổng kết công tác năm 2023", False, True),
    ("« Tin sau", False, True), ("Bài viết tiếp theo", False, True), ("Tin cũ hơn »", False, True),
    ("Bài tiếp theo Hội nghị tổng kết công tác năm 2023", True, True),
    # same shape, the text's own
    ("Bài tiếp theo Hội nghị tổng kết công tác năm 2023", False, False),  # inside the text: maybe a sentence's start
    ("Bài viết sau đây sẽ cho bạn thông tin về cách trồng cà phê", False, False),
    ("Bài trước đã phân tích những khó khăn của ngành cà phê trong năm qua.", True, False),
    ('Trong "Bài trước: Hội nghị tổng kết", tác giả đã nêu rõ những hạn chế của ngành.', False, False),
    ("Tin sau cùng cho biết đoàn đã đến nơi an toàn.", True, False),
])
def test_prev_next(line, after, taken):
    assert (prev_next(line, after_text=after) is not None) is taken


@pytest.mark.parametrize("line, taken", [
    ("Chia sẻ qua", True), ("Góp ý 0 lượt thích", True), ("iconiconicon", True), ("Đăng nhập", True),
    ("Đăng nhập trước khi gửi bình luận Đăng nhập", True), ("In bài này", True), ("Thống kê truy cập", True),
    ("Facebook | Zalo | Twitter", True), ("• Bình luận (3)", True),
    # same shape, the text's own
    ("Chia sẻ kinh nghiệm nuôi tôm thẻ", False), ("CHIA SẺ CỦA PHỤ HUYNH", False), ("Cách thức đăng ký", False),
    ("Tìm kiếm và chia sẻ thông tin", False), ("Với", False), ("qua", False),
    ("Người dân có thể gửi ý kiến qua email hoặc Zalo của xã.", False),
])
def test_controls_only(line, taken):
    assert bool(controls_only(line)) is taken


@pytest.mark.parametrize("line, taken", [("PV", True), ("P.V", True), ("(TH)", True), ("BTNO", True), ("XDĐ", True),
                                         ("II", False), ("IV.", False), ("Phòng PV", False), ("TP. HCM", False)])
def test_initials(line, taken):
    assert initials(line) is taken


@pytest.mark.parametrize("line, taken", [("Kim Chung (TH)", True), ("Thu Hà - TTXVN", True),
                                         ("Tiểu học (TH)", False), ("Sữa tươi TH", False)])
def test_credit_name(line, taken):
    assert credit_name(line) is taken


def _rules(lines: list[str], removed: set[int] = frozenset()) -> dict[int, str]:
    return {i: r for i, (r, _n) in chrome_lines(lines, set(removed)).items()}


def test_sign_offs_after_the_text():
    assert _rules(["Hội thi hái hoa dân chủ ở xã Sơn Thủy", _S1, _S2, "PV"]) == {3: "portal.credit"}
    assert _rules(["Hội thi hái hoa dân chủ ở xã Sơn Thủy", _S1, "Kim Chung (TH)"]) == {2: "portal.credit"}
    assert _rules(["Hội thi hái hoa dân chủ ở xã Sơn Thủy", _S1, _S2, "Thu Thủy", "Có 1 bình luận"], {4}) \
        == {3: "portal.credit"}  # a removed line under it: nothing of the text follows
    assert _rules(["Hội thi hái hoa dân chủ ở xã Sơn Thủy", "TH", _S1, _S2]) == {1: "portal.credit"}
    # a teaser list: each teaser signed with its desk's initials
    assert _rules(["Tin tức", _S1, "BTNO", _S2, "XDĐ"]) == {2: "portal.credit", 4: "portal.credit"}


def test_names_and_capitals_of_the_text_stay():
    # a title and a subheading in capitals, a Roman numeral, a profile's subject, the article's list of names
    assert _rules(["NGUYỄN TRỌNG TẠO", _S1, "HỘI THI", _S2]) == {}
    assert _rules(["Hội thi hái hoa dân chủ", _S1, "II", _S2]) == {}
    assert _rules(["Những gương mặt tiêu biểu", _S1, "Nguyễn Văn An",
                   "Anh sinh năm 1990 tại Huế, tốt nghiệp đại học năm 2012 và về công tác tại xã."]) == {}
    assert _rules(["Danh sách khen thưởng", "Ban tổ chức đã trao giải cho các cá nhân sau đây.", "Nguyễn Văn An",
                   "Trần Thị Bình", "Lê Văn Cường"]) == {}
    # a poem's title after the text, a table's cells, a programme of short lines
    assert _rules(["Mùa thu", _S1, "Thương Nhớ Đồng Quê"]) == {}
    assert _rules(["Lịch tiêm chủng", "Trẻ em", "Lao", "BCG", "Bại liệt", "IPV"]) == {}
    assert _rules(["Chương trình hội thi", "7 giờ 30: Đón đại biểu", "8 giờ: Khai mạc", "Hôm nay", "Tuần này"]) \
        == {}


def test_visit_counter_run():
    assert _rules([_S1, "Truy cập", "Hôm nay: 120", "Tuần này: 1.234", "Tất cả:"]) == {
        1: "portal.button", 2: "portal.button", 3: "portal.button", 4: "portal.button"}
    assert _rules([_S1, "Hôm nay: 120", _S2]) == {}  # one alone is a word of the text


_PAGE = """Hội thi hái hoa dân chủ tại xã Sơn Thủy
20/09/2024 (1076 lượt xem)
Chia sẻ qua
iconiconicon
Sáng nay, tại hội trường xã đã diễn ra hội thi hái hoa dân chủ với sự tham gia của 12 đội thi.
I
Ban tổ chức đã trao giải cho các đội sau đây.
Nguyễn Văn An
Trần Thị Bình
Dù số phận mang tới điều gì,
hãy can đảm bước tiếp trên con đường của mình.
Bài viết sau đây sẽ cho bạn thông tin về hội thi năm sau.
Hội thi là dịp để người dân trong xã hiểu thêm về các chính sách, pháp luật của Nhà nước.
PV
Bài trướcNa Rì tổ chức gặp mặt động viên Y, Bác sỹ tình nguyện tham gia phòng chống dịch
Bài tiếp theoVăn bản về việc thực hiện Công điện số 1063/CĐ-TTg ngày 31/7/2021
Góp ý 0 lượt thích
"""
_GONE = ("Chia sẻ qua", "Bài trướcNa Rì", "Bài tiếp theoVăn bản", "Góp ý 0 lượt thích", "PV")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_PAGE, doc_id="vi_page.txt"))
    assert doc.meta["lang"] == "vi"
    kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
    for s in _GONE:
        assert not any(s in k for k in kept), s
    for s in ("Hội thi hái hoa dân chủ tại xã Sơn Thủy", "I", "Nguyễn Văn An", "Trần Thị Bình",
              "hãy can đảm bước tiếp", "Bài viết sau đây sẽ cho bạn"):
        assert any(s == k or (len(s) > 2 and s in k) for k in kept), s
    rules = {e.rule for e in doc.ledger if e.action == "removed" and e.rule.startswith("portal.")}
    assert {"portal.prev_next", "portal.button"} <= rules
    assert all(e.note for e in doc.ledger if e.rule.startswith("portal."))


def test_not_on_a_russian_page():
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.vi_chrome import ChromeLines

    lines = ["Главная", "Chia sẻ qua", "В городе открыли новую школу для детей.", "PV"]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="ru.txt")
    marks = Marks(doc, "ru", line_spans(doc.text))
    ChromeLines().mark(marks)
    assert marks.removed == {}


@pytest.mark.parametrize("line, kind", [
    ("Chi tiết Thông báo tại đây", "here"), ("Chi tiết tại đây", "here"),
    # same shape: a sentence about details given here, a longer line with no verb of viewing
    ("Chi tiết về buổi lễ được tổ chức trang trọng tại đây.", None),
    ("Chi tiết của ngôi đình được các nghệ nhân chạm khắc tỉ mỉ tại đây", None),
])
def test_details_here_pointer(line, kind):
    from mtpipe.clean.vi_portal import pointer_kind

    got = pointer_kind(line)
    assert (got[1] if got else None) == kind


@pytest.mark.parametrize("line, taken", [
    ("Từ khóa: du lịch, phân khúc, sản phẩm mới, chất lượng phục vụ, giá, nguồn lực, TP. Hồ Chí Minh.", True),
    ("Từ khóa: Đà Lạt, du lịch nghỉ dưỡng, du lịch nghỉ dưỡng kết hợp vui chơi giải trí.", True),
    ("Từ khóa: VOV, VOVworld, Kỷ niệm, 20 năm, thành lập Hội cứu trợ trẻ em khuyết tật, thành phố Hà Nội", True),
    # same shape, the text's own: two long clauses, a sentence after a term, two terms both long
    ("Từ khóa: người dùng nhập cụm từ này vào ô tìm kiếm, rồi máy tìm kiếm trả về danh sách các trang có liên quan",
     False),
    ("Từ khóa: tìm hiểu kỹ, so sánh giá. Rồi hãy mua hàng khi đã chắc chắn về chất lượng.", False),
    ("Từ khóa: Đà Lạt, du lịch nghỉ dưỡng kết hợp vui chơi giải trí, các khu nghỉ dưỡng cao cấp ven hồ Tuyền Lâm",
     False),
])
def test_keywords_with_long_terms(line, taken):
    from mtpipe.clean.labels import keywords

    got = keywords(["Du lịch nghỉ dưỡng ở Đà Lạt", line, _S1], set())
    assert (1 in got) is taken


_PAIR = """“Bão” chứng khoán và lựa chọn của Trung Quốc ở Biển Đông
Cách đây không lâu, Trung Quốc đã buộc cả thế giới tập trung chú ý khi tiến hành phá giá đồng Nhân dân tệ.
Chứng khoán Trung Quốc đỏ sàn
Chứng khoán Trung Quốc đỏ sàn
Thứ 2 ngày 24.08, chứng khoán Trung Quốc giảm với giá trị kỷ lục, kéo theo các thị trường châu Á.
Từ mặt này, sự phá giá của đồng tiền lớn có nhiều khả năng sẽ khởi động nền kinh tế của nước này.
"""
_TITLE_TWICE = """Chứng khoán Trung Quốc đỏ sàn
Chứng khoán Trung Quốc đỏ sàn
Thứ 2 ngày 24.08, chứng khoán Trung Quốc giảm với giá trị kỷ lục, kéo theo các thị trường châu Á.
Từ mặt này, sự phá giá của đồng tiền lớn có nhiều khả năng sẽ khởi động nền kinh tế của nước này.
"""


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_alt_pair_both_copies(policy):
    """An image's alt text and caption, the same line twice between paragraphs: both copies go, whether the policy
    let the duplicate layer take the second (balanced) or held it back (weighed); the page's title printed twice
    at its top is no such pair: a copy stays."""
    def kept(text: str) -> list[str]:
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="vi_pair.txt"))
        return [doc.text[a:b].strip() for a, b in doc.meta["kept"]]

    assert "Chứng khoán Trung Quốc đỏ sàn" not in kept(_PAIR)
    assert kept(_TITLE_TWICE).count("Chứng khoán Trung Quốc đỏ sàn") >= 1  # (weighed holds the copy back)


@pytest.mark.parametrize("line, taken", [
    ("Ý kiến thăm dò", True), ("Tài liệu đính kèm:", True), ("• Không có kết quả nào được tìm thấy", True),
    ("Bạn cần hỗ trợ?", True), ("Tư vấn miễn phí", True), ("Chúng tôi trên Mạng Xã hội", True),
    # same shape, the text's own
    ("Ý kiến thăm dò của cử tri về dự thảo luật", False), ("Tiện ích của ứng dụng", False),
    ("Tư vấn miễn phí cho người nghèo là việc làm ý nghĩa của các luật sư trẻ.", False),
    ("Chúng tôi không tìm thấy kết quả nào sau nhiều giờ tìm kiếm.", False),
])
def test_more_widget_labels(line, taken):
    from mtpipe.clean.vi_portal import widget_label

    assert (widget_label(line) is not None) is taken


def test_sign_off_kept_as_byline():
    page = ("Hội thi hái hoa dân chủ ở xã Sơn Thủy\n" + _S1 + "\n" + _S2 + "\nKim Chung (TH)\n")
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(page, doc_id="vi_byline.txt"))
    credit = [e for e in doc.ledger if e.rule == "portal.credit"]
    assert credit and "byline=Kim Chung (TH)" in credit[0].note
    assert doc.meta.get("byline") == "Kim Chung (TH)"


def test_scene_caption_between_sentences():
    assert _rules(["Hội thi hái hoa dân chủ ở xã Sơn Thủy", _S1, "Toàn cảnh buổi trải nghiệm", _S2]) \
        == {2: "portal.scene_caption"}
    # the page's title, a sentence of the text opening with the word, a caption after the last sentence (unknown)
    assert _rules(["Toàn cảnh về FDI của Trung Quốc tại Việt Nam", _S1, _S2]) == {}
    assert _rules(["Hội thi hái hoa dân chủ", _S1, "Quang cảnh buổi lễ rất trang trọng và ấm cúng.", _S2]) == {}
    assert _rules(["Hội thi hái hoa dân chủ", _S1, _S2, "Toàn cảnh hội thi"]) == {}


def test_table_of_contents():
    from mtpipe.clean.vi_chrome import contents

    toc = ["Khiếu Nại Là Gì? Tố Cáo Là Gì?", "Mục lục bài viết", "• 1 1. Khiếu nại là gì? Tố cáo là gì?",
           "• 2 2. Đặc điểm của khiếu nại và tố cáo:", "• 3 3. Vai trò của giải quyết khiếu nại, tố cáo:",
           "1. Khiếu nại là gì? Tố cáo là gì?", "Khoản 1 Điều 2 Luật Khiếu nại quy định việc công dân khiếu nại."]
    assert contents(toc, {1}) == [2, 3, 4]  # under its label (removed), up to the heading repeating its first item
    unlabelled = toc[:1] + toc[2:]
    assert contents(unlabelled, set()) == [1, 2, 3]  # no label: the text repeats its first item as a heading
    # the rest of a list whose first items the duplicate layer took as a table of contents
    rest = ["Tiêm ngừa cho chó, mèo", "- 1. Tại sao phải tiêm ngừa?", "- 2. Lịch tiêm cho chó",
            "- 3. Lịch tiêm cho mèo", "- 4. Bảng tổng hợp", "- 5. Những lưu ý", "1. Tại sao phải tiêm ngừa?",
            "Chó và mèo, đặc biệt là trong giai đoạn sơ sinh, rất dễ bị nhiễm bệnh."]
    assert contents(rest, {1, 2}, {1: "dedupe.contents", 2: "dedupe.contents"}) == [3, 4, 5]
    # same shape, the text's own: a list of steps with no label and no heading repeating it, a list of sentences
    steps = ["Cách nấu phở bò", "Các bước:", "- 1. Ninh xương", "- 2. Nướng hành gừng", "- 3. Nêm gia vị",
             "Phở ngon nhất khi ăn nóng với rau thơm và chanh tươi."]
    assert contents(steps, set()) == []
    said = ["Mục lục", "- Theo dõi quá trình điều trị và diễn biến bệnh tình.",
            "- Đánh giá chất lượng điều trị và dịch vụ chăm sóc y tế.", "- Phục vụ nghiên cứu khoa học và đào tạo."]
    assert contents(said, set()) == []
