"""spam93: a lower-case gambling name ending in its trade's word in the plural is a brand's shape, as the singular
is (mtpipe.clean.spam_plural, read by spam_shapes.brand_shape). Each name below, a Vietnamese syllable typed without
marks before "vips", "bets", "wins", went unflagged in this sentence before spam93.

Negatives: English plurals of the same ending ("alphabets", "sherbets") and the loanword "fanclubs" ("club" ends
loanwords) are not flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_plural import plural_brand
from mtpipe.document import Document

FRAME = "Họ không chỉ dạy nghề {} còn truyền đạt kinh nghiệm sống cho lớp trẻ."


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


@pytest.mark.parametrize("tok", ["thuavips", "quaybets", "hoanwins", "nhanwins"])
def test_plural_trade_name_flagged(tok: str) -> None:
    assert tok in _flags(FRAME.format(tok))


@pytest.mark.parametrize("text", [
    "Các em học sinh được dạy các alphabets khác nhau từ lớp một.",
    "Các fanclubs của ca sĩ tổ chức buổi gặp mặt hôm qua.",
])
def test_words_and_loanwords_not_flagged(text: str) -> None:
    assert _flags(text) == []


def test_plural_shape() -> None:
    assert plural_brand("huayvips") and plural_brand("krugerbets") and plural_brand("filslots")
    assert not plural_brand("huayvip")  # the singular is the older pattern's
    assert not plural_brand("alphabets") and not plural_brand("sherbets")  # words of the lists
    assert not plural_brand("fanclubs")  # "club" ends loanwords: no "lower" word
    assert not plural_brand("Huayvips") and not plural_brand("vips")  # lower case; two letters before the word
