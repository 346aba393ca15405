"""spam29 (issue 12 point 3): a host label of letters and figures written in capitals, pasted over a syllable.

The lower-case and mixed-case labels of this shape ("ki1nms", "Its5bucks") were flagged since spam22; in capitals the
shape was left to codes ("H5N1", "RTX4090"). Titles and scraped headings write labels in capitals: the labels of the
"kuwin"/"98win" network's hosts and paths found with the ``search`` tool (pages corpus, 2026-12-02:
``https://ovf40tbn.admarpallc.com/549693``, ``http://qjp6zrds.paintflyz.com/390159``,
``http://pacotaku.com/dK8Zn/72745.html``), rendered here in capitals as titles write them. Every sentence is written
for the test (no langfresh row or token). SLOT rows: such a label pasted over a syllable (between two syllables, at
a sentence's start before a lower-case syllable, after one before the full stop), flagged; at the branch point
(``9ca00a5``) each was missed. CODE rows: real codes in capitals in the same places (a single letter on one side,
three figures or more, or a model's suffix), never flagged.

The context model (:mod:`mtpipe.clean.spam_context`, ``SpamRepair(context=True)``, on by default since spam30): bare host labels of
the same network ("admarpallc", "paintflyz", "pomnom", "pacotaku": the hosts of those pages and of
``http://ryqjcgn.pomnom.com/49057/viewspace-332801.html``) in title, camel or lower case, written once, where a
syllable is missing (CONTEXT rows: none of them flagged by the default cleaner); the same labels where a name is
expected (NAMED rows) and a real name written twice on its page, left.
"""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_codes import host_code
from mtpipe.clean.spam_context import FEATURES, GATE, WEIGHTS, candidate, features, score
from mtpipe.document import Document

SLOT = [
    ("OVF40TBN", "Giá vàng trong nước hôm nay tiếp tục OVF40TBN mạnh theo đà của thị trường thế giới."),
    ("QJP6ZRDS", "Người dân cần chủ động QJP6ZRDS tránh dịch bệnh trong mùa mưa."),
    ("DK8ZN", "Kết quả cho thấy nhu cầu mua nhà ở của người dân vẫn DK8ZN cao."),
    ("OVF40TBN", "OVF40TBN khi đó, nhiều doanh nghiệp đã phải cắt giảm nhân sự."),
    ("QJP6ZRDS", "Lượng khách du lịch đến thành phố đã tăng mạnh trong năm QJP6ZRDS."),
]

CODE = [
    ("H5N1", "Các chuyên gia cảnh báo virus H5N1 có thể lây lan nhanh trong mùa đông."),
    ("B2B", "Doanh nghiệp đã mở rộng mảng B2B sang thị trường Đông Nam Á."),
    ("A350XWB", "Hãng hàng không vừa nhận thêm một chiếc A350XWB mới trong tháng này."),
    ("S23ULTRA", "Giá bán chiếc S23ULTRA tại Việt Nam đã giảm mạnh trong tháng qua."),
    ("LGA1700", "Bo mạch chủ dùng đế cắm LGA1700 hỗ trợ các dòng chip mới."),
    ("RTX4090", "Card đồ họa RTX4090 vẫn là lựa chọn hàng đầu của game thủ."),
]


CONTEXT = [
    # at a sentence's start before a continuation ("Chúng tôi", "Nhiều khán giả")
    ("PaintFlyz", "PaintFlyz chúng tôi đã nhận được nhiều phản hồi tích cực từ khách hàng."),
    ("pomnom", "pomnom khán giả đã có mặt từ sớm để xem trận đấu."),
    # inside a word ("Ngành nhiếp ảnh")
    ("AdmarPallc", "Ngành AdmarPallc ảnh trong nước đang phát triển mạnh."),
    # at a sentence's end after a syllable that no name follows ("trong năm qua")
    ("pacotaku", "Nhiều doanh nghiệp đã phải cắt giảm nhân sự trong năm pacotaku."),
]

NAMED = [
    ("Pomnom", "Công ty Pomnom cho biết sẽ mở thêm cửa hàng tại Hà Nội."),
    ("Paintflyz", "Theo Paintflyz, giá xăng dầu sẽ tiếp tục giảm trong tuần tới."),
    ("Admarpallc", "Ông Admarpallc, giám đốc điều hành, cho biết công ty sẽ mở rộng sản xuất."),
    # written twice on its page: a real name (a brand at a headline's start, "VinFast chốt ngày ...", is flagged
    # alone: the model's one false alarm in the sets' controls)
    ("VinFast", "VinFast chốt ngày khởi công nhà máy mới. Đại diện VinFast cho biết nhà máy sẽ hoạt động từ năm sau."),
]


def _flags(text: str, context: bool = True) -> list[str]:
    cleaner = Cleaner(CleanOptions(spam=SpamRepair(context=context)))
    doc = cleaner(Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [text[e.start:e.end] for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("tok,text", CONTEXT)
def test_context_model_flags_a_label_where_a_syllable_is_missing(tok, text):
    assert _flags(text, context=True) == [tok]
    assert _flags(text, context=False) == []  # the model's own catch
    assert _flags(text) == [tok]  # on by default since spam30


@pytest.mark.parametrize("tok,text", NAMED)
def test_context_model_leaves_names(tok, text):
    assert _flags(text, context=True) == []


def test_context_model_repairs_nothing():
    text = CONTEXT[0][1]
    doc = Cleaner(CleanOptions(spam=SpamRepair(context=True)))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    assert doc.text == text and {e.rule for e in doc.ledger if e.rule.startswith("spam.")} == {"spam.unrepaired"}


def test_context_features_and_weights_agree():
    known = load_bigrams().uni
    tok, text = CONTEXT[0]
    a = text.index(tok)
    assert len(WEIGHTS) == len(FEATURES) == len(features(text, a, a + len(tok)))
    assert candidate(text, a, a + len(tok), known) and score(features(text, a, a + len(tok))) > GATE
    # a word written twice on the page, a Vietnamese syllable without marks, a time: never candidates
    twice = "Pomnom khán giả đã đến. Pomnom cũng vậy."
    assert not candidate(twice, 0, 6, known)
    assert not candidate("Giang đã đến.", 0, 5, known)
    assert not candidate("Lúc 19h30 khán giả đã đến.", 4, 9, known)


@pytest.mark.parametrize("tok,text", SLOT)
def test_capital_label_in_a_syllable_slot_is_flagged(tok, text):
    assert tok in _flags(text)


@pytest.mark.parametrize("tok,text", CODE)
def test_codes_in_capitals_are_left(tok, text):
    assert _flags(text) == []


@pytest.mark.parametrize("tok", ["OVF40TBN", "QJP6ZRDS", "DK8ZN", "UKSQ4DU"])
def test_host_code_takes_labels_in_capitals(tok):
    assert host_code(tok)


@pytest.mark.parametrize("tok", ["H5N1", "H7N9", "B2B", "P2P", "A350XWB", "LGA1700", "S23ULTRA", "IP15PRO", "MP3",
                                 "RTX4090", "U23", "VF8", "BT21", "4G"])
def test_host_code_leaves_codes_in_capitals(tok):
    assert not host_code(tok)


def test_a_label_in_a_name_slot_is_left():
    # after a word that introduces a name ("hãng"), a label in capitals is a brand's name there
    assert _flags("Sản phẩm do hãng DK8ZN sản xuất đã có mặt tại Việt Nam.") == []
