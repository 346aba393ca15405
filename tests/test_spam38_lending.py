"""Loan-app names pasted once over a Vietnamese syllable (issue 12 point 3, spam38: ``mtpipe/clean/spam_lending.py``),
and a "...club" word whose stem is a Vietnamese gambling word.

The shapes are those the cleaner missed in langfresh19, 20 and 21 (a name built on "vay", the Vietnamese for a loan,
at a sentence's end, inside a compound, over a function word: "di Appvay.", "rõ Luvay tình", "nhiệm AnVay nó",
"dung nohuclub."); the sentences are written for these tests, the names new in the same shapes. The controls are real
names holding the same letters ("Vayu", "Vaynerchuk", "Simon Levay", "Svay Rieng", "Avaya", "Novaya"), the syllable
"vay" itself written without marks, and loanwords in "club", which must stay text."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_lending import lending_name
from mtpipe.clean.spam_shapes import brand_shape
from mtpipe.document import Document


def _spam(text: str) -> list[tuple[str, str, str | None]]:
    cl = Cleaner(CleanOptions(removal_policy="balanced"))
    doc = cl(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [(e.rule, text[e.start:e.end], e.replacement) for e in doc.ledger if e.rule.startswith("spam.")]


NAMES = [
    ("Appvay", True), ("Luvay", True), ("MoVay", True), ("PostVay", True), ("SIEUVAY", True), ("OVay", True),
    ("VayOkNgay", True), ("Vaytocdo", True), ("Topvaynhanh", True), ("HomevayLOAN", True), ("Dongvay24", True),
    ("TindungEasy", True), ("Kimvay", True), ("VaySieuToc", True), ("Vaynhanhgon", True),
    # real names, the word itself, a word the lists know: no loan-app name
    ("Vayu", False), ("Vaynerchuk", False), ("Avaya", False), ("Novaya", False), ("Svay", False), ("vay", False),
    ("Vay", False), ("Tindung", False), ("Ivayy", False), ("vay-tien", False),
]


@pytest.mark.parametrize("tok,expected", NAMES)
def test_lending_name(tok, expected):
    assert lending_name(tok) is expected


CAUGHT = [
    # at a sentence's end, after a syllable a compound is missing ("di động", "linh hoạt")
    ("Máy có cấu hình của một chiếc PC trong một thiết bị di Appvay.", "Appvay"),
    ("Chiếc xe được nhiều người yêu thích vì sự gọn nhẹ và linh Kimvay.", "Kimvay"),
    # inside a compound, between two syllables ("rõ rệt", "tâm lý")
    ("Sản phẩm giúp giảm thiểu rõ Luvay tình trạng sạm nám trên da.", "Luvay"),
    ("Nhiều nhà đầu tư có tâm PostVay cho rằng thị trường sẽ phục hồi.", "PostVay"),
    # over a function word
    ("Năm 2020, hãng ra mắt mẫu kế nhiệm AnVay nó với nhiều cải tiến.", "AnVay"),
    ("Chiếc máy lọc này phù hợp VaySieuToc phòng ngủ khoảng 20 mét vuông.", "VaySieuToc"),
    # at a sentence's start, in capitals
    ("SIEUVAY tháng trước, giá cà phê đã tăng mạnh.", "SIEUVAY"),
    # a Vietnamese gambling word before "club": no loanword
    ("Xu hướng hiện nay là sản xuất nội dung nohuclub.", "nohuclub"),
    ("Ông cho biết xosoclub dự án sẽ hoàn thành vào cuối năm.", "xosoclub"),
]


@pytest.mark.parametrize("text,token", CAUGHT)
def test_pasted_lending_name_is_flagged(text, token):
    found = _spam(text)
    assert ("spam.unrepaired", token, None) in found, found


CLEAN = [
    "Cơn bão Vayu đổ bộ vào bờ biển phía tây Ấn Độ.",  # a name whose "vay" is no piece
    "Doanh nhân Gary Vaynerchuk cho rằng thị trường sẽ còn phát triển.",
    "Theo nhà di truyền học Simon Levay vào năm 1996 thì hành vi đó có nguồn gốc sinh học.",  # a given name before
    "Tỉnh Svay Rieng của Campuchia giáp với tỉnh Tây Ninh.",  # a word the lists know
    "Hãng Avaya vừa nộp đơn xin bảo hộ phá sản tại Mỹ.",
    "Tờ Novaya Gazeta đã ngừng phát hành từ năm 2022.",
    "Khách hàng có thể vay tiền qua ứng dụng của ngân hàng.",  # the syllable itself
    "Công an cảnh báo người dân không cài ứng dụng Vaytocdo để vay tiền.",  # an app named where a name is expected
    "Nhiều người đã vay tiền của công ty MoVay với lãi suất rất cao.",
    "Các thành viên fanclub đã có mặt từ sáng sớm.",  # loanwords in "club"
    "Quán bar và nightclub ở trung tâm thành phố đóng cửa lúc nửa đêm.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_real_names_are_left(text):
    assert _spam(text) == []


def test_brand_shape_of_loanwords():
    assert brand_shape("nohuclub") == "cased"
    assert brand_shape("fanclub") is None
    assert brand_shape("nightclub") is None


def test_ledger_names_the_rule():
    text = "Máy có cấu hình của một chiếc PC trong một thiết bị di Appvay."
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    notes = [e.note for e in doc.ledger if e.rule == "spam.unrepaired"]
    assert notes and "loan-app name" in notes[0]
