"""Round bnd70 (issue 12): a wrapped sentence's one-word tail that closes a quotation or a bracket; a Vietnamese
page's title line counted in syllables.

held50's ``h50ru06`` printed a quotation wrapped at a fixed width whose last line was one word, the closing quote and
the stop ("… приходят из соседнего⏎микрорайона\\"."): :mod:`mtpipe.clean.softbreak` joins a one-word tail that ends
its sentence ("… статистического⏎управления.", held5's ``h5ru03``; ``t28ru01``'s "поло."), but read the tail as a word
and one stop only, so a quote or bracket before the stop (``word".``, ``word».``, ``word).``, ``word?».``) left
it a unit of its own (a soft-break cut).  Several stops in a row ("Лишь...") stay outside the sign, as before.
:func:`mtpipe.clean.softbreak_text.word_end` reads the closers on either side of the stop.

A page's title line ("Title. Subtitle", no stop at its end: Convention 2) is one unit up to twenty words
(:data:`~mtpipe.segment.heading_line.TITLE_LINE_WORDS`); a Vietnamese word is a syllable, so held28's ``h28vi07``
("Trưng bày – ngôn ngữ đặc trưng của Bảo tàng. Là thế mạnh …", 22 tokens) was cut in two.  A Vietnamese title line
may hold :data:`~mtpipe.segment.heading_line.TITLE_LINE_SYLLABLES` (28).

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
    ("vi", "Ông nói rằng mọi việc sẽ sớm được giải quyết “theo đúng quy\nđịnh”.", 0),
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
    ("поло.»", True), ("проспект?».", True), ("huyện”).", True),
    # several stops in a row: an ellipsis, "?!" (a verse line's "Лишь..." under "Не видя,": no tail, as before)
    ("Лишь...", False), ("thuyền….", False), ("им?!", False),
    ("микрорайона\"", False), ("2025\".", False), ("два слова.", False), (".", False), ("«слово».", False),
])
def test_word_end(tail: str, expect: bool) -> None:
    assert word_end(tail) is expect


# --- a Vietnamese page's title line: syllables, not words -----------------------------------------------------------

def _page(text: str) -> list[str]:
    from mtpipe.clean import line_spans

    doc = Document.from_text(text, doc_id="bnd70")
    doc.meta["lang"] = "ru" if any("а" <= ch <= "я" for ch in text) else "vi"
    doc.meta["kept"] = [list(s) for s in line_spans(text)]
    return [s.source for s in Segmenter()(doc).segments]


_VI = "Sáng nay, hàng trăm người dân đã có mặt tại quảng trường để theo dõi buổi lễ."
_RU = "В Ольхонском районе местные жители продолжают обсуждать происшествие."

VI_TITLES = [
    # 22 to 28 syllables: a title and its subtitle, no stop at the end
    "Bảo tàng tỉnh – nơi lưu giữ ký ức của vùng đất. Là điểm đến hấp dẫn trong hành trình khám phá di sản văn hóa",
    "Lễ hội đền Hùng năm nay có gì mới. Hàng vạn du khách đổ về đất Tổ trong ngày chính hội mùng mười tháng ba",
    "Nông dân vùng lũ gấp rút xuống giống vụ mới. Ngành nông nghiệp tỉnh hỗ trợ giống lúa và phân bón cho các hộ",
]


@pytest.mark.parametrize("title", VI_TITLES)
def test_a_vietnamese_title_line_of_up_to_28_syllables_is_one_unit(title: str) -> None:
    assert 20 < len(title.split()) <= 28
    assert _page(title + "\n" + _VI) == [title, _VI]


VI_APART = [
    # more than 28 syllables: a page opening with two sentences left without a last stop
    ("Chào mừng bạn đến với trang thông tin điện tử của xã. Bạn hãy cùng chúng tôi khám phá những vẻ đẹp, văn hóa, "
     "ẩm thực và con người nơi đây như thế nào nhé",
     ["Chào mừng bạn đến với trang thông tin điện tử của xã.", "Bạn hãy cùng chúng tôi khám phá những vẻ đẹp, văn "
      "hóa, ẩm thực và con người nơi đây như thế nào nhé"]),
    # a caption's credit as the last part
    ("Người dân huyện Châu Thành phơi lúa trên đường liên xã sau nhiều ngày mưa lớn kéo dài. Ảnh: Nguyễn Văn Nam",
     ["Người dân huyện Châu Thành phơi lúa trên đường liên xã sau nhiều ngày mưa lớn kéo dài.",
      "Ảnh: Nguyễn Văn Nam"]),
    # a "!" ends a sentence
    ("Chào mừng quý khách đến với nhà hàng của chúng tôi! Thực đơn được thay đổi hằng tuần theo mùa và nguyên liệu",
     ["Chào mừng quý khách đến với nhà hàng của chúng tôi!", "Thực đơn được thay đổi hằng tuần theo mùa và nguyên "
      "liệu"]),
]


@pytest.mark.parametrize("text,units", VI_APART)
def test_the_nearest_vietnamese_shapes_stay_apart(text: str, units: list[str]) -> None:
    assert _page(text + "\n" + _VI) == units + [_VI]


def test_a_russian_title_line_keeps_its_word_limit() -> None:
    # 22 Russian words: two sentences, not a title (bnd57's negative, still apart)
    text = ("Паром на Ольхон вышел из строя в самый разгар туристического сезона. Очередь на остров моментально "
            "выросла до семисот автомобилей за одни сутки")
    assert len(_page(text + "\n" + _RU)) == 3


# --- a Russian heading alone whose subtitle is a question without its "?" (question_title) --------------------------

_BEFORE = "Причиной паводка специалисты называют обильные осадки, которые принесли два мощных циклона."
_AFTER = "Научный руководитель Гидрометцентра рассказал на пресс-конференции, что половодье продлится до мая."

QUESTION_HEADS = [
    "Реки вышли из берегов. Как регионы справляются с весенним паводком",
    "Цены на бензин снова растут. Почему дорожает топливо на заправках",
    "Школы переходят на новый стандарт. Что изменится для учеников и родителей",
    "Дачный сезон открыт. Нужно ли регистрировать садовый домик",
    "Морозы вернулись в регион. Сколько продлится похолодание",
]


@pytest.mark.parametrize("head", QUESTION_HEADS)
def test_a_heading_alone_with_a_question_subtitle_is_one_unit(head: str) -> None:
    assert _page(f"{_BEFORE}\n\n{head}\n\n{_AFTER}") == [_BEFORE, head, _AFTER]


QUESTION_APART = [
    # a sentence left without its stop: a comma inside the part ("Как сообщает ТАСС, …")
    ("Реки вышли из берегов. Как сообщает ТАСС, вода поднялась на метр",
     ["Реки вышли из берегов.", "Как сообщает ТАСС, вода поднялась на метр"]),
    # a part that opens with no question word
    ("Реки вышли из берегов. Вода поднялась на метр за одну ночь",
     ["Реки вышли из берегов.", "Вода поднялась на метр за одну ночь"]),
    # a stop at the line's end: sentences
    ("Реки вышли из берегов. Как это случилось, расскажут специалисты.",
     ["Реки вышли из берегов.", "Как это случилось, расскажут специалисты."]),
]


@pytest.mark.parametrize("line,units", QUESTION_APART)
def test_the_nearest_russian_shapes_stay_apart(line: str, units: list[str]) -> None:
    assert _page(f"{_BEFORE}\n\n{line}\n\n{_AFTER}") == [_BEFORE, *units, _AFTER]


def test_a_line_inside_a_paragraph_is_not_a_heading() -> None:
    # no blank line before or after: a line of running text (a paragraph of several lines)
    text = f"{_BEFORE}\nРеки вышли из берегов. Как регионы справляются с весенним паводком\n{_AFTER}"
    assert "Реки вышли из берегов." in _page(text)
