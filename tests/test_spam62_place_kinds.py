"""spam62: a camel-case or figured name where a place's own name goes (:mod:`.spam_placename`), and a word of capitals
after a compound written whole, no syllable's slot (:mod:`.spam_kindcaps`).

Positives: the dev spam sets' misses (langfresh30, 31, 34: flagged now) and the same slot with other names pasted
into real sentences. Negatives: real names after a kind of place (not camel case, or after a word left out of the
kinds), brands in the slots other words open, and the look-alikes the capitals' slot test flagged (langfresh34's
control, a realpages line): none may be flagged.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_kindcaps import kind_capitals
from mtpipe.clean.spam_placename import unplaced_name, unplaced_shape
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


PLACED = [
    # the dev sets' misses
    ("Người làng TrustSafeAssets không biết rõ ai là ông tổ của nghề nón, chỉ nghe tổ tiên kể lại chiếc nón ra đời "
     "và gắn bó với mảnh đất Chuông giàu văn hóa tự thuở nào.", "TrustSafeAssets"),  # langfresh34, "làng Chuông"
    ("Mỗi dịp lễ hội, trên sông Coinbit24 thu hút rất nhiều du khách, bởi đây là một nơi lý tưởng nhất để ngắm phố "
     "cổ về đêm.", "Coinbit24"),  # langfresh34, "sông Hoài"
    ("Những chiếc đèn hoa đăng có hình bông hoa bán dọc khắp các tuyến đường phố OptimumTraders.",
     "OptimumTraders"),  # langfresh34, "phố cổ"
    ("Nằm cạnh con sông AbestMall, làng Chuông thuộc xã Phương Trung, huyện Thanh Oai tại Hà Nội.",
     "AbestMall"),  # langfresh30
    ("Đặc biệt, chỉ ở làng Jcai539 mới có đền thờ vua bà thủy tổ quan họ.", "Jcai539"),  # langfresh31
    # the same slots in other real sentences, other names pasted over the place's name
    ("Du khách có thể chèo thuyền kayak khám phá vịnh HarborVault vào buổi chiều.", "HarborVault"),
    ("Người dân xã Nexgain88 vui mừng đón nhận công trình nước sạch mới.", "Nexgain88"),
    ("Ngọn núi BlueLedger quanh năm mây phủ, là điểm đến của nhiều người mê leo núi.", "BlueLedger"),
]


@pytest.mark.parametrize("text,tok", PLACED)
def test_unplaced_name_flagged(text: str, tok: str) -> None:
    a = text.index(tok)
    assert unplaced_name(text, a, a + len(tok))
    assert tok in _flags(text)


NOT_PLACED = [
    # a place's real name: written syllable by syllable, each with its capital (no class shape)
    ("Những chiếc du thuyền sang trọng neo đậu trên sông Thames giữa lòng thủ đô nước Anh.", "Thames"),
    ("Trụ sở nhiều ngân hàng lớn nằm ngay trên phố Wall của thành phố New York.", "Wall"),
    ("Nhiều bạn trẻ đã đến làng SOS để thăm hỏi và tặng quà các em nhỏ.", "SOS"),
    # words left out of the kinds: a shop after "tại", a clock ("đồng hồ"), a publisher ("xuất bản": realpages)
    ("Tôi thường mua sữa tươi tại VinMart gần nhà vì giá cả hợp lý.", "VinMart"),
    ("Chiếc đồng hồ SmartWatch này đo được nhịp tim và giấc ngủ của người đeo.", "SmartWatch"),
    ("Sách dày 246 trang vừa được nhà xuất bản BookSurge phát hành tại Mỹ.", "BookSurge"),
    # a product line and a version: brands in the slots those words open
    ("Apple vừa trình làng dòng MacBook mới với chip mạnh hơn hẳn thế hệ trước.", "MacBook"),
    ("Phiên bản PlayStation5 mới có ổ cứng dung lượng lớn hơn bản cũ.", "PlayStation5"),
]


@pytest.mark.parametrize("text,tok", NOT_PLACED)
def test_place_look_alike_kept(text: str, tok: str) -> None:
    a = text.index(tok)
    assert not unplaced_name(text, a, a + len(tok))
    assert tok not in _flags(text)


@pytest.mark.parametrize("tok,shaped", [("TrustSafeAssets", True), ("Coinbit24", True), ("OnCredit247", True),
                                        ("Mekong", False), ("SOS", False), ("Hà", False), ("U23", False)])
def test_unplaced_shape(tok: str, shaped: bool) -> None:
    assert unplaced_shape(tok) is shaped


KIND = [
    # langfresh34's control (soha.vn): a screen's type after "màn hình"
    ("Thiết bị dự kiến sẽ có màn hình AMOLED phẳng 6.86 inch với viền mỏng hơn so với người tiền nhiệm, tạo nên một "
     "diện mạo bóng bẩy hơn.", "AMOLED"),
    # a realpages line: a body's acronym after an office ("Phó Chủ tịch")
    ("Thành phần tham dự: Ông Nguyễn Duy Nam – Phó Chủ tịch UBMTTQVN xã – Chủ tịch Hội Nông dân, ông Lê Xuân Hải - "
     "Phó Chủ tịch UBMTTQVN xã – Chủ tịch Hội Cựu Chiến binh.", "UBMTTQVN"),
]


@pytest.mark.parametrize("text,tok", KIND)
def test_kind_capitals_not_flagged(text: str, tok: str) -> None:
    a = text.index(tok)
    assert kind_capitals(text, a, a + len(tok))
    assert tok not in _flags(text)


INSIDE_NAME = [
    # pasted labels of capitals inside a name keep their flag (langfresh17)
    ("Hai đêm diễn của BlackPink tại sân vận động quốc gia ITICUN Đình cũng là những đêm diễn quy mô nhất của nghệ sĩ "
     "quốc tế ở Việt Nam, thu hút đến 67.000 lượt khán giả.", "ITICUN"),  # before a capitalised syllable
    ("Chiếu 3-12, ông Đặng Tất CAKHIA, Phó Chủ tịch thường trực hãng hàng không Bamboo Airways, cho hay hãng này sẽ "
     "đón máy bay thân rộng Boeing 787-9 Dreamliner trong tháng 12.", "CAKHIA"),  # after a capitalised syllable
]


@pytest.mark.parametrize("text,tok", INSIDE_NAME)
def test_capitals_inside_name_still_flagged(text: str, tok: str) -> None:
    a = text.index(tok)
    assert not kind_capitals(text, a, a + len(tok))
    assert tok in _flags(text)
