"""spam30 (issue 12 point 3): the context model's false flags on the clean controls read by class and excluded
(:func:`mtpipe.clean.spam_context.real_word`), and the model on by default, flag only (benchmarks/README.md, spam30).

Every REAL row is a clean text the context model flagged at 711de8b (``SpamRepair(context=True)``), the quoted
ones from the controls (Leipzig vi, held-out Wikipedia, realpages), the others written here in the same shapes;
every PASTED row is a token of the tuning sets (langfresh9 ... 18) that only the context model catches, flagged
at 711de8b with ``context=True`` only: now by default, and no exclusion takes it.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_context import candidate, real_word
from mtpipe.document import Document

REAL = [  # (class, token, clean text)
    ("glued", "sinhDo", "Nguyên nhân khiến răng bị nhiễm màu do yếu tố ngoại sinhDo vệ sinh, chăm sóc răng miệng kém."),
    ("glued", "AnhTheo", "Hoàng AnhTheo Trí thức trẻ."),
    ("glued", "VIACDanh", "Giới thiệu chung về VIACDanh sách trọng tài viên"),
    ("glued", "VCCIDanh", "Xem thêm tại trang của VCCIDanh sách hội viên mới."),
    ("office", "TNMT", "Chiều ngày 15 tháng 11 năm 2013 Sở TNMT phối hợp với Sở Thông tin và Truyền thông tổ chức hội nghị."),
    ("office", "GTCC", "Ông Hải cũng chỉ đạo sở GTCC báo cáo về xử lý tiêu cực ở công trình này."),
    ("office", "OTM", "Địa chỉ: Căn OTM 405 Royal lotus, đường Hoàng Quốc Việt, Hạ Long."),
    ("pinyin", "Dongxiang", "Dongxiang món ăn bao gồm mì luộc trong một món súp thịt cừu."),
    ("pinyin", "Huangshan", "Huangshan nổi tiếng với những cây thông mọc trên vách đá."),
    ("typo", "khoaang", "Các em học sinh hào hứng thích thú với các khoaang gian hoạt động trải nghiệm nghệ thuật."),
    ("typo", "kaka", "Wechat thực sự là 1 ứng dụng trên cả kì diệu kaka."),
    ("typo", "Trc", "Trc đây mình rất kì thị đồ TQ nhưng sau chuyến đi này thì khác."),
    ("unit", "150m", "Tại thị xã Điện Bàn, biển đã lấn sâu vào bờ 150m."),
    ("unit", "150gr", "Dùng 150gr dâu tươi ép lấy nước uống có thể giải rượu."),
    ("english", "lookaside", "Những bản dịch được lưu trữ trong bộ đệm lookaside dịch (TLB), một bộ nhớ cache."),
    ("english", "memetracker", "Dự án này có thể được coi như cố gắng đầu tiên để memetracker."),
]

PASTED = [  # (token, spam text): tuning sets' tokens only the context model catches
    ("Paripesa", "Paripesa ngoái chúng tôi có nhiều mưa."),
    ("W69", 'W69 động và không ít bạn đọc đã động viên, góp phần chia sẻ với "nàng tiên nhỏ".'),
    ("Geocivitas", "Geocivitas cả những băn khoăn về vaccine COVID-19 sẽ được giải đáp bên dưới."),
    ("LuxorPilot", "LuxorPilot chúng chỉ còn phải đợi một tuần nữa để chứng kiến màn ra mắt chính thức của dòng iPhone 15."),
    ("Frankreis", "Apple không Frankreis lộ trực tiếp điều này nhưng iPhone 15 Pro Max có 8GB RAM LPDDR5."),
    ("cakhia", "cakhia khán giả đã có trong tay tấm vé đi xem 4 cô gái của BlackPink biểu diễn tại Hà Nội."),
    ("k0x", "Trước đó Bamboo Airways đã ký thỏa k0x mua 30 máy bay thân rộng Boeing 787-9 Dreamliner."),
    ("oucnyi", "Chỉ bằng một pha 5 đấu 5, Faker giúp đội nhà cân bằng, ăn bùa lợi và áp đảo đối oucnyi."),
    ("Jevonni", "Jevonni đội ngũ nhân viên, có bạn sẽ về chi nhánh New World, người về Minh Khai."),
    ("TGBC", "Tương tự những cửa hàng đặc TGBC này, cửa hàng Uniqlo đầu tiên tại Hà Nội cũng bày bán toàn bộ sản phẩm."),
    ("K68", "Airdrop không thể làm bạn giàu, vì chúng thường là một khoản tiền điện tử nhỏ thực K68."),
    ("LsValues", "Bà Sarah Kemp cho biết lĩnh vực có tiềm năng phát triển mạnh tại TP.HCM hiện nay là chuỗi cung ứng bán LsValues."),
]

# the same shapes where a syllable is missing: no exclusion takes them (a class that did would show here)
NOT_REAL = [
    ("OkVay", "OkVay điện sản xuất toàn quốc tăng mạnh trong năm nay."),  # a syllable glued to a label, no word made
    ("OUCNYI", "Hàng nghìn khán giả sẽ xuất hiện OUCNYI 2 đêm concert."),  # capitals of six before a figure
    ("Hanadong", "Quãng đường từ Cầu Hanadong, Hà Đông đi số 2 Giải Phóng."),  # pinyin syllables of two letters
    ("Swiftonline", "Sản phẩm được bán rộng rãi Swiftonline."),  # English words in title case
]


def _spam(text: str, context: bool = True) -> list[str]:
    doc = Cleaner(CleanOptions(spam=SpamRepair(context=context)))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [text[e.start:e.end] for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("cls,tok,text", REAL)
def test_real_text_classes_are_no_candidates(cls, tok, text):
    a = text.index(tok)
    assert real_word(text, a, a + len(tok)) == cls
    assert not candidate(text, a, a + len(tok), load_bigrams().uni)
    assert tok not in _spam(text)


@pytest.mark.parametrize("tok,text", PASTED)
def test_context_catches_are_flagged_by_default(tok, text):
    a = text.index(tok)
    assert real_word(text, a, a + len(tok)) is None
    assert _spam(text) == [tok]
    assert _spam(text, context=False) == []  # the context model's catch, no other test's


@pytest.mark.parametrize("tok,text", PASTED)
def test_context_model_repairs_nothing(tok, text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    assert doc.text == text
    assert {e.rule for e in doc.ledger if e.rule.startswith("spam.")} == {"spam.unrepaired"}


@pytest.mark.parametrize("tok,text", NOT_REAL)
def test_exclusions_leave_pasted_shapes(tok, text):
    a = text.index(tok)
    assert real_word(text, a, a + len(tok)) is None


def test_context_on_by_default():
    assert SpamRepair().context and CleanOptions().spam.context


@pytest.mark.parametrize("tok,text", PASTED[:4])
def test_ledger_says_the_context_model_read_it(tok, text):
    doc = Cleaner()(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    (entry,) = [e for e in doc.ledger if e.rule.startswith("spam.")]
    assert "context model: log-odds" in (entry.note or "")
    off = Cleaner(CleanOptions(spam=SpamRepair(context=False)))(
        Document(doc_id="t", path="", raw_text="Chị ấy mua sắm ở Rosycooks.com hằng ngày.",
                 text="Chị ấy mua sắm ở Rosycooks.com hằng ngày.", meta={"lang": "vi"}))
    assert all("context model" not in (e.note or "") for e in off.ledger)
