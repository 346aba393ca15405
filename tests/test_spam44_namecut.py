"""spam44: a Latin word pasted over one syllable of a two-syllable Vietnamese name (mtpipe.clean.spam_namecut): the
name's other syllable left alone beside it ("ở Xyz Nam", "tại Hà Xyz").

Positives are made-up tokens (none of a dev set's), each passed by the code before spam44; each negative has a
positive's shape or place: a foreign name that goes on with its own capitalised words, a real word before a name's
syllable, a head of plain letters that starts foreign names, a syllable that is no bound tail."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_namecut import name_tables, split_name
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


def _place(text: str, tok: str) -> str | None:
    a = text.index(tok)
    return split_name(text, a, a + len(tok), load_bigrams().uni)


POSITIVES = [  # (sentence, token, place)
    ("Nhiều du khách đã đến Sandro9 Nam vào đầu tháng sáu năm nay.", "Sandro9", "before"),  # "Việt" gone
    ("Giá nhà ở khu trung tâm Quavenz Nội tăng mạnh trong quý vừa qua.", "Quavenz", "before"),  # "Hà" gone
    ("Hàng hóa xuất khẩu sang thị trường Trelpa Bản giảm nhẹ so với năm ngoái.", "Trelpa", "before"),  # "Nhật"
    ("Nhiều sinh viên ở Hà Dorvik đã về quê ăn Tết sớm hơn mọi năm.", "Dorvik", "after"),  # "Nội" gone
    ("Đội tuyển Nhật Kelbro đã giành chiến thắng thuyết phục ở trận mở màn.", "Kelbro", "after"),  # "Bản" gone
    ("Sản lượng cà phê của Việt Zombrex tiếp tục tăng trong năm nay.", "Zombrex", "after"),  # "Nam" gone
    ("Người dân Hà Pelvor, Nghệ An đã đi bầu cử từ sáng sớm.", "Pelvor", "after"),  # "Tĩnh" gone, a comma after
]

NEGATIVES = [  # (sentence, token): a positive's shape or place, a real name or word
    ("Đội tuyển Brolvix Việt Nam đã giành chiến thắng ở trận mở màn.", "Brolvix"),  # no bound tail after it
    ("Công ty Quavenz Nội Thất đã khai trương cửa hàng mới ở quận 7.", "Quavenz"),  # the name goes on ("Nội Thất")
    ("Ông Trelpa Hải Nam đến thăm trường vào sáng thứ hai.", "Trelpa"),  # "Hải" is no bound tail
    ("Câu lạc bộ đã ký hợp đồng với cầu thủ La Dorvik của Tây Ban Nha.", "Dorvik"),  # "La": a head of plain letters
    ("Nhiều sinh viên ở Hà Dorvik Street đã về quê ăn Tết sớm.", "Dorvik"),  # a capitalised word goes on after it
    ("Hà Kelbro là một nhà văn trẻ được nhiều người biết đến.", "Kelbro"),  # the head starts the sentence
    ("Đội tuyển Nhật Kelbro và Kelbro đã giành chiến thắng.", "Kelbro"),  # written twice: a real name
    ("Bộ gõ tiếng Việt Trelkeys với nhiều kiểu gõ khác nhau.", "Trelkeys"),  # "tiếng Việt": the language, no name
]


@pytest.mark.parametrize("text,tok,place", POSITIVES)
def test_split_name_positive(text: str, tok: str, place: str) -> None:
    assert _place(text, tok) == place
    assert tok in _flags(text)


@pytest.mark.parametrize("text,tok", NEGATIVES)
def test_split_name_negative(text: str, tok: str) -> None:
    assert _place(text, tok) is None
    assert tok not in _flags(text)


def test_name_tables_bound_pairs() -> None:
    tails, heads = name_tables()
    assert tails["nam"] == "việt" and tails["nội"] == "hà" and tails["bản"] == "nhật"
    assert heads["hà"] == "nội" and heads["việt"] == "nam"
    assert "quốc" not in tails and "hải" not in tails  # "Trung Quốc" 18%: not bound enough


def test_flag_says_why() -> None:
    text = POSITIVES[1][0]
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    notes = [e.note for e in doc.ledger if e.rule == "spam.unrepaired"]
    assert notes and "of a name ending 'Nội'" in notes[0]
    assert doc.text == text  # flagged, never changed
