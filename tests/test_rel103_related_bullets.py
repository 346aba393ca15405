"""rel103 (issue 12, post-blind): hyphenated headlines of other stories that ``boilerplate.teaser_bullets`` left
(:func:`mtpipe.clean.teasers.teaser_bullets`).

Made up after held55's h55vi08 (ten titles each glued to a CMS's stamp "(06/11/2023 - 19:40:16)", closing the page,
"Kỷ niệm …" and "Cộng đồng …" twice among them): a run closing the page whose every line ends with a publication stamp
(a full date with its year, and a time of day for the parallel-first-word test to be waived).

Negatives: the nearest content shapes (a chronicle's dated items without a time opening alike, a day-and-month
"(19/07)" that is no stamp).
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
])
def test_related_bullets(lines, taken):
    assert _taken(lines) == taken


@pytest.mark.parametrize("lines", [
    # a chronicle's dated items, no time of day, opening alike: the text's own parallel list
    [*_VI, "- Kỷ niệm 10 năm thành lập Hội người Việt tại thành phố Sokolov (12/03/2013)",
     "- Kỷ niệm 20 năm thành lập Hội người Việt tại thành phố Sokolov (12/03/2023)"],
    # a day and month is no stamp: a line closing on a bracket stays no headline ("(19/07)", a date of the text)
    [*_VI, "- Đoàn đại biểu thành phố Thiên Tân thăm thành phố (Trung Quốc) (19/07)",
     "- Triển lãm ảnh về quan hệ hai nước tại Nhà văn hóa (Hà Nội) (20/07)"],
])
def test_not_related_bullets(lines):
    assert _taken(lines) == []


def test_page():
    text = "\n\n".join([*_VI, *_STAMPED]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="assoc.example/a.txt", path="assoc.example/a.txt"))
    gone = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert all(gone.get(t) for t in _STAMPED)
    assert not set(gone) & set(_VI[1:])
