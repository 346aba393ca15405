"""cp69, thirty-first session: two items of one list that differ by a swapped term are two items, no near copy
(issue 12, ``mtpipe/clean/item_swaps.py``).

The former blind parts lost, on the code each was first measured on, list items that ``dedupe.near`` took as copies
of an earlier item of the same pattern (a rank under another rank, a room code under another, a dish under another, a
closing day under another).  The take-back keeps such an item when its earlier item and the line above it are kept
(and the line below, unless the line above is an item of the pattern too).  Negatives: a counter glued, an id
repeated in each field, a spelling variant, one word reworded in a longer line, numbers alone changed, a word added or
dropped; the same swap inside a menu the page removed, or with its earlier item removed.  The pages are written for
these tests (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.item_swaps import RULE, swapped_items, swapped_lines
from mtpipe.document import Document

POLICIES = ("balanced", "weighed")


@pytest.mark.parametrize("first,later", [
    ("I место — команда посёлка Северный.", "II место — команда посёлка Северный."),  # a rank swapped
    ("A1(có ban công)", "B(có ban công)"),  # a room code
    ("- Canh cua rau đay", "Canh cá rau đay"),  # a dish, the list's dash aside
    ("Thư viện đóng cửa thứ Hai, ngày 4 tháng 7 năm 2022", "Thư viện đóng cửa thứ Năm, ngày 24 tháng 11 năm 2022"),
    ("Зал № 3: йога для начинающих", "Зал № 3: пилатес для начинающих"),
])
def test_items_with_a_term_swapped(first, later):
    assert swapped_items(first, later)


@pytest.mark.parametrize("first,later", [
    ("Новости региона", "Новости региона7"),  # a counter glued to a word
    ("цена квартиры bg. купить квартиру bg", "цена квартиры zx. купить квартиру zx"),  # one id in each field
    ("Глава района провёл приём", "Глава района провел приём"),  # a spelling variant
    ("Giá heo hơi tại miền Nam giảm nhẹ trong tuần này", "Giá lợn hơi tại miền Nam giảm nhẹ trong tuần này"),  # reworded
    ("Report this comment (Comment number 12)", "Report this comment (Comment number 15)"),  # numbers alone
    ("Đường sắt đổi giờ tàu dịp Tết", "Đường sắt đổi giờ tàu dịp Tết 1"),  # a counter added
    ("1. Итоги года в экономике", "2. Итоги года в экономике региона"),  # a word added
    ("继续领跑 中国经济持续恢复", "继续领跑 国经济持续恢复"),  # a character dropped
    ("Итоги года", "Итоги года"),  # the same line
    ("Юноши", "Девушки"),  # no word shared
])
def test_copies_are_no_swapped_items(first, later):
    assert not swapped_items(first, later)


_LIST = ["Результаты", "I место — Северный.", "II место — Южный.", "III место — Заречный.", "Девушки",
         "I место — Южный.", "II место — Северный.", "III место — Озёрный.", "Поделиться"]
_STARTS = [sum(len(x) + 1 for x in _LIST[:k]) for k in range(len(_LIST))]


def _near(i: int, j: int) -> tuple[str, str]:
    return "dedupe.near", f"near duplicate of paragraph at {_STARTS[j]}"


def test_an_item_between_kept_lines_comes_back():
    assert swapped_lines(_LIST, _STARTS, {6: _near(6, 1)}) == {6: 1}


def test_the_lists_last_item_comes_back_under_a_kept_item():
    assert swapped_lines(_LIST, _STARTS, {7: _near(7, 3), 8: ("boilerplate.menu", None)}) == {7: 3}


@pytest.mark.parametrize("removed", [
    {6: _near(6, 1), 1: ("boilerplate.menu", None)},  # its earlier item removed
    {6: _near(6, 1), 5: ("boilerplate.menu", None), 7: ("boilerplate.menu", None)},  # inside a removed menu
    {6: ("dedupe.exact", f"same as paragraph at {_STARTS[1]}")},  # another rule's removal
    {4: _near(4, 0)},  # no swapped item
])
def test_no_take_back_without_the_evidence(removed):
    assert swapped_lines(_LIST, _STARTS, removed) == {}


_VI_INTRO = ("Trường mầm non Hoa Mai công bố thực đơn của tuần này để phụ huynh theo dõi và chuẩn bị bữa tối cho các "
             "cháu phù hợp.")
_VI_BODY = ("Thực đơn được chuyên viên dinh dưỡng của phòng giáo dục duyệt, bảo đảm đủ năng lượng và cân đối các nhóm "
            "chất cho trẻ.")
_MENU = ["Thực đơn tuần của trường mầm non Hoa Mai", "", _VI_INTRO, "", "Thứ Hai", "- Canh cua rau đay mồng tơi",
         "Cơm thịt gà kho gừng", "Sữa chua", "Thứ Ba", "Canh bí đỏ nấu tôm", "Cơm thịt bò kho gừng", "Chuối tiêu", "",
         _VI_BODY]


@pytest.mark.parametrize("policy", POLICIES)
def test_a_menus_dish_with_another_meat_stays(policy):
    """"Cơm thịt bò kho gừng" four lines under "Cơm thịt gà kho gừng": a near copy by its letters, another dish."""
    doc = Cleaner(CleanOptions(removal_policy=policy))(
        Document.from_text("\n".join(_MENU), doc_id="site/a.txt", path="site/a.txt"))
    removed = {doc.raw_text[e.start:e.end].strip() for e in doc.ledger if e.action == "removed"}
    # (cp71: "Thứ Hai" / "Thứ Ba" over their dishes is a run of parallel rows; guard.parallel_rows may take it first)
    kept = {doc.raw_text[e.start:e.end].strip() for e in doc.ledger
            if e.action == "kept" and e.rule in (RULE, "guard.parallel_rows")}
    assert "Cơm thịt bò kho gừng" not in removed and "Cơm thịt bò kho gừng" in kept
    assert "Cơm thịt gà kho gừng" not in removed
