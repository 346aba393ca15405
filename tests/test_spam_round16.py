"""Single spam tokens, spam21 (issue 12 point 3): bare spam hosts of no brand shape, each class with negatives of
the same shape taken from real Vietnamese text (``benchmarks/data/spamnames16``, Leipzig, UD VTB).

- ``random``: a string no language writes (two very unlikely letter trigrams), in title case, lower case or
  capitals, six characters or more, beside a Vietnamese syllable; a lower-case run of letters, digits, letters.
- ``compound``: a title-case or capital label of two or three English words, itself no word, between two
  lower-case syllables or at an opening before one.
- ``unknown``: a title-case word no list knows, inside a Vietnamese name (between two of its capitalised syllables).
Never after a word that introduces a name or a site; names, brands, loanwords and abbreviations are left."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_names import name_shape, randomness, RANDOM_MAX
from mtpipe.document import Document


def _spam_tokens(text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return {text[e.start:e.end]: e.rule for e in doc.ledger if e.rule.startswith("spam.")}


@pytest.mark.parametrize("tok,shape", [
    ("vbrtkql", "random"), ("Zxqvem", "random"), ("ZQUOPKAXV", "random"), ("kfe3wob", "random"),
    ("Sunnyforks", "compound"), ("DEEPRIVERHOME", "compound"), ("Bluegardenshop", "compound"),
    ("Pelgrath", "unknown"), ("Bloxter", "random"),
    # names, brands, loanwords, abbreviations, Vietnamese written without marks: no host's shape
    ("Krzysztof", "unknown"), ("Heerenveen", "unknown"), ("Kuaishou", None), ("YANGWANG", None), ("Nguyen", None),
    ("GrabPay", None), ("AppleCare", None), ("ChatGPT", None), ("UBATGT", None), ("UBMTTQ", None),
    ("cosplayer", None), ("smartwatch", None), ("livestream", None), ("sitelink", None), ("carbamazepin", None),
    ("Gcafe", "unknown"), ("covid19", None), ("utf8mb4", None), ("GTX1080Ti", None), ("GTX1080", None), ("Blackwell", None), ("Robben", None),
])
def test_name_shape(tok, shape):
    got = name_shape(tok, load_bigrams().uni)
    if shape == "unknown" and tok != "Pelgrath":  # a name: no host's shape (None, or unknown: weighed only in a name)
        assert got in (None, "unknown")
    else:
        assert got == shape


def test_randomness_orders_random_strings_below_names():
    names = ["Krzysztof", "Heerenveen", "Blaszczykowski", "Odgaard", "Mbeumo", "Waalwijk", "Kuaishou", "Nvidia"]
    hosts = ["vbrtkql", "Zxqvem", "pjwqelx"]
    assert max(randomness(h) for h in hosts) < RANDOM_MAX < min(randomness(n) for n in names)


@pytest.mark.parametrize("text,tok", [
    # random strings beside a syllable
    ("Hàng hóa trên Amazon cũng có vbrtkql lượng khá tốt và nhiều mức giá.", "vbrtkql"),
    ("Tôi nhận thấy cuộc Zxqvem tranh giữa các sàn thương mại điện tử ngày càng gay gắt.", "Zxqvem"),
    ("Người dân đeo khẩu trang để ZQUOPKAXV lây nhiễm tại khu chợ.", "ZQUOPKAXV"),
    ("Hơn 1,2 triệu khách sạn tại 200 kfe3wob gia và khu vực có sẵn.", "kfe3wob"),
    # compounds of English words in title case or capitals
    ("Shopee còn phục vụ người tiêu dùng Sunnyforks người bán tại Đông Á.", "Sunnyforks"),
    ("Việt Nam là nước DEEPRIVERHOME tư lớn trong khu vực Đông Nam Á.", "DEEPRIVERHOME"),
    ("Bluegardenshop đó, mỗi gian hàng trên sàn đều có mã riêng.", "Bluegardenshop"),
    # a domain whose label has a host's shape, after a comma before a lower-case syllable
    ("Doanh thu ước đạt 10,3 tỷ USD, sunnyforks.com khoảng 25% so với cùng kỳ.", "sunnyforks.com"),
    # inside a Vietnamese name
    ("Công ty được sáng lập bởi ông Trần Pelgrath Thái Sơn vào năm 2010.", "Pelgrath"),
])
def test_pasted_bare_host_is_flagged(text, tok):
    found = _spam_tokens(text)
    assert tok in found, found


@pytest.mark.parametrize("text", [
    # real names, brands and loanwords standing where spam stands (spamnames16 dev half, Leipzig, UD VTB)
    "Từ quả đá phạt góc bên cánh phải, hậu vệ Botman đánh đầu ở cự ly gần đưa đội khách vượt lên.",
    "Phút 36, Veerman chuyền vừa tầm cho Kongolo băng lên tung cú dứt điểm gọn gàng vào góc xa đánh bại thủ thành Bizot.",
    "Odgaard là người đệm bóng cận thành giúp đội khách bước vào giờ nghỉ với lợi thế dẫn 2 bàn.",
    "Bàn thua không làm Heerenveen nao núng.",
    "Dựa vào phí cố định và hiệu suất: Fundrise trả cho Austin một khoản phí cố định để đăng 2 video mỗi tháng.",
    "Kết quả là tài khoản của Yin bị cấm trong 630 năm trên nền tảng Kuaishou.",
    "Garena bắt đầu phổ biến phần mềm quản lý phòng máy Gcafe kèm theo 1 chiến lược tiếp thị tốt tới các game thủ.",
    "Nồng độ carbamazepin trong huyết tương là 14 mg/lít, khẳng định là ngộ độc carbamazepin.",
    "Theo quan sát của mình, thì sitelink trong liên kết cần có những yếu tố sau.",
    "Dùng dưỡng nhẹ hàng ngày thì có LipIce trái cây, dưỡng và chống khô nứt môi.",
    "Cô cũng là một trong những cosplayer hàng đầu Trung Quốc, sở hữu lượng fan khủng.",
    "Chủ tịch UBATGT Quốc gia chủ trì hội nghị.",
    "Sự cơ động, tốc độ cùng kỹ thuật đi bóng điêu luyện giúp Robben tạo ra sự khác biệt với phần còn lại.",
    "Theo ông Phan Trần Thành, Phó Giám đốc ngành hàng Apple của F.Studio by FPT, việc bán hàng trên TikTok Shop giúp hệ thống này dễ dàng tiếp cận các khách hàng trẻ.",
    "Sau khi Krzysztof ghi bàn, đội khách vùng lên mạnh mẽ.",
    "Năm nay, Booking.com vừa công bố danh sách các khách sạn được yêu thích.",
    # real pages (benchmarks/data/realpages): a Chinese brand in pinyin capitals, a loanword Vietnamese writes solid
    "Tại thị trường nội địa, YANGWANG đã trở thành thương hiệu xe cao cấp.",
    "Ca sĩ tổ chức Liveshow đầu tiên với tựa đề mới.",
])
def test_real_names_are_left(text):
    assert _spam_tokens(text) == {}


@pytest.mark.parametrize("text", [
    # an unknown title-case word is a host only inside a Vietnamese name: elsewhere it is a foreign name
    "Đội bóng của Pelgrath thắng đậm trên sân nhà.",
    "Pelgrath là người ghi bàn thứ hai cho đội khách.",
    "Hãng Pelgrath vừa công bố doanh thu quý.",
    # a random string after a word that introduces a name
    "Dự án nằm ở làng Bhlingxq của huyện miền núi.",
])
def test_unknown_or_introduced_names_are_left(text):
    assert _spam_tokens(text) == {}
