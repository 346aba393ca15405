"""spam39: invented names built on a spam trade word, pasted once over a Vietnamese syllable (``spam_genre``)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_genre import named_slot, trade_tld, trade_word
from mtpipe.document import Document


def _spam(text: str, tok: str, context: bool = True) -> list[str]:
    """The spam rules of the ledger entries over ``tok`` in ``text`` (cleaned alone, meta lang vi)."""
    cl = Cleaner(CleanOptions(removal_policy="balanced", spam=SpamRepair(context=context)))
    doc = cl(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    a = text.index(tok)
    b = a + len(tok)
    return [e.rule for e in doc.ledger if e.rule.startswith("spam.") and e.start < b and a < e.end]


def test_trade_word_is_a_piece_of_the_name_never_letters_inside_a_word() -> None:
    # a whole piece of a camel-case name, the end of a name of one case, the start before unmarked syllables
    assert trade_word("NovaCash") == "cash"
    assert trade_word("PayMining") == "pay"
    assert trade_word("Zencash") == "cash"
    assert trade_word("HANATRADE") == "trade"
    assert trade_word("Tienvevi") == "tien"
    assert trade_word("VnCard") == "card"
    # same shapes, no trade word as a piece: letters inside a word, "win"/"bet" ending a given name, the word alone
    for real in ("Picardy", "Liepaya", "Edexcel", "Betaco", "Windhoek", "Edwin", "Elisabet", "Darwin", "Cash",
                 "SoftBank", "Capitol"):
        assert trade_word(real) is None, real


def test_trade_tld_a_domain_under_a_trade_top_level_domain() -> None:
    assert trade_tld("sunflow.loan") == "loan"
    assert trade_tld("moonbay.trade") == "trade"
    for real in ("sunflow.com", "tradeloan.vn", "cash.app.io", "Loan"):
        assert trade_tld(real) is None, real


def test_named_slot_after_a_word_that_introduces_a_name() -> None:
    assert named_slot("Thanh toán bằng ví ShopeePay", len("Thanh toán bằng ví "))
    assert named_slot("Sàn KuCoin vừa", len("Sàn "))
    assert named_slot("Nhiều người dùng CashApp", len("Nhiều người dùng "))
    assert not named_slot("khả năng chống thấm NovaCash IP68", len("khả năng chống thấm "))


@pytest.mark.parametrize("text,tok", [
    # inside a word, before a model code ("chống thấm nước IP68")
    ("Sản phẩm có khả năng chống thấm NovaCash IP68 và chịu va đập tốt.", "NovaCash"),
    # over a sentence's last syllable ("trồng lúa nước"), after a figure's clause
    ("Anh Tuấn cho biết mỗi năm gia đình anh thu lãi hơn 300 triệu đồng từ vườn cam, cao gấp đôi so với trồng "
     "lúa Zencash.", "Zencash"),
    # over the second syllable of "nhiên liệu"
    ("Mẫu xe mới được trang bị động cơ mạnh mẽ hơn và tiết kiệm nhiên PayMining đáng kể.", "PayMining"),
    # over the last syllable of a place name ("Phú Quốc")
    ("Nhiều du khách đã tranh thủ check-in tại các điểm đến nổi tiếng như Hạ Long, Sa Pa và Phú RoyalCash trong "
     "dịp nghỉ lễ.", "RoyalCash"),
    # a site under a trade's top-level domain after a figure, where a unit should stand ("5 ngày")
    ("Chuyến đi kéo dài 5 sunflow.loan, đoàn đã ghé thăm nhiều địa danh nổi tiếng của miền Trung.", "sunflow.loan"),
])
def test_pasted_trade_name_flagged_never_repaired(text: str, tok: str) -> None:
    assert _spam(text, tok) == ["spam.unrepaired"]
    assert _spam(text, tok, context=False) == []  # the context model's rule: off with it


@pytest.mark.parametrize("text,tok", [
    # real fintech brands where names stand: after a word that introduces one ...
    ("Khách hàng thanh toán qua ShopeePay được giảm giá mười phần trăm.", "ShopeePay"),
    ("Sàn KuCoin vừa thông báo tạm dừng rút tiền đối với một số token.", "KuCoin"),
    ("Theo CryptoQuant, lượng bitcoin trên các sàn giảm xuống mức thấp nhất.", "CryptoQuant"),
    ("Nhiều người chuyển sang dùng CashApp thay cho ngân hàng.", "CashApp"),
    ("Nhà mạng giới thiệu gói cước mới cho thuê bao MobiCard trả trước.", "MobiCard"),
    # ... or as the subject at a sentence's start
    ("KuCoin vừa công bố báo cáo tài chính quý III.", "KuCoin"),
    ("MoneyLover đạt một triệu người dùng sau hai năm.", "MoneyLover"),
    ("CashApp cho phép người dùng chuyển tiền miễn phí.", "CashApp"),
    # a trade word's letters inside a real name, a place name ending in "dong"
    ("Khu phố Myeongdong thu hút đông đảo du khách Việt Nam mỗi dịp cuối năm.", "Myeongdong"),
    ("Lực lượng Anh và Pháp đóng quân ở Picardy trong mùa đông năm ấy.", "Picardy"),
    # a site of the same top-level domain where the text names a site
    ("Để biết thêm chi tiết, bạn đọc có thể truy cập sunflow.loan hoặc gọi tổng đài.", "sunflow.loan"),
    # a product's code after a figure
    ("Nhà mạng tung ra gói cước 5G GameMax150 có giá 150 nghìn đồng mỗi tháng.", "GameMax150"),
    ("Mẫu máy có bộ nhớ trong 256 GB và hỗ trợ sạc nhanh 45 W cho pin 5.000 mAh.", "mAh"),
])
def test_real_names_of_the_same_shape_not_flagged(text: str, tok: str) -> None:
    assert _spam(text, tok) == []
    # the same sentences with an invented trade name inside a word are flagged (what the rule adds)
    assert _spam("Mẫu xe mới được trang bị động cơ mạnh mẽ hơn và tiết kiệm nhiên PayMining đáng kể.",
                 "PayMining") == ["spam.unrepaired"]
