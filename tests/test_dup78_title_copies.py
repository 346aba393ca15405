"""The page's title printed twice above the text (issue 12, dup78, :mod:`mtpipe.clean.title_copies`).

``dedupe.title_copy``: of two exact copies of the page's title that ``dedupe.exact`` marked and the ``weighed`` policy
held, the repeat goes (nothing but a counter or widget removed between the copies) or the header's copy goes (a date,
byline or breadcrumb between, the copy under it opening the text), Convention 1 of the realpages README deciding.

Made-up pages of the class (a title printed twice with a date line between, a title repeated with a breadcrumb trail
between, a title repeated under a view counter, a directory's title repeated among its short lines) and negatives
of the nearest content shapes: a heading repeated as a section title inside a long article, a quote repeated as a
pull-quote, two list items with the same text, a link without the heading's "?", a product code between the copies,
a copy after the text has begun, a mark the policy did not hold.
"""

from __future__ import annotations

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.title_copies import RULE, counter, title_copies
from mtpipe.document import Document

_S1 = "Sáng nay, tại hội trường xã đã diễn ra hội thi hái hoa dân chủ với sự tham gia của 12 đội thi."
_S2 = "Hội thi là dịp để người dân trong xã hiểu thêm về các chính sách, pháp luật của Nhà nước."
_S3 = "Ban tổ chức đã trao giải nhất cho đội thi của thôn Đông với nhiều câu trả lời xuất sắc."
_TITLE = "Hội thi hái hoa dân chủ ở xã Sơn Thủy"


def _copies(lines: list[str], held: set[int], removed: dict[int, str] | None = None) -> dict[int, str]:
    gone = {i: (r, None) for i, r in (removed or {}).items()}
    marks = {i: ("dedupe.exact", "a copy", {}) for i in held}
    return {i: r for i, (r, _n) in title_copies(lines, gone, marks).items()}


def test_title_above_and_below_a_date_line():
    # the header's title, its date, the article's heading over the text: the header's copy goes
    page = [_TITLE, "20/09/2024 08:15", _TITLE, _S1, _S2]
    assert _copies(page, {2}, {1: "boilerplate.date_line"}) == {0: RULE}
    # the header's block may hold a short live line (the author's site) and a reading time beside the date
    page = [_TITLE, "- Báo Nông thôn", "- 20/09/2024", "- 2 phút đọc", _TITLE, _S1]
    assert _copies(page, {4}, {2: "boilerplate.date_line", 3: "boilerplate.reading_time"}) == {0: RULE}


def test_title_repeated_across_a_breadcrumb():
    page = [_TITLE, "Trang chủ » Tin tức » Văn hóa", _TITLE, _S1, _S2]
    assert _copies(page, {2}, {1: "boilerplate.breadcrumb"}) == {0: RULE}


def test_title_repeated_under_a_counter_or_at_a_directory_top():
    # a view counter (taken by the date rule) is no stamp: the first copy is the title, the repeat goes
    page = ["21/04/2022", _TITLE, "665 Lượt xem", _TITLE, _S1, _S2]
    assert _copies(page, {3}, {0: "boilerplate.date_line", 2: "boilerplate.date_line"}) == {3: RULE}
    page = [_TITLE, "1", "Article", "null", _TITLE, _S1]
    assert _copies(page, {4}, {1: "boilerplate.date_line", 2: "classifier.line", 3: "boilerplate.widget"}) == {4: RULE}
    # a parish directory's entry: the title twice among the entry's short lines
    page = ["Giáo phận Xuân Lộc", "Nhà thờ Giáo xứ Giang Điền", "Nhà thờ Giáo xứ Giang Điền", "Giáo hạt Phú Thịnh",
            "Địa chỉ : Xã Giang Điền, Trảng Bom, Đồng Nai"]
    assert _copies(page, {2}) == {2: RULE}
    # a document site's counters row between the copies, a lone comma glued to the repeat
    page = [_TITLE, "31 461 2", _TITLE + " ,", _S1]
    assert _copies(page, {2}, {1: "boilerplate.date_line"}) == {2: RULE}


def test_counter():
    assert counter("665 Lượt xem") and counter("1") and counter("1.204 views") and counter("31 461 2")
    assert not counter("2022") and not counter("20/09/2024") and not counter("Oct 8") and not counter("Võ Xuân Trường")


