"""clut51 (issue 12): a Vietnamese photo caption naming its person by office, name and position.

``portal.person_caption`` (:mod:`mtpipe.clean.vi_captions51`).  Positives: the captions left on dev parts (h34vi11,
h22vi07, h35vi12, h10vi09's shape), the ones the verb-caption layer took on h29vi04, h29vi06, t28vi31, and a news
site's form ("Ông Lữ Văn Hùng - Bí thư Tỉnh ủy Bạc Liêu …", vietnamnet.vn).  Negatives of the same shape: a sentence
of the text with its stop, a list's item with its marker, a quote's attribution ending with ":", a subject that is no
person ("Bà con nông dân, …", "Ông bà ta có câu, …"), a name with its verb and no apposition, a question; in place:
the page's title above the first paragraph, a list of people one a line, the people a line ending with ":" announces.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_captions51 import PERSON, person_caption, person_captions
from mtpipe.document import Document

_TITLE = "Phường Tràng Minh đối thoại với đại biểu Nhân dân năm 2024"
_VI = ("Chiều ngày 01/10/2024, Đảng ủy - Ủy ban nhân dân phường Tràng Minh tổ chức Hội nghị đối thoại giữa đồng chí "
       "Bí thư, Chủ tịch UBND phường với đại biểu Nhân dân năm 2024.",
       "Tại Hội nghị, đại biểu Nhân dân phường bày tỏ các ý kiến quan tâm đến một số chủ trương, chính sách đã và sẽ "
       "ban hành.",
       "Các ý kiến kiến nghị, đề xuất của Nhân dân đã được lãnh đạo phường tiếp thu, trả lời ngay tại Hội nghị.")


def _removed(text: str, policy: str) -> dict[str, str]:
    doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line", [
    "Đồng chí Nguyễn Thị Hậu - Bí thư Đảng ủy phường và đồng chí Vũ Khắc Hào",  # h34vi11, its verb on the next line
    "Ông Trương Văn Bân, Trưởng đoàn cựu chiến binh giúp Việt Nam trong kháng chiến chống Mỹ",  # h22vi07
    "Đồng chí Nguyễn Tráng Kiện, HUV, Phó Chủ tịch UBND huyện triển khai quyết định hợp nhất",  # h35vi12
    "Tổng bí thư Nguyễn Phú Trọng, Chủ tịch nước Võ Văn Thưởng và Thủ tướng Phạm Minh Chính thăm Trung Quốc",  # h10vi09
    "Đồng chí Đoàn Thu Hà, Phó Chủ tịch UBND tỉnh Lạng Sơn tiễn Bộ trưởng Ngoại giao Bùi Thanh Sơn",  # h29vi04
    "Đ/c Nông Quang Trung- Giám đốc Trung tâm Y tế phát biểu tại lễ khánh thành",  # h29vi06
    "Ông Nguyễn Tiến Dũng - Phó Giám đốc Sở Công Thương Quảng Ninh chia sẻ tại hội nghị",  # t28vi31
    "Ông Lữ Văn Hùng - Bí thư Tỉnh ủy Bạc Liêu trao đổi cởi mở về những vấn đề quan trọng của tỉnh",  # vietnamnet.vn
    "Đồng chí Phạm Đức Cường - Chủ tịch Ủy ban MTTQ Việt Nam phường |",  # h34vi11, a table cell's bar
])
def test_person_caption_shape(line):
    assert person_caption(line)


@pytest.mark.parametrize("line", [
    "Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.",  # a sentence of the text
    "- Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, Trưởng đoàn",  # a list's item
    "Ông Nguyễn Văn A, Giám đốc Sở Y tế cho biết:",  # a quotation's attribution
    "Bà con nông dân, hợp tác xã tham gia hội chợ nông sản",  # no person named
    "Ông bà ta có câu, ăn quả nhớ kẻ trồng cây",  # a saying
    "Ông Nguyễn Văn Dũng cho biết, năm nay giá lúa tăng",  # a name with its verb, no position in apposition
    "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy có ý kiến gì?",  # a question
    "Ông Trần Văn B, Giám đốc: \"Chúng tôi sẽ làm đến cùng\"",  # a headline with a quotation
    "Đồng chí Lê Văn C",  # a name alone
])
def test_person_caption_negatives(line):
    assert not person_caption(line)


def test_person_caption_in_place():
    cap = "Đồng chí Nguyễn Thị Hậu - Bí thư Đảng ủy phường và đồng chí Vũ Khắc Hào"
    got = person_captions([_TITLE, _VI[0], cap, _VI[1]], {})
    assert list(got) == [2] and got[2][0] == PERSON
    # the page's title, above the first paragraph, has the shape and stays
    title = "Đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy làm việc tại huyện Yên Minh"
    assert person_captions([title, _VI[0], _VI[1]], {}) == {}
    # a list of people, one a line, and people announced by a line ending with ":" stay
    people = ["Ông Nguyễn Văn A - Giám đốc Trung tâm Văn hóa huyện", "Bà Trần Thị B - Phó Giám đốc Trung tâm Văn hóa"]
    assert person_captions([_TITLE, _VI[0], *people, _VI[1]], {}) == {}
    assert person_captions([_TITLE, _VI[0], "Ban tổ chức gồm các đồng chí:", people[0], _VI[1]], {}) == {}
    # no paragraph of the text on the page: nothing goes
    assert person_captions([_TITLE, cap], {}) == {}


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_person_caption_in_the_cleaner(policy):
    cap = "Ông Trương Văn Bân, Trưởng đoàn cựu chiến binh giúp Việt Nam trong kháng chiến chống Mỹ"
    got = _removed("\n".join([_TITLE, _VI[0], cap, _VI[1], _VI[2]]), policy)
    assert got.get(cap) == PERSON
    assert not any(line in got for line in (_TITLE, *_VI))
