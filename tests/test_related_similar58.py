"""The "similar items" heading of a related-posts block (issue 12, clut58): ``boilerplate.list_heading``.

WordPress's Russian related-posts block prints "Похожие записи", other templates "Похожие статьи" (crawl12), "Схожие
статьи" and "Похожие" (h39ru08, the tagDiv theme's tabs), "Похожие публикации"; the list of other stories' headlines
under the heading goes with it (h39ru08's "Посевной комплекс …" after the article).  The heading must be the whole
line: a sentence or a subheading opening with the same word is the text's.
"""

import pytest

from mtpipe.clean import Cleaner, CleanOptions, unaccounted
from mtpipe.clean.furniture import list_heading
from mtpipe.document import Document
from mtpipe.segment import Segmenter

_RU = ("Жительница деревни встала с рассветом и поспешила на работу, а сосед услышал треск и выбежал на улицу.\n"
       "Пламя уничтожило крышу и повредило стены сарая, причины возгорания устанавливаются.\n")


@pytest.mark.parametrize("line, taken", [
    ("Похожие записи", True), ("Похожие статьи", True), ("Схожие статьи", True), ("Похожие", True),
    ("Похожие публикации", True), ("Похожие статьи:", True), ("ПОХОЖИЕ ЗАПИСИ", True),
    # same words, the text's own
    ("Похожие случаи", False), ("Похожие статьи публиковались в газете и раньше.", False),
    ("Похожие записи нашлись в архиве района", False), ("Схожие статьи закона", False),
])
def test_similar_heading(line, taken):
    assert list_heading(line) is taken


def _removed(text: str) -> dict[str, str]:
    doc = Document.from_text(text, doc_id="doc.txt", path="doc.txt")
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="weighed"))(doc))
    assert unaccounted(doc) is None
    return {e.text.strip(): e.rule for e in doc.ledger if e.action == "removed"}


@pytest.mark.parametrize("heading", ["Похожие записи", "Схожие статьи", "Похожие"])
def test_headlines_under_the_heading_go(heading):
    headline = "Посевной комплекс на выставке презентовал местный завод"
    removed = _removed(_RU + heading + "\n" + headline + "\n")
    assert removed.get(heading) == "boilerplate.list_heading", removed
    assert removed.get(headline) == "boilerplate.list_heading", removed
    assert not [t for t in removed if t in _RU], removed


def test_subheading_with_text_under_it_stays():
    text = _RU + "Похожие случаи\nВ прошлом году в районе сгорели ещё два сарая, оба по вине хозяев.\n"
    removed = _removed(text)
    assert "Похожие случаи" not in removed and not [t for t in removed if t in text], removed