def test_section_heading_pull_quote_and_list_items_stay():
    # a heading repeated as a section title inside a long article
    head = "Thu nhập vãng lai là gì?"
    page = [_TITLE, _S1, head, _S2, _S3, head, _S3]
    assert _copies(page, {5}) == {}
    # a quote repeated as a pull-quote
    quote = "Chúng tôi mong hội thi được tổ chức hằng năm"
    assert _copies([_TITLE, _S1, quote, _S2, quote, _S3], {4}) == {}
    # two list items with the same text (a menu's rows at the top of the page)
    page = ["- Canh cua rau đay mồng tơi", "- Canh cua rau đay mồng tơi", "- Cá kho tộ", _S1]
    assert _copies(page, {1}) == {}
    page = ["Thực đơn tuần", _S1, "Canh cua rau đay", "Canh cua rau đay", "Cá kho tộ"]
    assert _copies(page, {3}) == {}


def test_other_copies_that_stay():
    # a link without the heading's "?": two printings, not one copied
    assert _copies(["Bệnh tiểu đường là gì", "Bệnh tiểu đường là gì?", _S1], {1}) == {}
    # a product code between the copies (no header meta, no stamp): both stay
    tour = "Du lịch Trung Quốc: Điểm du lịch Thượng Hải"
    page = [tour, "Mã số: PCDL-QT05", tour, _S1]
    assert _copies(page, {2}) == {}
    # a date stamp between, but a sentence between too: the text has begun
    page = [_TITLE, "20/09/2024", _S1, _TITLE, _S2]
    assert _copies(page, {3}, {1: "boilerplate.date_line"}) == {}
    # a date between and no text under the later copy (a related list's copy): both stay
    page = [_TITLE, "20/09/2024", _TITLE, "Tin liên quan", "Xem thêm"]
    assert _copies(page, {2}, {1: "boilerplate.date_line"}) == {}
    # the title far down the page, under the page's first sentence: not the page's title
    assert _copies([_S1, _TITLE, _TITLE, _S2], {2}) == {}
    # a sentence-shaped first copy (a stop at its end) and a mark the policy did not hold
    assert _copies(["Hội thi đã kết thúc.", "Hội thi đã kết thúc.", _S1], {1}) == {}
    assert _copies([_TITLE, _TITLE, _S1], set()) == {}


_PAGE = f"""Giáo phận Xuân Lộc

{_TITLE}

665 Lượt xem

{_TITLE}

{_S1}

{_S2}

{_S3}
"""


def test_through_the_cleaner_weighed():
    table = {"dedupe.exact": {"content": 14, "clutter": 72, "lower": 0.75, "score": 0.75, "langs": {"vi": [14, 72]}},
             RULE: {"content": 0, "clutter": 20, "lower": 0.84, "score": 1.0, "langs": {"vi": [0, 20]}}}
    doc = Cleaner(CleanOptions(removal_policy="weighed", precision_table=table))(
        Document.from_text(_PAGE, doc_id="dup78.txt"))
    assert doc.meta["lang"] == "vi"
    kept = [doc.text[a:b].strip() for a, b in doc.meta["kept"]]
    assert kept.count(_TITLE) == 1
    assert _S1 in kept and _S2 in kept and _S3 in kept
    assert any(e.rule == RULE and e.action == "removed" and e.note for e in doc.ledger)


def test_a_title_copy_stands_inside_a_block_of_short_kept_lines():
    # a directory's entry: "Giáo phận …" / title / title / short fields; the repeat's removal is not taken back as a
    # gap of the block (kept_blocks.EXEMPT: taking it back would print the title twice)
    from mtpipe.clean.kept_blocks import block_gaps

    lines = ["Giáo phận Xuân Lộc", "Nhà thờ Giáo xứ Giang Điền", "Nhà thờ Giáo xứ Giang Điền", "Giáo hạt Phú Thịnh",
             "Địa chỉ : Xã Giang Điền", "Chánh xứ : Linh mục Antôn"]
    assert block_gaps(lines, {2: RULE}) == []
    assert block_gaps(lines, {2: "boilerplate.short_run"}) == [(2, 2)]
