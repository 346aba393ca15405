"""A duplicate's last print never goes (dup80): a copy rule removed a line because another print stays and a later
layer removed that print too -> one print comes back (``guard.last_print``); both prints clutter by evidence of
their own (a menu printed twice, a label doubled, a pair rule's) stay removed."""

from unittest import mock

from mtpipe.clean import Cleaner
from mtpipe.clean import crumb_lines
from mtpipe.clean.last_prints import RULE, fold, orphans, release_last_prints
from mtpipe.clean.marks import Marks
from mtpipe.document import Document

_TEXT = ("Sáng 12/3, xã Tân Phú tổ chức ra quân làm sạch kênh mương nội đồng với sự tham gia của hơn 200 "
         "người dân.\nCác tuyến kênh sau khi nạo vét sẽ phục vụ tưới tiêu cho vụ hè thu sắp tới.\n")


def _marks(lines: list[str], removed: dict[int, tuple[str, str]]) -> Marks:
    text = "\n".join(lines) + "\n"
    spans, pos = [], 0
    for s in lines:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    m = Marks(Document.from_text(text, doc_id="x.txt", path="x.txt"), "vi", spans)
    m.removed.update(removed)
    return m


def _at(m: Marks, i: int) -> int:
    return m.spans[i][0]


def test_fold_reads_a_crumb_and_its_title_as_one_print():
    assert fold("• RA QUÂN LÀM SẠCH KÊNH MƯƠNG") == fold("Ra quân làm sạch kênh mương") != ""
    assert fold("Международный день.") == fold("Международный день")


def test_the_docs65_title_survives_once_with_the_crumb_patch_reverted():
    page = ("Ra quân làm sạch kênh mương\n• Trang chủ\n• Tin tức - Sự kiện\n• RA QUÂN LÀM SẠCH KÊNH MƯƠNG\n"
            + _TEXT)
    with mock.patch.object(crumb_lines, "_last_print", lambda *a: False):
        doc = Cleaner()(Document.from_text(page, doc_id="x.txt", path="x.txt"))
    gone = {page[e.start:e.end].strip(): e.rule for e in doc.ledger if e.action == "removed"}
    back = [page[e.start:e.end].strip() for e in doc.ledger if e.rule == RULE]
    assert "• Trang chủ" in gone
    assert [t for t in ("Ra quân làm sạch kênh mương", "• RA QUÂN LÀM SẠCH KÊNH MƯƠNG") if t not in gone], gone
    assert back == ["• RA QUÂN LÀM SẠCH KÊNH MƯƠNG"]  # the crumb by the text comes back, the header's goes


def test_the_title_copys_kept_print_taken_as_a_crumb_comes_back():
    lines = ["Ra quân làm sạch kênh mương", "• Trang chủ", "• Tin tức - Sự kiện",
             "• RA QUÂN LÀM SẠCH KÊNH MƯƠNG", *_TEXT.splitlines()]
    m = _marks(lines, {0: ("dedupe.title_copy", "the header's copy of the page's title ... the copy under it "
                           "opens the text and stays"), 1: ("portal.breadcrumb", "home"),
                       2: ("portal.breadcrumb", "crumb"), 3: ("portal.breadcrumb", "crumb")})
    assert orphans(lines, m.spans, m.removed) == [(0, [3])]
    assert release_last_prints(m) == [3]  # the print by the text, not the header's
    assert 0 in m.removed and 3 not in m.removed
    assert [e.rule for e in m.doc.ledger] == [RULE] and m.doc.ledger[0].action == "kept"
    assert orphans(lines, m.spans, m.removed) == []


def test_a_paragraph_printed_twice_keeps_one_print():
    para = ("Các tuyến kênh sau khi nạo vét sẽ phục vụ tưới tiêu cho vụ hè thu sắp tới "
            "của toàn xã Tân Phú.")
    lines = ["Trang chủ", para, "Liên hệ", _TEXT.splitlines()[0], para, "Bản quyền © 2024"]
    m = _marks(lines, {0: ("boilerplate.nav", "menu"), 2: ("boilerplate.nav", "menu"),
                       5: ("chrome.copyright", "c")})
    m.removed[4] = ("dedupe.exact", f"same as paragraph at {_at(m, 1)}")
    m.removed[1] = ("boilerplate.region", "a header region's line")
    assert release_last_prints(m) == [4]  # the print in the text
    assert 1 in m.removed and 4 not in m.removed


def test_a_menu_printed_twice_stays_removed():
    lines = ["Trang chủ", "Tin tức", "Liên hệ", *_TEXT.splitlines(), "Trang chủ", "Tin tức", "Liên hệ"]
    m = _marks(lines, {0: ("boilerplate.nav", "menu"), 1: ("boilerplate.nav", "menu"),
                       2: ("boilerplate.nav", "m")})
    for i in (5, 6, 7):
        m.removed[i] = ("dedupe.exact", f"same as paragraph at {_at(m, i - 5)}")
    assert len(orphans(lines, m.spans, m.removed)) == 3  # the checker sees them
    assert release_last_prints(m) == []  # short items no claiming rule took: both prints clutter


def test_a_menu_of_long_items_printed_twice_among_furniture_stays_removed():
    item = ("Hướng dẫn thủ tục hành chính về đất đai cho người dân và doanh nghiệp "
            "trên địa bàn")
    lines = ["Trang chủ", item, "Liên hệ", *_TEXT.splitlines(), "Tin tức", item, "Bản quyền © 2024"]
    m = _marks(lines, {0: ("boilerplate.nav", "m"), 1: ("boilerplate.nav", "m"), 2: ("boilerplate.nav", "m"),
                       5: ("boilerplate.nav", "m"), 7: ("chrome.copyright", "c")})
    m.removed[6] = ("dedupe.exact", f"same as paragraph at {_at(m, 1)}")
    assert release_last_prints(m) == []  # every print among removed lines


def test_a_pair_rules_doubled_caption_stays_removed():
    cap = ("Các đại biểu trao mũ, khăn, thẻ tình nguyện và động viên các chiến sĩ tình nguyện "
           "lên đường.")
    lines = [_TEXT.splitlines()[0], cap, cap, _TEXT.splitlines()[1]]
    m = _marks(lines, {1: ("captions.alt_pair", "alt text and caption printed twice")})
    m.removed[2] = ("dedupe.exact", f"same as paragraph at {_at(m, 1)}")
    assert release_last_prints(m) == []


def test_a_copy_whose_print_stays_is_no_orphan():
    para = ("Các tuyến kênh sau khi nạo vét sẽ phục vụ tưới tiêu cho vụ hè thu sắp tới "
            "của toàn xã Tân Phú.")
    lines = ["• " + para, para, "Tin", para + "."]
    m = _marks(lines, {0: ("dedupe.furniture_copy", "x"), 2: ("boilerplate.nav", "m")})
    m.removed[1] = ("dedupe.header_copy", f"a copy of the paragraph at {_at(m, 3)}, which opens the text")
    assert orphans(lines, m.spans, m.removed) == []  # a chain of copies ending at a kept print
    assert release_last_prints(m) == []
