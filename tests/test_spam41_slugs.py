"""spam41: stray tokens spam_lone passed on langfresh24 (mtpipe.clean.spam_slugs): gambling site slugs, lower-case
words inside a name or at a start before a capitalised syllable, invented lower-case words over a syllable, domains in
short sentences, names built on the gambling trade's vocabulary.

Positives are made-up spam shapes (none of langfresh24's tokens), each passed by the code before spam41; each negative
has a positive's shape or place: a real term, brand, title or name where a writer puts one."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_lone import lone_token
from mtpipe.clean.spam_slugs import name_run, slug
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


def _lone(text: str, tok: str) -> str | None:
    a = text.index(tok)
    return lone_token(text, a, a + len(tok), load_bigrams().uni)


POSITIVES = [  # (sentence, token, place)
    ("happy-slots nhà em có ba người, bố mẹ và em.", "happy-slots", "start"),  # a slug at a start
    ("Con đường dài chừng 3 royal-casino, hai bên trồng đầy hoa sữa.", "royal-casino", "number"),  # after a number
    ("Cả nhà ai cũng vui vẻ khi thấy cháu học hành chăm lucky-bet.", "lucky-bet", "end"),  # before the stop
    ("Bà con trong xóm thường tụ tập ở nhà văn mega-bingo vào mỗi tối.", "mega-bingo", "inner"),  # between syllables
    ("Vua sai Trần Quốc fortunilo dẫn quân đi đánh giặc phương Bắc.", "fortunilo", "name"),  # after a name's syllable
    ("Năm ấy, tướng dorrazo Hưng Đạo đem quân chặn giặc ở sông lớn.", "dorrazo", "name"),  # before one
    ("spinnaro Hà Nội mùa thu có nhiều hoa sữa nở rộ khắp phố phường.", "spinnaro", "start"),  # before a capital
    ("Con mèo nhà tôi rất thích nằm sưởi nắng ngoài hiên velmora.", "velmora", "end"),  # invented, at the end
]


@pytest.mark.parametrize("text,tok,place", POSITIVES)
def test_lone_token_place(text: str, tok: str, place: str) -> None:
    assert _lone(text, tok) == place


@pytest.mark.parametrize("text,tok,place", POSITIVES)
def test_cleaner_flags_token(text: str, tok: str, place: str) -> None:
    assert tok in _flags(text)


OTHER_POSITIVES = [  # (sentence, token): a domain in a short sentence, a name built on the trade's vocabulary
    ("Tiếng hát vang thành spinzo.gg.", "spinzo.gg"),  # three marked words: the domain the only Latin word
    ("Những đứa trẻ chạy nhảy vui đùa ngoài WagerLand.", "WagerLand"),
]


@pytest.mark.parametrize("text,tok", OTHER_POSITIVES)
def test_cleaner_flags_other(text: str, tok: str) -> None:
    assert tok in _flags(text)


NEGATIVES = [  # (sentence, token): the same shapes and places in real text
    ("Đây là một giải pháp win-win cho cả hai bên trong cuộc đàm phán.", "win-win"),  # "win" is no slug's piece
    ("check-in xong, chúng tôi lên phòng nghỉ ngơi một lúc rồi mới đi ăn.", "check-in"),  # an English term at a start
    # (spam94: the made-up "trò poker-dice." and "thời casino-hotel còn" are gone: no real Vietnamese text holds a
    # lower-case compound led by the trade's word; real sentences of that class: tests/test_spam94_trade_first.py)
    ("Anh ấy chơi poker rất giỏi và thường thắng bạn bè mỗi cuối tuần.", "poker"),  # the trade's English word alone
    ("Em rất thích chị Hằng unnie vì chị ấy hát rất hay và dễ thương.", "unnie"),  # a title after a name
    ("zalo Việt Nam vừa ra mắt tính năng mới cho người dùng trên cả nước.", "zalo"),  # a brand in lower case
    ("tiktok Việt Nam đã có hơn năm mươi triệu người dùng thường xuyên.", "tiktok"),  # at a start, before a capital
    ("Trong ẩm thực Hàn Quốc, món kimbap được cuộn từ cơm và rong biển.", "kimbap"),  # a dish after a name
    ("Người Tây Ban Nha thường ăn món paella vào buổi trưa cùng gia đình.", "paella"),  # a dish inside a sentence
    ("Món bánh này được làm từ mật ong đen Nhật Bản kuronira và bột gạo nếp.", "kuronira"),  # a country's word
    ("Thành công tàu vũ trụ Thần Châu 9 nhằm lắp ghép với modul Thiên Cung 1.", "modul"),  # a loanword before a name
    ("Buổi tiệc tối qua thật sự rất vui và đầy bất ngờ, đúng kiểu after-party.", "after-party"),  # a term at the end
]


@pytest.mark.parametrize("text,tok", NEGATIVES)
def test_real_tokens_left(text: str, tok: str) -> None:
    assert tok not in _flags(text)
    assert _lone(text, tok) is None


def test_slug_shape() -> None:
    assert slug("og-casino") and slug("switch-poker") and slug("my-kasino") and slug("ace-slots")
    assert not slug("casino-hotel") and not slug("win-win") and not slug("check-in") and not slug("Og-casino")
    assert not slug("casino") and not slug("fan-club")


def test_name_run() -> None:
    known = load_bigrams().uni
    t = "Vua sai Trần Quốc fortunilo dẫn quân đi đánh giặc."
    a = t.index("fortunilo")
    assert name_run(t, a, a + 9, known)
    t = "Cảm ơn bạn tuanpham đã chia sẻ bài viết rất hay."  # after a title only: a nickname
    a = t.index("tuanpham")
    assert not name_run(t, a, a + 8, known)
    t = "Quốc fortunilo dẫn quân đi đánh giặc."  # the capitalised word opens the sentence
    a = t.index("fortunilo")
    assert not name_run(t, a, a + 9, known)
    t = "Năm ấy, tướng dorrazo Hưng Đạo đem quân chặn giặc."  # a person's title, then a name's syllable
    a = t.index("dorrazo")
    assert name_run(t, a, a + 7, known)
    t = "Tàu nhằm lắp ghép với modul Thiên Cung 1."  # a name's syllable after it, no title before: a loanword
    a = t.index("modul")
    assert not name_run(t, a, a + 5, known)
