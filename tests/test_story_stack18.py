"""Lead, eighteenth session: two widgets of other stories stacked after the article (``boilerplate.story_list``).

held31 (blind, measured, then read): "Tin bài liên quan" over one title, then "Đọc nhiều" (a popularity widget's
heading: no noun for stories, the list's measure) over four titles, one of them opening with a figure ("50 năm …")
— all left: a list needed two titles under one heading, "Đọc nhiều" was no heading by the grammar, and a title opening
with a number lost its figure to the bullet stripper.  Now a heading's single title counts when the next heading's own
list is taken, popularity headings head lists, and a title may open with a figure.  The pages are written for these
tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.story_runs import _grammar_heading, _title, story_list
from mtpipe.document import Document

_TEXT = ["Tỉnh mở lại cửa khẩu phụ sau ba tháng tạm dừng để sửa chữa đường dẫn",
         "Sáng nay, Ban quản lý Khu kinh tế tỉnh cho biết cửa khẩu phụ đã được mở lại sau ba tháng sửa chữa.",
         "Các phương tiện chở hàng nông sản được ưu tiên làm thủ tục trong tuần đầu tiên.",
         "Lực lượng biên phòng sẽ tăng cường kiểm tra vào giờ cao điểm để tránh ùn tắc."]
_STACK = ["Tin bài liên quan", "", "Hội chợ thương mại biên giới thu hút hàng nghìn lượt khách", "Đọc nhiều", "",
          "Tin quốc tế sáng 3/5: Hai nước ký kết thỏa thuận hợp tác nông nghiệp, mở rộng xuất khẩu trái cây sang thị "
          "trường mới", "",
          "Tin quốc tế sáng 4/5: Nhiều nước họp bàn về giá lương thực, đề xuất lập quỹ hỗ trợ nông dân", "",
          "30 năm thành lập khu kinh tế cửa khẩu: Những dấu mốc đáng nhớ của \"vùng đất biên cương\"", "",
          "Học sinh vùng cao háo hức đón năm học mới"]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_two_stacked_widgets_after_the_article_go(policy):
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(_TEXT + _STACK) + "\n", doc_id="site/a.txt", path="site/a.txt"))
    kept = "".join(doc.text[a:b] for a, b in doc.meta["kept"])
    for line in _STACK:
        if line:
            assert line not in kept, (line, kept)
    assert "giờ cao điểm" in kept


def test_one_title_under_a_heading_alone_is_no_list():
    lines = _TEXT + ["Tin bài liên quan", "", "Hội chợ thương mại biên giới thu hút hàng nghìn lượt khách"]
    assert story_list(lines, {}) == {}


def test_one_title_over_a_sentence_block_is_no_list():
    # the next heading's list breaks on a sentence: neither list is taken
    lines = _TEXT + ["Tin bài liên quan", "Hội chợ thương mại biên giới thu hút hàng nghìn lượt khách", "Đọc nhiều",
                     "Tin quốc tế sáng 3/5: Hai nước ký kết thỏa thuận hợp tác nông nghiệp",
                     "Người dân địa phương cho biết họ rất vui khi cửa khẩu mở lại sau thời gian dài."]
    assert story_list(lines, {}) == {}


@pytest.mark.parametrize("line, want", [
    ("Đọc nhiều", True), ("Xem nhiều nhất", True), ("Самое читаемое", True), ("Most read", True),
    ("Đọc nhiều sách hơn mỗi ngày", False), ("Самое главное", False), ("Most of the residents", False),
])
def test_popularity_headings(line, want):
    assert _grammar_heading(line) is want


@pytest.mark.parametrize("line, want", [
    ("50 năm thống nhất đất nước: Hành trình của một người bạn", True),
    ("1. thông tin chung về dự án", False),  # a numbered item opening lower-case: no headline
    ("năm nay trường tuyển thêm hai lớp mới", False),
])
def test_a_title_may_open_with_a_figure(line, want):
    assert _title(line, 200) is want
