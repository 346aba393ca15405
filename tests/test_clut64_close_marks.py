"""clut64 (issue 12): a pop-up's close button alone on the page's first or last line (``boilerplate.close_mark``,
:mod:`mtpipe.clean.close_marks`).

Positives: h41ru07's "X" over the title, t27ru26's "×" closing the page, bracketed and other crosses; negatives: a
Roman numeral "X" on a page numbering its sections so (h38vi11's "I" / "II"), a cross inside the page, a word
opening with X.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean import close_marks as CM
from mtpipe.document import Document

_TEXT = ["История больницы",
         "Больница, открытая в 1894 году, была рассчитана на 50 коек, здесь работали два врача и четыре фельдшера.",
         "В начале XX века при больнице открыли аптеку и родильное отделение, а в 1920-х годах построили новый корпус."]


@pytest.mark.parametrize("lines,taken", [
    (["X", "", "На благовещенском мосту открыли движение по двум полосам", *_TEXT[1:]], [0]),  # h41ru07
    ([*_TEXT, "×"], [3]),  # t27ru26
    (["[×]", *_TEXT], [0]),
    (["✕", *_TEXT, "Комментарии"], [0]),
])
def test_close_marks(lines, taken):
    got = CM.close_marks(lines, {})
    assert sorted(got) == taken and all(rule == CM.RULE for rule, _ in got.values())


@pytest.mark.parametrize("lines", [
    # a page numbering its sections in Roman numerals (h38vi11's "I" / "II"): "X" is the tenth
    ["X", "KHÁM SỨC KHỎE", "Người bệnh đến khám được hướng dẫn làm thủ tục tại quầy số 1.", "XI", "TÁI KHÁM"],
    # a cross inside the page, a letter on a line that is not alone
    [_TEXT[0], "×", *_TEXT[1:]],
    ["X-ray", *_TEXT],
    ["X.", "Глава десятая", *_TEXT[1:], "IX"],
])
def test_not_close_marks(lines):
    assert CM.close_marks(lines, {}) == {}


def _removed(text: str) -> set[str]:
    doc = Cleaner(CleanOptions())(Document.from_text(text, doc_id="s/a.txt", path="s/a.txt"))
    return {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}


def test_page():
    lines = ["X", *_TEXT]
    removed = _removed("\n\n".join(lines) + "\n")
    assert "X" in removed
    assert not removed & set(_TEXT)
