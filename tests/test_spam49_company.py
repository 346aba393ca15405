"""spam49: a stray token beside the item's real brands (mtpipe.clean.spam_company) is weighed as alone by
spam_lone and spam_letters, for the shapes no writer gives a real word (lower-case letter-figure runs, domains,
title-case names ending in figures, invented lower-case words).

Positives are made-up tokens in the forms of langfresh16/17/21's pages (none of their tokens), each passed by the
cleaner before spam49; negatives hold the same company: real terms a writer puts beside brands (English words
written together, hyphenated English, camel-case names), and sentences whose other Latin words are not all explained."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_company import company_shape, explained, in_company
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


POSITIVES = [  # (sentence, token)
    # an invented lower-case word before the final stop, beside a team's code and a player's name
    ("Faker tự phá kỷ lục của chính mình với 3 lần liên tiếp giành vorquelin.", "vorquelin"),
    ("Trận chung kết giữa T1 và Weibo Gaming thu hút hàng triệu người theo dõi trên toàn fuzmerat.", "fuzmerat"),
    # a domain in a syllable's slot beside a phone's name and a benchmark site
    ("Việc Xiaomi 15 plordex.com hiện trên Geekbench không chỉ là tin đồn.", "plordex.com"),
    # a lower-case letter-figure run before the final stop beside a console's names
    ("Đến năm 2025, Nintendo vẫn chưa ra mắt Switch 2, do đó, Nintendo Switch vẫn là hệ máy chơi game cầm tay "
     "chủ đạo của kzp4wd.", "kzp4wd"),
]

NEGATIVES = [  # real Latin words beside brands, and the sentences above with the word they stood for
    "Không riêng gì những cô nàng của Victoria's Secret, những cô nàng \"xì tin\" của Disney Channel cũng dần trở "
    "thành những hotgirl trong giới showbiz.",
    "Riêng VN30-Index vẫn tăng 0,13% cho thấy khả năng cân bằng ở các cổ phiếu blue-chips vẫn tích cực.",
    "Trong khi các kênh marketing truyền thống gặp khó khăn trong việc tiếp cận khách hàng tuổi đôi mươi, những "
    "TikToker trẻ như Austin đã làm được.",
    "Samsung Galaxy S23 tại Việt Nam sử dụng chip exynos.",
    "Máy chạy Android 14 với giao diện oneui mới của hãng.",
    "Người dùng iPhone 15 có thể đăng nhập bằng tài khoản gmail.",
    "Theo Techinasia, thông tin này được đăng trên vnexpress.net từ sáng nay.",
    "Sau trận đấu, Faker chia sẻ trên tài khoản instagram của mình.",
    "Honda Vision 2024 có màu sơn mới và khóa smartkey tiện lợi.",
    "Galaxy Z Fold5 sẽ có bản lề kiểu waterdrop giúp màn hình ít nếp gấp.",
    "Cửa hàng Starbucks tại Hà Nội phục vụ món cold brew và frappuccino.",
    "Công ty VNG phát hành tựa game mobile mới tên là vltk trên cả Android và iOS.",
    "Faker tự phá kỷ lục của chính mình với 3 lần liên tiếp giành cúp.",
    "Trận chung kết giữa T1 và Weibo Gaming thu hút hàng triệu người theo dõi trên toàn cầu.",
    "Việc Xiaomi 15 xuất hiện trên Geekbench không chỉ là tin đồn.",
]


@pytest.mark.parametrize("text,tok", POSITIVES)
def test_stray_token_beside_brands_is_flagged(text: str, tok: str) -> None:
    assert tok in _flags(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_real_words_beside_brands_are_kept(text: str) -> None:
    assert _flags(text) == []


@pytest.mark.parametrize("tok,shape", [
    ("mcv5hm", True), ("plordex.com", True), ("Bounty6", True), ("htclebanon", True), ("fuzmerat", True),
    ("hotgirl", False), ("blue-chips", False), ("TikToker", False), ("HypeDrop", False), ("Heikinten", False),
])
def test_company_shape(tok: str, shape: bool) -> None:
    assert company_shape(tok, load_bigrams().uni) is shape


@pytest.mark.parametrize("word,ok", [
    ("Galaxy", True), ("T1", True), ("Flip4", True), ("LMHT", True), ("Shopee", True), ("Coffee", True),
    ("Jisoo", False), ("Ubdul", False), ("Kredtrakarn", False),
])
def test_explained(word: str, ok: bool) -> None:
    assert explained(word, "Một câu có " + word + " trong đó.", load_bigrams().uni) is ok


def test_company_needs_every_other_latin_word_explained() -> None:
    known = load_bigrams().uni
    text = "Trận chung kết giữa T1 và Weibo Gaming thu hút hàng triệu người theo dõi trên toàn fuzmerat."
    a = text.index("fuzmerat")
    assert in_company(text, a, a + len("fuzmerat"), known, 4)
    # a second word of no list (a rare name) beside it: no company of explained words
    text = "Trận chung kết giữa T1 và Kredtrakarn thu hút hàng triệu người theo dõi trên toàn fuzmerat."
    a = text.index("fuzmerat")
    assert not in_company(text, a, a + len("fuzmerat"), known, 4)
    # a word written twice on its page is the item's subject: explained
    text = "Jisoo vừa về nước. Trận đấu của Jisoo thu hút hàng triệu người theo dõi trên toàn fuzmerat."
    a = text.index("fuzmerat")
    assert in_company(text, a, a + len("fuzmerat"), known, 4)


def test_hyphenated_word_of_the_lists_is_explained_whole() -> None:
    # "Wi-Fi": neither "Wi" nor "Fi" is a word of the lists, the whole is
    known = load_bigrams().uni
    text = "Máy ảnh có thể phát trực tiếp lên mạng qua Wi-Fi và được bán tại các cửa hàng fuzmerat."
    a = text.index("fuzmerat")
    assert in_company(text, a, a + len("fuzmerat"), known, 4)
