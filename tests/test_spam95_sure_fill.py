"""spam95: a single gambling name's repair only when the fitting syllable is sure (benchmarks/notes/spam95.md)."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_bigrams import load_bigrams
from mtpipe.clean.spam_surefill import MIN_SHARE, sure_fill, wiki_share
from mtpipe.document import Document


def _spam(text: str) -> list[tuple[str, str, str | None]]:
    doc = Cleaner(CleanOptions(spam=SpamRepair()))(Document(doc_id="t", path="", raw_text=text, text=text,
                                                            meta={"lang": "vi"}))
    return [(e.text, e.action, e.replacement) for e in doc.ledger if e.rule.startswith("spam.")]


# each repaired wrongly at integ 246e0dc3 (the repair, then the word the text had); flagged now, never repaired
UNSURE = [
    # langfresh48 (blind, forty-second session): "của" for "nhưng"
    ("Gần 40 năm tuổi đời slotomania anh Đông cũng đã có vài chục năm theo nghề.", "slotomania"),
    # a real English word in the baomoi news (spam82's snapshot, article 21512148): "của"
    ("Cá tính, sành điệu và đậm chất Hàn Quốc khi diện culottes hồng pastel với crop top sọc ngang.", "culottes"),
    # a name pasted over one syllable of fresh text the model never read (RSS titles, UD VTB): "thể" for "duyên",
    # "của" for "trên", "bộ" for "bầu"
    ("Trong 8 tỷ người, liệu chúng ta có slotomania gặp nhau?", "slotomania"),
    ("Đó là bữa ăn hi88 thiên đường dành cho bà.", "hi88"),
    ("Hơn 395.000 cử tri Quảng Ninh đi sv388 trưởng thôn, khu phố", "sv388"),
]


@pytest.mark.parametrize("text,token", UNSURE)
def test_unsure_fill_is_flagged_not_repaired(text, token):
    assert _spam(text) == [(token, "flagged", None)]


# repaired right at integ and still: the syllable makes a word with each side and Wikipedia agrees
SURE = [
    ("Nghĩa là mối sv388 hệ này không có cơ sở vững chắc và không đáng ủng hộ .", "sv388", "quan"),
    ("Đảng Dân chủ của Mỹ chọn nơi mở màn bầu betwinner tổng thống 2028", "betwinner", "cử"),
    ("Hà Nội cũng chịu casinoroyal hưởng bão số 4 nên có mưa phổ biến.", "casinoroyal", "ảnh"),
]


@pytest.mark.parametrize("text,token,syllable", SURE)
def test_sure_fill_still_repaired(text, token, syllable):
    assert _spam(text) == [(token, "repaired", syllable)]


def test_sure_fill_shape():
    bg = load_bigrams()
    assert sure_fill(bg, "mối", "quan", "hệ")
    assert not sure_fill(bg, "đời", "của", "anh")  # a function word: low PMI, the slot shared
    assert not sure_fill(bg, "chứ", "không", "có")  # Wikipedia agrees (0.97) but PMI 2.35 on one side
    assert wiki_share("đời", "của", "anh") < MIN_SHARE <= wiki_share("lần", "đầu", "tiên")
    assert wiki_share("đời", "xyzzy", "anh") == 0.0
