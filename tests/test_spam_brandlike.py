"""Real names that spam21/22's host shapes flagged on langfresh16's real controls (measured blind, then fixed as
classes): aircraft and product model codes, a news site's "24h", Vietnamese companies named after the country or a
city.  Host labels of the same build stay flagged."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_names import name_shape
from mtpipe.document import Document

CLEAN = [  # written for the test in the shapes of the blind controls
    "Hãng vừa nhận thêm tàu bay A320neo thứ ba trong năm.",
    "Chiếc B787 của hãng hạ cánh an toàn sau chuyến bay dài.",
    "Sau nhiều năm hoạt động, Vietravel đã mở thêm văn phòng ở Hà Nội.",
    "Theo đó, Vietcombank đã giảm lãi suất cho vay từ đầu tháng.",
    "Bao24h - trang tin tổng hợp vừa đăng tải thông tin này.",
    "Máy có chip M3pro và màn hình lớn hơn bản cũ.",
    "Khách hàng của VietinBank có thể chuyển tiền miễn phí.",
    "Vinaphone tăng dung lượng gói cước cho thuê bao trả trước.",
]
SPAM = ["i2csxq", "b1agoz", "Oih7c", "ohuyi57", "Its5bucks", "ki1nms"]  # host labels: still host shapes


def _flags(text: str) -> list[str]:
    doc = Cleaner()(Document.from_text(text + "\n", doc_id="vi/a.txt", path="vi/a.txt"))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("text", CLEAN)
def test_real_names_of_these_shapes_are_not_flagged(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("token", SPAM)
def test_host_labels_keep_their_shape(token: str) -> None:
    assert name_shape(token, set()) is not None


@pytest.mark.parametrize("token", ["A321neo", "B787", "Vietnet24h", "Vietjet", "Vinaphone", "M2pro"])
def test_brand_like_tokens_have_no_host_shape(token: str) -> None:
    assert name_shape(token, set()) is None
