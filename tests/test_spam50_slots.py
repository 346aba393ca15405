"""spam50: English words joined by hyphens where a place name's first syllable stands
(mtpipe.clean.spam_placeslot, weighed by mtpipe.clean.spam_lone.lone_token), and a trade's players listed together
(mtpipe.clean.spam_genre.trade_peers).

Positives: langfresh29's misses of these classes and made-up tokens of the same shapes in the same places; each
negative has a positive's shape or place: a loanword, a hyphenated name or term, a brand or a nickname of glued
syllables, a market's players named side by side."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


POSITIVES = [  # (sentence, token): each passed by the cleaner before spam50
    # hyphenated English words after a place word, before the name's capitalised rest
    ("Trên thế giới, ít có nơi nào nhận được món quà tặng kỳ diệu của biển cả như ở gamble-tribe Cà Mau, nằm trầm "
     "mình dưới chân sóng mà vẫn được bồi đắp không ngừng.", "gamble-tribe"),
    ("Đước được phân bố dọc từ miền trung đến đồng bằng sông trend-apparent Long, nhưng nhiều nhất vẫn là ở Cà Mau.",
     "trend-apparent"),
    ("Sáng cuối tuần, người dân Thủ đô đổ về hồ velvet-anchor Kiếm để tập thể dục.", "velvet-anchor"),
    ("Gia đình ông đã sống nhiều đời ở làng copper-meadow Hiệp, nổi tiếng với nghề làm gốm.", "copper-meadow"),
]

NEGATIVES = [  # the same shapes and places in real writing
    "Du khách có thể nghỉ ở resort Sun World Bà Nà trong dịp lễ.",
    "Cả nhà nghỉ lại ở homestay Mộc Châu hai đêm liền.",
    "Nhiều người dân ở làng ban-mai Hòa Bình vẫn giữ nghề dệt.",
    "Ông ấy từng sống ở phố long-term Hà Nội.",
    "Du khách chụp ảnh ở hồ world-class Tây Hồ.",
    "Nhiều bạn trẻ đến check-in ở phố đi bộ Nguyễn Huệ vào cuối tuần.",
    "Tôi đặt hàng trên thegioididong rất nhanh và được giao trong ngày.",
    "Hãng sữa vinamilk đã tăng giá bán lẻ từ đầu tháng này.",
    "Mình theo dõi trang yeuthethao lâu rồi mà chưa thấy bài nào như vậy.",
    "Bạn nhớ tải ứng dụng sotaysuckhoe về máy để theo dõi lịch tiêm.",
    "Cả nhóm đặt tên kênh là thichdulich cho dễ nhớ.",
    "Anh ấy đăng ảnh lên tài khoản nguyenvanan của mình.",
    "Trên mạng, nhiều người dùng hashtag vietnamoi để chia sẻ ảnh du lịch.",
    "Người dân ở sài gòn vẫn quen gọi nơi này là chợ Lớn.",
    # a trade's brand where a place's name goes on: a company's branch, a fans' meeting place
    "Chị Lan hiện làm việc tại HomeCredit Việt Nam với vị trí trưởng phòng.",
    "Anh ấy từng là nhân viên ở FECredit Hà Nội trong ba năm liền.",
    "Cô ấy làm kế toán tại VNPay Hà Nội từ năm ngoái.",
    "Các cổ động viên tụ tập ở quán bongda Hà Đông để xem trận chung kết.",
    "Tôi làm việc tại VinGame Hà Nội từ khi mới ra trường.",
    # a trade's players listed together (langfresh29's look-alikes)
    "Ở nhóm Generation X, MoMo chiếm 35%, cao gấp ba lần ZaloPay và bỏ xa ShopeePay.",
    "Báo cáo của Q&Me cho biết, trong khi Momo áp đảo thị trường, thì AirPay phổ biến với những người mua sắm trực "
    "tuyến, Zalo thu hút nữ giới nhờ tích hợp chức năng trò chuyện thân thiện, ViettelPay phổ biến ở nông thôn.",
]


@pytest.mark.parametrize("text,tok", POSITIVES)
def test_token_in_a_slot_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


TRADE_ALONE = [  # (sentence, token): a trade name pasted beside real names not built on its trade word: still flagged
    # and where a place name's first syllable stands, after a place word (spam50)
    ("Chúng tôi đặt chân đến bản bongdatam Cấu, xã Nậm Vì, huyện Mường Nhé, tỉnh Điện Biên khi những tia nắng cuối "
     "cùng trong ngày tan vào gió núi.", "bongdatam"),
    ("Đoàn công tác đã vượt hơn trăm cây số đường rừng để đến xã soikeobongda Phìn trao quà cho học sinh.",
     "soikeobongda"),
    ("Ngày 21/3, công chúng đã xôn SieuCash trước thông tin Công ty taxi điện GSM đầu tư trực tiếp vào Be Group.",
     "SieuCash"),
    ("Riêng VN30-Index vẫn tăng 0,13% cho thấy khả năng cân MoneyTop ở các cổ phiếu blue-chips vẫn tích cực.",
     "MoneyTop"),
]


@pytest.mark.parametrize("text,tok", TRADE_ALONE)
def test_trade_name_without_peers_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_real_text_is_not_flagged(text: str) -> None:
    assert _flags(text) == []
