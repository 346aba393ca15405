"""rel103 (issue 12, post-blind): hyphenated headlines of other stories that ``boilerplate.teaser_bullets`` left
(:func:`mtpipe.clean.teasers.teaser_bullets`).

Two shapes, made up after held55's pages (h55vi08: ten titles each glued to a CMS's stamp "(06/11/2023 - 19:40:16)",
closing the page, "Kỷ niệm …" and "Cộng đồng …" twice among them; h55vi03: five titles between the article's
paragraphs, no heading):

* a run closing the page whose every line ends with a publication stamp (a full date with its year, and a time of
  day for the parallel-first-word test to be waived);
* a run of three or more between the article's paragraphs, after a sentence closing with its stop, the line under it
  no list item.

Negatives: the nearest content shapes (a chronicle's dated items without a time opening alike, two lines inside the
text, a list going on under the run with an item that is a sentence, a table of contents whose lines the text prints
again as headings, a list announced by a colon, a day-and-month "(19/07)" that is no stamp).
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.teasers import BULLET_RULE, teaser_bullets
from mtpipe.document import Document

_VI = ["Cảnh sát đấu bóng với cộng đồng Việt Nam vì mục đích từ thiện",
       "Cứ một lần trong một năm họ lại gặp nhau để so tài trong giải bóng và quyên tiền cho mục đích chung.",
       "Sau trận bóng, mọi người cũng đã được thưởng thức các món ăn Việt Nam."]
_STAMPED = ["- Người Việt tại Cộng hòa Séc phát huy truyền thống tương thân, tương ái(06/11/2023 - 20:03:12)",
            "- Kỷ niệm 20 năm thành lập Trung tâm tiếng Việt tại CH Séc(23/10/2023 - 19:40:16)",
            "- Cộng đồng người Việt Nam tại Séc đoàn kết hướng về quê hương(17/10/2023 - 19:45:27)",
            "- Kỷ niệm 10 năm ra mắt Đại từ điển của người Việt Nam tại Cộng hòa Séc(24/09/2023 - 19:44:46)",
            "- Cộng đồng người Việt là cầu nối quan trọng cho quan hệ hữu nghị Việt - Séc(30/08/2022 - 19:54:09)"]
_INLINE = ["- Lý do Thổ Nhĩ Kỳ trì hoãn phê chuẩn kết nạp Thụy Điển vào NATO",
           "- Trường Đại học Sư phạm thông báo điểm chuẩn trúng tuyển sớm",
           "- Khai mạc giải thể thao sinh viên Đại học Thái Nguyên mở rộng năm 2023",
           "- Điểm liệt thi tốt nghiệp THPT năm 2023 là mấy điểm?"]
_AFTER = "Hai đại diện của trường cũng từng giành được nhiều giải thưởng cao tại các cuộc thi hùng biện."


def _taken(lines, removed=frozenset()):
    got = teaser_bullets(lines, set(removed))
    assert all(rule == BULLET_RULE and note for rule, note in got.values())
    return sorted(got)


@pytest.mark.parametrize("lines,taken", [
    # stamped titles closing the page, first words repeated (h55vi08's shape)
    ([*_VI, *_STAMPED], [3, 4, 5, 6, 7]),
    # the stamp set apart by a space, a date only, first words of their own; a title closing on its own bracket
    ([*_VI, "- Đoàn đại biểu thành phố Thiên Tân thăm thành phố (Trung Quốc) (01-08-2009)",
      "- Triển lãm ảnh về quan hệ hai nước tại Nhà văn hóa Thanh niên (26-05-2009)"], [3, 4]),
    # a box of titles between the article's paragraphs (h55vi03's shape)
    ([*_VI, *_INLINE, _AFTER], [3, 4, 5, 6]),
    ([*_VI, *_INLINE[:3], "Nguyễn Mai Chi đạt giải Khuyến khích tại cuộc thi Hùng biện", _AFTER], [3, 4, 5]),
])
def test_related_bullets(lines, taken):
    assert _taken(lines) == taken


@pytest.mark.parametrize("lines", [
    # a chronicle's dated items, no time of day, opening alike: the text's own parallel list
    [*_VI, "- Kỷ niệm 10 năm thành lập Hội người Việt tại thành phố Sokolov (12/03/2013)",
     "- Kỷ niệm 20 năm thành lập Hội người Việt tại thành phố Sokolov (12/03/2023)"],
    # two titles inside the text; three with an item of the text's list going on under them
    [*_VI, *_INLINE[:2], _AFTER],
    [*_VI, *_INLINE[:3], "- Học phí từ 1.500 USD đến 4.000 USD mỗi năm tùy từng trường.", _AFTER],
    # a table of contents: each line printed again as a heading of the text
    [*_VI, "- Tổng quan về hồ sơ bệnh án và vai trò của nó", "- Quy trình lập và quản lý hồ sơ bệnh án tại bệnh viện",
     "- Quyền lợi và nghĩa vụ của bệnh nhân với hồ sơ bệnh án", "Tổng quan về hồ sơ bệnh án và vai trò của nó", _AFTER],
    # a list the text announces with a colon
    [*_VI[:2], "Chương trình gồm các hoạt động sau:", *_INLINE, _AFTER],
    # a day and month is no stamp: a line closing on a bracket stays no headline ("(19/07)", a date of the text)
    [*_VI, "- Đoàn đại biểu thành phố Thiên Tân thăm thành phố (Trung Quốc) (19/07)",
     "- Triển lãm ảnh về quan hệ hai nước tại Nhà văn hóa (Hà Nội) (20/07)"],
])
def test_not_related_bullets(lines):
    assert _taken(lines) == []


def test_page():
    text = "\n\n".join([*_VI, *_INLINE, _AFTER, *_STAMPED]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="assoc.example/a.txt", path="assoc.example/a.txt"))
    gone = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert all(gone.get(t) for t in [*_INLINE, *_STAMPED])
    assert not set(gone) & {*_VI[1:], _AFTER}
