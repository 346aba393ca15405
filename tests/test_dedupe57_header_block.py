"""dedupe57: the header's copy of a title is cut off from the text by the page's whole metadata block, not only by a
date stamp the date rules took (README convention 1).

A table of every repeated line of the dev pages (realpages ``.ann`` and crawl parts) showed which copy is labelled
content: where a metadata line stands between a header copy and a copy that opens the text, the later copy on 12 pages
of 13; with none between, the first copy on 39 of 42.  ``dedupe.header_copy`` took the header's copy only when every
line between was a stamp the date or byline rules had removed; a byline with its date (``signoff.name_date``), a
reading time ("13 мин", "- 2 min read") and the header's own second copy of the title stand in the block as well
(``t27ru66``: the title twice, "Ксения Морозова   3 декабря 2015", "13 мин", the title over the text, where
``dedupe.exact`` kept the header's copy and removed the one by the text).  Pages written for these tests on the
shapes of ``t27ru66``, ``h18vi08``, ``h12ru04`` and ``h22ru06``; the negatives keep Convention 1's first copy.
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.copies import _READ_TIME, header_copy
from mtpipe.clean.lines import line_spans
from mtpipe.document import Document
from mtpipe.segment import Segmenter

TITLE_RU = "Как существуют приюты для бездомных собак в Москве"
TEXT_RU = ("Волонтеры и хозяева приютов для бездомных животных рассказали, что нужно сделать, если вы нашли собаку "
           "на улице, и как помочь приюту, если взять собаку домой нельзя.")
TITLE_VI = "Cập nhật điều kiện du học Trung Quốc năm 2025"
TEXT_VI = ("Trung Quốc đang trở thành điểm đến lý tưởng cho nhiều sinh viên Việt Nam với nền giáo dục ngày càng hiện "
           "đại và chi phí hợp lý.")


def _run(text: str, policy: str = "balanced") -> Document:
    doc = Document.from_text(text, doc_id="s/a.txt", path="s/a.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> dict[int, str]:
    return {e.start: e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("line, want", [
    ("13 мин", True),  # t27ru66
    ("- 2 min read", True),  # h18vi08
    ("42 мин.", True),  # h12ru04
    ("5 мин", True),  # h22ru06
    ("* 9 мин. чтения", True),  # a documentation site's template
    ("⏱️ 12 phút đọc", True),
    ("~3 phút đọc", True),
    ("13 минут назад", False),  # a time ago is a stamp's work, not a reading time
    ("Время чтения: 13 мин", False),  # a label first: not this shape
    ("120 phút làm bài", False),  # an exam's time, words after
    ("2024 мин", False),  # four digits
])
def test_a_reading_time_line(line, want):
    assert bool(_READ_TIME.match(line)) is want


BLOCK = [
    # t27ru66: the title twice in the header, a byline with its date, a reading time, the title over the text
    (TITLE_RU, "\n".join([TITLE_RU, TITLE_RU, "Ксения Морозова   3 декабря 2015", "13 мин", TITLE_RU, TEXT_RU])),
    # a date stamp, then the reading time, blank lines between (h12ru04's "42 мин.")
    (TITLE_RU, "\n\n".join([TITLE_RU, "17.10.2019", "42 мин.", TITLE_RU, TEXT_RU])),
    # the reading time first, then the stamp (h22ru06's "5 мин" over its date)
    (TITLE_RU, "\n".join([TITLE_RU, "5 мин", "24 ноября 2024, 19:25", TITLE_RU, TEXT_RU])),
    # a Vietnamese page: the date and the reading time under the header's title (h18vi08's metadata)
    (TITLE_VI, "\n".join([TITLE_VI, "Thứ hai - 26/09/2022 20:59", "- 2 min read", TITLE_VI, TEXT_VI])),
]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("title, text", BLOCK, ids=range(len(BLOCK)))
def test_the_header_copy_goes_over_the_whole_metadata_block(title, text, policy):
    doc = _run(text + "\n", policy)
    removed = _removed(doc)
    last = text.rindex(title)
    assert removed.get(0) == "dedupe.header_copy"
    assert last not in removed  # the copy over the text stays
    note = next(e.note for e in doc.ledger if e.rule == "dedupe.header_copy")
    assert f"paragraph at {last}" in note and ("date" in note or "byline" in note)


FIRST_STAYS = [
    # a reading time alone between the copies: no date or byline cuts the header's title off
    "\n".join([TITLE_RU, "13 мин", TITLE_RU, TEXT_RU]),
    # a rubric, live, beside the stamp and the reading time (Convention 1: a rubric is no header block)
    "\n\n".join([TITLE_RU, "Общество и люди в нашем городе сегодня", "17.10.2019", "13 мин", TITLE_RU, TEXT_RU]),
    # (t2ru02's shape, a deck under the first copy over the byline and date, was here: adj63 relabelled t2ru02, the copy
    # by the text content; cp65's ``copies._deck`` takes the header's copy there, tests/test_cp65_lost_classes.py)
    # the text has begun above the first copy
    "\n".join([TEXT_RU, TITLE_RU, "17.10.2019", "13 мин", TITLE_RU, TEXT_RU.replace("Волонтеры", "Хозяева")]),
    # the later copy heads a related list, no text under it
    "\n".join([TITLE_VI, "26/09/2022 20:59", "- 2 min read", TITLE_VI, "20/07/2014 08:00",
               "Giá xăng giảm mạnh từ chiều nay"]),
]


@pytest.mark.parametrize("text", FIRST_STAYS, ids=range(len(FIRST_STAYS)))
def test_no_header_copy_without_a_header_block(text):
    doc = _run(text + "\n")
    assert "dedupe.header_copy" not in [e.rule for e in doc.ledger]
    assert 0 not in _removed(doc)  # the first copy stays


def test_header_copy_directly():
    text = "\n".join([TITLE_RU, TITLE_RU, "Ксения Морозова   3 декабря 2015", "13 мин", TITLE_RU, TEXT_RU])
    spans = line_spans(text)
    copy = ("dedupe.exact", "same as paragraph at 0")
    byline = ("signoff.name_date", "a name with the date it posted")
    assert header_copy(text, spans, {1: copy, 2: byline}, 0, 4) is not None
    assert header_copy(text, spans, {1: copy, 2: byline, 3: ("classifier.line", "")}, 0, 4) is not None
    # the byline line left live: no stamp between
    assert header_copy(text, spans, {1: copy}, 0, 4) is None
    # the second line removed as something else than a copy of this title (a tag list): no header block
    assert header_copy(text, spans, {1: ("boilerplate.tag_list", "tags"), 2: byline}, 0, 4) is None
    # another title's copy between: no header block
    other = text.replace(TITLE_RU + "\n" + TITLE_RU, TITLE_RU + "\nПриюты Подмосковья: где взять собаку", 1)
    assert header_copy(other, line_spans(other), {1: copy, 2: byline}, 0, 4) is None
