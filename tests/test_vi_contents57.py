"""clf57: a table of contents under its removed label is found whatever list item a layer left above the label.

``portal.contents`` (mtpipe.clean.vi_chrome.contents) ran its item run across removed lines, the label too: a
meta row's bullet kept above the label ("• Toanngo92", the author's name the policy held, h15vi01) opened the run,
the label was no longer the line above it, and the whole table stayed (held15/vi lost five lines of recall when the
retrained classifier stopped removing that bullet).  The run now ends at a contents label.
"""

import pytest

from mtpipe.clean.vi_chrome import contents

_ITEMS = ["• Các Tiêu chuẩn & Tổ chức Quản lý Chất lượng Phần mềm", "• 1. Tổng quan",
          "• 2. Các tiêu chuẩn chất lượng phần mềm phổ biến"]
_TEXT = "Chất lượng phần mềm là mức độ mà phần mềm đáp ứng các yêu cầu đã được đặc tả của người dùng."


@pytest.mark.parametrize("above, label", [
    # h15vi01 (hocvietcode.com): date, author, comment count as bullets, the author kept
    (["• 17-07-2025", "• Toanngo92", "• 0 Comments"], "Mục lục"),
    # a WordPress meta row: category and author bullets, the label of Easy Table of Contents
    (["• Kiến thức", "• admin"], "Nội dung bài viết"),
    (["• Tin tức", "• Biên tập viên"], "Mục lục bài viết"),
    (["• admin"], "Table of Contents"),
])
def test_items_under_a_removed_label_after_kept_bullets(above, label):
    lines = ["Tiêu đề bài viết", *above, label, *_ITEMS, "1. Tổng quan", _TEXT]
    first = 1 + len(above)
    removed = {first}  # the label
    removed |= {i for i in range(1, first) if i != first - 1}  # the meta row's other bullets went, its last stays
    got = contents(lines, removed)
    assert got == [first + 1, first + 2, first + 3]
    assert first - 1 not in got  # the kept bullet is no item of the table


def test_negatives_unchanged():
    # bullets kept above a removed line that is no label still run on across it (the run as before)
    lines = ["Tiêu đề", "- 1. Tại sao phải tiêm ngừa?", "Quảng cáo", "- 2. Lịch tiêm cho chó",
             "- 3. Lịch tiêm cho mèo", "1. Tại sao phải tiêm ngừa?", _TEXT]
    assert contents(lines, {2}) == [1, 3, 4]
    # a list of sentences under the label is the text's; a list of steps without label or repeated heading too
    said = ["• admin", "Mục lục", "- Theo dõi quá trình điều trị và diễn biến bệnh tình.",
            "- Đánh giá chất lượng điều trị và dịch vụ chăm sóc y tế.", "- Phục vụ nghiên cứu khoa học và đào tạo."]
    assert contents(said, {1}) == []
    steps = ["• admin", "Các bước:", "- 1. Ninh xương", "- 2. Nướng hành gừng", "- 3. Nêm gia vị", _TEXT]
    assert contents(steps, {1}) == []
    # the kept meta row alone (two bullets and the label's items too few) takes nothing
    short = ["• Toanngo92", "Mục lục", "• 1. Tổng quan", "• 2. Kết luận", _TEXT]
    assert contents(short, {1}) == []
