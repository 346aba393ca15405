"""spam64: four classes of the single spam tokens langfresh35 (the twenty-ninth session's blind set, now dev) let pass,
each flagged where its shape and place say no writer put it, and each kept in the real forms of the same shape.

- a lower-case name opening with a gambling word (:func:`mtpipe.clean.spam_bethead.gambling_head`);
- English words joined by a hyphen where a Vietnamese name goes (:func:`mtpipe.clean.spam_slugname.slug_in_name`);
- a camel-case name where a two-syllable place's last syllable goes (:func:`mtpipe.clean.spam_placename.cut_place`);
- a stray token right after a number, before the colon that opens the counted things' list
  (:func:`mtpipe.clean.spam_lone.lone_token`'s ``number`` place).

Flagged: dev spam rows (langfresh25 ... 35). Kept: clean control sentences of the same shape (held-out Vietnamese
Wikipedia, langfresh13's controls, realpages held25) and forms of Vietnamese pages (GitHub-hosted and search-found
health and travel pages: "betacaroten", "betadine", "đảo Phú Quốc VinWonders")."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bethead import gambling_head
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_lone import lone_token
from mtpipe.clean.spam_placename import cut_place
from mtpipe.clean.spam_slugname import slug_in_name
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(spam=SpamRepair(context=True)))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


def _span(text: str, tok: str) -> tuple[int, int]:
    a = text.index(tok)
    return a, a + len(tok)


GAMBLING_HEAD = [  # (dev spam row, token)
    ("Sợi phở Hà Nội có độ dày vừa phải, mềm betnix không quá mỏng.", "betnix"),  # langfresh35, missed before
    ("Tranh làng Sình hoàn toàn làm thủ betbyt.", "betbyt"),  # langfresh33, missed before
    ("Đờn ca tài tử là loại hình nghệ thuật dân gian đặc trưng của vùng Nam betjambo.", "betjambo"),  # langfresh34
    ("Thống kê ban đầu có 300 slotastic dân, cửa hàng, chợ bị tốc mái, 2 nhà sập hoàn toàn.", "slotastic"),  # lf25
]


@pytest.mark.parametrize("text,tok", GAMBLING_HEAD)
def test_lower_case_gambling_head_is_flagged(text: str, tok: str) -> None:
    assert gambling_head(text, *_span(text, tok), load_bigrams().uni)
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok", [
    ("Cà rốt và bí đỏ giàu betacaroten, một tiền chất của vitamin A tốt cho mắt.", "betacaroten"),  # "beta": a term
    ("Sau khi rửa vết thương, bạn có thể sát khuẩn bằng dung dịch betadine rồi băng lại.", "betadine"),
    ("Công ty CP tư vấn và xây dựng Betaco thực hiện thao tác trên tuyến ống.", "Betaco"),  # held25: title case
    ("Người chơi betnix hôm qua, hôm nay lại thấy betnix trên trang chủ.", "betnix"),  # written twice: a real name
    ("Nhóm nhạc này hát bài between trong đêm diễn ở Hà Nội.", "between"),  # an English word
])
def test_gambling_head_keeps_real_forms(text: str, tok: str) -> None:
    assert not gambling_head(text, *_span(text, tok), load_bigrams().uni)


SLUG_IN_NAME = [  # (dev spam row, token)
    ("Bản wins-feed là nơi sinh sống và cư trú của người Thái ở nơi này, dù là bản làng nghèo khó.", "wins-feed"),  # lf35
    ("Quần thể di tích và danh thắng Yên tử bao gồm các di tích lịch sử của nhà Trần và thiền archer-exchange Trúc "
     "Lâm ở Việt Nam.", "archer-exchange"),  # langfresh35, missed before
    ("Hậu quả, sau cú va chạm mạnh, anh ultimate-odds tử vong dưới gầm xe.", "ultimate-odds"),  # langfresh27
    ("Những ngày gần đây, nhiều hộ dân thôn Quảng Hiệp, xã Hiệp modern-nest, tỉnh Lâm Đồng sống trong lo âu vì sạt lở "
     "đất.", "modern-nest"),  # langfresh28
]


@pytest.mark.parametrize("text,tok", SLUG_IN_NAME)
def test_english_slug_where_a_name_goes_is_flagged(text: str, tok: str) -> None:
    assert slug_in_name(text, *_span(text, tok), load_bigrams().uni)
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok", [  # held-out Vietnamese Wikipedia: a term after a word that names one
    ("Tuy nhiên có liên hệ với \"ngoại tố di truyền học\", gọi là epi-mark.", "epi-mark"),
    ("Đánh dấu một số phần bộ nhớ là non-cacheable có thể nâng cao hiệu suất làm việc.", "non-cacheable"),
    ("Ông theo bất cứ hình thức nào của chủ nghĩa phi thần (non-theism), theo đó người không có đức tin.", "non-theism"),
    ("Tên của đội bóng được viết bằng kiểu chữ sans-serif ở phía trên của khẩu pháo.", "sans-serif"),
])
def test_slug_in_name_keeps_terms(text: str, tok: str) -> None:
    assert not slug_in_name(text, *_span(text, tok), load_bigrams().uni)
    assert tok not in _flags(text)


CUT_PLACE = [  # (dev spam row, token): both missed before
    ("Rất nhiều người đã gọi đây là “Vịnh Hạ SureGrowth trên cạn” của Việt Nam.", "SureGrowth"),  # langfresh35
    ("Xa xưa, hồ này có tên là hồ Lục Thủy, hồ Tả GloryAchieve, sau đó được đổi tên theo truyền thuyết vua Lê Thái Tổ "
     "trả gươm.", "GloryAchieve"),  # langfresh29
]


@pytest.mark.parametrize("text,tok", CUT_PLACE)
def test_camel_name_where_a_place_syllable_goes_is_flagged(text: str, tok: str) -> None:
    assert cut_place(text, text.index(tok))
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok", [
    ("Hãng xe hơi Việt Nam VinFast vừa quyết định dừng bán xe chạy xăng.", "VinFast"),  # langfresh13's control
    ("Du khách đến đảo Phú Quốc VinWonders có thể mua vé trọn gói.", "VinWonders"),  # a whole name before it
    ("Giải thưởng của Quỹ VinFuture được trao tại Hà Nội.", "VinFuture"),  # no place's kind
    ("Anh ấy mua chiếc đồng hồ Casio EdificeX ở cửa hàng.", "EdificeX"),  # no Vietnamese syllable after the kind
])
def test_cut_place_keeps_brands_after_names(text: str, tok: str) -> None:
    assert not cut_place(text, text.index(tok))
    assert tok not in _flags(text)


@pytest.mark.parametrize("text,tok", [
    ("Các di tích này nằm trên địa phận 3 satoby: Bắc Giang, Hải Dương và Quảng Ninh.", "satoby"),  # lf35, missed before
    ("Một tổ chức đàn ong mật gồm có 3 10adspay: Ong chúa, ong đực và ong thợ.", "10adspay"),  # langfresh28
])
def test_token_counted_before_a_colon_is_flagged(text: str, tok: str) -> None:
    assert lone_token(text, *_span(text, tok), load_bigrams().uni) == "number"
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok", [
    ("Máy ảnh có 2 mode: chụp tự động và chụp thủ công.", "mode"),  # an English word
    ("Bộ sản phẩm gồm 3 tỉnh: Bắc Giang, Hải Dương và Quảng Ninh.", "tỉnh"),  # a syllable
    ("Dự án chia làm 2 giai đoạn, gồm 2 phase: phase 1 và phase 2 được triển khai.", "phase"),  # written more than once
])
def test_number_colon_keeps_words(text: str, tok: str) -> None:
    assert lone_token(text, *_span(text, tok), load_bigrams().uni) is None
