"""spam103: a camel-case name with a gambling word as any piece is a brand's shape; a site telling its readers is a
named site (benchmarks/notes/spam103.md).

Spam sentences are dev rows (langfresh36, 42, 44, 48) and langfresh49's misses (read post-blind), quoted; the real
sentences are from the controls of the dev sets, langfresh49's look-alike (cachlambanhflan.net's page on lift rules)
and the baomoi news snapshot (spam82's; article ids in the comments), quoted short.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_cameltrade import camel_trade
from mtpipe.clean.spam_shapes import _KNOWN_SHAPED, _TITLE_BRAND, brand_shape, _brand_shape
from mtpipe.document import Document


def _spam(text: str) -> list[tuple[str, str]]:
    doc = Cleaner(CleanOptions(spam=SpamRepair()))(Document(doc_id="t", path="", raw_text=text, text=text,
                                                            meta={"lang": "vi"}))
    return [(e.text, e.action) for e in doc.ledger if e.rule.startswith("spam.")]


PASTED = [
    # dev: a trade's word ending the name that is no ``end`` word; a stem at a sentence's start
    ("Làng đứng chân về phía bắc bên dòng sông Bồ, lấy núi Ba GlobalPoker làm án, phía sau là rú Cổ Tháp làm hậu "
     "chẩm, tả hữu đồng ruộng cấy lúa hai mùa.", "GlobalPoker"),
    ("Thoắt đã hơn 180 PeryaPlus.", "PeryaPlus"),  # langfresh44: missed at integ 3b7aad5d (a Filipino stem)
    ("Cao Bằng được tạo BetflixFan ban tặng cảnh sắc thiên nhiên tuyệt đẹp, cùng với bản sắc văn hóa độc đáo, sản "
     "vật nổi tiếng.", "BetflixFan"),
    # langfresh49 (in-sample): after a word that introduces a name, at a sentence's start, in a name's slot
    ("Loại này được dùng NagaPoker dệt chiếu thô hay thảm cói.", "NagaPoker"),
    ("SedapTogel đặc biệt ở đây, người bán hàng chỉ thắp lên ngọn đèn dầu leo lét, còn người mua thì phải dùng đèn "
     "pin để chọn hàng.", "SedapTogel"),
    ("Ở thị xã Hoài Nhơn, làng chiếu cói BettiltWorld Hòa thuộc xã Hoài Châu Bắc có từ lâu đời, đến nay vẫn tấp nập, "
     "tạo nên bức tranh quê đẹp, thơ mộng, nghĩa tình.", "BettiltWorld"),
]


@pytest.mark.parametrize("text,tok", PASTED)
def test_camel_name_on_a_trade_word_flagged(text, tok):
    assert (tok, "flagged") in _spam(text)


def test_new_flags_need_the_new_shape():
    # the three langfresh49 names have no brand shape but this one (so the test above fails without it)
    for tok in ("NagaPoker", "SedapTogel", "BettiltWorld", "PeryaPlus"):
        assert brand_shape(tok) == "cased" == _brand_shape(tok)
        assert camel_trade(tok, _TITLE_BRAND, _KNOWN_SHAPED)


@pytest.mark.parametrize("tok", ["CoinMarketCap", "CoinGlass", "WaterJet", "InterDigi", "VietJet", "EcoSport",
                                 "BetterWorld", "BetweenUs", "TradingView", "GreenCar", "Betty", "Poker", "Pokerface"])
def test_real_camel_names_not_of_the_shape(tok):
    # real names of the controls and the news (a gambling piece of a looser list: "coin", "jet", "inter", "sport";
    # a head that is an English word of a title brand's shape: "Better", "Between"); one piece is no camel name
    assert not camel_trade(tok, _TITLE_BRAND, _KNOWN_SHAPED)


REAL_SITES = [
    # langfresh49's look-alike, flagged at integ 3b7aad5d
    "Chia sẻ thông tư 15/2018/TT-BLĐTBXH quy chuẩn quốc gia về an toàn lao động đối với thang máy gia đình sẽ được "
    "cachlambanhflan.net chia sẻ trong bài viết này.",
    # news 22639832, flagged at integ 3b7aad5d
    "Những tin tức chuyển nhượng mới nhất của bóng đá châu Âu được Thethaovanhoa.vn cập nhật tới bạn đọc.",
    # news 21480066
    "Căn cứ Thông tư 96/2015/TT-BTC hướng dẫn về thuế thu nhập doanh nghiệp và Công văn 2512/TCT-CS ngày 24/6/2015 "
    "của Tổng cục Thuế, Tapchitaichinh.vn giới thiệu đến độc giả những nội dung cần lưu ý khi quyết toán thuế thu "
    "nhập doanh nghiệp năm 2016.",
]


@pytest.mark.parametrize("text", REAL_SITES)
def test_site_telling_its_readers_not_flagged(text):
    assert _spam(text) == []


def test_gambling_host_in_the_agent_slot_still_flagged():
    # a host of a gambling word is no site's plain name (spam_sitenamed._shape): the new verbs do not free it
    assert _spam("Thông tin này sẽ được nhacaiuytin.com chia sẻ trong bài viết này.") != []
