"""cp72 (issue 12): ``portal.read_more``'s "tại đây" link line refuses a running sentence about a place
(:func:`mtpipe.clean.vi_here.view_link`, through :func:`mtpipe.clean.vi_portal.pointer_kind`).

Positives: the link texts of the dev pages' shapes (a label before the verb, the verb first, a polite opener, a
bracket) and made-up ones like them.  Negatives (made up; clut70's note: not seen on dev yet): a subject or a modal
before the verb, a label ending with a full stop, another word of the verb's letters.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.vi_here import view_link, view_verb
from mtpipe.clean.vi_portal import pointer_kind
from mtpipe.document import Document


@pytest.mark.parametrize("line", [
    "Lịch thi xem tại đây",
    "Kết quả tuyển sinh lớp 10 xem tại đây",
    "Xin mời xem hình đầy đủ với dung lượng lớn tại đây:",
    "Xem bản đầy đủ trên google drive: TẠI ĐÂY",
    "Mời quý vị xem video tại đây",
    "Quý khách vui lòng bấm vào đây",
    "Hãy nhấn vào đây",
    "Click vào đây",
    "• Tải mẫu đơn tại đây",
    "Tin ảnh (Xin xem thêm tại đây)",
    "Toàn văn Nghị định (tải về tại đây)",
    "Chi tiết Thông báo tại đây",  # no verb: the details pointer
    "Nghe nội dung chi tiết tại đây:",  # an audio player's label
    "Xem biểu diễn tại đây.",  # the verb first: an imperative link, a stop or not
])
def test_link_lines_taken(line: str) -> None:
    assert pointer_kind(line) is not None


@pytest.mark.parametrize("line", [
    "Du khách có thể xem biểu diễn tại đây.",
    "Du khách có thể xem biểu diễn tại đây",
    "Người dân xem pháo hoa tại đây",
    "Chúng tôi đã xem triển lãm tại đây.",
    "Học sinh sẽ được xem phim tư liệu tại đây.",
    "Hàng nghìn lượt khách đã truy cập tại đây",
    "Mọi người thường tải ảnh lên mạng tại đây",
    "Danh sách thí sinh trúng tuyển xem tại đây.",  # a label that ends with a full stop reads as a sentence
    "Xe tải đỗ tại đây",  # a truck, not a download
    "Nhiều xe tải trọng lớn dừng tại đây",
    "Bác sĩ nhấn mạnh vai trò của phòng khám tại đây",
    "Nhà máy kích hoạt dây chuyền mới tại đây",
    "Chúng tôi gặp nhau tại đây.",  # no verb
])
def test_sentences_left(line: str) -> None:
    assert pointer_kind(line) is None


@pytest.mark.parametrize("line,verb", [
    ("Lịch thi xem tại đây", "xem"), ("Xe tải đỗ tại đây", None), ("Xem xét hồ sơ tại đây", None),
    ("Tải trọng tối đa tại đây", None), ("kích thước ảnh tại đây", None), ("Kích vào đây", "Kích"),
])
def test_view_verb(line: str, verb: str | None) -> None:
    m = view_verb(line)
    assert (m.group(0) if m else None) == verb


def test_view_link_without_verb() -> None:
    assert not view_link("Chúng tôi gặp nhau tại đây")


_BODY = ["Làng gốm Bát Tràng nằm bên bờ sông Hồng, cách trung tâm Hà Nội khoảng mười lăm cây số về phía đông nam.",
         "Du khách có thể xem biểu diễn tại đây.",
         "Mỗi năm làng đón hàng trăm nghìn lượt khách trong và ngoài nước đến tham quan và mua sắm đồ gốm."]


def test_page_keeps_the_sentence() -> None:
    text = "\n\n".join(["Làng gốm Bát Tràng", *_BODY, "Lịch tham quan xem tại đây"]) + "\n"
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="a.txt", path="a.txt"))
    gone = {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    assert _BODY[1] in doc.text and _BODY[1] not in gone
    assert gone.get("Lịch tham quan xem tại đây") == "portal.read_more"
