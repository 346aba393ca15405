"""cp67: the header's copy of a title goes when a deck, the post's toolbar and a named credit stand between it and the
copy over the text (README "Adjudication, twenty-ninth session" (d), Convention 1).

``h33ru03`` (held33): "<title>" / "<deck>" / "A- A+" / "Текст: Иван Иванов" / "<title>" / text.  The page's date stands
above the first copy, so the block between the copies held no stamp the date or byline rules know: the credit label
with the author's name after it (``boilerplate.credit``) is the byline, and the text-size buttons (``chrome.font_size``)
are the post's toolbar in the header's metadata block.  Counted over every dev part (pairs of equal lines with a
metadata line between): 24 pairs, the later copy content on 18; of the pairs whose block holds a named credit or a
toolbar, ``h33ru03`` alone was lost.  Named credits: forms from dev pages (``h37ru05``'s "Автор: Яна Ершова", ``vi10``'s
"Biên tập viên:Mẫn Linh") and bylines of news templates; the negatives keep the first copy: the later copy after the
text's paragraphs, a photo caption's copy under the lead, a teaser's copy heading a related list, a toolbar alone, a
near copy past a share row (``vi10``'s "<title>_forord", an image's name).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.copies import _NAMED_CREDIT
from mtpipe.document import Document
from mtpipe.segment import Segmenter

TITLE_RU = "Из Забайкальска запускается новый поезд до Маньчжурии"
DECK_RU = "У бурятских туристов появится ещё одна возможность съездить в Китай"
TEXT_RU = ("С марта 2026 года жители Забайкалья впервые за шесть лет получат возможность добраться до китайской "
           "Маньчжурии на поезде.")
MORE_RU = "Путешественники из Читы смогут отправиться в Китай прямым беспересадочным вагоном."
TITLE_VI = "Tập huấn kỹ thuật trồng tỏi tím cho nông dân vùng ven biển"
DECK_VI = "Hơn 50 hội viên nông dân tham gia lớp tập huấn"
TEXT_VI = ("Chiều ngày 26/9/2022, Hội nông dân xã Hưng Tân phối hợp với Trung tâm dịch vụ nông nghiệp huyện tổ chức "
           "lớp tập huấn kỹ thuật trồng tỏi tím cho hội viên.")


@pytest.mark.parametrize("line, want", [
    ("Текст: Иван Иванов", True),  # h33ru03
    ("Автор: Яна Ершова", True),  # h37ru05
    ("Biên tập viên:Mẫn Linh", True),  # vi10, no space after the colon
    ("Tác giả: Nguyễn Văn An", True),
    ("Фото: А. Петров", True),  # an initial with its stop
    ("Текст:", False),  # the label alone (t2ru02: cp65's header meta, not a byline)
    ("Автор: Сергей Панишев 12.10.2020", False),  # a date in it: the date rules' line
    ("Примечание: документ действует с 2020 года и до его отмены.", False),  # a sentence after a label
    ("Nguồn: https://baochinhphu.vn", False),  # an address, no name
])
def test_a_named_credit(line, want):
    assert bool(_NAMED_CREDIT.match(line)) is want


def _removed(text: str) -> dict[int, str]:
    doc = Document.from_text(text + "\n", doc_id="s/a.txt", path="s/a.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(doc))
    assert unaccounted(doc) is None
    return {e.start: e.rule for e in doc.ledger if e.action == "removed"}


HEADER = [
    # h33ru03: the date above the header's title, then the deck, the toolbar and the named credit
    (TITLE_RU, "\n\n".join(["15.02.2026 в 16:44", TITLE_RU, DECK_RU, "A- A+\nТекст: Иван Иванов", TITLE_RU, TEXT_RU,
                            MORE_RU])),
    # no deck: the toolbar and the named credit alone
    (TITLE_RU, "\n".join(["15.02.2026 в 16:44", "", TITLE_RU, "A- A+", "Текст: Иван Иванов", TITLE_RU, TEXT_RU, MORE_RU])),
    # a Vietnamese page: the named credit under the deck
    (TITLE_VI, "\n\n".join(["26/09/2022 20:59", TITLE_VI, DECK_VI, "Tác giả: Nguyễn Văn An", TITLE_VI, TEXT_VI])),
]


@pytest.mark.parametrize("title, text", HEADER, ids=range(len(HEADER)))
def test_the_header_copy_goes_over_a_named_credit(title, text):
    removed = _removed(text)
    first, last = text.index(title), text.rindex(title)
    assert removed.get(first) == "dedupe.header_copy"
    assert last not in removed  # the copy over the text stays


FIRST_STAYS = [
    # the later copy after the text's paragraphs (h22vi02's shape)
    "\n\n".join([TITLE_RU, "Текст: Иван Иванов", TEXT_RU, MORE_RU, TITLE_RU, TEXT_RU.replace("марта", "апреля")]),
    # a photo caption's copy under the lead (h37ru05, h12vi01)
    "\n\n".join([TITLE_VI, "26/09/2022 20:59", "Tác giả: Nguyễn Văn An", TEXT_VI, TITLE_VI,
                 "Các hội viên được hướng dẫn cách chọn giống, làm đất và bón phân cho cây tỏi tím."]),
    # a teaser's copy heading a related list, no text under it
    "\n".join([TITLE_RU, "A- A+", "Текст: Иван Иванов", TITLE_RU, "20.07.2014 08:00", "Цены на бензин снизились"]),
    # the toolbar alone between the copies: no date or byline cuts the header's title off
    "\n".join([TITLE_RU, "A- A+", TITLE_RU, TEXT_RU, MORE_RU]),
]


@pytest.mark.parametrize("text", FIRST_STAYS, ids=range(len(FIRST_STAYS)))
def test_the_first_copy_stays(text):
    removed = _removed(text)
    assert "dedupe.header_copy" not in removed.values()
    assert 0 not in removed
