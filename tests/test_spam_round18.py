"""Single spam tokens of the shapes langfresh15/16 left (spam23; issue 12 point 3), each class beside real text of
the same shape that must stay unflagged.  Every sentence and token is written for the test (none is a set's row).

Classes: a token before a closing single quote; odds-site words of unaccented Vietnamese in a host name; a
lower-case string of no language between names or figures; a word of no list that breaks a bound syllable pair (at
a sentence's start or after a syllable); a host's shape before one syllable of a Vietnamese name; an English
compound ending in a suffix is a derived word, and a finished word leaves no gap for the filler test."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_bound import foreign
from mtpipe.clean.spam_names import name_shape
from mtpipe.document import Document

FLAGGED = [  # (sentence, token)
    # a closing single quote ends the token as a double one does
    ("Doanh thu quý này đã 'vượt 7xkqzvh' kế hoạch cả năm.", "7xkqzvh"),
    ("Nhiều người gọi đây là 'cú hích gwqzkfa' cho thị trường.", "gwqzkfa"),
    # odds-site words (tỉ lệ kèo, soi kèo, kèo bóng) in a host name, any case
    ("TYLEKEOPRO cần được xử lý trước khi mùa giải bắt đầu.", "TYLEKEOPRO"),
    ("Người dùng SoiKeoHay thông báo đã nhận được khoản hoàn tiền.", "SoiKeoHay"),
    ("Giá vé tăng mạnh TILEKEONHANH đến cuối tháng này.", "TILEKEONHANH"),
    ("Thị trường TyLeKeoMoi đang chờ thông báo mới.", "TyLeKeoMoi"),
    # a lower-case string of no language between names or figures ("Samsung _ Google": "và")
    ("Hợp tác giữa Samsung yqekxwoz Google đã kéo dài nhiều năm.", "yqekxwoz"),
    ("Thương vụ trị giá 300 triệu USD 9qxzkvjw Blackstone được công bố hôm qua.", "9qxzkvjw"),
    # a word of no list breaking a bound pair, in any case: at a start before "nhiên," ("Tuy nhiên") or "dàng"
    # ("Dễ dàng"), after "nghiên" ("nghiên cứu"), "vấn" ("vấn đề"), "phổ" ("phổ biến")
    ("FernGlowHub nhiên, dự án vẫn chậm tiến độ.", "FernGlowHub"),
    ("glimmerholt nhiên, giá cổ phiếu vẫn đi ngang.", "glimmerholt"),
    ("HollowPine dàng nhận thấy điều đó.", "HollowPine"),
    ("Các nhà nghiên torvalcrest của trường đã công bố kết quả.", "torvalcrest"),
    ("Đây là một vấn glenmarrow lớn của ngành.", "glenmarrow"),
    ("Một xu hướng phổ BrightFen hiện nay là mua sắm trực tuyến.", "BrightFen"),
    # bound in every sighting, three at least ("khách sạn", "tài xế")
    ("Họ ở một PineHollow sạn nhỏ gần biển.", "PineHollow"),
    ("Số đối tác kelvinroad xế của hãng tăng mạnh.", "kelvinroad"),
    # a host's shape before one capitalised syllable of a name, no capitalised word after it ("Hàn Quốc", "Hà Lan")
    ("Cuộc họp diễn ra ở Seoul, Trovimax Quốc ngày 12/3.", "Trovimax"),
    ("Công ty có trụ sở tại Qelbrook Lan cũng cho biết như vậy.", "Qelbrook"),
]

CLEAN = [
    # real names in single quotes, after a syllable
    "Bộ phim 'Parasite' từng đoạt giải Oscar.",
    "Ca khúc 'Dynamite' đứng đầu bảng xếp hạng nhiều tuần.",
    # odds words are not football news words: a news site's name
    "Theo Bongdaplus, đội tuyển sẽ tập trung vào tuần sau.",
    # names between names, in lower case only when a word of some language
    "Hợp tác giữa Samsung and Google đã kéo dài nhiều năm.",
    "Bản cập nhật có hỗ trợ gzip và các định dạng nén khác.",
    # a name where a name is expected, before a bound syllable ("anh", "khu"), and a bound syllable that makes a
    # word with the syllable after it ("đình đám")
    "Du khách thường đến khu Harajuku nổi tiếng để mua sắm.",
    "Nói rồi anh Minhyuk hơi lúng túng nhìn quanh.",
    "Cô là một Youtuber đình đám với hàng triệu người theo dõi.",
    # a brand at a start before a syllable that stands alone
    "GrabPay cho phép thanh toán tại nhiều cửa hàng.",
    "TopZone là chuỗi bán lẻ các sản phẩm của Apple.",
    # Vietnamese syllables without their marks are no foreign word ("lo toan", "hồng nhung")
    "Họ chỉ còn lo toan chuyện cơm áo hằng ngày.",
    # a name before a name of two capitalised syllables, or before a surname (the name's order of a foreigner)
    "Họ đi từ Gdansk Ba Lan sang Đức bằng tàu hỏa.",
    "Điều này đúng với Paul Gerwalt Nguyễn hơn ai hết.",
    "Nhóm nhạc Brenvoll Anh Quốc biểu diễn tối qua.",
    # an English blend with a suffix between syllables after a finished word ("lợi thế")
    "Sàn có lợi thế Streamertainment đang tăng tốc rất nhanh.",
    "Thương hiệu có lợi thế Edutainment đang thu hút phụ huynh.",
]


def _flags(text: str) -> list[str]:
    doc = Cleaner()(Document.from_text(text + "\n", doc_id="vi/a.txt", path="vi/a.txt"))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize(("text", "token"), FLAGGED)
def test_single_token_is_flagged_not_repaired(text: str, token: str) -> None:
    doc = Cleaner()(Document.from_text(text + "\n", doc_id="vi/a.txt", path="vi/a.txt"))
    hit = [e for e in doc.ledger if e.rule.startswith("spam.") and e.text == token]
    assert hit, f"{token!r} not caught in {text!r}"
    assert all(e.rule == "spam.unrepaired" for e in hit)  # flagged, never guessed


@pytest.mark.parametrize("text", CLEAN)
def test_real_text_of_the_same_shapes_is_left(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("token", ["Streamertainment", "Shopperment", "Gamification"])
def test_a_compound_ending_in_a_suffix_is_no_host_compound(token: str) -> None:
    assert name_shape(token, set()) != "compound"


@pytest.mark.parametrize("token", ["Rosycooks", "Paretoart", "Skipleeart"])
def test_compounds_of_words_keep_their_shape(token: str) -> None:
    assert name_shape(token, set()) == "compound"


@pytest.mark.parametrize(("token", "expected"), [
    ("FernGlowHub", True), ("glimmerholt", True), ("QUILLMARROW", True),
    ("toan", False), ("tivi", False), ("Kuaishou", False), ("Vietjet", False), ("A321neo", False),
    ("apple", False), ("cosplayer", False), ("ab", False),
])
def test_foreign(token: str, expected: bool) -> None:
    assert foreign(token, set()) is expected
