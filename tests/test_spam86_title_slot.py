"""spam86: a stray lower-case token between a person's title and a name's syllable (mtpipe.clean.spam_titleslot)."""

import pytest

from mtpipe.clean.spam import find_spam_tokens
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_classes import class_token
from mtpipe.clean.spam_titleslot import title_slot


def _ts(text: str, tok: str) -> bool:
    a = text.index(tok)
    return title_slot(text, a, a + len(tok), load_bigrams().uni)


@pytest.mark.parametrize("text,tok", [
    ("Lúc mới xây dựng, vua zorbakim Long cho đặt ở đó một cái đài rất lớn.", "zorbakim"),
    ("Sau trận ấy quan plindrax Quang đã rút quân về phía nam để giữ thành.", "plindrax"),
    ("Trong thư gửi về, vua kwimbet88 Minh vẫn dặn con cháu giữ gìn nếp nhà.", "kwimbet88"),
    ("Năm ấy chúa quib-relto Nguyễn lật đổ nhà Tây Sơn và lên ngôi.", "quib-relto"),
])
def test_token_between_a_title_and_a_name(text, tok):
    assert _ts(text, tok)
    a = text.index(tok)
    assert class_token(text, a, a + len(tok), load_bigrams().uni) == "title"
    assert tok in " ".join(find_spam_tokens(text, min_count=1, context=True))


@pytest.mark.parametrize("text,tok", [
    ("Các bạn trẻ vẫn gọi chị Hằng unnie Hà Nội mỗi khi gặp nhau ở câu lạc bộ.", "unnie"),  # an honorific
    ("Trong diễn đàn ấy, bạn tuanpham Hà Nội đã trả lời câu hỏi rất nhanh.", "tuanpham"),  # "bạn": no title
    ("Lúc mới xây dựng, vua zorbakim cho đặt ở đó một cái đài rất lớn.", "zorbakim"),  # no name's syllable after
    ("Lúc mới xây dựng, vua Zorbakim Long cho đặt ở đó một cái đài rất lớn.", "Zorbakim"),  # capitalised
    ("Lúc mới xây dựng, vua kungfu Long cho đặt ở đó một cái đài rất lớn.", "kungfu"),  # a word of the lists
    ("Lúc mới xây dựng, vua zorbakim Long cho đặt ở đó cái đài zorbakim rất lớn.", "zorbakim"),  # written twice
    ("Lúc mới xây dựng, vua zorbakim Long cho đặt ở đó một cái iPhone rất lớn.", "zorbakim"),  # another Latin word
    ("Lúc mới xây dựng, ông gia Long cho đặt ở đó một cái đài rất lớn.", "gia"),  # a syllable without its marks
])
def test_not_a_title_slot(text, tok):
    assert not _ts(text, tok)


def test_a_title_lone_token_already_weighs_is_left_to_it():
    # "tướng", "ông" introduce a name (spam_lone.NAME_INTRO): lone_token's "name" place flags the token already
    text = "Sau trận ấy tướng plindrax Quang đã rút quân về phía nam để giữ thành."
    assert not _ts(text, "plindrax")
    assert "plindrax" in " ".join(find_spam_tokens(text, min_count=1, context=True))
