"""spam44: a Vietnamese syllable typed with two adjacent letters swapped is a typo, never a pasted spam token
(mtpipe.clean.spam_typos): the code before spam44 flagged each of these clean sentences.

Negatives have a typo's shape and place: invented lower-case labels of the same length in the same slots, one swap
away from no common syllable, still flagged."""

import pytest

from mtpipe.clean import Cleaner
from mtpipe.clean.options import CleanOptions
from mtpipe.clean.spam_typos import swapped_syllable
from mtpipe.document import Document


def _flags(text: str) -> list[str]:
    doc = Cleaner(CleanOptions(removal_policy="balanced"))(
        Document(doc_id="t", path="", raw_text=text, text=text, meta={"lang": "vi"}))
    return [e.text for e in doc.ledger if e.rule.startswith("spam.")]


TYPOS = [  # (sentence, typo)
    ("Các em học sinh ngồi trnog lớp học rất ngay ngắn.", "trnog"),
    ("Chiếc xe chạy rất nahnh trên con đường mới.", "nahnh"),
    ("Thành phố đã hoàn thnah việc sửa chữa cây cầu.", "thnah"),
    ("Người dân ở đây sống bằng nghề trồng lúa và nuôi cá torng ao.", "torng"),
]

LABELS = [  # (sentence, label): a typo's shape, no swap of a common syllable
    ("Các em học sinh ngồi tvorg lớp học rất ngay ngắn.", "tvorg"),
    ("Người dân ở đây sống bằng nghề trồng lúa và nuôi cá xqorn ao.", "xqorn"),
]


@pytest.mark.parametrize("text,tok", TYPOS)
def test_swapped_syllable_not_flagged(text: str, tok: str) -> None:
    assert swapped_syllable(tok) is not None
    assert _flags(text) == []


@pytest.mark.parametrize("text,tok", LABELS)
def test_label_still_flagged(text: str, tok: str) -> None:
    assert swapped_syllable(tok) is None
    assert tok in _flags(text)


def test_swap_shape() -> None:
    assert swapped_syllable("torng") == "trong"
    assert swapped_syllable("Torng") == "trong"  # title case too
    assert swapped_syllable("TORNG") is None  # capitals: an acronym's case, not a typist's slip
    assert swapped_syllable("trong") is None  # a common syllable itself: no swap of it is one
    assert swapped_syllable("to") is None  # too short to tell
