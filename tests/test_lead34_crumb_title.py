"""A page's title printed over a breadcrumb whose last crumb is the title again: ``dedupe.title_copy`` takes the
header's print because the crumb stays, so ``portal.breadcrumb`` must leave that crumb (docs65 found both prints
gone); a crumb whose twin no duplicate rule took still goes."""

from mtpipe.clean import Cleaner
from mtpipe.clean.crumb_lines import split_crumbs
from mtpipe.document import Document

_TEXT = ("Sáng 12/3, xã Tân Phú tổ chức ra quân làm sạch kênh mương nội đồng với sự tham gia của hơn 200 người dân.\n"
         "Các tuyến kênh sau khi nạo vét sẽ phục vụ tưới tiêu cho vụ hè thu sắp tới.\n")


def _removed_lines(text: str) -> dict[str, str]:
    doc = Cleaner()(Document.from_text(text, doc_id="x.txt", path="x.txt"))
    return {text[e.start:e.end].strip(): e.rule for e in doc.ledger if not e.rule.startswith("policy.")}


def test_the_title_survives_once():
    page = ("Ra quân làm sạch kênh mương\n• Trang chủ\n• Tin tức - Sự kiện\n• RA QUÂN LÀM SẠCH KÊNH MƯƠNG\n" + _TEXT)
    gone = _removed_lines(page)
    assert "• Trang chủ" in gone
    kept = [t for t in ("Ra quân làm sạch kênh mương", "• RA QUÂN LÀM SẠCH KÊNH MƯƠNG") if t not in gone]
    assert kept, gone


def test_split_crumbs_leaves_only_a_crumb_whose_twin_a_duplicate_rule_took():
    lines = ["Ra quân làm sạch kênh mương", "• Trang chủ", "• Tin tức - Sự kiện", "• RA QUÂN LÀM SẠCH KÊNH MƯƠNG",
             _TEXT.splitlines()[0]]
    home = {1: ("portal.breadcrumb", "home")}
    assert set(split_crumbs(lines, home)) == {2, 3}  # no twin taken: the whole trail goes
    taken = {**home, 0: ("dedupe.title_copy", "the header's copy")}
    assert set(split_crumbs(lines, taken)) == {2}  # the title's last print stays
    other = {**home, 0: ("boilerplate.rubric", "a rubric")}
    assert set(split_crumbs(lines, other)) == {2, 3}  # a twin no duplicate rule took: no evidence the crumb stays
