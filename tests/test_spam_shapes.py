"""Gambling brands pasted once where no gap shows (issue 12, lang8: ``mtpipe/clean/spam_shapes.py``).

Brand names seen in public Vietnamese gambling pages (kuwin, HitClub, v8club, alo88, ga88, dk8,
nhacaiuytin); the sentences are written for these tests (none of ``benchmarks/data/langfresh8``'s).
Each caught case was missed before the round; the controls are real look-alikes that must stay text."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_shapes import brand_shape
from mtpipe.document import Document


def _spam(text: str) -> list[tuple[str, str | None]]:
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [(text[e.start:e.end], e.replacement) for e in doc.ledger if e.rule.startswith("spam.")]


CAUGHT = [
    ("kuwin học sinh được nghỉ ba ngày trong dịp lễ.", "kuwin"),  # a sentence's first word
    ("HitClub bộ trưởng đã ký quyết định bổ nhiệm.", "HitClub"),  # capital inside a name
    ("KUWIN tỉnh đã giao chỉ tiêu cho các huyện.", "KUWIN"),  # all capitals
    ("Ông Nguyễn v8club Hùng phát biểu tại hội nghị.", "v8club"),  # inside a name
    ("Người dân ga88 xã đều đồng tình với chủ trương này.", "ga88"),  # lucky number, lower case
    ("Các loài hoa như Cattleya, Vanda, dk8bet.net.", "dk8bet.net"),  # beside foreign names, before the stop
    ("Bà cho biết: “alo88 nay tôi mới hiểu chuyện.”", "alo88"),  # after an opening quote
    ("Đây nhacaiuytin.city một dự án lớn của thành phố.", "nhacaiuytin.city"),  # over a function word
]


@pytest.mark.parametrize("text,token", CAUGHT)
def test_pasted_brand_is_flagged(text, token):
    assert (token, None) in _spam(text)


CLEAN = [
    "F88 thành lập năm 2013 và có hơn 800 cửa hàng cầm đồ.",  # a company: one capital and a number
    "Cổ phiếu F88 tăng trần ba phiên liên tiếp.",
    "Bộ Y tế ghi nhận thêm 120 ca mắc COVID-19 trong ngày.",
    "Samsung Galaxy A54 5G dùng chip Exynos 1380.",
    "Theo vnexpress.net, giá xăng giảm mạnh.",
    "Xe mang biển số 14A-130.23 đã bị tạm giữ.",
    "Nhà khoa học Darwin cho rằng loài người tiến hóa.",
    "Khách VIP được phục vụ riêng tại sảnh chờ.",
    "Tập đoàn Alphabet vừa công bố lợi nhuận quý.",
    "Website chính thức của công ty là www.f88.vn.",
    "Đội tuyển U23 Việt Nam thắng trận mở màn.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_stay_text(text):
    assert _spam(text) == []


@pytest.mark.parametrize("token,shape", [
    ("v8club", "strong"), ("kuwinok30.com", "strong"), ("98win", "strong"), ("alo88", "strong"),
    ("kuwin", "cased"), ("KUWIN", "cased"), ("HitClub", "cased"), ("nhacaiuytin.city", "cased"),
    ("F88", None), ("U23", None), ("A54", None), ("f88.vn", None), ("Darwin", None), ("Edwin", None),
    ("fanclub", None), ("VIP", None), ("win", None), ("COVID-19", None),
    # title case with a short stem: a brand shape since lang10, counted only at a sentence's start (pasted_brand)
    ("Kubet", "title"),
])
def test_brand_shape(token, shape):
    assert brand_shape(token) == shape
