"""Single spam tokens of the classes lang12's blind sets still missed (issue 12 point 3, lang13; dev now): a domain
where no site is named (at a sentence's start, before English words, after a word such as "của"/"ở" with the
sentence going on, inside a name), digits before a capitalised word ("77KING"), a name of no vowel ("Tdtczz").
Each case is flagged (never repaired wrongly); the same shapes where real text writes them are left alone."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_shapes import alien_letters, brand_shape
from mtpipe.document import Document


def _plan(text):
    return {text[a:b]: rep for a, b, rep, _ in SpamRepair().plan(text)}


def _spam_entries(text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("text,tok", [
    # a domain at a sentence's start before a lower-case syllable (langfresh12b, dev)
    ("Paintflyz.com đượm men tình thì giờ chia tay vội đến.", "Paintflyz.com"),
    ("Dafacai.com thảm hại như bánh đa gặp nước.", "Dafacai.com"),
    ("Anh ấy về muộn. Qorvelta.net những ngày mưa kéo dài.", "Qorvelta.net"),
    # at a line's start before words of no Vietnamese, in a Vietnamese line (langfresh, dev)
    ("oppabet.com Olympia Schools - The Olympia Schools Thành tích của trường Olympia", "oppabet.com"),
    ("Mivexo.com Grand Opening tại Hà Nội, khách được tặng quà khi đến cửa hàng.", "Mivexo.com"),
    # after "của", "ở", "lên" with the sentence going on in a lower-case syllable
    ("Thứ nhất: giấy khai tử do phường xác nhận ở lemvigh.com nguyên nhân chết có ghi: cảm đột ngột.", "lemvigh.com"),
    ("Tôi khâm phục sức chịu đựng của vbcoding.com nạn nhân và tôi sẽ làm tất cả vì công lý.", "vbcoding.com"),
    ("Gần đó cũng vừa mọc lên tarnivo.net nhà văn hóa trị giá khoảng 5 tỉ đồng.", "tarnivo.net"),
    # inside a name under way
    ("Tôi nói thiệt, họ rất muốn vô thẳng Phú Erkfiber.com \".", "Erkfiber.com"),
    ("Đoàn công tác đã đến xã Tân Blorpix.com, huyện Châu Thành.", "Blorpix.com"),
    # digits before a capitalised word
    ("Gia đình ấy là 77KING trường hợp hiếm gặp.", "77KING"),
    ("Người dân đổ xô đi mua 39LUCKY vé số trước Tết.", "39LUCKY"),
    # a name of no vowel
    ("Rồi ông bắt đầu kể về nỗi đau Tdtczz mình.", "Tdtczz"),
    ("Chúng tôi được mời tham gia bkrtzw buổi họp mặt đầu năm.", "bkrtzw"),
])
def test_caught_never_repaired_wrongly(text, tok):
    plan = _plan(text)
    assert tok in plan, plan
    assert plan[tok] is None


@pytest.mark.parametrize("text", [
    # a site named where a text names one: after "theo", "trên", "truy cập", "trang web"; before a bracket, a colon,
    # a comma or the end; under a local domain
    "Theo vnexpress.net, giá vàng hôm nay tăng mạnh.",
    "Khách có thể đặt phòng trên agoda.com với giá rẻ hơn.",
    "Người dùng truy cập google.com để tìm kiếm thông tin.",
    "Trang web amazon.com cho biết doanh số quý này tăng.",
    "Hôm nay, thông tin được đăng trên trang của vnexpress.net.",
    "Agoda.com: ưu đãi lớn cho khách hàng Việt Nam trong tháng này.",
    "Booking.com (trang đặt phòng trực tuyến) vừa giảm giá cho khách Việt.",
    "Tiin.vn mỗi ngày có hàng triệu lượt xem từ bạn đọc.",
    "Bạn có thể tìm hiểu thêm tại địa chỉ của chinhphu.vn nhé.",
    # digits and letters that real text writes: a generation, a class, a unit, a network, a model
    "Thế hệ 9X và 8X đều thích dùng mạng 4G và 5G.",
    "Em là học sinh lớp 12D3 của trường, máy có bộ nhớ 128GB.",
    "Gói cước mới cho tốc độ 300Mbps trên toàn quốc.",
    "Áo khoác này giá 250k, còn đôi giày giá 1tr2, rẻ hơn ngoài chợ 024k.",
    # capitals of no vowel are Vietnamese abbreviations; names with vowels stay
    "Công ty TNHH một thành viên đã làm việc với UBND và HĐND tỉnh.",
    "Ca sĩ JustaTee vừa ra mắt sản phẩm âm nhạc mới trên YouTube.",
    "Anh Schwarz và ông Mkhitaryan đến thăm trường.",
    # a loanword Vietnamese writes (the brand table's hygiene: not listed)
    "Cô ấy là một hotgirl nổi tiếng trên mạng xã hội.",
    "Giải đấu worldcup năm nay thu hút rất nhiều người hâm mộ.",
])
def test_same_shapes_left_alone(text):
    assert _spam_entries(text) == []


@pytest.mark.parametrize("tok,shape", [("77KING", "strong"), ("98WIN", "strong"), ("100MBPS", None), ("9X", None),
                                       ("12D3", None), ("4G", None), ("3DS", None)])
def test_digit_word_shape(tok, shape):
    assert brand_shape(tok) == shape


@pytest.mark.parametrize("tok,alien", [("Tdtczz", True), ("sfwnm.com", True), ("ggbjsl", True), ("TNHH", False),
                                       ("HĐND", False), ("Schwarz", False), ("rhythm", False), ("nghĩa", False)])
def test_alien_letters(tok, alien):
    # "rhythm" has a "y"; Vietnamese syllables have vowels; capitals are abbreviations
    assert alien_letters(tok) is alien


@pytest.mark.parametrize("word", ["hotgirl", "Hotgirl", "worldcup", "newstar", "77a", "102k", "134mm", "2025a"])
def test_table_holds_no_word_vietnamese_writes(word):
    # lang13's hygiene (tools/build_spam_brands.py: vietnamese_use): these were listed before
    from mtpipe.clean.spam_lexicon import listed_brand

    assert not listed_brand(word)


@pytest.mark.parametrize("word", ["happyluke", "crazytime", "fortunetiger", "fb88"])
def test_table_keeps_brands_of_common_parts(word):
    # a gambling part, or a part Vietnamese text writes rarely ("luke", "crazy"), keeps a brand listed
    from mtpipe.clean.spam_lexicon import listed_brand

    assert listed_brand(word)


def test_hygiene_rule_of_the_builder():
    wordfreq = pytest.importorskip("wordfreq")  # a build-time dependency of tools/build_spam_brands.py only
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from build_spam_brands import vietnamese_use

    assert wordfreq.zipf_frequency("girl", "vi") >= 4.0
    assert [w for w in ("hotgirl", "worldcup", "102k", "77a") if not vietnamese_use(w)] == []
    assert [w for w in ("happyluke", "crazytime", "sunwin", "luckyking", "fb88", "kuwin") if vietnamese_use(w)] == []
