"""Real words the spam detector took for pasted tokens on langfresh21's controls (issue 12 point 3, spam38).

Two classes: a figure with a one-letter unit whose digits hold a gambler's lucky number ("669g": ``spam_shapes.UNIT``),
and an English word's inflection or follower's name ("binning", "Swifties", "Canonian": ``spam_bound.english_form``;
"Swifties" from langfresh13's controls). The sentences are written for these tests
in the shapes of the controls ("nặng từ 640g đến 669g", "xử lý điểm ảnh không binning."); beside them, tokens of the
same shape that are no figure and no English word, which must still be flagged."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bound import english_form
from mtpipe.clean.spam_shapes import brand_shape
from mtpipe.document import Document


def _spam(text: str) -> list[str]:
    cl = Cleaner(CleanOptions(removal_policy="balanced"))
    doc = cl(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [text[e.start:e.end] for e in doc.ledger if e.rule.startswith("spam.")]


CLEAN = [
    "Máy có trọng lượng từ 640g (bản OLED) đến 669g (bản LCD), nặng hơn bản cũ một chút.",
    "Gói hạt điều loại 866g được bán với giá 250 nghìn đồng.",
    "Cây cầu dài 1688m nối hai bờ sông.",
    "Máy ảnh có thể chụp liên tiếp mà không binning.",
    "Phông chữ này được chỉnh kerning cẩn thận cho từng cặp ký tự.",
    "Người chơi thường gọi kiểu tấn công này là camping.",
    "Sau thời gian dài chờ đợi, các Swifties tại Đông Nam Á đã được gặp thần tượng.",  # a follower's name
    "Bài viết có nội dung không thân thiện lắm với các Canonian về vấn đề này.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_figures_and_english_inflections_are_left(text):
    assert _spam(text) == []


CAUGHT = [
    ("Người dân alo88 xã đều đồng tình với chủ trương này.", "alo88"),  # a lucky number with no unit
    ("Máy có thiết kế trung thành với kiểu dáng đặc nhwvy của dòng máy cũ.", "nhwvy"),  # no English word
    ("Sản phẩm được bàn giao tới tay khách zohtxh4ll.", "zohtxh4ll"),
]


@pytest.mark.parametrize("text,token", CAUGHT)
def test_same_shapes_still_flagged(text, token):
    assert token in _spam(text)


@pytest.mark.parametrize("tok,shape", [("669g", None), ("150gr", None), ("220V", None), ("alo88", "strong"),
                                       ("88vn", "strong")])
def test_unit_is_no_brand(tok, shape):
    assert brand_shape(tok) == shape


@pytest.mark.parametrize("word,expected", [
    ("binning", True), ("kerning", True), ("coding", True), ("carried", True), ("zoomed", True), ("camping", True),
    ("swifties", True), ("canonian", True), ("gooner", True),
    ("okking", False), ("hitiens", False), ("goonus", False), ("lsvalues", False), ("eyzcy", False), ("ing", False),
])
def test_english_form(word, expected):
    assert english_form(word) is expected
