"""spam95: a camel-case name opening with a gambling word has the title-case brand's shape (benchmarks/notes/spam95.md)."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam import SpamRepair
from mtpipe.clean.spam_shapes import brand_shape
from mtpipe.document import Document


def _spam(text: str) -> list[tuple[str, str, str | None]]:
    doc = Cleaner(CleanOptions(spam=SpamRepair()))(Document(doc_id="t", path="", raw_text=text, text=text,
                                                            meta={"lang": "vi"}))
    return [(e.text, e.action, e.replacement) for e in doc.ledger if e.rule.startswith("spam.")]


# camel case, its gambling head title-cased: missed at integ at a sentence's start (langfresh48's BetParx)
@pytest.mark.parametrize("text,token", [
    ("BetParx là một làng nghề cổ với tuổi đời hàng ngàn năm lịch sử, nổi tiếng với nghề rèn truyền thống.",
     "BetParx"),
    ("CasinoPop là một làng nghề cổ với tuổi đời hàng ngàn năm lịch sử.", "CasinoPop"),
])
def test_camel_gambling_head_flagged(text, token):
    assert _spam(text) == [(token, "flagged", None)]


def test_camel_gambling_head_shape():
    assert brand_shape("BetParx") == brand_shape("Betparx") == "title"
    assert brand_shape("SlotBudur") == "title"
    # not the shape: "Beta..." (a real term's head), capitals throughout, a head with no capital after it
    assert brand_shape("BetaArchive") is None
    assert brand_shape("BETParx") is None
    assert brand_shape("Betterment") is None
