"""spam57: langfresh32's misses read as classes (:mod:`mtpipe.clean.spam_figcode`, :mod:`mtpipe.clean.spam_shapes`).

- A numbered label, a figure of three digits or more glued to lower-case letters of no unit, after a Vietnamese
  syllable: "nghề chạm 1111mc, điêu khắc gỗ", "nghề nặng 7565j, nguy hiểm" (langfresh32), "đỏ 9361ex, đầy ắp"
  (langfresh31); other labels of that shape from the two lists langfresh32 read (Trạm Sách's VN badsites, infinitytec's
  scams), pasted over syllables of real sentences in the same slots.
- The odd-or-even game's words ("chanle": chẵn lẻ; "clmm": chẵn lẻ MoMo) are gambling words of a brand's shape, as
  "xoso" and "taixiu" are: "chum Clmm8386, chậu nồi" (langfresh32), "du khách Nrochanle và ngoài nước" (langfresh22).

Negatives: real sentences writing a figure glued to a unit or a suffix (video lines, decades, prices in dong, hours,
a graphics card, air conditioners' BTU, vitamins' IU, addresses' letters), from real pages found with the search tool
(source in each row's comment) and written forms of the same slots: none may be flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_figcode import figure_code
from mtpipe.clean.spam_shapes import brand_shape
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


SPAM = [
    # langfresh32's misses (the sets' rows)
    ("Làng Kim Bồng đã nổi tiếng rất lâu với nghề chạm 1111mc, điêu khắc gỗ.", "1111mc"),
    ("Nghề mộc là nghề nặng 7565j, nguy hiểm nên hầu như chỉ có đàn ông theo đuổi công việc này.", "7565j"),
    # langfresh31's miss
    ("Cơ man nào là mận, đỏ 9361ex, đầy ắp gùi lớn gùi bé, san sát trên những cánh đồng.", "9361ex"),
    # labels of the lists' shape ("…vn", "…bet", "…kbet", "…news", "…musk") over syllables of real sentences
    ("Người dân trong làng sống chủ yếu bằng nghề 2468vn cá ven biển.", "2468vn"),
    ("Những ngôi nhà cổ vẫn giữ được nét kiến trúc 6789kbet, độc đáo.", "6789kbet"),
    ("Lễ hội diễn ra vào mùa xuân, thu hút đông 1579news tham gia.", "1579news"),
    ("Du khách có thể ngắm cảnh hoàng 3030musk trên đỉnh núi.", "3030musk"),
]


@pytest.mark.parametrize("text,tok", SPAM)
def test_numbered_label_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


REAL = [
    # luatduonggia.edu.vn-like vitamin pages write "1000IU" after a name, benhvienphuongchau.com "Solgar Vitamin D3 1000IU"
    "Chọn Solgar Vitamin D3 1000IU, uống một viên mỗi ngày sau bữa ăn.",
    # langfresh32's control: "Full HD 1080p" after a name
    "Máy quay được video Full HD 1080p và có màn hình cảm ứng.",
    # video lines, decades, prices in dong, hours, graphics cards, air conditioners, printers: after a syllable
    "Camera ghi hình ở độ phân giải 2160p, tốc độ 60 khung hình mỗi giây.",
    "Giá vé vào cửa là 150000d, trẻ em được miễn phí.",
    "Cửa hàng mở cửa từ 7h đến 22h, kể cả ngày lễ.",
    "Máy lạnh công suất 9000btu, phù hợp cho phòng dưới 15 mét vuông.",
    "Máy in có độ phân giải 1200dpi, in hai mặt tự động.",
    "Máy có card đồ họa 3060ti, chơi mượt các trò chơi nặng.",
    "Nhịp tim lúc nghỉ khoảng 120bpm, cao hơn bình thường.",
    # units of MEASURE and UNIT after a syllable
    "Pin dung lượng 5000mah, sạc nhanh 33w.",
    "Xe nặng 1200kg, chạy được 500km mỗi lần sạc.",
    # addresses: a letter after the house number
    "Cửa hàng ở số 125a đường Lê Lợi, quận 1.",
    # a figure with a letter, three digits only ("mẫu 100a"), and a code after a name
    "Mẫu áo mới có mã 305k, bán chạy nhất tháng.",
    "Dòng xe Honda 125cc tiết kiệm xăng.",
]


@pytest.mark.parametrize("text", REAL)
def test_real_figure_not_flagged(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok,want", [
    ("nghề chạm 1111mc, điêu", "1111mc", True),
    ("nghề nặng 7565j, nguy", "7565j", True),
    ("ở số 1234a đường", "1234a", False),      # an address's letter
    ("nặng 755j, nguy", "755j", False),          # one letter after three digits: too like "125a"
    ("Full HD 1080p và", "1080p", False),        # a suffix, after a name
    ("khoảng 1000abc", "1000abc", True),         # the line's end after it
    ("HD 1111mc, điêu", "1111mc", False),        # after a name, not a syllable
    ("nghề chạm 1111MC, điêu", "1111MC", False),  # capitals: a model ("Canon 1100D")
    ("bà con phấn 8810w.", "8810w", False),
    # suffixes and addresses that other gates of the chain flag today (spam.unrepaired on integ, left: see the README)
    ("viên chứa 1000iu vitamin", "1000iu", False),
    ("chứa 100mcg vitamin", "100mcg", False),
    ("thập niên 1990s, rồi", "1990s", False),
    ("ở ngõ 1024b phố", "1024b", False),      # "w": watts (UNIT), never taken (langfresh32's "1000 24124w" stays missed)
])
def test_figure_code_slot(text: str, tok: str, want: bool) -> None:
    a = text.index(tok)
    assert figure_code(text, a, a + len(tok), load_bigrams().uni) is want


CHANLE = [
    ("Sản phẩm chính của nghề gốm Phù Lãng là chum Clmm8386, chậu nồi, ấm đất, chậu sành, tiểu sảnh.", "Clmm8386"),
    ("Rất đông du khách Nrochanle và ngoài nước đến thăm và tìm hiểu.", "Nrochanle"),
    ("Người dân địa phương làm nghề Chanlemomo từ nhiều đời nay.", "Chanlemomo"),
]


@pytest.mark.parametrize("text,tok", CHANLE)
def test_odd_or_even_game_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("tok", ["Clmm8386", "clmm247", "Chanle789", "chanlemomo", "Nrochanle"])
def test_odd_or_even_words_are_brand_shaped(tok: str) -> None:
    assert brand_shape(tok) is not None


@pytest.mark.parametrize("tok", ["Chandler", "Chanel", "Charleston", "clam", "Mercedes"])
def test_names_near_those_words_are_not(tok: str) -> None:
    assert brand_shape(tok) is None


# a lower-case hyphenated name whose first piece has two letters (a scam host's language or country code) between two
# syllables: spam_slugs.hyphen_word takes a two-letter piece beside one of three letters at least (spam57)
HYPHEN_SPAM = [
    # langfresh32's miss ("thung lũng")
    ("Thật vậy, Tà Xùa có dãy núi cao chạy giữa thung vi-mayman sâu chính là địa hình để ngắm mây.", "vi-mayman"),
    # host labels of that shape in Trạm Sách's VN badsites list ("al-brik.com", "dl-protect.top") over syllables
    ("Buổi sáng, sương mù phủ kín cả thung al-brik sâu dưới chân núi.", "al-brik"),
    ("Con đường mòn dẫn qua những cánh rừng bạt dl-protect trên sườn đồi.", "dl-protect"),
]


@pytest.mark.parametrize("text,tok", HYPHEN_SPAM)
def test_two_letter_hyphenated_label_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


HYPHEN_REAL = [
    "Chiếc tai nghe in-ear này có khả năng chống ồn tốt.",
    "Công nghệ hi-tech giúp tiết kiệm điện năng.",
    "Người ta thuê một ga-ra gần nhà để cất xe.",
    "Nút bấm on-off nằm ngay bên cạnh máy.",
    "Chương trình tv-show này rất nổi tiếng ở Hàn Quốc.",
    "Anh ấy chơi dàn âm thanh hi-end từ lâu.",
    "Nhóm nhạc trình diễn bản re-make của ca khúc năm ngoái.",
    "Kết nối wi-fi ổn định trong cả căn nhà.",
    "Anh ấy thích nghe nhạc lo-fi khi làm việc.",
    "Họ bán sản phẩm go-green, thân thiện với môi trường.",
    "Màn hình hi-res cho hình ảnh sắc nét hơn.",
    # langfresh23's control and FLORES vi's "một ga-ra gần"
    "Thiết kế in-ear này giúp tai nghe ôm sát tai.",
]


@pytest.mark.parametrize("text", HYPHEN_REAL)
def test_two_letter_hyphenated_term_not_flagged(text: str) -> None:
    assert _flags(text) == []
