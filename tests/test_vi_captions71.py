"""Taking part and a show's act in a photo caption (issue 12, clut71, ``portal.event_caption`` in
:mod:`mtpipe.clean.vi_captions`).

Captions of school and commune news name who takes part in what ("Các em học sinh tham gia trải nghiệm các hoạt
động trong sân trường", nghiadan.vn t28vi03, left; "Các bé hào hứng tham gia Lễ hội Bé vui Trung thu", t27vi37) or
which act of a show the photo holds ("Tiết mục tham gia giao lưu của Hội người cao tuổi xã Bài Sơn", doluong.gov.vn
h26vi15, left; "Tiết mục biểu diễn Dá Hai của đoàn Cao Bằng tại Lễ hội", h32vi02).  The verb "tham gia" and the subject
"tiết mục" join the closed lists; the caption's place is unchanged.  Made-up examples of the class; same-shape negatives:
the page's title above its first sentence, a sentence of the text with a stop, a subheading over its section (a short
line, no subject by role), a headline with a colon, a question, a run of programme rows, a heading in capitals.
"""

from __future__ import annotations

import pytest

from mtpipe.clean.vi_captions import captions, event_caption_shape

_S1 = ("Sáng 12/5, Trường Tiểu học Hòa Bình phối hợp với Đoàn xã tổ chức ngày hội trải nghiệm cho hơn 300 học sinh "
       "toàn trường.")
_S2 = "Tại ngày hội, các em được hướng dẫn kỹ năng thoát hiểm và sơ cứu ban đầu khi gặp tai nạn."
_S3 = "Kết thúc chương trình, Ban tổ chức đã trao 5 giải nhất, 8 giải nhì cho các đội."


@pytest.mark.parametrize("line, taken", [
    ("Các em học sinh tham gia trò chơi dân gian trong sân trường", True),
    ("Học sinh khối 5 hào hứng tham gia cuộc thi vẽ tranh", True),
    ("Tiết mục của các cháu mầm non biểu diễn chào mừng ngày 20/11", True),
    ("Tiết mục tham gia hội diễn của Hội Cựu chiến binh xã", True),
    # a sentence's end, a colon, a question, capitals, no subject by role
    ("Các em học sinh tham gia trò chơi dân gian trong sân trường.", False),
    ("Học sinh tham gia giao thông: Những điều cần biết", False),
    ("Học sinh có nên tham gia học thêm vào dịp hè?", False),
    ("CÁC EM HỌC SINH THAM GIA NGÀY HỘI TRẢI NGHIỆM", False),
    ("Tham gia bảo hiểm y tế học sinh năm học mới", False),
    ("Tiết mục múa của các cháu trường mầm non Hoa Sen", False),  # a subject, no verb: a programme's row
    ("Điều kiện tham gia cuộc thi vẽ tranh cấp huyện", False),
])
def test_taking_part_caption_shape(line, taken):
    assert event_caption_shape(line) is taken


def test_taking_part_caption_between_paragraphs():
    cap = "Các em học sinh tham gia trò chơi dân gian trong sân trường"
    lines = ["Ngày hội trải nghiệm của học sinh Trường Tiểu học Hòa Bình", _S1, cap, _S2, _S3]
    assert {i: v[0] for i, v in captions(lines, {}).items()} == {2: "portal.event_caption"}


def test_act_caption_closing_the_text():
    cap = "Tiết mục của các cháu mầm non biểu diễn chào mừng ngày 20/11"
    lines = ["Ngày hội văn nghệ của xã", _S1, _S3, cap]
    assert {i: v[0] for i, v in captions(lines, {}).items()} == {3: "portal.event_caption"}


@pytest.mark.parametrize("lines", [
    # the page's title of the same shape above its first sentence
    ["Các em học sinh tham gia trò chơi dân gian trong sân trường", _S1, _S2],
    # a programme's rows of the same shape (a run of short lines)
    ["Chương trình ngày hội", _S1, "Học sinh tham gia thi kéo co", "Tiết mục văn nghệ của khối 5",
     "Các em tham gia thi vẽ tranh", _S2],
    # a subheading over its section, no subject by role
    [_S1, "Tham gia bảo hiểm y tế học sinh", _S2, _S3],
])
def test_lines_of_the_text_stay(lines):
    assert captions(lines, {}) == {}
