"""A bare name's two more places as a sign-off (issue 12, vi47, :mod:`mtpipe.clean.vi_chrome`, ``portal.credit``).

* closing the page under a paragraph that lost its final stop (t27vi105: "… theo quy định" / "Tiến Dũng");
* one story's sign-off on a page of several, between a paragraph and the next story's (h21vi05 "Đinh Hằng",
  h23vi15 "Hoàng Yến", a tag page of a provincial paper).

Same-shape negatives: a profile's subject (the paragraph under it opens on a person, or names the given name again),
a section named after a place opening like a surname ("Phan Thiết", "Cao Bằng", named again in the text), a name
under the page's title (the heading's byline, :mod:`.vi_heads`), a sentence that goes on to the name ("… của" /
"Nguyễn Văn An"), a short line with no stop over a name (a heading), a list of names.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.vi_chrome import chrome_lines

_P1 = ("Mới đây, Trường mầm non Thái Chánh (thành phố Tây Ninh) tổ chức cho học sinh mẫu giáo khối lớp lá tham quan, "
       "trải nghiệm tại Tiểu đoàn BB3, Trung đoàn BB4, Sư đoàn 5.")
_P2 = ("Do tác động của đại dịch Covid-19, trên 500 trường mầm non tư thục phải giải thể, thông tin được nêu ra tại "
       "phiên giải trình với Quốc hội.")
_P3 = ("“Banda Aceh giờ đã khác sau 12 năm, nhưng ký ức về việc ký kết sẽ luôn ở đây, tôi đã gặp lại người lái xe "
       "năm nào”.")
_OPEN = ("Chú ý: Để đảm bảo công tác phòng chống dịch Bạn đọc đến Thư viện phải tuân thủ quy trình 5k trong phòng "
         "chống dịch và đo thân nhiệt, khai báo y tế trước khi vào các phòng của viện theo quy định")


def _rules(lines: list[str], removed: set[int] = frozenset()) -> dict[int, str]:
    return {i: r for i, (r, _n) in chrome_lines(lines, set(removed)).items()}


@pytest.mark.parametrize("lines, taken", [
    # one story's sign-off between two stories of a tag page (h23vi15, h21vi05)
    (["Trường mầm non", _P1, "Hoàng Yến", _P2], {2}),
    (["Du lịch", _P2, _P3, "Đinh Hằng", _P1], {3}),
    (["Tin tức", _P1, "Trần Thị Thu Hà", _P2, "BTNO"], {2, 4}),
    # the page's last line under a paragraph that lost its stop (t27vi105)
    (["Thông báo", "Thư viện tỉnh trân trọng thông báo.", _OPEN, "Tiến Dũng"], {3}),
    (["Thông báo", _P1, _OPEN, "Nguyễn Văn Hùng"], {3}),
])
def test_sign_offs(lines, taken):
    assert {i for i, r in _rules(lines).items() if r == "portal.credit"} == taken


@pytest.mark.parametrize("lines", [
    # a profile's subject: the paragraph under it opens on a person, or names the given name again
    ["Những gương mặt tiêu biểu", _P1, "Nguyễn Văn An",
     "Anh sinh năm 1990 tại Huế, tốt nghiệp đại học năm 2012 và về công tác tại xã."],
    ["Những gương mặt tiêu biểu", _P1, "Trần Thị Bình",
     "Năm 2015, Bình được bầu làm chi hội trưởng chi hội phụ nữ thôn và gắn bó với công việc đến nay."],
    ["Gương sáng", _P1, "Lê Văn Tám", "Ông là người đã hy sinh anh dũng trong những ngày đầu kháng chiến ở Sài Gòn."],
    # a section named after a place that opens like a surname: the text names it again
    ["Những điểm đến mùa hè", _P1, "Phan Thiết",
     "Phan Thiết nổi tiếng với những bãi biển đẹp, đồi cát bay và các món hải sản tươi ngon quanh năm."],
    ["Những điểm đến mùa hè", _P2, "Cao Bằng",
     "Thác Bản Giốc ở Cao Bằng là một trong những thác nước đẹp nhất Đông Nam Á, thu hút nhiều du khách."],
    # a name under the page's title (the heading's byline: its own rule), under a short line with no stop
    ["Kỳ vọng gì ở thượng đỉnh Mỹ-Trung Quốc?", "Phan Quân", _P2],
    ["Hội thi hái hoa dân chủ", "Lễ khai mạc hội thi", "Nguyễn Văn Hùng"],
    # a sentence going on to the name on the page's last line
    ["Kết quả hội thi", _P1, "Giải nhất thuộc về em học sinh lớp 9A trường THCS Trần Phú với bài thi xuất sắc của",
     "Nguyễn Văn An"],
    # a list of names under a paragraph
    ["Danh sách khen thưởng", "Ban tổ chức đã trao giải cho các cá nhân sau đây.", "Nguyễn Văn An",
     "Trần Thị Bình", "Lê Văn Cường"],
])
def test_names_of_the_text_stay(lines):
    assert "portal.credit" not in _rules(lines).values()
