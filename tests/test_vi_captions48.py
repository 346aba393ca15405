"""vi48 (issue 12): a Vietnamese photo caption ending on the article's event named back by its bare noun.

``portal.event_noun_caption`` (:mod:`mtpipe.clean.vi_captions48`).  Positives: the captions left on the parts first
measured blind (h30vi12 "Toàn cảnh đại biểu buổi Hội thảo", h32vi02 "… của đoàn Cao Bằng tại Lễ hội", h34vi06 "Một
tiết mục văn nghệ tại liên hoan", h34vi11 "Các đại biểu dự Hội nghị", h35vi08 "… tại Hội chợ", h16vi03 "Biển người
tại sự kiện") and forms of news sites ("… và các đại biểu dự Hội thảo", baovanhoa.vn; "… phát biểu khai mạc Liên
hoan", danviet.vn).  Negatives of the same shape: a sentence of the text ending on the noun with a stop (h34vi11), a
subheading naming the event after "của" (t28vi23), a numbered heading of a report, a question, a label with a colon,
a heading in capitals, a caption of no event named before it.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_captions48 import EVENT_NOUN, event_noun_caption, event_noun_captions
from mtpipe.document import Document

_TITLE = "Liên hoan tiếng hát người cao tuổi tỉnh Hưng Yên năm 2018"
_VI = ("Nhân dịp kỷ niệm 77 năm Ngày truyền thống Người cao tuổi Việt Nam, Ban Đại diện Hội Người cao tuổi tỉnh tổ "
       "chức Liên hoan tiếng hát người cao tuổi năm 2018.",
       "Liên hoan thu hút trên 300 diễn viên, nhạc công thuộc các đoàn văn nghệ của 10 huyện, thành phố về tham dự "
       "với 40 tiết mục.",
       "Kết thúc liên hoan, Ban tổ chức đã trao 4 giải A, 6 giải B và 10 giải C cho các đoàn tham gia.")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "Toàn cảnh đại biểu buổi Hội thảo",  # h30vi12
    "Tiết mục biểu diễn Dá Hai của đoàn Cao Bằng tại Lễ hội",  # h32vi02
    "Một tiết mục văn nghệ tại liên hoan",  # h34vi06
    "Các đại biểu dự Hội nghị",  # h34vi11
    "- Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì Hội nghị",  # h34vi11, a caption split over two lines
    "Anh Đặng Văn Hương bên cây Trà hoa vàng - sản phẩm đặc trưng của xã Phong Minh tại Hội chợ",  # h35vi08
    "Biển người tại sự kiện",  # h16vi03
    "Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Vương Đình Huệ và các đại biểu dự Hội thảo",  # baovanhoa.vn
    "Đồng chí Đặng Thị Kiều Vân, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh phát biểu khai mạc Liên hoan",  # danviet.vn
    "| Tổng Lãnh sự Hoàng Ngọc Vinh phát biểu tại buổi lễ |",  # t27vi98, a table cell's caption
])
def test_event_noun_caption_shape(line):
    assert event_noun_caption(line)


@pytest.mark.parametrize("line", [
    "Các ý kiến, đề xuất của Nhân dân đã được lãnh đạo phường tiếp thu, trả lời ngay tại Hội nghị.",  # h34vi11
    "Thời gian tổ chức và quy mô của Hội nghị",  # t28vi23, a subheading
    "2. Các hoạt động chính tại Đại hội",  # a report's numbered heading
    "Những gì đã diễn ra tại Hội nghị?",  # a question
    "Phát biểu tại Hội nghị:",  # a label
    "CÁC ĐẠI BIỂU DỰ HỘI NGHỊ",  # a heading in capitals
    "Tổng Bí thư tham dự và chủ trì hội nghị. Cùng dự có Chủ tịch nước.",  # two sentences
    "Tại Hội nghị",  # too short
    "Hội nghị tổng kết công tác năm 2024 của Đảng ủy phường",  # the event opens the line: a title
])
def test_event_noun_caption_negatives(line):
    assert not event_noun_caption(line)


def test_the_event_is_named_before():
    cap = "Một tiết mục văn nghệ tại liên hoan"
    got = event_noun_captions([_TITLE, _VI[0], cap, _VI[1]], {})
    assert list(got) == [2] and got[2][0] == EVENT_NOUN
    # no event named above the caption: the line may be the page's first, and stays
    assert event_noun_captions([cap, "Ông A cho biết nhà máy đã hoạt động trở lại sau ba tháng sửa chữa."], {}) == {}
    # no paragraph of the text on the page (a list of headlines): nothing goes
    assert event_noun_captions([_TITLE, cap, "Các đại biểu dự Hội nghị"], {}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_event_noun_caption_in_the_cleaner(policy):
    cap = "Một tiết mục văn nghệ tại liên hoan"
    got = _removed("\n".join([_TITLE, _VI[0], cap, _VI[1], _VI[2]]), policy)
    assert got.get(cap) == EVENT_NOUN
    assert not any(line in got for line in (_TITLE, *_VI))
