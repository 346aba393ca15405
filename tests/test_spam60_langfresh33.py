"""spam60: langfresh33's misses and look-alike, as classes (:mod:`mtpipe.clean.spam_tradeslug`,
:mod:`mtpipe.clean.spam_perprice`, :mod:`mtpipe.clean.spam_unitname`).

A slug built on a trade's word that no English compound is shaped like (a plural head: "bets-fortune", "trades-arena";
an invented piece: "quantums-trade"), a host where a price's currency goes ("40.000 skull-bets.io/người"): flagged now,
with the same shapes in other slots. Negatives: English compounds of the trades, real prices per unit and addresses
with a path. A unit's name after the noun of an organisation's unit ("Bộ phận Worldpanel thuộc Kantar", langfresh33's
look-alike) is left; a label pasted between two syllables elsewhere is still flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_perprice import priced_host_spans
from mtpipe.clean.spam_tradeslug import trade_slug
from mtpipe.clean.spam_unitname import unit_slot
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("tok,want", [
    ("bets-fortune", True), ("trades-arena", True), ("coins-hub", True), ("slots-paradise", True),  # plural heads
    ("quantums-trade", True), ("zenvora-coin", True), ("krypteo-forex", True),  # an invented piece
    ("fair-trade", False), ("free-trade", False), ("day-trading", False), ("insider-trading", False),  # compounds
    ("stable-coin", False), ("meme-coin", False), ("trade-off", False), ("coin-op", False), ("bet-hedging", False),
    ("casino-hotel", False), ("slot-machine", False), ("alt-coin", False), ("win-win", False),  # "alt": abbreviation
    ("check-in", False), ("long-term", False), ("data-mining", False), ("e-trade", False),
])
def test_trade_slug_shape(tok: str, want: bool) -> None:
    assert trade_slug(tok, load_bigrams().uni) is want


SPAM = [
    # langfresh33's misses: a sentence's start ("Thợ"), a place's name ("Áng"), before a comma ("mộng"), a price's
    # currency ("đồng")
    ("bets-fortune chạm bạc giỏi của làng nghề Đồng Xâm có mặt ở khắp nơi hành nghề.", "bets-fortune"),
    ("Khu vực bản quantums-trade nổi tiếng với vườn mận khá rộng, được trồng để phục vụ khách du lịch.",
     "quantums-trade"),
    ("Những vườn mận trắng muốt tạo nên khung cảnh vừa thơ trades-arena, vừa yên bình.", "trades-arena"),
    ("Các vườn hoa mận hiện nay đều mở cửa đón khách tham quan, chụp ảnh với mức giá vào cửa khoảng 40.000 "
     "skull-bets.io/người, không giới hạn thời gian.", "skull-bets.io"),
    # the same shapes in other slots and sentences
    ("coins-hub là loại bánh truyền thống được làm từ bột gạo nếp và đậu xanh.", "coins-hub"),
    ("Giá phòng tại khu nghỉ dưỡng dao động từ 1.500.000 lucky-spins.net/đêm, đã bao gồm bữa sáng.", "lucky-spins.net"),
    ("Xe khách chạy tuyến này thu 250.000 moonbet.com/người cho mỗi chiều đi.", "moonbet.com"),
]


@pytest.mark.parametrize("text,tok", SPAM)
def test_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


REAL = [
    # English compounds of the trades in running Vietnamese
    "Cà phê fair-trade được bán với giá cao hơn vì người nông dân nhận được phần lợi nhuận công bằng.",
    "Nhiều nhà đầu tư nhỏ lẻ lao vào day-trading mà không hiểu rõ rủi ro của thị trường.",
    "Đây là một trade-off mà các kỹ sư phải cân nhắc khi thiết kế hệ thống.",
    "Hai bên đã đạt được thỏa thuận win-win sau nhiều vòng đàm phán.",
    # a real page (sapuwa.com, on negotiation: found with the search tool)
    "Tuy win-win là giải pháp khả thi trong đàm phán, nó đòi hỏi hai bên phải tin tưởng và tôn trọng lẫn nhau.",
    "Các stable-coin như USDT được neo giá theo đồng đô la Mỹ.",
    # real prices per unit, an address with a path, a speed
    "Giá vé vào cửa khoảng 40.000 đồng/người, trẻ em dưới 1m được miễn phí.",
    "Giá thuê phòng chỉ từ 25 USD/đêm vào mùa thấp điểm.",
    "Xe chạy với tốc độ 60 km/h trên đoạn đường này.",
    "Độc giả có thể xem thêm tại vnexpress.net/thoi-su để cập nhật tin tức.",
    # langfresh33's look-alike: a unit's name after "bộ phận"; a branch's, an office's
    "Theo Bộ phận Worldpanel thuộc Kantar - tổ chức hàng đầu thế giới về dữ liệu, nghiên cứu và tư vấn - vừa công bố "
    "Báo cáo uy tín “Dấu chân thương hiệu 2019” (Brand Footprint).",
    "Năm ngoái, chi nhánh Greenfield tại Đà Nẵng đã tuyển thêm hơn hai trăm nhân viên.",
    "Văn phòng Greenpeace tại Hà Nội cho biết chiến dịch sẽ kéo dài đến cuối năm.",
]


@pytest.mark.parametrize("text", REAL)
def test_not_flagged(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok,want", [
    ("Theo Bộ phận Worldpanel thuộc Kantar", "Worldpanel", True),
    ("mở rộng chi nhánh Greenfield tại Đà Nẵng", "Greenfield", True),
    ("công ty con Worldpanel của Kantar", "Worldpanel", True),
    ("người tiêu dùng Rosycooks người bán", "Rosycooks", False),  # spam_names' own: still a gap
    ("số phận Worldpanel thuộc", "Worldpanel", False),  # "phận" alone introduces nothing
])
def test_unit_slot(text: str, tok: str, want: bool) -> None:
    assert unit_slot(text, text.index(tok)) is want


def test_label_between_syllables_still_flagged() -> None:
    # spam_names' compound between two lower-case syllables, no unit's noun before it (spam21's form)
    assert "Rosycooks" in _flags("Theo khảo sát, người tiêu dùng Rosycooks người bán đều đánh giá cao sản phẩm này.")


def test_priced_host_spans() -> None:
    assert priced_host_spans("khoảng 40.000 skull-bets.io/người, không") == [(14, 27)]
    assert priced_host_spans("xem tại vnexpress.net/thoi-su nhé") == []
    assert priced_host_spans("giá 40.000 đồng/người") == []
