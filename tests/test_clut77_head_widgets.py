"""clut77: a portal's widget label standing first on a Vietnamese page over the article's title
(:mod:`mtpipe.clean.head_widgets`).  Positives made up in the shapes of h27vi01 and t27vi69; negatives: a gallery page
titled by the label (no title line under it), a label the text goes on to name, a label under which the text begins
at once, a line that is no widget label (the page's own short title over its subtitle)."""

from __future__ import annotations

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.head_widgets import head_widgets
from mtpipe.document import Document

_TEXT = ("Đến với lễ hội đền Làng Vân là hành trình về nguồn của người dân trong vùng, nơi lưu giữ nhiều giá trị "
         "văn hóa truyền thống từ hàng trăm năm nay.")
_MORE = "Lễ hội được tổ chức vào mùa xuân hằng năm với nhiều trò chơi dân gian đặc sắc."


def _taken(lines: list[str], removed: set[int] | None = None) -> list[int]:
    return sorted(head_widgets(lines, {i: ("chrome.menu", None) for i in (removed or set())}))


def test_a_poll_label_over_the_title():
    assert _taken(["Ý kiến thăm dò", "Truy cập", "Lễ hội đền Làng Vân – Núi Ngọc", _TEXT, _MORE], {1}) == [0]


def test_a_help_widget_over_the_title():
    lines = ["Bạn cần hỗ trợ?", "Giá vé tham quan khu di tích", _TEXT, _MORE]
    found = head_widgets(lines, {})
    assert list(found) == [0] and found[0][0] == "portal.widget" and "bạn cần hỗ trợ?" in found[0][1]


def test_labels_that_stay():
    # a gallery page titled by the label: captions under it, no title line
    assert _taken(["Thư viện ảnh", _TEXT, _MORE]) == []
    # the text names what the label says: the label is the page's title
    told = "Thư viện ảnh của trường lưu giữ hơn hai nghìn bức ảnh về các hoạt động của thầy và trò qua nhiều năm."
    assert _taken(["Thư viện ảnh", "Những khoảnh khắc đáng nhớ của nhà trường", told, _MORE]) == []
    # not the page's first live line: vi_portal's to judge
    assert _taken(["Lễ hội đền Làng Vân", "Ý kiến thăm dò", "Lễ hội đền Làng Vân – Núi Ngọc", _TEXT]) == []
    # no widget label: a short title over its subtitle
    assert _taken(["Tâm sự tuổi mới", "Những ngày đầu tiên ở thành phố", _TEXT, _MORE]) == []


def test_on_a_page():
    raw = "\n\n".join(["Ý kiến thăm dò", "Lễ hội đền Làng Vân – Núi Ngọc", _TEXT, _MORE]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(raw, doc_id="vi_widget.txt"))
    gone = [(e.rule, e.text.strip()) for e in doc.ledger if e.action == "removed"]
    assert gone == [("portal.widget", "Ý kiến thăm dò")]
