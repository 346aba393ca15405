"""A stray lower-case word where a place's own name goes (spam104, benchmarks/notes/spam104.md).

spam62 flagged a camel-case or figure-closed name right after a word naming a kind of place ("làng TrustSafeAssets");
a lower-case word there passed (:func:`mtpipe.clean.spam_lone.lone_token` asked a lower-case word in a name's slot for
a capitalised syllable or a person's title before it). A place's name is written with its capitals: a lower-case word
of no list right after "sông", "làng", "đảo" ... is none. The kinds left out of ``PLACE_KINDS`` stay out: real text
writes lower-case terms after them ("đường piste", "hàm lượng cao allicin").
"""

from __future__ import annotations

import pytest

from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_lone import lone_token
from mtpipe.clean.spam_placename import after_kind, unlettered_place


def _lone(text: str, tok: str) -> str | None:
    a = text.index(tok)
    return lone_token(text, a, a + len(tok), load_bigrams().uni)


# dev spam rows: langfresh31 (the one missed before spam104, and one another test caught), langfresh37, langfresh46
FLAGGED = [
    ("Loại đất sét này được lấy từ bờ sông vocekoo, khi nung rất dẻo và bền.", "vocekoo"),
    ("Đó là cách người dân Lý Sơn tận dụng tối đa diện tích đất trên đảo daleasy trồng tỏi.", "daleasy"),
    ("Nếu đi từ Huế vào, sẽ qua vịnh creditsgo Cô với nước biển trong vắt và thiên nhiên mỹ lệ.", "creditsgo"),
    ("Trước đó, năm 2008, người dân bản Nà Tuồng, xã Sơn Thuỷ, huyện mecash Sơn, tỉnh Thanh Hoá cũng phát hiện 2 "
     "chiếc trống đồng cổ có hoa văn đặc trưng của trống đồng Đông Sơn.", "mecash"),
]

# lower-case words after a word that is no place kind here (38,093 news articles; benchmarks/notes/spam104.md), and
# a place's name written with its capitals
KEPT = [
    ("Anh ta băng qua đường piste, chạy gần hết chiều dài sân.", "piste"),
    ("Hành tây có chứa hàm lượng cao allicin và nhiều chất tốt cho tim mạch.", "allicin"),
    ("Công nghệ dừng hoạt động xilanh giúp xe tiết kiệm nhiên liệu hơn.", "xilanh"),
    ("Galaxy Note 8 là phiên bản phablet sẽ được tung ra trong năm nay.", "phablet"),
]


@pytest.mark.parametrize("text, tok", FLAGGED)
def test_lower_word_where_a_place_name_goes_is_flagged(text: str, tok: str) -> None:
    assert _lone(text, tok) == "name"


@pytest.mark.parametrize("text, tok", KEPT)
def test_lower_word_after_other_words_is_kept(text: str, tok: str) -> None:
    assert _lone(text, tok) is None


def test_the_slot() -> None:
    text = "Đất được lấy từ bờ sông vocekoo, khi nung rất dẻo."
    assert unlettered_place(text, text.index("vocekoo"))
    text = "Anh ta băng qua đường piste, chạy gần hết sân."
    assert not unlettered_place(text, text.index("piste"))
    text = "Người dân tỉnh Đồng cenvip vừa được hỗ trợ."  # a place kind and the name's first syllable
    assert after_kind(text, text.index("cenvip"))
    text = "Người dân Đồng cenvip vừa được hỗ trợ."  # no kind before the syllable
    assert not after_kind(text, text.index("cenvip"))
