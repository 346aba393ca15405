"""spam56: three look-alikes of pasted tokens that real Vietnamese pages write (:mod:`mtpipe.clean.spam_invited`).

- A site inviting its reader: "hãy cùng TipCongNghe.com tìm hiểu ..." (the site's domain after "cùng", before a verb of
  looking or learning): langfresh23's look-alike false alarm.
- An English compound in lower case: "lộ diện girlgroup mới" (two English words end to end, four letters or more
  each): langfresh27's look-alike false alarm.
- An app after a verb of installing or downloading: "hãy cài đặt Koreader để tối ưu việc đọc": langfresh22's look-alike
  false alarm.

Positives: sentences of real pages (source in each row's comment) and written forms of the same slots; none may be
flagged. Negatives: gambling, trade and letter-digit shapes in the same slots, and the dev sets' pasted tokens beside
them: still flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_invited import installed_app, invited_site, loan_compound
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


def _span(text: str, tok: str) -> tuple[int, int]:
    a = text.index(tok)
    return a, a + len(tok)


REAL = [
    # tipcongnghe.com (cach-doc-thong-so-lop-xe-o-to): langfresh23's control
    "Bài viết này hãy cùng TipCongNghe.com tìm hiểu cách đọc thông số lốp xe ô tô cũng như khám phá ý nghĩa của các "
    "ký hiệu trên lốp xe ô tô.",
    # hoangviettravel.vn (tu-cam-thanh): the same invitation naming a travel agent
    "Nếu bạn đang có kế hoạch du lịch Bắc Kinh, thì hãy cùng Hoàng Việt Travel tìm hiểu về vị trí, lịch sử, kiến trúc "
    "của cung điện hoành tráng này ngay nhé.",
    # mytour.vn (telegram-la-gi): the invitation with the site's name alone
    "Hãy cùng Mytour tìm hiểu về ứng dụng nhắn tin nổi tiếng nhất thế giới qua bài viết này nhé!",
    # tuoitrexahoi.vn (blackpink-la-nhom-nao): langfresh27's control
    "Ngày 29/6/2016, YG Entertainment chính thức lộ diện girlgroup mới với 4 thành viên là Jisoo, Jennie, Rosé và Lisa.",
    # dulichmuonphuong.net (9 lưu ý khi đặt phòng homestay)
    "Đi du lịch, ăn chơi ở đâu chúng ta có thể bàn sau, nhưng chuyện đặt phòng homestay thì lúc nào cũng phải tính "
    "trước ở nhà bạn nhé!",
    "Đặc biệt, đa số homestay bây giờ đều chú trọng vào phần nhìn, đầu tư nhiều view sống ảo và rất được các du khách "
    "ưa thích.",
    # hlastore.vn (chon-may-doc-sach-p1): langfresh22's control
    "Nếu bạn thường đọc PDF dạng chữ, hãy cài đặt Koreader để tối ưu việc đọc.",
    # written forms of the three slots
    "Hãy cùng Dienmayxanh.com tìm hiểu cách chọn máy lạnh phù hợp nhé.",
    "Trong bài viết này, hãy cùng Vinmec.com khám phá những lợi ích của việc ngủ đủ giấc.",
    "Cùng Mytour.vn điểm qua những homestay đẹp nhất Đà Lạt.",
    "Nhóm nhạc vừa tung ra photobook mới và lightstick phiên bản giới hạn.",
    "Buổi livestream bán hàng thu hút hàng nghìn lượt xem.",
    "Người dùng có thể tải Koreader về máy đọc sách để đọc tài liệu.",
    "Bạn cần cài Moonreader trước khi mở tệp.",
]


@pytest.mark.parametrize("text", REAL)
def test_real_sentence_not_flagged(text: str) -> None:
    assert _flags(text) == []


SPAM = [
    # gambling and letter-digit domains in the invitation's slot ("cùng nhau tìm hiểu" with "nhau" pasted over)
    "Hãy cùng fb88.com tìm hiểu cách chọn máy lạnh phù hợp nhé.",
    "Hãy cùng nhacaiuytin.com khám phá những lợi ích của việc ngủ đủ giấc.",
    "Hãy cùng kubet.com tìm hiểu cách chọn máy lạnh phù hợp nhé.",
    # lower-case names built on a trade's word or a brand's shape beside syllables (langfresh10, 14b, 28, 29)
    "Bệnh viện quá tải, cấp cứu nhacaitop phải... chờ phòng.",
    "Sau buổi lao động ở trường, 6 rajahbet sinh rủ nhau đi tắm sông thì không may gặp nạn.",
    "Về đối tác payperbite xế, hiện nay Grab có hơn 2 triệu người và ứng dụng đặt xe của hãng đã có 68 triệu lượt tải về.",
    "Học sinh không có sách vở, áo quần thầy cô vận động, đóng choixinchao.",
    # round 18's invented English compounds breaking a bound pair ("vấn đề", "Tuy nhiên"): no loan compound's slot
    "Đây là một vấn glenmarrow lớn của ngành.",
    "glimmerholt nhiên, giá cổ phiếu vẫn đi ngang.",
    # gambling and trade names after a verb of installing (a betting page's own "tải app")
    "Người chơi chỉ cần tải Kuwin về máy để nhận thưởng.",
    "Hãy cài đặt MoneyCat để vay nhanh.",
    # the dev sets' pasted tokens after "cùng" (langfresh15, 31): no verb of the invitation after them
    "Phiên chợ khá đông, cùng ice-snowmall đồng bào dân tộc còn có khá nhiều du khách.",
]


@pytest.mark.parametrize("text", SPAM)
def test_pasted_token_still_flagged(text: str) -> None:
    assert _flags(text) != []


@pytest.mark.parametrize("text,tok,expected", [
    ("Bài viết này hãy cùng TipCongNghe.com tìm hiểu cách đọc thông số.", "TipCongNghe.com", True),
    ("Hãy cùng Vinmec.com khám phá những lợi ích.", "Vinmec.com", True),
    ("Cùng Mytour.vn điểm qua những homestay đẹp nhất.", "Mytour.vn", True),
    ("Hãy cùng Tiki.vn so sánh giá.", "Tiki.vn", True),
    ("Hãy cùng fb88.com tìm hiểu cách chọn.", "fb88.com", False),  # a digit: no site's host
    ("Hãy cùng nhacaiuytin.com tìm hiểu cách chọn.", "nhacaiuytin.com", False),  # a gambling word
    ("Hãy cùng bongdaso.com tìm hiểu cách chọn.", "bongdaso.com", False),
    ("Anh ấy làm việc cùng Vinmec.com nhiều năm.", "Vinmec.com", False),  # no verb of the invitation after it
    ("Hãy với Vinmec.com tìm hiểu.", "Vinmec.com", False),  # no "cùng" before it
    ("Hãy cùng TipCongNghe tìm hiểu.", "TipCongNghe", False),  # a name without its domain: left to the other tests
])
def test_invited_site(text: str, tok: str, expected: bool) -> None:
    assert invited_site(text, *_span(text, tok)) is expected


@pytest.mark.parametrize("tok,expected", [
    ("girlgroup", True), ("homestay", True), ("livestream", True), ("photobook", True), ("lightstick", True),
    ("femdomonly", True),  # langfresh14's pasted label of that shape: never caught, now out of the tests for good
    ("luckywinner", False), ("moneytree", False), ("coinmaster", False), ("cashmachine", False),  # a trade's word
    ("nhacaitop", False), ("kuwinsport", False),  # a brand's shape
    ("vaytienmat", False),  # a lending word
    ("GirlGroup", False), ("Girlgroup", False),  # title and camel case: the pasted labels' cases, weighed as before
    ("boyband", False),  # a piece of three letters
])
def test_loan_compound(tok: str, expected: bool) -> None:
    text = f"Nhóm vừa ra mắt {tok} mới."
    assert loan_compound(text, *_span(text, tok)) is expected


@pytest.mark.parametrize("text,tok,expected", [
    ("Nếu bạn thường đọc PDF dạng chữ, hãy cài đặt Koreader để tối ưu việc đọc.", "Koreader", True),
    ("Hãy cài Telegram trên điện thoại.", "Telegram", True),
    ("Bạn có thể tải TikTok về máy.", "TikTok", True),
    ("Bạn có thể tải về WhatsApp miễn phí.", "WhatsApp", True),
    ("Bạn có thể tải Zalo xuống.", "Zalo", True),
    ("Bạn có thể tải Zalo để dùng.", "Zalo", False),  # "tải" alone: only with "về" or "xuống" after the name
    ("Chiếc xe tải Hyundai về tới bãi.", "Hyundai", False),  # "xe tải": a truck
    ("Người chơi tải Kuwin về máy.", "Kuwin", False),  # a brand's shape
    ("Hãy cài đặt MoneyCat để vay.", "MoneyCat", False),  # a trade's word
    ("Hãy cài đặt Vaytienmat ngay.", "Vaytienmat", False),  # a lending word
    ("Hãy mua Koreader để đọc.", "Koreader", False),  # no verb of installing
    ("Hãy cài đặt koreader để đọc.", "koreader", False),  # lower case: no app's name as written
])
def test_installed_app(text: str, tok: str, expected: bool) -> None:
    assert installed_app(text, *_span(text, tok)) is expected


@pytest.mark.parametrize("text,tok,expected", [
    ("YG Entertainment chính thức lộ diện girlgroup mới với 4 thành viên.", "girlgroup", True),
    ("Đây là một vấn glenmarrow lớn của ngành.", "glenmarrow", False),  # "vấn" is bound to "đề"
    ("glimmerholt nhiên, giá cổ phiếu vẫn đi ngang.", "glimmerholt", False),  # a sentence's start
])
def test_loan_compound_slot(text: str, tok: str, expected: bool) -> None:
    assert loan_compound(text, *_span(text, tok)) is expected
