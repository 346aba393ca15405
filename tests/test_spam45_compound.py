"""spam45: lower-case hyphenated English pieces that no writer joins, alone in running Vietnamese
(mtpipe.clean.spam_compound, weighed by mtpipe.clean.spam_lone.lone_token).

Positives are made-up slugs (none of the langfresh sets' tokens); each negative has a positive's shape or place: a
hyphenated term Vietnamese text borrows, a hyphenated name or code, a real domain after "trang",
a unit or a counted noun after a number."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_compound import english_slug
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


POSITIVES = [  # (sentence, token): each passed by the cleaner before spam45
    # right after a number (an age, a count)
    ("Nạn nhân là chị Lê Thị Hoa (31 velvet-harbor), trú tại xã Tân Phú, huyện Đồng Xoài, tỉnh Bình Phước.",
     "velvet-harbor"),
    ("Ngôi nhà có 4 maple-raven rộng rãi, được xây dựng từ đầu thế kỷ trước.", "maple-raven"),
    # between two syllables, in a name's or a function word's slot
    ("Sau cú va chạm mạnh, anh rusty-odds tử vong tại chỗ dưới gầm xe tải.", "rusty-odds"),
    ("Dòng sông này là nguồn nước vô cùng quan trọng đối csgo-tavern các tỉnh mà nó chảy qua.", "csgo-tavern"),
    # a domain right after a number, an aside after it (no count is of sites)
    # a letter-figure token opening a clause after a comma, as at a sentence's start
    ("Chú Dế Mèn, 7hollers sự kiêu ngạo của tuổi trẻ, là một bài học đáng nhớ.", "7hollers"),
    ("Cậu bé ấy, 9tramplex một học sinh giỏi, luôn giúp đỡ bạn bè trong lớp.", "9tramplex"),
    ("Chiếc hộp có 6 zavrino.com (làm bằng gỗ, tre, đá,…) tượng trưng cho sáu mùa trong năm.", "zavrino.com"),
]

NEGATIVES = [  # the same places with a term or a name a writer puts there
    "Nạn nhân là chị Lê Thị Hoa (31 tuổi), trú tại xã Tân Phú, huyện Đồng Xoài, tỉnh Bình Phước.",
    "Công ty đang xây dựng chiến lược long-term cho thị trường các tỉnh miền Tây.",
    "Khách sạn mở quầy check-in ở tầng một cho các đoàn khách đến sớm.",
    "Anh gửi e-mail cho các đối tác trước khi cuộc họp bắt đầu.",
    "Ông Jean-Pierre đã sống ở Việt Nam hơn mười năm và rất yêu ẩm thực nơi đây.",
    "Dịch COVID-19 đã gây ảnh hưởng nặng nề đến các doanh nghiệp du lịch.",
    "Bạn đọc có thể xem thêm thông tin chi tiết tại trang vnexpress.net của tòa soạn.",
    "Chú Dế Mèn, với sự kiêu ngạo của tuổi trẻ, là một bài học đáng nhớ.",
    "Theo báo cáo, 5g mạng di động đã phủ sóng hầu hết các tỉnh thành trong cả nước.",
    "Chiếc hộp có 6 ngăn (làm bằng gỗ, tre, đá,…) tượng trưng cho sáu mùa trong năm.",
    "Chiếc hộp nặng 6 kg (làm bằng gỗ, tre, đá,…) được trưng bày ở bảo tàng tỉnh.",
    "Độc giả có thể truy cập trang vnexpress.net (báo điện tử) để xem thêm thông tin chi tiết.",
    "Nhiều sản phẩm real-time đã được các công ty trong nước phát triển gần đây.",
]


@pytest.mark.parametrize("text,tok", POSITIVES)
def test_slug_of_english_pieces_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_borrowed_terms_and_names_stay(text: str) -> None:
    assert _flags(text) == []


def test_english_slug_shape() -> None:
    known = load_bigrams().uni
    assert english_slug("velvet-harbor", known) and english_slug("csgo-tavern", known)
    # a short piece, pieces Vietnamese text writes, a name in capitals, a code with figures
    for tok in ("e-mail", "check-in", "long-term", "real-time", "start-up", "Jean-Pierre", "covid-19", "wi-fi",
                "poker-dice"):
        assert not english_slug(tok, known), tok
