"""cp72 (issue 12): a Markdown heading line or a breadcrumb trail is never joined to the next line at a soft break
(:mod:`mtpipe.clean.softbreak_headings`).

Pages made up in the shape clut69 found (a forum page in Markdown: "# Forum > Section > Thread" over "## nick" over a
post opening in lower case, no blank lines between them): the soft-break layer had joined the three lines into one and
the breadcrumb rule took the post's first sentence with the trail.  Negatives: a sentence wrapped over two lines, a line
of hashtags, a route named after a colon, a sentence whose next line names a menu path.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_headings import markdown_heading, trail_line
from mtpipe.document import Document

_POST = ["khi máy khởi động thì hiện màn hình xanh, mình đã thử cài lại driver nhưng vẫn không được.",
         "Mong các bạn chỉ giúp cách xử lý lỗi này, xin cảm ơn."]


def _joined(lines: list[str]) -> list[int]:
    """Indexes of the lines whose following break is soft."""
    text = "\n".join(lines) + "\n"
    at = {text.find("\n", sum(len(x) + 1 for x in lines[:i])): i for i in range(len(lines))}
    return sorted(at[p] for p in soft_breaks(text))


@pytest.mark.parametrize("line,head", [
    ("# Diễn đàn > Hỏi đáp máy tính > Lỗi màn hình xanh", True),
    ("## MinhPhuc123", True),
    ("###### hangnt", True),
    ("   ### traveller_88", True),
    ("#Китай #туризм #безвизовый режим", False),  # hashtags
    ("#", False),
    ("####### seven marks", False),
    ("    # an indented code line", False),
])
def test_markdown_heading(line: str, head: bool) -> None:
    assert markdown_heading(line) is head


@pytest.mark.parametrize("line,trail", [
    ("# Diễn đàn > Hỏi đáp máy tính > Lỗi màn hình xanh khi khởi động", True),
    ("Trang chủ » Tin tức » Hà Nội khởi công cầu mới", True),
    ("Главная › Форум › Помогите с ремонтом крыши. Срочно", True),  # a stop in the last crumb (the thread's title)
    ("Forum > Travel", False),  # one separator
    ("2. Lộ trình sau: Đinh Tiên Hoàng > Điện Biên Phủ > Lê Lợi", False),  # a colon: a sentence names a route
    ("x > 0 > y", False),  # no word in the first crumb
    ("Nếu a > b và b > c thì a lớn hơn c, theo tính chất bắc cầu. > Xem thêm > Bài 2", False),
])
def test_trail_line(line: str, trail: bool) -> None:
    assert trail_line(line) is trail


@pytest.mark.parametrize("lines,joined", [
    (["# Diễn đàn > Hỏi đáp máy tính > Lỗi màn hình xanh khi khởi động", "## MinhPhuc123", *_POST], []),
    (["# Forum > Travel > Beijing in spring", "hi all, we are going to Beijing in April and would like advice."], []),
    (["## hangnt", "mình muốn hỏi về thủ tục xin visa du lịch Trung Quốc cho trẻ em."], []),
    (["Diễn đàn > Hỏi đáp máy tính > Lỗi màn hình xanh", "MinhPhuc123", *_POST], [1]),  # the nick joins the post
    (["Mình đã thử cài lại driver nhưng", "## Cập nhật"], []),  # nothing is joined into a heading
    # negatives: the layer's joins stand
    (["Mình đã thử cài lại driver nhưng vẫn", "không được, màn hình vẫn xanh."], [0]),
    (["#Китай #туризм в этом году", "становится всё популярнее у россиян."], [0]),
    (["Các phương tiện đi theo lộ trình sau: Đinh Tiên Hoàng > Điện Biên Phủ > Lê Lợi,",
      "rồi rẽ phải vào đường Hàm Nghi."], [0]),
    (["Để đổi ngôn ngữ của giao diện, bạn vào menu", "cài đặt > ngôn ngữ > tiếng Việt rồi khởi động lại máy."], [0]),
])
def test_soft_breaks(lines: list[str], joined: list[int]) -> None:
    assert _joined(lines) == joined


@pytest.mark.parametrize("head", [
    ["# Diễn đàn > Hỏi đáp máy tính > Lỗi màn hình xanh khi khởi động", "## MinhPhuc123"],
    ["# Forum » Máy tính » Lỗi màn hình xanh khi khởi động", "### minh_phuc"],
])
def test_page_keeps_the_post(head: list[str]) -> None:
    text = "\n".join([*head, *_POST]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="a.md", path="a.md"))
    gone = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert gone.get(head[0]) == "chrome.breadcrumb_trail"
    assert gone.get(head[1]) == "boilerplate.poster_heading"
    assert all(p in doc.text for p in _POST)
