"""loss39: a list the text announces (:mod:`mtpipe.clean.announced`; issue 12, content precision).

A run of menu or field lines under a sentence ending with ":" (kept items and a note in brackets between allowed), the
text going on under it, is the text's list (train27vi's scholarships by country, crawl12's board members); a footer's
run (no text under it), a run under a removed label or a lone label, and a run whose lead lies above a paragraph stay
removed.

The pages are written for these tests in the shapes seen (no line is a benchmark page's)."""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.announced import announced_lists
from mtpipe.document import Document


def _clean(text: str, policy: str = "balanced") -> Document:
    return Cleaner(CleanOptions(removal_policy=policy))(Document.from_text(text, doc_id="site/a.txt", path="site/a.txt"))


def _removed(doc: Document) -> dict[str, str]:
    return {doc.raw_text[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}


_COUNTRIES = ["• Kazakhstan: 2", "• Kyrgyz Republic: 1", "• Mexico: 1", "• Russia: 2", "• Turkmenistan: 1",
              "• Ukraine: 1", "• Uzbekistan: 2"]
_SCHOLARSHIP = [
    "Học bổng Chính phủ Hàn Quốc dành cho sinh viên quốc tế năm 2024",
    "Chương trình học bổng năm nay dành cho 125 sinh viên đến từ nhiều quốc gia, theo hai hệ tuyển chọn khác nhau.",
    "Ứng viên được chọn sẽ được miễn học phí, nhận vé máy bay khứ hồi và trợ cấp sinh hoạt hằng tháng.",
    "Trong đó, số lượng học bổng dành cho ứng viên người Hàn Quốc ở nước ngoài như sau:",
    "(Là những người không mang quốc tịch Hàn Quốc, sống ở các nước ngoài bán đảo Triều Tiên)",
]
_BOARD = [
    "Lịch sử các miền",
    "Năm 1996, hưởng ứng lời kêu gọi đó, Bà Tổng Phụ trách Hội dòng đã thành lập nhóm hội viên đầu tiên tại thành phố.",
    "Năm 2003, Miền Saigon bầu ban điều hành gồm:",
    "Trưởng : Maria Nguyễn Thị Vy", "Phó : Anna Phạm thị Anh Tuyết",
    "Thư ký : Maria Nguyễn Thị Oanh", "Thủ quỹ : Maria Đỗ thị Hiên",
    "Với số hội viên là 54, chia làm 5 tổ :",
    "Tổ 1 : 11 hv gồm các phường 15,17 (Gò Vấp).",
    "Sau ngày Đại Hội năm 2003, các buổi sinh hoạt của miền hầu như chỉ có ban điều hành họp mặt mỗi tháng một lần.",
]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
def test_a_bulleted_list_the_text_announces_stays(policy):
    doc = _clean("\n".join(_SCHOLARSHIP + _COUNTRIES + ["2. Hệ sau đại học: 60 sinh viên (từ 72 quốc gia)"]) + "\n",
                 policy)
    removed = _removed(doc)
    assert not [c for c in _COUNTRIES if c in removed], removed
    kept = [e for e in doc.ledger if e.rule == "structure.announced"]
    assert len(kept) == len(_COUNTRIES) and all(e.action == "kept" and "boilerplate.menu" in e.note for e in kept)


def test_a_board_s_fields_the_text_announces_stay():
    removed = _removed(_clean("\n".join(_BOARD) + "\n"))
    assert "Thư ký : Maria Nguyễn Thị Oanh" not in removed and "Thủ quỹ : Maria Đỗ thị Hiên" not in removed, removed


def test_a_footer_list_under_the_same_sentence_stays_removed():
    # the same run with no text under it, only the site's closing lines: a footer's menu
    doc = _clean("\n".join(_SCHOLARSHIP + _COUNTRIES + ["Bản quyền thuộc về Trung tâm", "Liên hệ quảng cáo",
                                                         "Điều khoản sử dụng"]) + "\n")
    removed = _removed(doc)
    assert all(removed.get(c) == "boilerplate.menu" for c in _COUNTRIES), removed


_MENU = {i: ("boilerplate.menu", None) for i in (2, 3, 4)}
_ITEMS = ["Новости", "Статьи", "Контакты"]
_AFTER = ["Первый абзац текста продолжается здесь, и в нём достаточно слов для предложения."]


@pytest.mark.parametrize("lines, removed, want", [
    (["Заголовок", "Ниже перечислены разделы, которые открыты для всех:"] + _ITEMS + _AFTER, _MENU, True),
    (["Заголовок", "Разделы сайта:"] + _ITEMS + _AFTER, _MENU, False),  # a lone label of two words
    (["Заголовок", "Ниже перечислены разделы, которые открыты для всех."] + _ITEMS + _AFTER, _MENU, False),  # no ":"
    (["Заголовок", "Ниже перечислены разделы, которые открыты для всех:"] + _ITEMS + _AFTER,
     {**_MENU, 1: ("boilerplate.region", None)}, False),  # the lead itself removed
    (["Заголовок", "Ниже перечислены разделы, которые открыты для всех:"] + _ITEMS + ["Подписаться"],
     {**_MENU, 5: ("boilerplate.menu", None)}, False),  # the run goes on to the page's end: no text under it
    (["Ниже перечислены разделы, которые открыты для всех:",
      "Здесь стоит длинное предложение. Оно не пункт списка, а текст."] + _ITEMS + _AFTER,
     {i: ("boilerplate.menu", None) for i in (2, 3, 4)}, False),  # a paragraph between the lead and the run
    (["Заголовок", "Ниже перечислены разделы, которые открыты для всех:"] + _ITEMS + _AFTER,
     {i: ("boilerplate.caption", None) for i in (2, 3, 4)}, False),  # another rule's lines
])
def test_announced_lists(lines, removed, want):
    got = announced_lists(lines, removed)
    assert (set(got) == {2, 3, 4}) is want, got
