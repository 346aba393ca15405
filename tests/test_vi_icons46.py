"""An icon's label printed twice on its line on a Vietnamese page (issue 12, vi46, :mod:`mtpipe.clean.vi_heads`).

``portal.icon_label``: a tour page's list of services, each an icon whose alt text is the label written without
diacritics and then the label ("• bao hiem  Bảo hiểm", "• huong dan vien  Hướng dẫn viên", vietnambooking.com), or
the same label twice ("• Xe đưa đón  Xe đưa đón").

Same-shape negatives from other tour pages (dulichtour.vn, hanoitravelink.com, apttravel.vn): the services written out
as the text's list items ("• Vé tham quan theo chương trình.", "● Hướng dẫn viên phục vụ nhiệt tình …",
"- Bảo hiểm 30.000.000vnđ/vụ"); a word said twice ("Ha ha", "ba bà"), a title with its slug after it, a Vietnamese
label alone, a toneless line alone (``portal.toneless``' business).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_heads import icon_label
from mtpipe.document import Document


@pytest.mark.parametrize("line, taken", [
    ("• bao hiem  Bảo hiểm", True),
    ("• bua an  Bữa ăn", True),
    ("• huong dan vien  Hướng dẫn viên", True),
    ("• ve tham quan  Vé tham quan", True),
    ("• Xe đưa đón  Xe đưa đón", True),
    ("khach san Khách sạn", True),
    ("• Vé tham quan theo chương trình.", False),  # the text's own list (dulichtour.vn)
    ("● Hướng dẫn viên phục vụ nhiệt tình, thành thạo, chu đáo xuyên suốt tuyến du lịch", False),
    ("- Bảo hiểm 30.000.000vnđ/vụ", False),
    ("Ha ha", False),  # one word twice
    ("ba bà", False),
    ("Bảo hiểm bao hiem", False),  # the bare copy second: a title and its slug
    ("Hướng dẫn viên", False),
    ("huong dan vien", False),
    ("Thông tin chung Thông tin chi tiết", False),
])
def test_icon_label(line, taken):
    assert icon_label(line) is taken


_PAGE = """Tour Hà Nội – Đà Nẵng – Hội An 4 ngày 3 đêm
Dịch vụ kèm theo
• bao hiem  Bảo hiểm
• bua an  Bữa ăn
• huong dan vien  Hướng dẫn viên
• ve tham quan  Vé tham quan
• Xe đưa đón  Xe đưa đón
Hãy tham gia tour Hà Nội Đà Nẵng Hội An để có những giây phút tuyệt vời nhất trên dải đất miền Trung thân yêu.
Miền Trung được biết đến với nhiều danh lam thắng cảnh, khu di tích lịch sử có giá trị mà du khách không nên bỏ qua.
Giá tour bao gồm:
• Vé tham quan theo chương trình.
• Hướng dẫn viên tiếng Việt vui vẻ nhiệt tình suốt chuyến đi.
"""


def test_through_the_cleaner():
    labels = ["• bao hiem  Bảo hiểm", "• bua an  Bữa ăn", "• huong dan vien  Hướng dẫn viên",
              "• ve tham quan  Vé tham quan", "• Xe đưa đón  Xe đưa đón"]
    for policy in ("balanced", "weighed"):
        doc = Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(_PAGE, doc_id="tour.txt"))
        kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
        for line in labels:
            assert line not in kept, (policy, line)
        for line in ("• Vé tham quan theo chương trình.", "• Hướng dẫn viên tiếng Việt vui vẻ nhiệt tình suốt chuyến đi."):
            assert line in kept, (policy, line)


# ``portal.english_ui`` (vi44's list): the items opening a line of the list matched nothing (the line's indent stayed
# in them: "Reputation", "Contact", "Log in"), and WordPress's default comment and related-posts headings were missing
@pytest.mark.parametrize("line, taken", [
    ("Reputation", True),  # a forum profile's label (train27vi)
    ("Contact", True),
    ("Log in", True),
    ("Leave a Reply", False),  # WordPress's comment form heading (train29): the CMS table's (cms100, portal.cms_string)
    ("You may also like", True),
    ("TAG", True),  # a tag cloud's label (held34)
    ("Next post", True),
    ("Coffee Shops", False),  # an English phrase of the text
    ("Tag line of the brand", False),
    ("Leave a reply to this comment if you agree", False),
])
def test_english_ui_labels(line, taken):
    from mtpipe.clean.vi_heads import english_ui

    assert english_ui(line) is taken
