"""cp56: a header region's short line whose every word the page's text repeats is the page's heading
(mtpipe.clean.echoed_heads).

Dev lost a travel guide's place name first on the page over its icon bar (t2vi06) and a dictionary entry's second
variant next to its kept first variant (t27vi80), both to ``boilerplate.region``.  The guard takes such a line back
when each of its words recurs in the page's long kept lines (other than its own neighbours) and it is first on the
page or next to a kept line.  Furniture of the same shape stays removed: a menu item between removed lines, a site's
name the text never names, a line echoed only by its neighbour, a line with digits, and lines other rules took (a
byline under its title).  The pages are written for these tests in the shapes seen; no line is a benchmark page's.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.echoed_heads import RULE, echoed_heads
from mtpipe.document import Document

_REG = "boilerplate.region"

# t2vi06's shape: a travel guide's place name first on the page, its icon bar's labels below
_PLACE = ["Đà Nẵng", "Đã đến", "Sắp đến", "",
          "Đà Nẵng là thành phố biển nổi tiếng của miền Trung với nhiều bãi tắm đẹp và món ăn ngon."]
# t27vi80's shape: a dictionary entry, the second variant next to the kept first one
_ENTRY = ["VIETNAMESE", "chương trình mùa hè xanh", "chiến dịch mùa hè xanh", "ENGLISH",
          "Chiến dịch mùa hè xanh là hoạt động tình nguyện của sinh viên vào dịp hè hằng năm ở nhiều tỉnh."]
# a council decision's header: the republic's name over the kept council line, inflected in the text
_DECISION = ["Версия для слабовидящих", "Республика Карелия", "Совет депутатов района", "РЕШЕНИЕ",
             "Совет депутатов района Республики Карелия решил утвердить план работы на следующий год."]
# a portal's menu: its item is named in the text, but both its neighbours are removed menu items
_MENU = ["Главная", "Новости района", "Контакты", "",
         "Новости района за неделю: в районе открыли новую школу и отремонтировали дорогу к ней."]
# a forum profile: the site's name first on the page, the text never names it
_SITE = ["Võ Đường Số", "Bài viết", "Võ sĩ tập luyện chăm chỉ mỗi ngày tại câu lạc bộ của trường học."]
# a section label echoed only by the lead right under it (its neighbour): no evidence from the text
_ECHO = ["Trang chủ", "Tin tức sự kiện",
         "Tin tức sự kiện trong tuần qua của phường được cập nhật đầy đủ tại đây cho bạn đọc."]
# a hotline in the header: digits
_HOTLINE = ["Tư vấn 1900 6868", "Dịch vụ tư vấn pháp luật",
            "Dịch vụ tư vấn pháp luật của công ty hỗ trợ khách hàng mọi ngày trong tuần."]
# a byline under its title: another rule took it, the guard leaves it
_BYLINE = ["CHÍNH SÁCH MỚI CỦA THÀNH PHỐ (Nguyễn Văn An)", "Nguyễn Văn An",
           "Thành phố ban hành chính sách mới, theo Nguyễn Văn An là bước tiến lớn cho người dân."]


@pytest.mark.parametrize("lines, removed, want", [
    (_PLACE, {0: _REG, 1: _REG, 2: _REG}, [0]),
    (_ENTRY, {0: _REG, 2: _REG, 3: _REG}, [2]),
    (_DECISION, {0: _REG, 1: _REG}, [1]),
    (_MENU, {0: _REG, 1: _REG, 2: _REG}, []),
    (_SITE, {0: _REG, 1: _REG}, []),
    (_ECHO, {0: _REG, 1: _REG}, []),
    (_HOTLINE, {0: _REG}, []),
    (_BYLINE, {1: "boilerplate.byline"}, []),
])
def test_a_header_line_the_text_repeats_is_taken_back(lines, removed, want):
    assert echoed_heads(lines, removed) == want


def test_no_long_kept_line_no_evidence():
    lines = ["Đà Nẵng", "Đà Nẵng đẹp"]
    assert echoed_heads(lines, {0: _REG}) == []


_TEXT = ("Đà Nẵng là thành phố biển nổi tiếng của miền Trung với nhiều bãi tắm đẹp và món ăn ngon.",
         "Du khách đến đây có thể tắm biển, leo núi và thưởng thức hải sản tươi sống ở các chợ đêm.")
# t2vi06's page shape: the heading first, an icon bar's labels and a visitors' counter under it
_BAR = ["mask", "Đã đi", "Sắp đi", "217 người đã đến", "Chevron Forward Chevron Forward", ""]


@pytest.mark.parametrize("head, kept", [("Đà Nẵng", True), ("Cẩm Nang Xanh", False)])
def test_the_cleaner_keeps_the_heading_with_a_ledger_entry(head, kept):
    text = "\n".join([head] + _BAR + list(_TEXT)) + "\n"
    doc = Cleaner()(Document(doc_id="t.txt", text=text, raw_text=text))
    out = "\n".join(doc.text[a:b] for a, b in doc.meta["kept"])
    assert (head in out) is kept
    assert [e.text.strip() for e in doc.ledger if e.rule == RULE and e.action == "kept"] == ([head] if kept else [])
    assert "Sắp đi" not in out  # the bar's labels stay removed
