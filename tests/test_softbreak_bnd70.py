"""Round bnd70 (issue 12): a wrapped sentence's one-word tail that closes a quotation or a bracket.

held50's ``h50ru06`` printed a quotation wrapped at a fixed width whose last line was one word, the closing quote and
the stop ("… приходят из соседнего⏎микрорайона\\"."): :mod:`mtpipe.clean.softbreak` joins a one-word tail that ends
its sentence ("… статистического⏎управления.", held5's ``h5ru03``; ``t28ru01``'s "поло."), but read the tail as a word
and one stop only, so a quote or bracket before the stop (``word".``, ``word».``, ``word).``) or an ellipsis and a
stop (``thuyền….``, ``h42vi08``) left it a unit of its own (a soft-break cut).
:func:`mtpipe.clean.softbreak_text.word_end` reads the closers on either side of the stop.

Every line is made up in the shape of the class; negatives are the nearest shapes (a tail after a line that ends its
sentence, a capitalised or numbered one-word line, a one-word line with a closing quote and no stop).
"""

from __future__ import annotations

import pytest

from mtpipe.clean import Cleaner, CleanOptions
from mtpipe.clean.softbreak import soft_breaks
from mtpipe.clean.softbreak_text import word_end
from mtpipe.document import Document
from mtpipe.segment import Segmenter


def _units(raw: str) -> list[str]:
    doc = Segmenter()(Cleaner(CleanOptions(removal_policy="balanced"))(Document.from_text(raw, doc_id="bnd70")))
    return [s.source for s in doc.segments]


def _joined(text: str) -> list[int]:
    """Indexes of the line breaks of ``text`` that are soft (joined)."""
    offsets = set(soft_breaks(text))
    ends, pos = [], 0
    for line in text.split("\n")[:-1]:
        pos += len(line)
        ends.append(pos)
        pos += 1
    return [i for i, p in enumerate(ends) if p in offsets]


TAILS = [
    ("ru", "«Сюда приезжают из разных районов города, а многие приходят пешком из соседнего\nмикрорайона».", 0),
    ("ru", "\"Мы работаем без выходных, потому что заявок становится больше с каждым\nмесяцем\".", 0),
    ("ru", "Об этом сообщили в пресс-службе областного управления (по данным\nРосстата).", None),
    ("ru", "Как пояснил директор, ремонт закончат до конца лета (если позволит\nпогода).", 0),
    ("ru", "Жители спрашивают, когда наконец откроют новый переход через\nпроспект?».", 0),
    ("vi", "“Chúng tôi sẽ tiếp tục hỗ trợ các hộ dân bị ảnh hưởng cho đến khi ổn định\ncuộc sống”.", 0),
    ("vi", "Ông cho biết các hạng mục sẽ hoàn thành trước mùa mưa (theo kế hoạch của\nhuyện).", 0),
    ("vi", "Lễ hội kết thúc bằng màn hát chèo\nthuyền….", 0),
]


@pytest.mark.parametrize("lang,text,expect", TAILS)
def test_a_one_word_tail_closing_a_quotation_is_joined(lang: str, text: str, expect: int | None) -> None:
    if expect is None:  # a capitalised tail ("Росстата")): no lower-case continuation, left as it was
        assert _joined(text) == []
        return
    assert _joined(text) == [expect]
    assert _units(text) == [" ".join(text.split("\n"))]


APART = [
    # the line before ends its sentence: the one-word line is a sentence of its own
    ("ru", "Он долго молчал, а потом сказал коротко.\n«хватит»."),
    # no stop after the closing quote: a tag or a stray label, not a sentence's tail
    ("ru", "Материалы по теме и другие новости нашего\nрайона\""),
    # a figure, not a word
    ("ru", "Подать заявку можно до конца\n2025\"."),
    # a capitalised one-word line under a title
    ("vi", "Tin tức mới nhất trong tuần của\nHuyện”."),
]


@pytest.mark.parametrize("lang,text", APART)
def test_the_nearest_shapes_stay_apart(lang: str, text: str) -> None:
    assert _joined(text) == []


@pytest.mark.parametrize("tail,expect", [
    ("управления.", True), ("микрорайона\".", True), ("микрорайона».", True), ("погода).", True),
    ("поло.»", True), ("проспект?».", True), ("thuyền….", True), ("им?!", True), ("huyện”).", True),
    ("микрорайона\"", False), ("2025\".", False), ("два слова.", False), (".", False), ("«слово».", False),
])
def test_word_end(tail: str, expect: bool) -> None:
    assert word_end(tail) is expect
