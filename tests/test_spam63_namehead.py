"""spam63: a lower-case Latin word that no list knows, right before a capitalised Vietnamese syllable (a name's first
syllable), stands where a word before the name or the name's first syllable stood: flagged
(:func:`mtpipe.clean.spam_namehead.lower_before_name`).

Flagged: dev spam rows missed before spam63 (langfresh16, 22, 33). Kept: real forms of the same shape, a loanword or
English word the lists know before a place's name (GitHub-hosted travel pages: "homestay Hà Giang", "resort Phú Quốc",
"đặt tour Hà Giang"; held37's "Aeon mall Bình Tân"; langfresh18's "concept The Eras Tour"), a Vietnamese syllable
without its marks (crawl11's "cung nghinh Mẹ"), an acronym of initials in lower case (UD Vietnamese-VTB's "công ty
tnhh Trường Sơn"), a loan spelled without its English word's mute "e" (held-out Vietnamese Wikipedia's "modul
Thiên Cung 1"), a foreign word before a Latin name rather than a Vietnamese syllable."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_namehead import lower_before_name
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(spam=SpamRepair(context=True)))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


FLAGGED = [  # (dev spam row, token): missed before spam63
    ("Sau khi quá cảnh tại Frankfurt (Đức) trên chuyến bay lúc 9 giờ 40 ngày 27-6, bypal Hải sẽ có mặt ở Pháp để kiểm "
     "tra y tế.", "bypal"),  # langfresh16 ("Quang Hải")
    ("Nếu tự đi xe máy envug Hà Giang, bạn sẽ mất khoảng 7h vừa đi vừa nghỉ dọc đường.", "envug"),  # langfresh22
    ("Cốm làng jackabit Hà Nội được làm từ nếp cái hoa vàng, loại nếp hạt tròn căng, bóng, mẩy.", "jackabit"),  # lf33
]


@pytest.mark.parametrize("text,tok", FLAGGED)
def test_lower_case_word_before_a_name_is_flagged(text: str, tok: str) -> None:
    a = text.index(tok)
    assert lower_before_name(text, a, a + len(tok), load_bigrams().uni)
    assert tok in _flags(text)


KEPT = [  # (real sentence, word of the same place)
    ("Đây là một homestay Hà Giang mang đậm nét truyền thống của người dân bản địa nơi đây.", "homestay"),
    ("Phòng suite hướng biển tại resort Phú Quốc.", "resort"),
    ("Nếu anh đặt tour Hà Giang rồi hủy thì mất bao nhiêu phần trăm?", "tour"),
    ("Đoàn thanh niên quận phối hợp với Aeon mall Bình Tân tổ chức chương trình đạp xe.", "mall"),  # held37
    ("Nhiều bạn chỉ chuẩn bị trang phục đúng concept The Eras Tour.", "concept"),  # langfresh18
    ("Ông Lý đã phụ trách phần kiệu cung nghinh Mẹ quanh khuôn viên nhà thờ.", "nghinh"),  # crawl11
    ("Ngoài ra công ty tnhh Trường Sơn quyết định hỗ trợ gia đình nạn nhân.", "tnhh"),  # UD Vietnamese-VTB
    ("Trung Quốc đã phóng thành công tàu vũ trụ Thần Châu 9 nhằm lắp ghép với modul Thiên Cung 1.", "modul"),  # wiki
]


@pytest.mark.parametrize("text,tok", KEPT)
def test_known_word_before_a_name_is_kept(text: str, tok: str) -> None:
    a = text.index(tok)
    assert not lower_before_name(text, a, a + len(tok), load_bigrams().uni)
    assert tok not in _flags(text)


@pytest.mark.parametrize("text,tok", [
    ("Thỏa thuận được ký kết giữa Bypal Hải và đối tác.", "Bypal"),  # capitalised: a name's own word (split_name's)
    ("Thỏa thuận được ký kết ckqhec Apple và Nvidia.", "ckqhec"),  # a Latin name after it, no Vietnamese syllable
    ("Sau đó bypal hải sản được bán hết.", "bypal"),  # a syllable in lower case after it
    ("Khách đi xe xswwl Yên Bái về.", "xswwl"),  # no vowel: an acronym's shape
])
def test_lower_before_name_needs_its_shape(text: str, tok: str) -> None:
    a = text.index(tok)
    assert not lower_before_name(text, a, a + len(tok), load_bigrams().uni)
