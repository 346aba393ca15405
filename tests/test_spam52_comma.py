"""spam52: a stray lower-case token closing a clause, right before a comma, after a lower-case Vietnamese syllable
(mtpipe.clean.spam_lone._closing: the place "comma", weighed as the place before the final stop); there and before
the final stop, an invented word also when the syllable before it calls for another
(mtpipe.clean.spam_lone._called_for).

Positives: the dev sets' cases of the class (langfresh21, langfresh30: a compound's second syllable replaced right
before a comma: "ưu tiên", "lãng mạn", "thăng trầm"), and the same real sentences with other dev sets' pasted
lower-case labels in the slot. Negatives: real Vietnamese sentences of the dev controls with a Latin word before a
comma or the final stop (English words, loanwords, a drug's name, a shop's host name), and real words pasted into
the same slots."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_lone import _closing
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


# real sentences of the dev sets' spam cases, the token's slot left open
THANG = ("Làng Chuông có lịch sử hàng ngàn năm với nhiều biến động thăng {}, nơi đây còn ghi dấu nhiều di tích như "
         "đình, đền, chùa, miếu, nhà thờ họ, nhà thờ giáo xứ, giếng cổ và hộ gia đình làm nghề truyền thống.")
UU = ("Chuẩn H13 là mức nên ưu {}, tuy nhiên cần xem xét thêm độ dày màng, mật độ nếp gấp và độ kín khung.")
LANG = ("Tuy nhiên trước sự thay đổi của thời cuộc, dòng tranh Đông Hồ đang dần bị mai một, lãng {}, ngày nay rất "
        "hiếm thấy ai treo tranh Đông Hồ trong nhà như những ngày xưa cũ.")
MAU = "Mỗi bó hương trông tựa như một bó hoa mầu {}."

POSITIVES = [
    (THANG, "jogatina"),  # langfresh30 (place "inner"): "thăng trầm"
    (LANG, "sakau-poker"),  # langfresh30: "lãng mạn", hyphenated pieces
    (UU, "ginkitgr"),  # langfresh21: "ưu tiên"
    (MAU, "abaherhat"),  # langfresh30 (place "end"): "mầu sắc", before the final stop
    *((frame, tok) for frame in (THANG, UU, MAU) for tok in ("owbiguh", "adomty", "envug", "skedina", "occurie")),
]


@pytest.mark.parametrize("frame,tok", POSITIVES)
def test_token_closing_a_clause_is_flagged(frame: str, tok: str) -> None:
    assert tok in _flags(frame.format(tok))


NEGATIVES = [  # real sentences of the dev controls: a Latin word closing a clause
    "Các thiết bị cỡ nhỏ và siêu nhỏ như smartwatch, chip cấy đều dùng được pin này.",
    "Sau đó, người dùng đã có thể truy cập dữ liệu từ laptop, điện thoại và tablet như đang ngồi ở văn phòng.",
    "Khi đó, cơ thể sẽ sử dụng Tryptophan để tạo ra serotonin, cái mà có thể góp phần gây ra cơn buồn ngủ.",
    "Mũ bảo hiểm phổ biến nhất dành cho người đi xe máy và moto, đó là mũ fullface.",
    "Em hay mua đồ ở bachhoaxanh, giá rẻ hơn chợ nhiều.",
    "Mình nghe nhạc trên nhaccuatui, rồi đi ngủ sớm.",
    # and before the final stop
    "Nồng độ carbamazepin trong huyết tương là 14 mg/lít, khẳng định là ngộ độc carbamazepin.",
    "Sau khi Tether ra mắt USDT (bảo chứng bằng tiền pháp định) vào năm 2014, thị trường crypto nhận ra nhu cầu về "
    "stablecoin.",
    "Xét về video, Sony A6400 có thể quay phim lên đến 4K (UHD) tốc độ 30 fps, xử lý điểm ảnh tối đa không binning.",
    # real words in the slots of the positives
    *(frame.format(w) for frame in (THANG, UU, MAU) for w in ("laptop", "kernel", "serotonin", "container", "covid-19",
                                                          "check-in", "wifi", "hanoi")),
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_real_word_closing_a_clause_is_kept(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok,closing", [
    ("biến động thăng xyzab, nơi đây", "xyzab", True),
    ("biến động thăng xyzab nơi đây", "xyzab", False),  # between two syllables: the place "inner"
    ("biến động Thăng xyzab, nơi đây", "xyzab", False),  # after a capitalised syllable: a name
    ("biến động thăng xyzab,nơi đây", "xyzab", False),  # no space after the comma
    ("biến động, xyzab, nơi đây", "xyzab", False),  # a comma before it: a list's item
])
def test_closing_place(text: str, tok: str, closing: bool) -> None:
    a = text.index(tok)
    assert _closing(text, a, a + len(tok), load_bigrams().uni) is closing
