"""Round bnd76 (pre-blind, Russian boundaries on new sites): a bracket opening with a figure or a lower-case word after
a quotation closed by its stop and its quote goes on with the sentence (benchmarks/notes/bnd76.md; evidence:
UD_Russian-GSD's gold, the RT/ng articles).  razdel ended the sentence at the quote."""

import pytest

from mtpipe.segment import split_sentences
from mtpipe.segment.quote_dash import bracket_after_quote


def _units(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


ONE_SENTENCE = [
    # UD_Russian-GSD (tune half): a title's ellipsis, its quote, the year
    ("ru", "Он выпустил альбомы «Как это делалось...» (1992) и «Две души» (1995), компактные диски."),
    # the RT/ng articles: a year, a date, a translator's note, an author's remark after quoted speech
    ("ru", "В стихотворении «Когда Иисус умер, ходили слухи…» (1988) он обращается к проблеме."),
    ("ru", "После страстных «С кем вы, мастера культуры?» (1929), убийственных для писателя, он замолчал."),
    ("ru", "Вышли статьи «Кто остановит Россию?» (от 26 октября) и «Россия готова к новой войне»."),
    ("ru", "Он спросит: «Когда вы поняли, что нужно восстать?» (для пущего драматизма – в два вопроса)."),
    ("ru", "«Как у вас дела?» (перевод с английского)"),
    ("ru", 'Журнал опубликовал заметку "Сделано в Китае!" (12 марта) и закрылся.'),
    ("vi", "Ông viết: “Mong đồng bào bình an!” (19/07)"),
]

APART = [
    # a capital after the bracket: a remark of its own, left to the other signs
    ("ru", "Она сказала: «Всё хорошо.» (Смеется.) Потом ушла.",
     ["Она сказала: «Всё хорошо.»", "(Смеется.)", "Потом ушла."]),
    # no quote before the bracket: a list's item
    ("ru", "Он сказал «нет». (1) Первый пункт.", ["Он сказал «нет».", "(1) Первый пункт."]),
]


@pytest.mark.parametrize("lang,text", ONE_SENTENCE)
def test_bracket_after_quote_one_sentence(lang: str, text: str) -> None:
    assert _units(text, lang) == [text]


@pytest.mark.parametrize("lang,text,units", APART)
def test_bracket_after_quote_apart(lang: str, text: str, units: list[str]) -> None:
    assert _units(text, lang) == units


@pytest.mark.parametrize("prev,nxt,goes_on", [
    ("В стихотворении «Когда Иисус умер, ходили слухи…»", "(1988) он обращается", True),
    ("Он спросил: «Когда?»", " (для драматизма)", True),
    ('Он сказал: "Стоп."', "(от 26 октября)", True),
    ("Он сказал: «Стоп.»", "(Смеется.)", False),  # a capital in the bracket
    ("Он сказал «стоп».", "(1) Первый пункт.", False),  # the stop outside the quote
    ("Конец строки…»", "(1988) он", False),  # the quote opened in an earlier piece: not this piece's quotation
    ("Он сказал: «Стоп!»", "1988 год", False),  # no bracket
])
def test_bracket_after_quote_table(prev: str, nxt: str, goes_on: bool) -> None:
    assert bracket_after_quote(prev, nxt) is goes_on
