"""Vietnamese "tại đây" pointers in brackets and an audio player's labels (issue 12, clut59, ``portal.read_more``
and ``portal.widget`` of :mod:`mtpipe.clean.vi_portal`).

* a "tại đây" pointer with a verb of viewing in brackets closing a line of a few words: "Tin ảnh (Xin xem thêm tại
  đây)" (vi57, h33vi15), "(Xem chi tiết tại đây)" and "(Xem thêm tại đây)" (the link text of shops' and schools'
  pages);
* an audio player's label: a listening verb opening the line with what is read out, then "tại đây" ("Nghe nội dung
  chi tiết tại đây:", h39vi10), and the read-aloud button alone ("Nghe đọc bài viết", several news templates).

Same-shape negatives: a sentence with the bracketed pointer glued to its end, a bracket with no verb of viewing, a
sentence opening with "Nghe" ("Nghe con nói, …", "Nghe tin bão về, …"), a sentence about reading an article aloud.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_portal import pointer_kind, widget_label
from mtpipe.document import Document


@pytest.mark.parametrize("line, kind", [
    ("Tin ảnh (Xin xem thêm tại đây)", "here"), ("(Xem chi tiết tại đây)", "here"), ("(Xem thêm tại đây).", "here"),
    ("Lịch thi [Xem tại đây]", "here"), ("Toàn văn Nghị định (tải về tại đây)", "here"),
    ("Nghe nội dung chi tiết tại đây:", "label"), ("Nghe đọc bài viết tại đây", "here"),
    ("Mời nghe bản tin tại đây", "here"), ("Nghe audio tại đây", "here"),
    # same shape, the text's own
    ("Nhập mã VNPAYTGDD2 giảm ngay 1% (tối đa 200.000đ) khi thanh toán qua VNPAY-QR, áp dụng cho đơn hàng từ 3 "
     "Triệu (Xem chi tiết tại đây)", None),
    ("Lịch thu học phí HK3 năm học 2018-2019 từ ngày 18/07/2019 đến ngày 29/07/2019 (Xem thêm tại đây).", None),
    ("Ngôi chùa cổ (nơi chúng tôi gặp nhau tại đây)", None),
    ("Học sinh tham quan bảo tàng (xem hiện vật tại đây)", None),
    ("Nghe con nói, bà mẹ bàng hoàng ngồi sụp xuống tại đây.", None),
    ("Nghe tin bão về, bà con đã tập trung tại đây.", None), ("Nghe qua công việc thì", None),
])
def test_bracketed_and_listening_pointers(line, kind):
    got = pointer_kind(line)
    assert (got[1] if got else None) == kind


@pytest.mark.parametrize("line, taken", [
    ("Nghe đọc bài viết", True), ("| Nghe đọc bài viết", True),
    # same shape, the text's own
    ("Nghe đọc bài viết này, tôi rất xúc động.", False), ("Nghe đọc bài viết của con", False),
])
def test_read_aloud_button(line, taken):
    assert (widget_label(line) is not None) == taken


_PAGE = """Giá vé xe buýt cho sinh viên TPHCM
Phóng viên - 21/08/2019 | 14:56
Nghe nội dung chi tiết tại đây:
Theo ông Nguyễn Hoàng Hải, Giám đốc Trung tâm Quản lý và điều hành giao thông đô thị, việc hỗ trợ giá vé xe buýt đã được thực hiện từ nhiều năm nay.
Học sinh, sinh viên được mua vé tháng với giá ưu đãi tại các điểm bán vé trên địa bàn thành phố.
Tin ảnh (Xin xem thêm tại đây)
Nghe tin giá vé giảm, nhiều sinh viên đã đến các điểm bán vé từ sáng sớm để đăng ký mua vé tháng.
Thánh lễ mừng kính lúc 17:30 được cử hành trọng thể với sự tham dự của đông đảo giáo dân trong giáo xứ.
"""


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_through_the_cleaner(policy):
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_PAGE, doc_id="vi_page.txt"))
    assert doc.meta["lang"] == "vi"
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    for s in ("Nghe nội dung chi tiết tại đây:", "Tin ảnh (Xin xem thêm tại đây)"):
        assert s not in kept, s
    for s in ("Theo ông Nguyễn Hoàng Hải", "Nghe tin giá vé giảm", "Thánh lễ mừng kính lúc 17:30"):
        assert s in kept, s
