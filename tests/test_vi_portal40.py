"""Vietnamese portal furniture told by its words (issue 12, vi40, :mod:`mtpipe.clean.vi_portal`).

* ``portal.read_more``: a line opening with a pointer to other items ("Xem thêm: …", "Có thể bạn quan tâm: …");
* ``portal.read_more_list``: the titles or addresses under a pointer label ending with ":";
* ``portal.widget``: a whole line that is a portal's widget label ("In bài này", "Thống kê truy cập", "Đóng [X]");
* ``portal.photo``: an image's placeholder or caption marker ("anh tin bai", "Trong ảnh là …", "… - Ảnh 2.").

Same-shape negatives: "Xem xét …" (another word), a sentence going on after "Xem thêm" with no separator, a quoted
pointer inside a sentence, a title in capitals, a subheading opening with a widget's word, the text's own list under
"Xem thêm:", a poem of short lines, a Russian page.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_portal import (address_slug, breadcrumb, byline_field, photo_marker, pointer_kind, portal_lines,
                                    tag_line, widget_label)
from mtpipe.document import Document


@pytest.mark.parametrize("line, kind", [
    ("Xem thêm: 15 đặc sản Hà Giang làm mê lòng dân phượt", "target"),
    (">> Bạn có thể xem thêm: 5 cách đẩy sản dịch ra nhanh sau hút thai", "target"),
    ("Có thể bạn quan tâm: Cách Nấu Nước Sâm Táo Đỏ Ngọt Mát Bổ Dưỡng Tại Gia", "target"),
    ("Xem thêm tại Công văn 1682/SGDĐT-KTKĐ ngày 11/4/2023.", "target"),
    (">>> Xem thông tin chi tiết tại đây: 81/TB-UBND", "target"),
    ("Tin liên quan » Giá lúa gạo hôm nay đi ngang", "target"),
    ("Xem thêm thông tin về sự cố:", "label"),
    ("Đọc thêm", "bare"),
    ("Xem thêm...", "bare"),
    ("Lịch thi xem tại đây", "here"), ("Xem bản đầy đủ trên google drive: TẠI ĐÂY", "here"),
    ("Xin mời xem hình đầy đủ với dung lượng lớn tại đây:", "label"),
    ("Mời xem video: Lễ khai giảng năm học mới", "target"),
    ("Đọc các tin khác ➥", "bare"),
    # same shape, not a pointer
    ("  • Xem xét các đặc điểm, tính năng sản phẩm.", None),
    ("Chúng tôi đã gặp nhau lần đầu tại đây.", None), ("Ở đây còn có khu trưng bày và bán sản phẩm", None),
    ("Chi tiết xem tại https://www.studyjapan.go.jp/en/toj/toj0302e-20.html", None),
    ("Xem thêm các đặc điểm của sản phẩm trong bảng dưới đây.", None),
    ('Bài "Xem thêm: Hà Giang mùa nước đổ" được nhiều bạn đọc chia sẻ.', None),
    ("Đọc thêm sách mỗi ngày giúp trẻ phát triển ngôn ngữ và tư duy của mình rất nhiều, theo các chuyên gia "
     "giáo dục hàng đầu thế giới hiện nay: họ khuyên cha mẹ nên đọc cùng con ít nhất mười lăm phút mỗi tối", None),
])
def test_pointer_lines(line, kind):
    got = pointer_kind(line)
    assert (got[1] if got else None) == kind


@pytest.mark.parametrize("line, taken", [
    ("Thống kê truy cập", True), ("In bài này", True), ("- |Đóng cửa sổ này", True), ("Đóng [X]", True),
    ("[Trở về]", True), ("Ý kiến ()", True), ("Có 1 bình luận", True), ("Chia sẻ qua", True),
    ("Liên kết ngoài", True), ("Văn bản liên quan", True), ("Đang xem: Hợp tác xã nông nghiệp là gì", True),
    # clut58: the archive's label over its date picker (h39vi07; three CMS templates print it)
    ("Các tin đã đưa ngày:", True), ("Các tin đã đưa ngày", True), ("» Các tin đã đưa ngày:", True),
    ("Các tin đã đưa ngày 5/3 cho thấy giá vàng tăng mạnh.", False),
    ("Các tin đã đưa ngày hôm qua về vụ cháy là chưa chính xác", False),
    # same shape, the text's own
    ("THÔNG BÁO", False), ("Chia sẻ kinh nghiệm nuôi tôm thẻ", False), ("Ý kiến của cử tri", False),
    ("Đóng góp của người dân", False), ("Liên kết vùng", False),
    ("Đang xem xét hồ sơ của 12 hộ dân trong xã, dự kiến hoàn thành trong tháng tới.", False),
])
def test_widget_labels(line, taken):
    assert (widget_label(line) is not None) == taken


@pytest.mark.parametrize("line, taken", [
    ("anh tin bai", True), ("Ảnh minh họa.", True), ("(Ảnh minh họa)", True),
    ("Trong ảnh là mắm cá mè vinh - đặc sản của thị xã Tân Châu, An Giang.", True),
    ("Nước mắt của mẹ khi con gái tự nhận thức được bố mẹ mình là ai - Ảnh 2.", True),
    # same shape, a sentence's own words
    ("Tôi đã chụp được bức ảnh 1", False), ("Trong ảnh hưởng của bão số 3, nhiều nhà bị tốc mái.", False),
    ("Ảnh hưởng của hạn mặn đến cây lúa", False),
])
def test_photo_markers(line, taken):
    assert (photo_marker(line) is not None) == taken


@pytest.mark.parametrize("line, kind", [
    ("Thẻ:", "bare"), ("Tag: kinh tế", "tags"), ("Tags: FAQ, games", "tags"),
    # same shape, a sentence about a card
    ("Thẻ: Visa là loại thẻ thanh toán quốc tế phổ biến nhất hiện nay.", None), ("Thẻ ATM bị nuốt ở đâu?", None),
    ("Thẻ: 50.000 đồng", None), ("Nhãn: 30.000 đồng/kg", None),
])
def test_tag_lines(line, kind):
    assert tag_line(line) == kind


@pytest.mark.parametrize("line, taken", [
    ("Tác giả bài viết: Thanh Xuân", True), ("Đăng bởi: Hân Nguyễn", True), ("Đăng lúc: , Cập nhật", True),
    ("Date:", True), ("Lượt xem: 4428", True), ("Ngày cập nhật : 26/11/2018", True),
    # same shape: a source the text cites, a field list of a book, a sentence after "Cập nhật:"
    ("Nguồn: Vtv", False),
    ("Tác giả: Sông Lam; Nxb: Thanh niên; Khổ sách: 13 cm x 20.5 cm; Số lượng: 227 tr.; Năm: 2016.", False),
    ("Cập nhật: Giá vàng hôm nay tăng mạnh sau khi Fed công bố quyết định lãi suất mới.", False),
    ("Tác giả của bài thơ là một người lính trẻ", False),
])
def test_byline_fields(line, taken):
    assert (byline_field(line) is not None) == taken


@pytest.mark.parametrize("line, taken", [
    ("kinh-nghiem-phuot-bac-kinh-mcmli", True), ("tu-van-luat-hon-nhan-gia-dinh", True),
    # same shape: a date, a code, a hyphenated name in a sentence, a two-word slug
    ("20-02-2009", False), ("4D5EAAC6-8191-4029", False), ("Hà Nội - Hải Phòng - Quảng Ninh", False),
    ("kinhnghiem-datphong", False), ("covid-19", False),
])
def test_address_slugs(line, taken):
    assert address_slug(line) == taken


@pytest.mark.parametrize("line, taken", [
    ("Trang chủUncategorizedChủ tịch Tập Cận Bình thăm Việt Nam: Nhiều kỳ vọng hợp...", True),
    ("Trang chủ » Kinh tế tài chính » Thương phiếu là gì?", True), ("  1. Trang chủ", True),
    ("« Home « Kết quả tìm kiếm", True), ("Trang chủ Quốc tế", True),
    # same shape: sentences about a home page
    ("Trang chủ là trang đầu tiên mà người dùng nhìn thấy khi vào website.", False),
    ("Trang chủ của website được thiết kế lại", False), ("Trang chủ Mới Của Trường Đã Hoạt Động Từ Hôm Nay.", False),
])
def test_breadcrumbs(line, taken):
    assert breadcrumb(line) == taken


def test_tags_under_a_bare_label():
    lines = ["Nhà ba tầng ở phường Bồ Đề, Hà Nội cháy lớn, 3 cháu nhỏ bị mắc kẹt.", "Thẻ:", "Cứu hỏa",
             "Cháy nhà dân ở Hải Phòng, 5 người bị mắc kẹt trong nhà"]
    assert {i: r for i, (r, _n) in portal_lines(lines, set()).items()} == {1: "portal.tags", 2: "portal.tags"}


def test_links_under_a_pointer_label_and_not_the_texts_own_list():
    lines = ["Tiếp theo chỉ đạo phòng, chống dịch Covid-19 trên địa bàn Thành phố Hồ Chí Minh.",
             "Trung tâm xin thông báo ngưng hoạt động các tuyến xe buýt từ ngày 08 tháng 06 năm 2021.",
             "Xem thêm thông tin các tuyến tạm ngưng khác tại:",
             "1/ Thông tin hoạt động xe buýt ngày 31/05/2021",
             "2/ Thông tin hoạt động xe buýt 29/05/2020"]
    got = portal_lines(lines, set())
    assert {i: r for i, (r, _n) in got.items()} == {2: "portal.read_more", 3: "portal.read_more_list",
                                                    4: "portal.read_more_list"}
    own = ["1. Điều Kiện Để Du Học Trung Quốc",
           "Xem thêm:",
           "- Là công dân nước ngoài không mang hộ chiếu Trung Quốc.",
           "- Độ tuổi quy định: từ 18 tuổi đến dưới 35 tuổi.",
           "- Học lực trung bình khá trở lên.",
           "2. Hồ Sơ Đăng Ký Xin Du Học Trung Quốc"]
    got = portal_lines(own, set())
    assert list(got) == [1]  # the label goes, the text's own list under it stays
    listing = ["Trong cuộc gặp gỡ các nhóm dân tộc bản địa Canada, Đức Thánh Cha nói rằng ngài muốn thăm Canada.",
               "Đọc thêm",
               "Thánh lễ tạ ơn của Đức Tổng giám mục Giuse trước khi Giáo phận đón Vị Mục tử mới",
               "Vào hồi 10 giờ sáng nay, Đức Tổng giám mục đã dâng Thánh lễ tạ ơn Thiên Chúa tại nhà nguyện."]
    assert list(portal_lines(listing, set())) == [1]  # the button under a teaser: the next teaser's title stays


_PAGE = """TIN HOẠT ĐỘNG XÃ
Hội thi hái hoa dân chủ tại xã Sơn Thủy thu hút đông đảo người dân tham gia.
Sáng nay, tại hội trường xã đã diễn ra hội thi hái hoa dân chủ với sự tham gia của 12 đội thi.
THÔNG BÁO
Ban tổ chức thông báo kết quả như sau:
Giải nhất: đội thôn Tầm Ngân
Giải nhì: đội thôn Đèo Khê
Mùa thu về trên phố
Lá vàng rơi khẽ khàng
Em đi qua ngõ nhỏ
Nghe gió hát mơ màng
Bài thơ "Xem thêm: mùa thu Hà Nội" được các em đọc trong buổi lễ bế mạc hội thi năm nay.
anh tin bai
Các đội thi sôi nổi trả lời những câu hỏi về pháp luật và đời sống của người dân.
Có thể bạn quan tâm: Xuất Hóa tiếp tục sử dụng loa lưu động tuyên truyền
Hội thi là dịp để người dân trong xã hiểu thêm về các chính sách, pháp luật của Nhà nước.
Thống kê truy cập
Kết thúc hội thi, ban tổ chức đã trao giải cho các đội đạt thành tích cao trong năm nay.
In bài này
Xem thêm: Hội thi tìm hiểu pháp luật tại xã Lâm Thủy năm 2024
"""
_GONE = ("anh tin bai", "In bài này", "Thống kê truy cập",
         "Xem thêm: Hội thi tìm hiểu pháp luật tại xã Lâm Thủy năm 2024",
         "Có thể bạn quan tâm: Xuất Hóa tiếp tục sử dụng loa lưu động tuyên truyền")


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_PAGE, doc_id="vi_page.txt"))
    assert doc.meta["lang"] == "vi"
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    for s in _GONE:
        assert s not in kept, s
    for s in ("TIN HOẠT ĐỘNG XÃ", "THÔNG BÁO", "Giải nhất: đội thôn Tầm Ngân", "Lá vàng rơi khẽ khàng",
              'Bài thơ "Xem thêm: mùa thu Hà Nội"', "Nghe gió hát mơ màng"):
        assert s in kept, s
    portal = {e.text.strip(): e for e in doc.ledger if e.rule.startswith("portal.") and e.action == "removed"}
    assert all(e.note for e in portal.values())
    assert {"Thống kê truy cập", "anh tin bai", "Có thể bạn quan tâm: Xuất Hóa tiếp tục sử dụng loa lưu động tuyên "
            "truyền"} <= set(portal)  # inside the text: no layer before this one takes them


def test_not_on_a_russian_page():
    lines = ["Главная", "Xem thêm: 15 đặc sản Hà Giang", "В городе открыли новую школу для детей."]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="ru.txt")
    from mtpipe.clean.marks import Marks
    from mtpipe.clean.lines import line_spans
    from mtpipe.clean.vi_portal import PortalLines

    marks = Marks(doc, "ru", line_spans(doc.text))
    PortalLines().mark(marks)
    assert marks.removed == {}
