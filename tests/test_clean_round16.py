"""Cleaning, sixteenth round (issue 12, branch clean16), precision classes, table-driven; every line here was
written for the tests, none is a page's.

* a title copy with a date glued to it, then the plain title over the text: the dated copy goes
  (``dedupe.dated_copy``), the plain title stays;
* a table of contents whose item repeats the heading right under it: the list item goes
  (``dedupe.furniture_copy``), the heading stays;
* an upper-case headline that reads as a clause, a year inside it, is no masthead (``features.caps_clause``);
and the same shapes that are furniture are judged as before.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.dedupe import _dated_copy
from mtpipe.clean.features import caps_clause
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU_BODY = "Министерство коммерции КНР заявило во вторник, что Китай примет ответные меры против пошлин."
_RU_BODY2 = "По словам представителя ведомства, Пекин внимательно следит за развитием ситуации в регионе."
_VI_BODY = "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 12 ngày 3 tháng 5 năm 2023 gửi Ủy ban."
_VI_BODY2 = "Các doanh nghiệp trong tỉnh đã chủ động tìm kiếm thị trường mới cho nông sản của địa phương."


def _run(text):
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return doc


def _kept_lines(doc):
    return {doc.text[a:b].strip() for a, b in (tuple(k) for k in doc.meta.get("kept", []))}


def _removed(doc):
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


_RU_TITLE = "Пекин и Москва договорились о новых поставках зерна через Забайкалье"
_VI_TITLE = "Hội nghị tổng kết công tác phòng chống thiên tai của tỉnh"


@pytest.mark.parametrize("first,title,rule", [
    (_RU_TITLE + " 07.12.2015", _RU_TITLE, "dedupe.dated_copy"),
    (_RU_TITLE + " 14:30 07.12.2015", _RU_TITLE, "dedupe.dated_copy"),
    (_VI_TITLE + " 3 tháng 5, 2023", _VI_TITLE, "dedupe.dated_copy"),
    ("12/03/2021 " + _VI_TITLE, _VI_TITLE, "dedupe.breadcrumb"),  # a stamp before: the older breadcrumb rule
])
def test_dated_copy_goes_plain_title_stays(first, title, rule):
    body = (_RU_BODY + " " + _RU_BODY2) if title == _RU_TITLE else (_VI_BODY + " " + _VI_BODY2)
    doc = _run("\n\n".join([first, title, body]) + "\n")
    removed = _removed(doc)
    assert removed.get(first) == rule
    assert title not in removed


@pytest.mark.parametrize("prev,key,want", [
    ("tiêu đề bài viết 07 12 2015", "tiêu đề bài viết", True),
    ("14 30 07 12 2015 tiêu đề bài viết", "tiêu đề bài viết", True),
    ("tiêu đề bài viết phần 2", "tiêu đề bài viết", False),  # a part number, one group, a word
    ("tiêu đề bài viết 2", "tiêu đề bài viết", False),  # one number: a series, no date
    ("tiêu đề bài viết của tác giả 2015 12", "tiêu đề bài viết", False),  # words in the tail
    ("chuyên mục tiêu đề bài viết", "tiêu đề bài viết", False),
])
def test_dated_copy_table(prev, key, want):
    assert _dated_copy(prev, key) is want


@pytest.mark.parametrize("first,rule", [
    (_RU_TITLE + " | Новости | Городской портал", "dedupe.titled_copy"),
    (_RU_TITLE + " - Городской портал", "dedupe.titled_copy"),
    (_RU_TITLE + " | Городской портал. Все права защищены.", None),  # a sentence after the bar: left as before
    (_RU_TITLE + " | раз два три четыре пять шесть семь восемь девять", None),  # too long a trail
])
def test_page_title_copy_with_a_site_trail(first, rule):
    # post-hoc (held13, h13vi07): "<title> | blogs | <site>" then "<title>": the page title's copy goes
    doc = _run("\n\n".join([first, _RU_TITLE, _RU_BODY + " " + _RU_BODY2]) + "\n")
    removed = _removed(doc)
    if rule is None:
        assert "dedupe.titled_copy" not in removed.values()
    else:
        assert removed.get(first) == rule
        assert _RU_TITLE not in removed


def test_plain_title_then_dated_copy_keeps_the_first():
    # the other order, a copy with a number that is no date: the first copy stays as before
    doc = _run("\n\n".join([_RU_TITLE, _RU_TITLE + " 2", _RU_BODY + " " + _RU_BODY2]) + "\n")
    assert _RU_TITLE in _kept_lines(doc)


_TOC = ["Mục lục", "- Tổng quan về quy trình bảo trì thiết bị", "- 1. Các bước chuẩn bị trước khi bảo trì",
        "- 2. Kiểm tra định kỳ và ghi chép nhật ký", "- 3. Những lỗi thường gặp khi vận hành"]


def test_heading_under_its_table_of_contents_stays():
    head = "Tổng quan về quy trình bảo trì thiết bị"
    doc = _run("\n".join(_TOC + [head, _VI_BODY + " " + _VI_BODY2]) + "\n")
    removed = _removed(doc)
    assert head not in removed
    assert removed.get("- Tổng quan về quy trình bảo trì thiết bị") == "dedupe.furniture_copy"
    # the rest of the table of contents goes with it
    assert all(removed.get(x) == "dedupe.contents" for x in _TOC[2:])


@pytest.mark.parametrize("lines,keep", [
    # a numbered list under a heading, no item repeated by the text: a list of the text, kept
    (["Các bước thực hiện", "1. Chuẩn bị dụng cụ cần thiết", "2. Tắt nguồn điện của thiết bị",
      "3. Kiểm tra các mối nối", _VI_BODY + " " + _VI_BODY2], "2. Tắt nguồn điện của thiết bị"),
    # an item repeated, but only two list items: too short for a table of contents
    (["- Tổng quan về quy trình bảo trì thiết bị", "- Kết luận chung", "Tổng quan về quy trình bảo trì thiết bị",
      _VI_BODY + " " + _VI_BODY2], "- Kết luận chung"),
])
def test_lists_that_are_no_table_of_contents(lines, keep):
    doc = _run("\n".join(lines) + "\n")
    assert "dedupe.contents" not in _removed(doc).values()
    assert keep in _kept_lines(doc)


@pytest.mark.parametrize("lines,gone", [
    # the later copy is a list item too (a second list): the first copy stays, the second goes
    (_TOC + ["- Tổng quan về quy trình bảo trì thiết bị", _VI_BODY + " " + _VI_BODY2],
     "- Tổng quan về quy trình bảo trì thiết bị"),
    # the earlier copy is no list item (a standalone title among short lines): the first copy stays
    (["Tin tức", "Tổng quan về quy trình bảo trì thiết bị", "Chia sẻ", "Tổng quan về quy trình bảo trì thiết bị",
      _VI_BODY + " " + _VI_BODY2], None),
])
def test_table_of_contents_same_shapes(lines, gone):
    doc = _run("\n".join(lines) + "\n")
    kept = _kept_lines(doc)
    assert "Tổng quan về quy trình bảo trì thiết bị" in kept or gone is not None
    if gone is None:
        assert "dedupe.furniture_copy" not in _removed(doc).values()


@pytest.mark.parametrize("line,lang,want", [
    ("ĐÁNH GIÁ HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC HỢP TÁC XÃ TRONG NĂM 2019 TẠI TỈNH NAM ĐỊNH", "vi", True),
    ("ИТОГИ РАБОТЫ ПРЕДПРИЯТИЙ ОБЛАСТИ ЗА 2019 ГОД И ПЛАНЫ НА НОВЫЙ ПЕРИОД В РЕГИОНЕ", "ru", True),
    ("THE STATE OF THE RIVER PORTS IN 2019 AND THE PLAN FOR THE NEXT DECADE", "en", True),
    ("NHẬT BÁO TIN TỨC MIỀN TÂY THỨ HAI 01 DEC 2014", "vi", False),  # a name and a date
    ("ГАЗЕТА ГОРОДСКИЕ ВЕСТИ ПЯТНИЦА 12.03.2021 № 45 СТР 2", "ru", False),  # a stamp
    ("80 LET GAZETA VESTI 2024 IZDANIE", "ru", False),  # no function words of the language
    ("ТРУДОВАЯ СЛАВА 2019", "ru", False),  # too short
])
def test_caps_clause_table(line, lang, want):
    assert caps_clause(line, lang) is want


def test_caps_title_with_year_is_kept_masthead_still_goes():
    title = "ĐÁNH GIÁ HIỆU QUẢ HOẠT ĐỘNG CỦA CÁC HỢP TÁC XÃ TRONG NĂM 2019 TẠI TỈNH NAM ĐỊNH"
    mast = "NHẬT BÁO TIN TỨC MIỀN TÂY - THỨ HAI 01 DEC 2014"
    doc = _run("\n\n".join([mast, title, _VI_BODY + " " + _VI_BODY2]) + "\n")
    removed = _removed(doc)
    assert title not in removed
    assert removed.get(mast) == "boilerplate.masthead"
