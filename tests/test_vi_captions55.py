"""A team or a troupe as a photo caption's subject (issue 12, vi55, ``portal.event_caption`` in
:mod:`mtpipe.clean.vi_captions`).

The caption's subjects were people and bodies named by role; a team or a troupe shown doing a ceremony's act is the
same caption: "Đội văn nghệ cựu TNXP xã Tiến Thành biểu diễn phục vụ Đại hội Phụ nữ thị xã Đồng Xoài" (held38's
h38vi09, left), "Đội lân xuất hiện đón trung thu cùng các bé trường mầm non Hoạ Mi" (t27vi37) and "Các đội tham dự
cuộc thi" (h33vi06), which other layers took by their place.  Same-shape negatives: the page's title above its first
sentence, a sentence of the text with a stop, a team with no ceremony verb, a subheading in capitals, a headline
with a colon, a run of programme rows.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.vi_captions import captions, event_caption_shape

_S1 = ("BP - Qua hơn 5 năm hoạt động, 15 thành viên của Đội văn nghệ cựu thanh niên xung phong xã Tiến Thành đã "
       "tham gia biểu diễn phục vụ hàng chục sự kiện của địa phương.")
_S2 = "Bà Lan cho biết, vợ chồng bà thấy vui khi tham gia đội văn nghệ của Hội Cựu TNXP xã."
_S3 = "Đêm hội trăng rằm năm nay thu hút đông đảo phụ huynh và các bé tham gia, không khí vui tươi, đầm ấm."


@pytest.mark.parametrize("line, taken", [
    ("Đội văn nghệ cựu TNXP xã Tiến Thành biểu diễn phục vụ Đại hội Phụ nữ thị xã Đồng Xoài", True),  # h38vi09
    ("Đội lân xuất hiện đón trung thu cùng các bé trường mầm non Hoạ Mi", True),  # t27vi37
    ("Các đội tham dự cuộc thi nấu ăn chào mừng ngày Quốc tế Phụ nữ", True),  # h33vi06's shape
    # a sentence's end, no ceremony verb, capitals, a colon
    ("Đội văn nghệ biểu diễn phục vụ Đại hội Phụ nữ thị xã Đồng Xoài.", False),
    ("Đội văn nghệ cựu thanh niên xung phong xã Tiến Thành", False),
    ("ĐỘI VĂN NGHỆ BIỂU DIỄN PHỤC VỤ ĐẠI HỘI", False),
    ("Đội tuyển Việt Nam: Tham dự vòng loại với đội hình mạnh nhất", False),
])
def test_team_caption_shape(line, taken):
    assert event_caption_shape(line) is taken


def test_team_caption_between_paragraphs():
    cap = "Đội văn nghệ cựu TNXP xã Tiến Thành biểu diễn phục vụ Đại hội Phụ nữ thị xã Đồng Xoài"
    lines = ["Đội văn nghệ cựu TNXP: Vui sống, sống có ích", _S1, cap, _S2, _S3]
    assert {i: v[0] for i, v in captions(lines, {}).items()} == {2: "portal.event_caption"}


@pytest.mark.parametrize("lines", [
    # the page's title of the same shape above its first sentence
    ["Đội văn nghệ cựu TNXP xã Tiến Thành biểu diễn phục vụ Đại hội Phụ nữ thị xã Đồng Xoài", _S1, _S2],
    # a programme's rows of the same shape (a run of short lines)
    ["Chương trình đêm hội", _S3, "Đội lân biểu diễn múa lân chào mừng", "Đội văn nghệ biểu diễn tiết mục hát múa",
     "Các đội tham dự thi làm lồng đèn", _S2],
])
def test_team_lines_of_the_text_stay(lines):
    assert captions(lines, {}) == {}
