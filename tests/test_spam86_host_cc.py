"""spam86: a host's name joined to a country's code by a hyphen (mtpipe.clean.spam_hostcc)."""

import pytest

from mtpipe.clean.spam import find_spam_tokens
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_classes import class_evidence, class_token
from mtpipe.clean.spam_hostcc import CODES, host_cc


def _hc(text: str, tok: str) -> bool:
    a = text.index(tok)
    return host_cc(text, a, a + len(tok), load_bigrams().uni)


@pytest.mark.parametrize("text,tok", [
    # between two syllables, before the final stop, after a word that introduces a name, after a person's title
    # before a name's syllable, after a number, at a sentence's start; several codes, a figure in the host
    ("Quần thể nhà thờ còn có nhiều chi tiết được chạm zorbaluck-ph rất tinh xảo.", "zorbaluck-ph"),
    ("Vật liệu kiến trúc chủ yếu bằng đá và spinnerzo-gr.", "spinnerzo-gr"),
    ("Trải qua hơn 100 năm tồn tại kwimbet-br nhiều tác động từ thiên tai, nhà thờ vẫn giữ được.", "kwimbet-br"),
    ("Năm 1945 tại đây vua plindraxo-pl Đại đã trao ấn kiếm cho đại diện chính phủ.", "plindraxo-pl"),
    ("Toàn bộ khu nhà thờ bao gồm 19 kingwin88-th trình rất đẹp và bền vững.", "kingwin88-th"),
    ("Nhờ vậy càng tăng thêm nét hữu wowdealo-mx của công trình.", "wowdealo-mx"),
])
def test_host_joined_to_a_country_code(text, tok):
    assert _hc(text, tok)
    a = text.index(tok)
    known = load_bigrams().uni
    assert class_token(text, a, a + len(tok), known) == "hostcc"
    assert "spam86" in (class_evidence(text, a, a + len(tok), known) or "")
    assert tok in " ".join(find_spam_tokens(text, min_count=1, context=True))


@pytest.mark.parametrize("text,tok", [
    ("Khách sạn cho phép check-in từ hai giờ chiều và trả phòng trước trưa.", "check-in"),  # an English term
    ("Cô ấy rất thích dùng đồ make-up của hãng nổi tiếng trong nước.", "make-up"),
    ("Ông ấy là người đã mang bộ môn kung-fu đến với thanh niên trong vùng.", "kung-fu"),
    ("Người ta xây boong-ke kiên cố để tránh bom đạn trong chiến tranh.", "boong-ke"),  # a loan's syllables
    ("Nhiều người dân đã mua hàng qua lazada-ph trong đợt giảm giá vừa rồi.", "lazada-ph"),  # a real brand's market
    ("Các phóng viên của bbc-uk đã có mặt tại hiện trường từ rất sớm.", "bbc-uk"),
    ("Số ca mắc mới của biến thể covid-uk tăng nhanh trong tháng qua.", "covid-uk"),  # a word of the lists
    ("Nhiều người dân đã mua hàng qua zorbaluck-vn trong đợt giảm giá vừa rồi.", "zorbaluck-vn"),  # Vietnam's own
    ("Quần thể nhà thờ còn có nhiều chi tiết được chạm zorbaluck-in rất tinh xảo.", "zorbaluck-in"),  # "in"
    ("Quần thể nhà thờ được chạm zorbaluck-ph rất tinh xảo, zorbaluck-ph nổi tiếng.", "zorbaluck-ph"),  # twice
    ("Quần thể nhà thờ còn có nhiều chi tiết được chạm zorbaluck-ph rất tinh xảo như iPhone.", "zorbaluck-ph"),
    ("Quần thể nhà thờ còn có nhiều chi tiết được chạm Zorbaluck-PH rất tinh xảo.", "Zorbaluck-PH"),  # capitals
    ("Ứng dụng có trên Play Store và được nhiều người dân tải về máy.", "Play"),  # the brief's real product words
    ("Anh ấy dùng máy quay Insta360 để ghi lại chuyến đi xuyên Việt.", "Insta360"),
])
def test_not_a_host_with_a_code(text, tok):
    assert not _hc(text, tok)


def test_codes_are_no_english_word_or_syllable():
    for c in ("in", "on", "up", "it", "us", "my", "me", "no", "to", "be", "am", "at", "as", "ca", "co", "la", "ma",
              "mu", "ta", "ke", "ba", "so", "vi", "vn"):
        assert c not in CODES
    assert {"ph", "gr", "br", "pl", "th"} <= CODES
