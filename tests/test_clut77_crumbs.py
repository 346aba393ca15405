"""clut77: a breadcrumb printed one crumb a line under its removed home crumb (:mod:`mtpipe.clean.crumb_lines`).

Positives are made up in the shapes of h15vi02 (numbered crumbs) and t29vi01 (bulleted crumbs); negatives are the
nearest content shapes: a menu (more crumbs than a trail), the text's own list under a removed menu item, a list
whose items are sentences, a list running to the page's end, crumbs under a home line that stays.
"""

from __future__ import annotations

from mtpipe.clean.crumb_lines import split_crumbs

_TEXT = "Vấn đề an toàn thực phẩm luôn được đề cao, nhất là trong môi trường giáo dục mầm non ở các thành phố lớn."


def _taken(lines: list[str], removed: set[int]) -> list[int]:
    return sorted(split_crumbs(lines, {i: ("portal.breadcrumb", None) for i in removed}))


def test_numbered_trail():
    lines = ["1. Trang chủ", "2. » Tài Liệu - Giáo Án", "báo cáo thực tập ngành quản trị khách sạn", _TEXT]
    assert _taken(lines, {0}) == [1]


def test_bulleted_trail_with_its_last_crumb():
    lines = ["Thực đơn mùa hè cho bé", "• Home", "• Góc Phụ Huynh", "• THỰC ĐƠN MÙA HÈ CHO BÉ ĐỦ CHẤT", _TEXT]
    assert _taken(lines, {1}) == [2, 3]
    found = split_crumbs(lines, {1: ("boilerplate.rubric", None)})
    assert found[2][0] == "portal.breadcrumb" and '"• Home"' in found[2][1]


def test_a_menu_is_not_a_trail():
    menu = ["• Trang chủ", "• Giới thiệu", "• Tin tức", "• Văn bản", "• Liên hệ", _TEXT]
    assert _taken(menu, {0}) == []


def test_the_texts_list_stays():
    # items that are sentences
    lines = ["- Trang chủ", "- Các em học sinh tham gia đầy đủ các buổi học theo lịch của nhà trường.", _TEXT]
    assert _taken(lines, {0}) == []
    # items ending with a colon or a comma: a list's heads
    assert _taken(["• Home", "• Thời gian:", "• Địa điểm,", _TEXT], {0}) == []
    # numbered items that do not follow the home crumb's number
    assert _taken(["1. Trang chủ", "3. Kế hoạch năm học", _TEXT], {0}) == []
    # a list running to the page's end
    assert _taken(["• Trang chủ", "• Góc Giáo Viên"], {0}) == []


def test_a_home_line_that_stays_or_is_no_home():
    lines = ["• Trang chủ", "• Góc Giáo Viên", _TEXT]
    assert _taken(lines, set()) == []  # the home crumb no layer removed: nothing read
    # a line opening with the home page's words in a sentence
    assert _taken(["• Trang chủ của trường đã cập nhật", "• Góc Giáo Viên", _TEXT], {0}) == []
