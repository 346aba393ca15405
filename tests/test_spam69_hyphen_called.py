"""spam69: hyphenated invented pieces closing a clause (before a comma or the final stop) after a syllable that calls
for another (mtpipe.clean.spam_lone._called_for, spam52's test for a word of letters alone, now also for pieces joined
by hyphens, mtpipe.clean.spam_slugs.pieces): "nổi bọt lăn disen-cex," for "lăn tăn" (langfresh31).

Positives: the dev case and made-up pieces in the same slot and in other compounds' slots ("tấp nập", "lấp lánh",
"thăng trầm", "rực rỡ"). Negatives: real hyphenated terms in the same place (English compounds, foreign terms of
Wikipedia's kind, a loan of two pieces), which a list explains or whose syllable before calls for nothing."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_slugs import pieces
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


LAN = ("Người thợ đánh sơn trong nhiều ngày cho đến khi sơn chín, nổi bọt lăn {}, sơn trong suốt tựa màu cánh con gián "
       "nên gọi là sơn cánh gián.")  # langfresh31's sentence, "lăn tăn"
TAP = "Ngày hội làng năm nay người dân kéo về đông đúc, không khí tấp {}, ai cũng vui vẻ."
LAP = "Ánh đèn lồng trên phố cổ lấp {}, du khách dừng chân chụp ảnh rất đông."
THANG = "Cuộc đời ông trải qua bao thăng {}, nhưng ông vẫn giữ nghề gốm của cha ông."
RUC = "Hội trường được trang trí bằng hoa tươi rực {}."

POSITIVES = [(LAN, "disen-cex")] + [(frame, tok) for frame in (LAN, TAP, LAP, THANG, RUC)
                                     for tok in ("vorkel-zim", "dravo-lenk", "mirex-dol")]


@pytest.mark.parametrize("frame,tok", POSITIVES)
def test_hyphenated_pieces_where_a_syllable_is_called_for_are_flagged(frame: str, tok: str) -> None:
    assert tok in _flags(frame.format(tok))


NEGATIVES = [
    "Tên của đội bóng được viết bằng kiểu chữ sans-serif, ở phía trên của khẩu pháo.",
    "Phong cách này chịu ảnh hưởng của thẩm mỹ wabi-sabi, vốn đề cao sự giản dị.",
    "Ở thành phố này bạn có thể đi xe ôm boda-boda, giá cả khá rẻ.",
    "Chiếc điện thoại này đi kèm tai nghe in-ear, sạc nhanh và ốp lưng.",
    "Các nhà khoa học nghiên cứu hợp kim wolfram-rheni, loại vật liệu chịu nhiệt rất tốt.",
    "Nhóm nhạc trẻ này theo đuổi dòng nhạc hip-hop, được nhiều bạn trẻ yêu thích.",
    "Anh ấy đã xin nghỉ để làm thủ tục check-in, sau đó lên máy bay về quê.",
    "Cô gái trẻ đang luyện tập môn võ tae-kwon-do, mỗi tuần ba buổi.",
    "Người dân địa phương gọi món ăn này là nasi-lemak, thường ăn vào bữa sáng.",
    "Buổi sáng mặt hồ lăn tăn, gió thổi nhẹ qua hàng liễu.",  # the compound whole
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_real_hyphenated_terms_closing_a_clause_pass(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("tok,want", [("disen-cex", True), ("vi-mayman", True), ("wi-fi", False), ("e-mail", False),
                                      ("Disen-cex", False), ("disen-cex2", False), ("disencex", False)])
def test_pieces_shape(tok: str, want: bool) -> None:
    assert pieces(tok) is want
