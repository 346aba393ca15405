"""spam42: camel-case names pasted once in a syllable's slot (mtpipe.clean.spam_camel), title-case names with figures
right after a number, and English compound terms named as a kind of thing (mtpipe.clean.spam_terms).

Positives are made-up spam shapes (none of the langfresh sets' tokens); each negative has a positive's shape or place:
a real brand, model or term where a writer puts one."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_camel import gambling_piece, load_pieces, unknown_piece
from mtpipe.clean.spam_terms import term_slot
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


POSITIVES = [  # (sentence, token): each passed by the cleaner before spam42
    # a camel-case name with a piece of the gambling trade's vocabulary, between two syllables, inside a name
    ("Bà cụ vẫn ngày ngày ngồi bên bếp lửa để SpinsHaven lại những câu chuyện xưa.", "SpinsHaven"),
    ("Ngôi chùa cổ nằm ở ven sông Hồng VegasPrince, được xây dựng từ thế kỷ trước.", "VegasPrince"),
    ("Trên bầu trời đêm có thể thấy Sao SpinsCove sáng rực ở phía tây.", "SpinsCove"),
    ("Cơn bão đã gây ra DiceMaster thiệt hại nặng nề cho các tỉnh ven biển.", "DiceMaster"),
    # a camel-case name with a piece no list knows, between two syllables or before the stop
    ("Những bông lúa trĩu hạt đã chuyển sang màu ZurvaHub.", "ZurvaHub"),
    ("Thời gian này, những bông lúa đã chuyển dần sang màu KrovinMark.", "KrovinMark"),
    ("Trên Mặt Trời luôn xảy ra các DrassoNet ứng hạt nhân sinh ra nhiệt lượng lớn.", "DrassoNet"),
    # a title-case name with figures, its letters no word, right after a number
    ("Năm 1463, ông đỗ trạng nguyên khi mới 23 Bravoxi7.", "Bravoxi7"),
    ("Cuốn sách được dùng trong khoa cử suốt hơn 300 Kelvaro5, cho thấy tầm quan trọng của nó.", "Kelvaro5"),
    ("Cơn bão đã di chuyển với tốc độ khoảng 20 Zentilo3, gây mưa lớn ở nhiều nơi.", "Zentilo3"),
    # a title-case name with figures between two syllables, the context model over the lower coded gate (1.5)
    ("Năm ấy có giặc Meadow42 sang xâm lược nước ta.", "Meadow42"),
]


@pytest.mark.parametrize("text,tok", POSITIVES)
def test_pasted_name_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


NEGATIVES = [  # (sentence, token): the same shapes and places in real text
    ("Dùng dưỡng nhẹ hàng ngày thì có LipIce trái cây, dưỡng và chống khô nứt môi.", "LipIce"),  # English words
    ("Hãy cùng MarryBaby tìm hiểu vấn đề này trong bài viết dưới đây nhé.", "MarryBaby"),
    ("Giá mở cửa cho km đầu tiên của dịch vụ GreenCar là hai mươi nghìn đồng.", "GreenCar"),
    ("Đây là dự án từ thiện do MobiFone phối hợp cùng quỹ từ thiện triển khai.", "MobiFone"),  # under the gate
    ("Bạn có thể mua vé xem bóng đá trên sàn SportsHub với giá ưu đãi.", "SportsHub"),  # a named slot
    ("Ứng dụng LuckyStar cho phép người dùng đặt vé xem phim trực tuyến.", "LuckyStar"),
    ("KingsRoad vừa công bố kết quả kinh doanh quý ba với doanh thu tăng mạnh.", "KingsRoad"),  # a subject
    ("Cửa hàng đã bán hơn 300 Galaxy9 trong tháng vừa qua.", "Galaxy9"),  # a model of an English word
    ("Điện thoại Redmi9 có thời lượng pin rất tốt trong tầm giá.", "Redmi9"),  # models where models stand
    ("Chủ xe Vios2020 phàn nàn về tiếng ồn trong khoang lái.", "Vios2020"),
    ("Anh ấy vừa mua chiếc Mazda3 màu đỏ để đi làm hằng ngày.", "Mazda3"),
    ("Mũ bảo hiểm Halfface có trọng lượng nhẹ và thoáng khí hơn.", "Halfface"),  # a kind's type
    ("Halfface là loại mũ bảo hiểm phổ biến nhất ở các thành phố lớn.", "Halfface"),  # a term defined
    ("Trong phân khúc Sportbike, mẫu xe này được đánh giá rất cao.", "Sportbike"),
]


@pytest.mark.parametrize("text,tok", NEGATIVES)
def test_real_name_is_left(text: str, tok: str) -> None:
    assert tok not in _flags(text)


def test_pieces_table() -> None:
    pieces = load_pieces()
    assert {"casino", "reels", "spins", "jackpot", "vegas", "riches"} <= pieces
    assert not {"online", "play", "red", "top", "face", "car", "ice", "baby"} & pieces  # words every name uses
    assert gambling_piece("ReelsOfJoy") == "reels" and gambling_piece("LipIce") is None
    assert gambling_piece("Casinoville") is None  # a camel-case piece, not a substring


def test_unknown_piece() -> None:
    known = load_bigrams().uni
    assert unknown_piece("ZurvaHub", known) == "zurva"
    assert unknown_piece("GreenCar", known) is None  # English words
    assert unknown_piece("HoaSen", known) is None  # Vietnamese syllables without marks


def test_term_slot() -> None:
    t = "Mũ bảo hiểm Halfface có trọng lượng nhẹ."
    assert term_slot(t, t.index("Halfface"), t.index("Halfface") + 8)
    t = "Halfface là loại mũ phổ biến."
    assert term_slot(t, 0, 8)
    t = "Halfface đời mình cho nghề chạm khắc gỗ."
    assert not term_slot(t, 0, 8)  # a start before a syllable
    t = "Người thợ đã dành Halfface là vậy."
    assert not term_slot(t, t.index("Halfface"), t.index("Halfface") + 8)  # "là" after, not at a start
