"""spam87 (issue 12 point 3): real look-alikes of single spam tokens on technical pages (mtpipe.clean.spam_lookalike).

Every sentence is written for the test (no langfresh row): a measurement's or a chemical's symbol, a code beside its
sibling, a technical English word, a site naming itself before "chúng tôi". POSITIVE rows: no spam flag (the rows
marked ``flagged before`` were flagged at the branch point, integ 423c67c5). SPAM rows: spam tokens of the nearest
shapes (letter-digit brands, a lucky number after a measurement's word, a brand beside a sibling, a dev spam token
ending in "-ise", gambling domains before "chúng tôi") stay flagged.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_lookalike import look_alike, substances
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    cleaner = Cleaner(CleanOptions(spam=SpamRepair(context=True)))
    doc = cleaner(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


def _class(text: str, tok: str) -> str | None:
    a = text.index(tok)
    return look_alike(text, a, a + len(tok))


POSITIVE = [
    ("symbol", "HbA1c", "Bác sĩ khuyên nên kiểm tra HbA1c ba tháng một lần."),  # flagged before
    ("symbol", "MgCl2", "Hàm lượng MgCl2 trong nước biển khá cao so với nước ngọt."),  # flagged before (a head)
    ("symbol", "PaO2", "Chỉ số PaO2 giảm mạnh ở bệnh nhân bị suy hô hấp cấp."),
    ("symbol", "FiO2", "FiO2 càng cao thì lượng oxy đưa vào phổi càng nhiều."),
    ("symbol", "FeCl3", "Kết quả xét nghiệm FeCl3 cho thấy mẫu nước bị nhiễm sắt."),
    ("series", "S2T1", "Lúc công tắc S1T2 bật thì S2T1 tắt, dòng điện đi qua cuộn dây."),  # flagged before (both)
    ("series", "B2C1", "Khi van B1C2 mở B2C1 đóng, nước chảy qua bồn lọc thứ hai."),  # flagged before
    ("series", "R2K1", "Khi rơ le R1K2 hút R2K1 nhả, động cơ quay theo chiều ngược lại."),  # flagged before (both)
    ("english", "atomised", "Thuốc được atomised thành những hạt rất nhỏ trước khi hít vào phổi."),  # flagged before
    ("english", "sterilised", "Nước đã được sterilised kỹ trước khi pha sữa cho trẻ nhỏ."),  # flagged before
    ("english", "bentonite", "Lớp đệm bentonite giúp đất giữ nước tốt hơn cho cây trồng."),
    ("english", "vermiculite", "Bột vermiculite giữ ẩm cho rễ cây trong nhiều ngày liền."),
    ("speaker", "back2school.net", "Tại back2school.net, chúng tôi cung cấp đồng phục cho học sinh cả nước."),  # before
    ("speaker", "nhanhgon.com", "Ở nhanhgon.com, chúng tôi luôn giao hàng trong ngày cho khách."),
]


@pytest.mark.parametrize("kind,tok,text", POSITIVE)
def test_real_look_alikes_are_not_flagged(kind, tok, text):
    assert _class(text, tok) == kind
    assert _flags(text) == []


SPAM = [
    ("Go88", "Chỉ số Go88 đã tăng mạnh trong tuần qua."),  # a lucky number after a measurement's word
    ("kubet77", "Máy đo kubet77 là một thiết bị rất tốt."),
    ("fb88", "Khi van A1F2 mở fb88 đóng, khí nén đi qua bình."),  # beside a code of another shape
    ("kubet77", "Khi van kubet77 mở kubet78 đóng, khí nén đi qua bình."),  # a brand beside its sibling
    ("jubise", "Người dân trong vùng đã jubise nhiều năm nay."),  # a dev spam token ending in "-ise"
    ("w88.is", "Tại w88.is, chúng tôi cung cấp thông tin cho người chơi."),
    ("fb88.com", "Tại fb88.com, chúng tôi luôn hỗ trợ khách hàng mọi lúc."),
    ("go2bet.net", "Tại go2bet.net, chúng tôi cung cấp dịch vụ tốt nhất."),  # "2" joining a trade word
]


@pytest.mark.parametrize("tok,text", SPAM)
def test_spam_of_the_nearest_shapes_stays_flagged(tok, text):
    assert _class(text, tok) is None
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok", [
    ("Chỉ số Ak579 đã tăng mạnh trong tuần qua.", "Ak579"),  # three figures: no element's count
    ("Chất Go50 được bán khắp nơi.", "Go50"),  # one piece: no formula
    ("Khi van a1f2 mở a2f1 đóng, khí nén đi qua bình.", "a2f1"),  # a code is written in capitals
    ("Người dân jubised nhiều năm nay.", "jubised"),  # a stem of three letters before "-ised"
    ("Theo click2register.net, thị trường đang tăng.", "click2register.net"),  # no "chúng tôi" after it
    ("Tại clickwin.net, chúng tôi cung cấp dịch vụ.", "clickwin.net"),  # a trade word in the host
])
def test_not_a_look_alike(text, tok):
    assert _class(text, tok) is None


def test_substances_hold_no_spam_name_and_read_once():
    words = substances()
    assert "zeolite" in words and "bentonite" in words and len(words) > 2000
    assert substances() is words
    assert not {"jubise", "payperbite", "niwise", "kubet", "casino"} & words
