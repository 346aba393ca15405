"""A title printed in the page's header, then the page's date stamp or byline, then the title again over the text:
the header's copy goes (``dedupe.header_copy``), the copy next to the text stays (lost40, README convention 1: the
first copy stands in the header, cut off from the text by a date or byline line).  Pages written for these tests
on the shape of held27's and held29's."""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.copies import header_copy
from mtpipe.clean.lines import line_spans
from mtpipe.document import Document
from mtpipe.segment import Segmenter

TITLE_RU = "Новый сквер открыли в центре города"
TEXT_RU = ("В субботу в центре города открыли новый сквер с фонтаном и детской площадкой. "
           "Работы вели с весны по программе благоустройства, на них потратили около десяти миллионов рублей.")
TITLE_VI = "Khánh thành cầu mới nối hai bờ sông Hàn"
TEXT_VI = ("Sáng nay, thành phố đã tổ chức lễ khánh thành cây cầu mới bắc qua sông Hàn sau hai năm thi công. "
           "Cây cầu dài hơn 500 mét và có bốn làn xe.")


def _run(text: str, policy: str = "balanced") -> Document:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy=policy))(doc))
    assert unaccounted(doc) is None
    return doc


def _removed(doc: Document) -> list[tuple[str, str, int]]:
    return [(e.text, e.rule, e.start) for e in doc.ledger if e.action == "removed"]


HEADER = [
    # a date stamp between the copies (held27's shape)
    f"{TITLE_RU}\n\n\n17.10.2019\n\n{TITLE_RU}\n\n{TEXT_RU}",
    # a date and time stamp, the text under a credit line (held29's shape)
    f"{TITLE_RU}\n\n2025.09.26 15:23\n\n{TITLE_RU}\n\n{TEXT_RU}\n",
    f"{TITLE_VI}\n\n25/07/2014 07:44\n\n{TITLE_VI}\n\n{TEXT_VI}",
]


@pytest.mark.parametrize("policy", ["balanced", "weighed"])
@pytest.mark.parametrize("text", HEADER, ids=range(len(HEADER)))
def test_the_header_copy_goes_and_the_title_over_the_text_stays(text, policy):
    doc = _run(text, policy)
    title = TITLE_RU if TITLE_RU in text else TITLE_VI
    second = text.index(title, 1)
    removed = _removed(doc)
    assert (title, "dedupe.header_copy", 0) in removed
    # the copy next to the text is kept
    assert not [r for t, r, s in removed if s <= second < s + len(t)]
    entry = next(e for e in doc.ledger if e.rule == "dedupe.header_copy")
    assert f"paragraph at {second}" in entry.note and "date_line" in entry.note


# the first copy stays (or no copy rule of this kind fires): same shapes, no header stamp between or no text after
FIRST_STAYS = [
    # no date between: two copies one above the other (the old exact rule's case)
    f"{TITLE_RU}\n\n{TITLE_RU}\n\n{TEXT_RU}",
    # a rubric line, live, between the copies: no stamp alone cuts them apart
    f"{TITLE_RU}\n\nОбщество и люди в нашем городе сегодня\n\n17.10.2019\n\n{TITLE_RU}\n\n{TEXT_RU}",
    # the text has begun above the first copy: the later one is a copy after the text's start
    f"{TEXT_RU}\n\n{TITLE_RU}\n\n17.10.2019\n\n{TITLE_RU}\n\n{TEXT_RU.replace('субботу', 'воскресенье')}",
    # a view counter between the copies (the date rule takes it): no date or byline cuts the header's title off
    f"{TITLE_RU}\n\n539\n\n{TITLE_RU}\n\n{TEXT_RU}",
    # the later copy opens a related list, no text under it
    f"{TITLE_VI}\n\n25/07/2014 07:44\n\n{TEXT_VI}\n\n{TITLE_VI}\n20/07/2014 08:00\nGiá xăng giảm mạnh từ chiều nay\n",
]


@pytest.mark.parametrize("text", FIRST_STAYS, ids=range(len(FIRST_STAYS)))
def test_no_header_copy_elsewhere(text):
    doc = _run(text)
    assert "dedupe.header_copy" not in [e.rule for e in doc.ledger]


def test_header_copy_directly():
    text = f"{TITLE_RU}\n17.10.2019\n{TITLE_RU}\n{TEXT_RU}"
    spans = line_spans(text)
    stamp = {1: ("boilerplate.date_line", "a date")}
    assert header_copy(text, spans, stamp, 0, 2) is not None
    # the line between removed by another rule (a rubric, a tag list): no stamp
    assert header_copy(text, spans, {1: ("boilerplate.tag_list", "tags")}, 0, 2) is None
    # nothing removed between: no stamp
    assert header_copy(text, spans, {}, 0, 2) is None
    # a counter the date rule took: no stamp
    counter = text.replace("17.10.2019", "539")
    assert header_copy(counter, line_spans(counter), stamp, 0, 2) is None
    # adjacent copies: nothing between
    assert header_copy(text, spans, stamp, 1, 2) is None
