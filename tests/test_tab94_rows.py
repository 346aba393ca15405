"""tab94 (issue 12): a table of figures with no head cell whose rows open at a row key above 1 (a school's grades
6 to 12, each over its fees) is the text's (``mtpipe/clean/numbered_rows.py``).  The lines were written for the
tests in the shape read on a fresh fee page; negatives of the same shape: a calendar strip, a ranking continued from
an earlier page, rows keyed by years."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.numbered_rows import MAX_FIRST_KEY, numbered_rows
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_HEAD = ["Khối", "Năm học", "Gói năm học", "(đóng đến 06/5/2024)", "Gói năm học", "(đóng đến 10/9/2024)",
         "Gói học kỳ I", "(đóng đến 10/9/2024)", "Gói học kỳ II", "(đóng đến 10/01/2025)", "Đóng theo tháng"]
_FEES = [[str(g), f"{40 + g}.{g}10.000", f"{37 + g}.{g}50.000", f"{38 + g}.{g}10.000", f"{14 + g}.{g}00.000",
          f"{19 + g}.{g}50.000", f"{g - 1}.{g}90.000"] for g in range(6, 13)]
_GRID = [c for row in _FEES for c in row]


def _blank(cells):
    out = []
    for c in cells:
        out += [c, ""]
    return out


def test_rows_opening_at_grade_six_are_a_table():
    lines = _blank(["Bảng học phí năm học 2024-2025 của trường như sau:", *_HEAD, *_GRID])
    first = lines.index("6")
    assert numbered_rows(lines) == [(first, len(lines) - 1)]


@pytest.mark.parametrize("cells", [
    [str(d) for d in range(6, 24)],  # a calendar strip: no cells between the numbers
    [x for k in range(6, 12) for x in (str(k), f"Bài viết được đọc nhiều thứ {k} trong tuần qua")],  # a ranking
    [x for y in range(2018, 2025) for x in (str(y), "120", "135")],  # rows keyed by years: no row key
    [x for k in range(13, 20) for x in (str(k), "120", "135")],  # a first key above MAX_FIRST_KEY
    [x for k in range(6, 10) for x in (str(k), "120", "135")],  # four rows
])
def test_same_shape_is_no_table(cells):
    assert numbered_rows(_blank(cells)) == []


def test_the_first_key_bound():
    assert MAX_FIRST_KEY == 12


# the page's layout: its title, a section's notes, the grid's caption ending with ":" and the next section's heading
_INTRO = ["Biểu phí công bố", "", "I. BẢNG BIỂU PHÍ (VND)", "", "1. Học phí (VND)",
          "+ Học phí được tính trọn năm học; chưa bao gồm thời gian học định hướng, khóa hè tự chọn và các hoạt động "
          "ngoại khóa khác theo nhu cầu của cha mẹ học sinh.",
          "+ Đối với đợt thanh toán của tháng 1 và 2 sẽ thanh toán một lần vào tháng 1; tháng 4 và 5 sẽ thanh toán một "
          "lần vào tháng 4.",
          "1.1 Học phí áp dụng cho học sinh bán trú (đã bao gồm phí bán trú):", ""]


@pytest.mark.parametrize("policy", ["weighed", "balanced", "conservative"])
def test_the_cleaner_keeps_the_fee_grid(policy):
    lines = [*_INTRO, *_blank([*_HEAD, *_GRID, "10 ESL", "90.000.000", "83.175.000"]),
             "1.2 Học phí và phí nội trú áp dụng cho học sinh nội trú"]
    doc = Document.from_text("\n".join(lines) + "\n", doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    removed = [e.text.strip() for e in doc.ledger if e.action == "removed"]
    assert [c for c in _GRID if c in removed] == []
