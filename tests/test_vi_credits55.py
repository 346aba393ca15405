"""Initials closing the page under a paragraph that lost its final stop (issue 12, vi55, ``portal.credit`` in
:mod:`mtpipe.clean.vi_chrome`).

``portal.credit`` took a newsroom's initials alone after a sentence ("PV", "P.V", "TH", "BTNO", "XDĐ": h14vi01,
h13vi03, h23vi15, h26vi09) and a bare name closing the page under a paragraph that lost its stop (vi47, t27vi105).
The initials in that place were left: held38's h38vi03 closes on "… một tài lẻ" / "ST" (sưu tầm, "collected").  The
same place now takes initials too.  Negatives of the same shape: a table's cells ("BCG", "IPV" under short lines, the
vaccine calendar of h27vi03), initials that more text follows under an open line (a table's head, h38vi11's "STT"),
a Roman numeral ("II"), initials under a line that leads on (a colon) or under a short line with no stop (a heading).
"""

from __future__ import annotations

import pytest

from mtpipe.clean.vi_chrome import chrome_lines

_P1 = ("Mới đây, Trường mầm non Thái Chánh (thành phố Tây Ninh) tổ chức cho học sinh mẫu giáo khối lớp lá tham quan, "
       "trải nghiệm tại Tiểu đoàn BB3, Trung đoàn BB4, Sư đoàn 5.")
# h38vi03's last paragraph: it lost its final stop
_OPEN = ("Trước đó, nhiều du học sinh Việt Nam cũng đã khiến các cư dân mạng nước bản địa “đổ gục” vì thành tích học "
         "tập suất sắc, nhan sắc hoặc một tài lẻ")
_OPEN2 = ("Chú ý: Để đảm bảo công tác phòng chống dịch Bạn đọc đến Thư viện phải tuân thủ quy trình 5k trong phòng "
          "chống dịch và đo thân nhiệt, khai báo y tế trước khi vào các phòng của viện theo quy định")


def _credits(lines: list[str], removed: set[int] = frozenset()) -> set[int]:
    return {i for i, (r, _n) in chrome_lines(lines, set(removed)).items() if r == "portal.credit"}


@pytest.mark.parametrize("lines, taken", [
    (["Du học sinh Việt gây sốt", _P1, _OPEN, "ST"], {3}),  # h38vi03
    (["Thông báo", _P1, _OPEN2, "PV"], {3}),
    (["Thông báo", _P1, _OPEN2, "P.V"], {3}),
    (["Thông báo", _P1, _OPEN, "(TH)"], {3}),
    (["Thông báo", _P1, _OPEN, "BTNO", "Các tin khác"], {3}),  # a removed widget under it
])
def test_initials_under_an_open_paragraph(lines, taken):
    removed = {len(lines) - 1} if lines[-1] == "Các tin khác" else set()
    assert _credits(lines, removed) == taken


@pytest.mark.parametrize("lines", [
    # a vaccine calendar's cells (h27vi03)
    ["Lịch tiêm chủng", _P1, "Trẻ sơ sinh", "BCG", "2 tháng tuổi", "IPV"],
    # initials that text follows: a table's head under an open line
    ["Bảng giá dịch vụ", _P1, _OPEN, "STT", "TÊN DỊCH VỤ KỸ THUẬT", "Đơn giá (đồng)"],
    # a Roman numeral closing the page
    ["Mục lục", _P1, _OPEN, "II"],
    # under a line that leads on or a heading
    ["Thông báo", _P1, "Danh sách các đơn vị tham gia gồm có các trường và các trung tâm như sau:", "ST"],
    ["Thông báo", _P1, "Các đơn vị tham gia", "ST"],
])
def test_initials_of_the_text_stay(lines):
    assert _credits(lines) == set()
